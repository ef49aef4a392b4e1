// The status of a proposal and the count of its nominations by their current status.
import { Space, Tag } from 'antd'
import { NOMINATION_STATUS_LABELS, type NominationStatus } from '../../../shared/nomination-lifecycle.ts'
import { NominationStatusTag } from '../nominations/NominationTags.tsx'
import type { ProposalStatus, ProposalSummary } from './proposal-queries.ts'

const COLORS: Record<ProposalStatus, string> = { draft: 'default', sent: 'processing', exported: 'cyan', answered: 'success' }

export function ProposalStatusTag({ proposal }: { proposal: Pick<ProposalSummary, 'status' | 'statusLabel' | 'answerLabel'> }) {
  return (
    <Tag color={COLORS[proposal.status]} data-testid="proposal-status" data-status={proposal.status} style={{ marginInlineEnd: 0 }}>
      {proposal.answerLabel ? `${proposal.statusLabel}: ${proposal.answerLabel}` : proposal.statusLabel}
    </Tag>
  )
}

export function ItemCounts({ counts }: { counts: ProposalSummary['itemCounts'] }) {
  const entries = Object.entries(counts) as [NominationStatus, number][]
  return (
    <Space size={4} wrap data-testid="proposal-item-counts">
      {entries.map(([status, count]) => (
        <span key={status} title={NOMINATION_STATUS_LABELS[status]}>
          <NominationStatusTag status={status} /> {count}
        </span>
      ))}
    </Space>
  )
}
