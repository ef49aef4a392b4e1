// /thong-bao: the signed-in account's notifications (all, unread or read; unread first), marking one or all
// read, and "Việc sắp đến hạn".
import type { HTMLAttributes } from 'react'
import { Link } from 'react-router'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Alert, App, Button, Card, Segmented, Table, Typography } from 'antd'
import { CheckOutlined } from '@ant-design/icons'
import { api, toApiError, toQuery } from '../api.ts'
import { formatDateTime } from '../format.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { usePagedFilters } from '../components/usePagedFilters.ts'
import { DueList } from '../components/notifications/DueList.tsx'
import { NOTIFICATIONS_KEY, READ_FILTER_OPTIONS, safeLink, type NotificationPage, type NotificationRecord } from '../components/notifications/notification-ui.ts'

export function NotificationsPage() {
  const queryClient = useQueryClient()
  const { message } = App.useApp()
  const { filters, setFilters, page, pageSize, setPage } = usePagedFilters(['filter'])
  const filter = filters.filter ?? 'all'

  const list = useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'list', filter, page, pageSize],
    queryFn: () => api.get<NotificationPage>(`/api/notifications${toQuery({ filter, page, pageSize })}`),
    placeholderData: keepPreviousData,
  })
  const refresh = () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY })
  const markRead = useMutation({
    mutationFn: (id: string) => api.post<NotificationRecord>(`/api/notifications/${id}/read`),
    onSuccess: refresh,
    onError: (error) => message.error(toApiError(error).message),
  })
  const markAll = useMutation({
    // Only what the user has seen: a notification arriving after the list was loaded stays unread.
    mutationFn: () => api.post<{ marked: number }>('/api/notifications/read-all', { upTo: new Date(list.dataUpdatedAt).toISOString() }),
    onSuccess: async (result) => {
      message.success(`Đã đánh dấu đã đọc ${result.marked} thông báo`)
      await refresh()
    },
    onError: (error) => message.error(toApiError(error).message),
  })

  const unread = list.data?.unread ?? 0
  return (
    <>
      <PageHeader title="Thông báo">
        <Button icon={<CheckOutlined />} disabled={unread === 0} loading={markAll.isPending} onClick={() => markAll.mutate()} data-testid="notifications-read-all">
          Đánh dấu đã đọc tất cả
        </Button>
      </PageHeader>
      <DueList />
      <Card
        title={`Thông báo (${unread} chưa đọc)`}
        extra={<Segmented options={[...READ_FILTER_OPTIONS]} value={filter} onChange={(value) => setFilters({ filter: value === 'all' ? undefined : value })} data-testid="notifications-filter" />}
      >
        {list.isError && <Alert type="error" showIcon message={toApiError(list.error).message} style={{ marginBottom: 12 }} />}
        <Table<NotificationRecord>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: filter === 'unread' ? 'Không có thông báo chưa đọc' : 'Chưa có thông báo' }}
          pagination={{ current: page, pageSize, total: list.data?.total ?? 0, showSizeChanger: true, onChange: setPage, showTotal: (total) => `${total} thông báo` }}
          onRow={(n) => ({ 'data-testid': 'notification-row', style: n.readAt ? undefined : { background: '#fff7e6' } }) as HTMLAttributes<HTMLTableRowElement>}
          columns={[
            {
              title: 'Nội dung',
              key: 'title',
              render: (_, n) => {
                const link = safeLink(n.link)
                const title = <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                return (
                  <>
                    {link ? <Link to={link} onClick={() => !n.readAt && markRead.mutate(n.id)}>{title}</Link> : title}
                    {n.body && <Typography.Paragraph type="secondary" style={{ margin: 0, whiteSpace: 'pre-line' }}>{n.body}</Typography.Paragraph>}
                  </>
                )
              },
            },
            { title: 'Thời gian', dataIndex: 'createdAt', width: 160, render: (v: string) => formatDateTime(v) },
            {
              title: 'Trạng thái',
              key: 'state',
              width: 170,
              render: (_, n) =>
                n.readAt ? (
                  <Typography.Text type="secondary">Đã đọc {formatDateTime(n.readAt)}</Typography.Text>
                ) : (
                  <Button size="small" onClick={() => markRead.mutate(n.id)} loading={markRead.isPending && markRead.variables === n.id} data-testid="notification-mark-read">
                    Đánh dấu đã đọc
                  </Button>
                ),
            },
          ]}
        />
      </Card>
    </>
  )
}
