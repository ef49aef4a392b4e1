// Coloured tags for a plan's status and for a unit's answer to a plan.
import { Tag } from 'antd'
import { ANSWER_STATUS_LABELS, CAMPAIGN_STATUS_LABELS } from './campaign-labels.ts'
import type { AnswerStatus, CampaignStatus } from '../../types.ts'

export function CampaignStatusTag({ status }: { status: CampaignStatus }) {
  const { label, color } = CAMPAIGN_STATUS_LABELS[status]
  return <Tag color={color}>{label}</Tag>
}

export function AnswerStatusTag({ status }: { status: AnswerStatus }) {
  const { label, color } = ANSWER_STATUS_LABELS[status]
  return <Tag color={color}>{label}</Tag>
}
