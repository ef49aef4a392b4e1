// The nominations of a proposal as they move at the level above: status, the council that passed it last,
// where it is decided, the latest move and why; "Ghi kết quả" where the caller records the answer.
import { Button, Table, Typography } from 'antd'
import { useState } from 'react'
import { formatDate, formatDateTime } from '../../format.ts'
import { NominationStatusTag } from '../nominations/NominationTags.tsx'
import { AnswerModal } from './AnswerModal.tsx'
import type { ProposalDetail, ProposalItemView } from './proposal-queries.ts'

export function ProposalItemsTable({ proposal }: { proposal: ProposalDetail }) {
  const [answering, setAnswering] = useState<ProposalItemView | null>(null)
  return (
    <>
      <Table<ProposalItemView>
        rowKey="nominationId"
        data-testid="proposal-items"
        dataSource={proposal.items}
        size="middle"
        scroll={{ x: 1260 }}
        pagination={false}
        columns={[
          { title: 'STT', dataIndex: 'position', width: 60 },
          { title: 'Đối tượng', key: 'subject', width: 220, render: (_: unknown, i: ProposalItemView) => <><strong>{i.subject.name}</strong><br /><Typography.Text type="secondary">{i.subject.organizationName}</Typography.Text></> },
          { title: 'Hình thức', dataIndex: 'targetShort', width: 190 },
          { title: 'Hội đồng thông qua', key: 'council', width: 200, render: (_: unknown, i: ProposalItemView) => i.council && `${i.council.organizationName}, ${formatDate(i.council.meetsOn)} (${i.council.votesFor}/${i.council.totalMembers})` },
          { title: 'Trạng thái', key: 'status', width: 170, render: (_: unknown, i: ProposalItemView) => <NominationStatusTag status={i.status} /> },
          {
            title: 'Diễn biến gần nhất', key: 'last', width: 280,
            render: (_: unknown, i: ProposalItemView) => i.lastMove && <><Typography.Text>{i.lastMove.reason ?? i.statusLabel}</Typography.Text><br /><Typography.Text type="secondary">{formatDateTime(i.lastMove.at)} — {i.lastMove.actorName}</Typography.Text></>,
          },
          ...(proposal.actions.answer
            ? [{
                title: '', key: 'answer', width: 130, fixed: 'right' as const,
                render: (_: unknown, i: ProposalItemView) => !i.closed && <Button size="small" onClick={() => setAnswering(i)} data-testid="proposal-answer">Ghi kết quả</Button>,
              }]
            : []),
        ]}
      />
      {answering && <AnswerModal proposal={proposal} item={answering} onClose={() => setAnswering(null)} />}
    </>
  )
}
