// "Phân cấp triển khai": who the plan went to, who has answered with its own plan, who is late,
// level by level, with the counts over the whole tree.
import { useQuery } from '@tanstack/react-query'
import { Alert, Skeleton, Table, Typography } from 'antd'
import { Link } from 'react-router'
import { api } from '../../api.ts'
import { formatDate } from '../../format.ts'
import type { CampaignCascade, CascadeNode } from '../../types.ts'
import { AnswerStatusTag } from './CampaignStatusTag.tsx'
import { cascadeCounts, cascadeSummaryText } from './cascade.ts'

interface Row {
  key: string
  node: CascadeNode
  children?: Row[]
}

/** Rows keyed by their path: a unit may be an addressee under more than one answer. */
function toRows(nodes: readonly CascadeNode[], parentKey = ''): Row[] {
  return nodes.map((node) => {
    const key = `${parentKey}/${node.organizationId}`
    return { key, node, children: node.children.length > 0 ? toRows(node.children, key) : undefined }
  })
}

export function CascadePanel({ planId }: { planId: string }) {
  const { data, error } = useQuery({
    queryKey: ['campaigns', 'cascade', planId],
    queryFn: () => api.get<CampaignCascade>(`/api/campaigns/${planId}/cascade`),
  })
  if (error) return <Alert type="error" showIcon title={error.message} />
  if (!data) return <Skeleton active />
  const rows = toRows(data.nodes)
  return (
    <>
      <Typography.Paragraph strong data-testid="cascade-summary">
        {cascadeSummaryText(cascadeCounts(data.nodes))}
      </Typography.Paragraph>
      <Table<Row>
        rowKey="key"
        size="middle"
        dataSource={rows}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: 'Kế hoạch chưa gửi đơn vị nào' }}
        expandable={{ defaultExpandedRowKeys: rows.map((row) => row.key) }}
        columns={[
          { title: 'Đơn vị', key: 'organization', render: (_, { node }) => node.organizationName },
          {
            title: 'Tình trạng',
            key: 'status',
            width: 260,
            render: (_, { node }) => (
              <>
                <AnswerStatusTag status={node.status} />
                {node.answer && <Link to={`/ke-hoach/${node.answer.id}`}>{node.answer.numberAndSymbol ?? 'Dự thảo'}</Link>}
              </>
            ),
          },
          {
            title: 'Hạn',
            key: 'due',
            width: 110,
            render: (_, { node }) => <Typography.Text type={node.status === 'late' ? 'danger' : undefined}>{formatDate(node.answerDue) || '—'}</Typography.Text>,
          },
        ]}
      />
    </>
  )
}
