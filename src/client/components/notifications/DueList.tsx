// "Việc sắp đến hạn": what is due for the signed-in account within the chosen number of days, overdue first.
import { useState } from 'react'
import { Link } from 'react-router'
import { useQuery } from '@tanstack/react-query'
import { Alert, Card, Empty, List, Select, Skeleton, Space, Tag, Typography } from 'antd'
import { api, toApiError } from '../../api.ts'
import { formatDate } from '../../format.ts'
import { DUE_KIND_COLORS, NOTIFICATIONS_KEY, safeLink, type DueDigest } from './notification-ui.ts'

const DAY_OPTIONS = [7, 14, 30, 60].map((days) => ({ value: days, label: `${days} ngày tới` }))

export function DueList() {
  const [days, setDays] = useState<number | undefined>(undefined)
  const due = useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'due', days],
    queryFn: () => api.get<DueDigest>(`/api/notifications/due${days ? `?days=${days}` : ''}`),
  })

  return (
    <Card
      title="Việc sắp đến hạn"
      extra={<Select aria-label="Số ngày tới" value={days} placeholder="Mặc định" options={DAY_OPTIONS} onChange={setDays} style={{ width: 140 }} data-testid="due-days" />}
      style={{ marginBottom: 16 }}
      data-testid="due-list"
    >
      {due.isPending ? (
        <Skeleton active />
      ) : due.isError ? (
        <Alert type="error" showIcon message={toApiError(due.error).message} />
      ) : due.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`Không có việc nào đến hạn từ ngày ${formatDate(due.data.today)} đến ngày ${formatDate(due.data.until)}`} />
      ) : (
        <List
          size="small"
          dataSource={due.data.items}
          renderItem={(item) => {
            const link = safeLink(item.link)
            return (
              <List.Item data-testid="due-item">
                <List.Item.Meta
                  title={
                    <Space wrap size={4}>
                      {item.overdue && <Tag color="red">Quá hạn</Tag>}
                      {item.due && <Tag>{formatDate(item.due)}</Tag>}
                      <Tag color={DUE_KIND_COLORS[item.kind]}>{item.kindLabel}</Tag>
                      {link ? <Link to={link}>{item.title}</Link> : item.title}
                    </Space>
                  }
                  description={item.detail && <Typography.Text type="secondary">{item.detail}</Typography.Text>}
                />
              </List.Item>
            )
          }}
        />
      )}
    </Card>
  )
}
