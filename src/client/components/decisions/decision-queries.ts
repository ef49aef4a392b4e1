// The decisions API as the screens read it: query keys, the detail of one decision, and the shapes.
import { useQuery } from '@tanstack/react-query'
import { api } from '../../api.ts'
import type { DecisionDetail } from '../../../server/modules/decisions/decision-view.ts'

export type { DecisionDetail, DecisionLineView, DecisionSummary } from '../../../server/modules/decisions/decision-view.ts'

/** Every decisions query (lists, details, candidates): invalidated after any write. */
export const DECISIONS_KEY = ['decisions'] as const
export const decisionKey = (id: string) => ['decisions', 'detail', id] as const

export function useDecision(id: string) {
  return useQuery({ queryKey: decisionKey(id), queryFn: () => api.get<DecisionDetail>(`/api/decisions/${id}`) })
}

/** 710000 → "710.000 đ" */
export const formatMoney = (amount: number | null) => (amount === null ? '—' : `${amount.toLocaleString('vi-VN')} đ`)

export const SIGNING_FORM_OPTIONS = [
  { value: 'TM', label: 'TM. — thay mặt tập thể (TM. ỦY BAN NHÂN DÂN)' },
  { value: 'KT', label: 'KT. — cấp phó ký thay người đứng đầu' },
  { value: 'Q', label: 'Q. — quyền người đứng đầu' },
  { value: 'TL', label: 'TL. — thừa lệnh' },
  { value: 'TUQ', label: 'TUQ. — thừa ủy quyền' },
  { value: 'none', label: 'Người đứng đầu ký trực tiếp' },
]
