// The answer of an eligibility check: eligible (every criterion passed), not eligible (one failed),
// or undetermined (none failed, but the history does not say enough).
import type { ReactNode } from 'react'
import { Tag } from 'antd'
import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled } from '@ant-design/icons'
import type { VERDICTS } from '../../../server/modules/eligibility/eligibility.schemas.ts'

export type Verdict = keyof typeof VERDICTS

export const VERDICT_LABELS: Record<Verdict, { label: string; color: string; icon: ReactNode }> = {
  eligible: { label: 'Đủ điều kiện', color: 'success', icon: <CheckCircleFilled /> },
  unknown: { label: 'Chưa xác định', color: 'warning', icon: <QuestionCircleFilled /> },
  not_eligible: { label: 'Chưa đủ điều kiện', color: 'error', icon: <CloseCircleFilled /> },
}

export function verdictOf(eligible: boolean | null): Verdict {
  return eligible === true ? 'eligible' : eligible === false ? 'not_eligible' : 'unknown'
}

export function VerdictTag({ eligible, large = false }: { eligible: boolean | null; large?: boolean }) {
  const verdict = verdictOf(eligible)
  const { label, color, icon } = VERDICT_LABELS[verdict]
  return (
    <Tag color={color} icon={icon} data-testid="verdict" data-verdict={verdict} style={large ? { fontSize: 15, padding: '4px 10px', marginInlineEnd: 0 } : { marginInlineEnd: 0 }}>
      {label}
    </Tag>
  )
}
