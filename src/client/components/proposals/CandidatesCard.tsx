// The nominations a level's council passed beyond its authority, with where each is decided; choose some and
// "Lập tờ trình".
import { Alert, Button, Card, Table, Typography } from 'antd'
import { FileAddOutlined } from '@ant-design/icons'
import { useState } from 'react'
import { formatDate } from '../../format.ts'
import { CreateProposalModal } from './CreateProposalModal.tsx'
import { useCandidates, type NominationLine } from './proposal-queries.ts'

export function CandidatesCard({ canWrite }: { canWrite: boolean }) {
  const { data, isFetching, error } = useCandidates(true)
  const [selected, setSelected] = useState<string[]>([])
  const [creating, setCreating] = useState(false)
  const chosen = (data?.items ?? []).filter((n) => selected.includes(n.nominationId))
  const senders = new Set(chosen.map((n) => n.council?.organizationId))
  const problem = senders.size > 1 ? 'Một tờ trình gồm các đề nghị do Hội đồng của cùng một cấp thông qua' : null
  return (
    <Card
      title="Đề nghị đã được Hội đồng thông qua, vượt thẩm quyền — cần trình cấp trên"
      style={{ marginBottom: 16 }}
      extra={
        canWrite && (
          <Button type="primary" icon={<FileAddOutlined />} disabled={chosen.length === 0 || problem !== null} onClick={() => setCreating(true)} data-testid="proposal-create">
            Lập tờ trình{chosen.length > 0 ? ` (${chosen.length})` : ''}
          </Button>
        )
      }
    >
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 16 }} />}
      {problem && <Alert type="warning" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Table<NominationLine>
        rowKey="nominationId"
        data-testid="proposal-candidates"
        loading={isFetching}
        dataSource={data?.items}
        size="small"
        scroll={{ x: 900 }}
        pagination={false}
        rowSelection={canWrite ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) } : undefined}
        locale={{ emptyText: 'Không có đề nghị nào chờ trình cấp trên' }}
        columns={[
          { title: 'Đối tượng', key: 'subject', render: (_: unknown, n: NominationLine) => <><strong>{n.subject.name}</strong><br /><Typography.Text type="secondary">{n.subject.organizationName}</Typography.Text></> },
          { title: 'Hình thức', dataIndex: 'targetShort', width: 200 },
          { title: 'Hội đồng thông qua', key: 'council', width: 220, render: (_: unknown, n: NominationLine) => n.council && `${n.council.organizationName}, ${formatDate(n.council.meetsOn)} (${n.council.votesFor}/${n.council.totalMembers})` },
          { title: 'Nơi quyết định', key: 'destination', width: 260, render: (_: unknown, n: NominationLine) => n.destination.label },
        ]}
      />
      {creating && <CreateProposalModal chosen={chosen} onClose={() => setCreating(false)} />}
    </Card>
  )
}
