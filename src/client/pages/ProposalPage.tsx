// /trinh-cap-tren/:id — one proposal to the level above: its header, the actions the server allows, and its
// nominations with their statuses as the level above moves them on, with the answers.
import { Alert, Card, Descriptions, Skeleton } from 'antd'
import { useParams } from 'react-router'
import { formatDate, formatDateTime } from '../format.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { ProposalActions } from '../components/proposals/ProposalActions.tsx'
import { ProposalItemsTable } from '../components/proposals/ProposalItemsTable.tsx'
import { ItemCounts, ProposalStatusTag } from '../components/proposals/ProposalTags.tsx'
import { useProposal } from '../components/proposals/proposal-queries.ts'

export function ProposalPage() {
  const { id = '' } = useParams()
  const { data: proposal, error, isLoading } = useProposal(id)
  if (error) return <Alert type="error" showIcon title={error.message} />
  if (isLoading || !proposal) return <Skeleton active />
  return (
    <>
      <PageHeader title={proposal.title}>
        <ProposalActions proposal={proposal} />
      </PageHeader>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="proposal-header">
          <Descriptions.Item label="Số, ký hiệu">{proposal.numberAndSymbol ?? <em>Chưa có số (dự thảo)</em>}</Descriptions.Item>
          <Descriptions.Item label="Ngày">{formatDate(proposal.sentOn)}</Descriptions.Item>
          <Descriptions.Item label="Cấp trình">{proposal.from.name}</Descriptions.Item>
          <Descriptions.Item label="Kính gửi">{proposal.toName}{proposal.to ? '' : ' (ngoài hệ thống)'}</Descriptions.Item>
          <Descriptions.Item label="Trạng thái"><ProposalStatusTag proposal={proposal} /></Descriptions.Item>
          <Descriptions.Item label="Đề nghị"><ItemCounts counts={proposal.itemCounts} /></Descriptions.Item>
          {proposal.answeredAt && <Descriptions.Item label="Trả lời">{formatDateTime(proposal.answeredAt)} — {proposal.answeredByName}</Descriptions.Item>}
          {proposal.answerNote && <Descriptions.Item label="Ghi chú trả lời">{proposal.answerNote}</Descriptions.Item>}
          <Descriptions.Item label="Người lập">{proposal.createdByName}, {formatDateTime(proposal.createdAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="Các đề nghị trong tờ trình">
        <ProposalItemsTable proposal={proposal} />
      </Card>
    </>
  )
}
