// The bell in the header: the unread count (asked every 60 s), the latest notifications in a dropdown —
// opening one marks it read and follows its link — "Đánh dấu đã đọc tất cả" and "Xem tất cả" (/thong-bao).
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { App, Badge, Button, Empty, Flex, List, Popover, Spin, Typography } from 'antd'
import { BellOutlined } from '@ant-design/icons'
import { api, toApiError } from '../../api.ts'
import { formatDateTime } from '../../format.ts'
import { NOTIFICATIONS_KEY, POLL_MS, safeLink, UNREAD_KEY, type NotificationPage, type NotificationRecord } from './notification-ui.ts'

const LATEST = 8

export function NotificationBell() {
  const [open, setOpen] = useState(false)
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const { message } = App.useApp()

  const unread = useQuery({
    queryKey: UNREAD_KEY,
    queryFn: () => api.get<{ unread: number }>('/api/notifications/unread-count'),
    refetchInterval: POLL_MS,
  })
  const latest = useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'latest'],
    queryFn: () => api.get<NotificationPage>(`/api/notifications?pageSize=${LATEST}`),
    enabled: open,
  })
  const refresh = () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY })
  const markRead = useMutation({
    mutationFn: (id: string) => api.post<NotificationRecord & { unread: number }>(`/api/notifications/${id}/read`),
    onSuccess: refresh,
    onError: (error) => message.error(toApiError(error).message),
  })
  const markAll = useMutation({
    mutationFn: () => api.post<{ marked: number; unread: number }>('/api/notifications/read-all', { upTo: new Date(latest.dataUpdatedAt || Date.now()).toISOString() }),
    onSuccess: refresh,
    onError: (error) => message.error(toApiError(error).message),
  })

  const openOne = (n: NotificationRecord) => {
    if (!n.readAt) markRead.mutate(n.id)
    setOpen(false)
    const link = safeLink(n.link)
    if (link) navigate(link)
  }
  const count = unread.data?.unread ?? 0

  const content = (
    <div style={{ width: 360, maxWidth: '80vw' }} data-testid="notification-dropdown">
      {latest.isPending ? (
        <Flex justify="center" style={{ padding: 24 }}><Spin /></Flex>
      ) : latest.isError ? (
        <Typography.Text type="danger">{toApiError(latest.error).message}</Typography.Text>
      ) : latest.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có thông báo" />
      ) : (
        <List
          size="small"
          dataSource={latest.data.items}
          renderItem={(n) => (
            <List.Item
              onClick={() => openOne(n)}
              style={{ cursor: 'pointer', background: n.readAt ? undefined : '#fff7e6', paddingInline: 8 }}
              data-testid="notification-item"
            >
              <List.Item.Meta
                title={<Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>}
                description={
                  <>
                    {n.body && <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>{n.body}</Typography.Paragraph>}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(n.createdAt)}</Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      <Flex justify="space-between" style={{ marginTop: 8 }}>
        <Button size="small" type="link" disabled={count === 0} loading={markAll.isPending} onClick={() => markAll.mutate()} data-testid="notification-read-all">
          Đánh dấu đã đọc tất cả
        </Button>
        <Button size="small" type="link" onClick={() => { setOpen(false); navigate('/thong-bao') }} data-testid="notification-see-all">
          Xem tất cả
        </Button>
      </Flex>
    </div>
  )

  return (
    <Popover content={content} title="Thông báo" trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      <Button
        type="text"
        aria-label={count ? `Thông báo: ${count} chưa đọc` : 'Thông báo'}
        data-testid="notification-bell"
        icon={
          <Badge count={count} overflowCount={99} size="small" data-testid="notification-count">
            <BellOutlined style={{ color: '#fff', fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  )
}
