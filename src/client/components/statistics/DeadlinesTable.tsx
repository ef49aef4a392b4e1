// "Sắp đến hạn": the milestones of the next 30 days of the plans the unit sees, with what is still missing.
import { Link } from 'react-router'
import { Card, Table, Tag } from 'antd'
import type { DeadlineAtRisk } from '../../../shared/statistics.ts'
import { formatDate } from '../../format.ts'
import { RISK_LABELS } from './statistics-ui.ts'

const urgency = (d: DeadlineAtRisk) => (d.daysLeft <= 7 ? 'red' : d.daysLeft <= 14 ? 'orange' : 'blue')

export function DeadlinesTable({ deadlines, compact = false }: { deadlines: readonly DeadlineAtRisk[]; compact?: boolean }) {
  return (
    <Card title="Sắp đến hạn (30 ngày tới)" size={compact ? 'small' : 'default'}>
      <Table<DeadlineAtRisk>
        rowKey={(d) => `${d.campaignId}:${d.kind}:${d.date}:${d.title}`}
        data-testid="deadlines-table"
        size="small"
        dataSource={[...deadlines]}
        pagination={deadlines.length > 10 ? { pageSize: 10 } : false}
        locale={{ emptyText: 'Không có hạn nào trong 30 ngày tới' }}
        columns={[
          { title: 'Hạn', key: 'date', width: 150, render: (_, d) => <>{formatDate(d.date)} <Tag color={urgency(d)}>{d.daysLeft === 0 ? 'hôm nay' : `còn ${d.daysLeft} ngày`}</Tag></> },
          { title: 'Việc', key: 'title', render: (_, d) => <><Tag>{RISK_LABELS[d.kind]}</Tag>{d.title}</> },
          ...(compact ? [] : [{ title: 'Kế hoạch', key: 'plan', render: (_: unknown, d: DeadlineAtRisk) => <Link to={`/ke-hoach/${d.campaignId}`}>{d.numberAndSymbol ?? d.campaignTitle}</Link> }]),
          { title: 'Còn thiếu', key: 'missing', render: (_, d) => d.missing ?? '—' },
        ]}
      />
    </Card>
  )
}
