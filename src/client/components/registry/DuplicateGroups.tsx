// Registry rows that look like one achievement commended twice — typically a Bằng khen of the province and a
// Giấy khen of the Party committee for the same year's work: each group with its subject, the reasons and the rows.
import { Link } from 'react-router'
import { Alert, Card, Empty, Flex, Table, Typography } from 'antd'
import { formatDate } from '../../format.ts'
import type { AwardRecord, DuplicateGroup } from '../../types.ts'
import { subjectPath } from '../history/history-labels.ts'
import { AWARD_COLUMNS } from './award-columns.tsx'

const groupKey = (group: DuplicateGroup<AwardRecord>) => group.rows.map((row) => row.id).join('|')

export function DuplicateGroups({ groups }: { groups: DuplicateGroup<AwardRecord>[] }) {
  if (groups.length === 0) return <Empty description="Không thấy bản ghi nào có thể trùng khen thưởng" />
  return (
    <Flex vertical gap={12} data-testid="duplicate-groups">
      {groups.map((group) => {
        const first = group.rows[0]!
        const identity = [group.subjectBirthDate && `sinh ngày ${formatDate(group.subjectBirthDate)}`, group.subjectCccd && `CCCD ${group.subjectCccd}`].filter(Boolean).join(', ')
        return (
          <Card
            key={groupKey(group)}
            size="small"
            data-testid="duplicate-group"
            title={
              <Flex gap={8} wrap align="baseline">
                <Link to={subjectPath(first.subjectKind, first.subjectId)}>{group.subjectName}</Link>
                {identity && <Typography.Text type="secondary">{identity}</Typography.Text>}
                <Typography.Text type="secondary">— thành tích năm {group.year}</Typography.Text>
              </Flex>
            }
          >
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {group.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              }
            />
            <Table<AwardRecord>
              rowKey="id"
              size="small"
              dataSource={group.rows}
              pagination={false}
              scroll={{ x: 'max-content' }}
              columns={[...AWARD_COLUMNS, { title: 'Đơn vị', dataIndex: 'organizationName', width: 200 }]}
            />
          </Card>
        )
      })}
    </Flex>
  )
}
