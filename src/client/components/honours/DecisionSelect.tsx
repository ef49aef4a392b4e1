// An issued award decision the caller may read, found by its number or title (only issued ones have a number).
import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Select } from 'antd'
import { api, toQuery } from '../../api.ts'
import { formatDate } from '../../format.ts'
import type { Page } from '../../types.ts'
import type { DecisionSummary } from '../../../server/modules/decisions/decision-view.ts'
import { useDebouncedValue } from '../useDebouncedValue.ts'

interface Props {
  value?: string | null
  onChange?: (value: string | null) => void
  /** The decision already chosen, so it keeps its label before any search. */
  current: { id: string; numberAndSymbol: string; decisionDate: string } | null
  id?: string
}

export function DecisionSelect({ value, onChange, current, id }: Props) {
  const [text, setText] = useState('')
  const q = useDebouncedValue(text.trim())
  const found = useQuery({
    queryKey: ['decisions', 'issued', q],
    queryFn: () => api.get<Page<DecisionSummary>>(`/api/decisions${toQuery({ status: 'issued', q, pageSize: 20 })}`),
  })
  const options = [
    ...(current ? [{ value: current.id, label: `${current.numberAndSymbol} ngày ${formatDate(current.decisionDate)}` }] : []),
    ...(found.data?.items ?? []).filter((d) => d.id !== current?.id).map((d) => ({ value: d.id, label: `${d.numberAndSymbol ?? ''} ngày ${formatDate(d.decisionDate)} — ${d.title}` })),
  ]
  return (
    <Select
      id={id}
      allowClear
      value={value ?? undefined}
      onChange={(next?: string) => onChange?.(next ?? null)}
      options={options}
      loading={found.isFetching}
      placeholder="Quyết định đã ban hành (không bắt buộc)"
      showSearch={{ filterOption: false, onSearch: setText }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 'min(560px, 95vw)' } } }}
      style={{ width: '100%' }}
      data-testid="exemplar-decision-select"
    />
  )
}
