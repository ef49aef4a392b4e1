// The changed fields of one audit entry: field, value before, value after — all as plain text.
import { Table, Typography } from 'antd'
import { diffAuditSnapshots, type FieldChange } from './audit-diff.ts'

export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const changes = diffAuditSnapshots(before, after)
  if (changes.length === 0) return <Typography.Text type="secondary">Không có chi tiết thay đổi.</Typography.Text>
  const created = before === null || before === undefined
  return (
    <Table<FieldChange>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={changes}
      data-testid="audit-diff"
      columns={[
        { title: 'Trường', dataIndex: 'label', width: 180 },
        ...(created ? [] : [{ title: 'Trước', dataIndex: 'before', render: (text: string) => <Typography.Text delete type="danger">{text}</Typography.Text> }]),
        { title: created ? 'Giá trị' : 'Sau', dataIndex: 'after', render: (text: string) => <Typography.Text type={created ? undefined : 'success'}>{text}</Typography.Text> },
      ]}
    />
  )
}
