// The calendar's entries as a list in date order: the date, kind, what falls due, the plan (a link)
// and the unit; overdue entries in red.
import { Flex, Space, Tag, Typography } from 'antd'
import dayjs from 'dayjs'
import { Link } from 'react-router'
import type { CalendarEntry } from '../../types.ts'
import { CALENDAR_KIND_LABELS } from './campaign-labels.ts'
import { RowList } from './RowList.tsx'

export function CalendarAgenda({ entries, emptyText }: { entries: CalendarEntry[]; emptyText: string }) {
  return (
    <RowList
      items={entries}
      rowKey={(entry, index) => `${index}:${entry.campaignId}:${entry.kind}`}
      empty={emptyText}
      data-testid="calendar-agenda"
      render={(entry) => {
        const kind = CALENDAR_KIND_LABELS[entry.kind]
        return (
          <Flex gap={12} align="start">
            <div style={{ width: 96, flexShrink: 0 }}>
              <Typography.Text strong type={entry.overdue ? 'danger' : undefined}>
                {dayjs(entry.date).format('DD/MM/YYYY')}
              </Typography.Text>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {dayjs(entry.date).format('dddd')}
              </Typography.Text>
            </div>
            <div style={{ minWidth: 0, flex: 1 }}>
              <Space wrap size={[6, 0]}>
                <Tag color={kind.color}>{kind.label}</Tag>
                <Typography.Text strong type={entry.overdue ? 'danger' : undefined}>
                  {entry.title}
                </Typography.Text>
                {entry.overdue && <Tag color="red">Quá hạn</Tag>}
              </Space>
              <Typography.Paragraph type="secondary" ellipsis={{ rows: 1, tooltip: entry.campaignTitle }} style={{ margin: 0 }}>
                <Link to={`/ke-hoach/${entry.campaignId}`}>{entry.numberAndSymbol ?? 'Kế hoạch'}</Link> {entry.campaignTitle} · {entry.organizationName}
              </Typography.Paragraph>
            </div>
          </Flex>
        )
      }}
    />
  )
}
