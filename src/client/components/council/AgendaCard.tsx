// The agenda: each nominee with the threshold it needs and who does not vote on it; while voting only how
// many ballots and written opinions arrived; after the close the votes, the share of ALL members and the result.
import { useState } from 'react'
import { Button, Card, Flex, Popconfirm, Progress, Space, Table, Tag, Tooltip, Typography } from 'antd'
import { DeleteOutlined, FormOutlined, PlusOutlined, UserDeleteOutlined } from '@ant-design/icons'
import { api } from '../../api.ts'
import type { ItemView, SessionDetail } from './council-queries.ts'
import { AddItemDrawer } from './AddItemDrawer.tsx'
import { RecusalDrawer } from './RecusalDrawer.tsx'
import { WrittenOpinionDrawer } from './WrittenOpinionDrawer.tsx'
import { useSessionAction } from './useSessionAction.ts'

function Recusals({ session, item }: { session: SessionDetail; item: ItemView }) {
  const unrecuse = useSessionAction(session.id, (memberId: string) => api.delete(`/api/council-items/${item.id}/recusals/${memberId}`).then(() => api.get<SessionDetail>(`/api/council-sessions/${session.id}`)))
  if (item.recusals.length === 0) return <>—</>
  return (
    <Space orientation="vertical" size={2}>
      {item.recusals.map((r) => (
        <Tooltip key={r.memberId} title={r.reason}>
          <Tag
            closable={session.canManage && !r.automatic && session.status !== 'closed'}
            onClose={(e) => {
              e.preventDefault()
              unrecuse.mutate(r.memberId)
            }}
          >
            {r.fullName}{r.automatic ? ' (tự động)' : ''}
          </Tag>
        </Tooltip>
      ))}
    </Space>
  )
}

/** Ballots and opinions received of those expected (members present or absent, less recusals). */
function Received({ session, item }: { session: SessionDetail; item: ItemView }) {
  const expected = session.members.length - item.recusals.length
  const got = item.received.ballots + item.received.writtenOpinions
  return (
    <Tooltip title={`${item.received.ballots} phiếu kín, ${item.received.writtenOpinions} ý kiến bằng văn bản`}>
      <Progress percent={expected > 0 ? Math.round((got / expected) * 100) : 0} size="small" format={() => `${got}/${expected}`} data-testid="item-received" />
    </Tooltip>
  )
}

export function AgendaCard({ session }: { session: SessionDetail }) {
  const [adding, setAdding] = useState(false)
  const [recusing, setRecusing] = useState<ItemView | null>(null)
  const [writing, setWriting] = useState<ItemView | null>(null)
  const remove = useSessionAction(session.id, (itemId: string) => api.delete(`/api/council-items/${itemId}`).then(() => api.get<SessionDetail>(`/api/council-sessions/${session.id}`)), 'Đã bỏ khỏi chương trình')
  const closed = session.status === 'closed'
  return (
    <Card
      title={`Chương trình (${session.items.length} nội dung)`}
      extra={session.canManage && session.status === 'draft' && <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="agenda-add">Thêm đề nghị</Button>}
      style={{ marginBottom: 16 }}
    >
      <Table<ItemView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={session.items}
        scroll={{ x: true }}
        locale={{ emptyText: 'Chưa có nội dung' }}
        expandable={closed ? { expandedRowRender: (i) => <Typography.Text>{i.resultReason}</Typography.Text>, rowExpandable: (i) => i.resultReason !== null } : undefined}
        columns={[
          { title: 'STT', dataIndex: 'position', width: 55 },
          { title: 'Người/tập thể được đề nghị', key: 'nominee', render: (_: unknown, i) => <>{i.nominee.name}<br /><Typography.Text type="secondary">{i.nominee.unitName}</Typography.Text></> },
          { title: 'Danh hiệu, hình thức', dataIndex: 'targetName' },
          {
            title: 'Yêu cầu', key: 'threshold',
            render: (_: unknown, i) => (
              <Tooltip title={i.threshold.citation}>
                {i.threshold.label}{i.threshold.votesNeeded !== null && <Typography.Text type="secondary"> (ít nhất {i.threshold.votesNeeded} phiếu)</Typography.Text>}
              </Tooltip>
            ),
          },
          { title: 'Không biểu quyết', key: 'recusals', render: (_: unknown, i) => <Recusals session={session} item={i} /> },
          ...(session.status === 'open' ? [{ title: 'Đã nhận', key: 'received', width: 140, render: (_: unknown, i: ItemView) => <Received session={session} item={i} /> }] : []),
          ...(closed
            ? [
                { title: 'Đồng ý', key: 'for', render: (_: unknown, i: ItemView) => `${i.tally!.total.for} (văn bản: ${i.tally!.written.for})` },
                { title: 'Không đồng ý', key: 'against', render: (_: unknown, i: ItemView) => i.tally!.total.against },
                { title: 'Không biểu quyết', key: 'abstain', render: (_: unknown, i: ItemView) => i.tally!.total.abstain },
                { title: 'Tỷ lệ đồng ý / tổng số', key: 'share', render: (_: unknown, i: ItemView) => `${i.tally!.shareFor} (${i.tally!.total.for}/${i.tally!.totalMembers})` },
                {
                  title: 'Kết quả', key: 'result',
                  render: (_: unknown, i: ItemView) => (i.result === 'passed' ? <Tag color="green">Thông qua</Tag> : <Tag color="red">Không thông qua</Tag>),
                },
              ]
            : []),
          ...(session.canManage && !closed
            ? [{
                title: '', key: 'actions', width: 120,
                render: (_: unknown, i: ItemView) => (
                  <Flex gap={4}>
                    <Tooltip title="Miễn biểu quyết một thành viên">
                      <Button size="small" icon={<UserDeleteOutlined />} onClick={() => setRecusing(i)} aria-label="Miễn biểu quyết" data-testid="item-recuse" />
                    </Tooltip>
                    {session.status === 'open' && (
                      <Tooltip title="Ghi ý kiến bằng văn bản của thành viên vắng mặt">
                        <Button size="small" icon={<FormOutlined />} onClick={() => setWriting(i)} aria-label="Ý kiến bằng văn bản" data-testid="item-written-opinion" />
                      </Tooltip>
                    )}
                    {session.status === 'draft' && (
                      <Popconfirm title="Bỏ đề nghị này khỏi chương trình?" okText="Bỏ" cancelText="Không" onConfirm={() => remove.mutate(i.id)}>
                        <Button size="small" danger icon={<DeleteOutlined />} aria-label="Bỏ khỏi chương trình" data-testid="item-remove" />
                      </Popconfirm>
                    )}
                  </Flex>
                ),
              }]
            : []),
        ]}
      />
      {adding && <AddItemDrawer session={session} onClose={() => setAdding(false)} />}
      {recusing && <RecusalDrawer session={session} item={recusing} onClose={() => setRecusing(null)} />}
      {writing && <WrittenOpinionDrawer session={session} item={writing} onClose={() => setWriting(null)} />}
    </Card>
  )
}
