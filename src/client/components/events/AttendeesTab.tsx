// "Thành phần đại biểu": the count against the cap, the delegate groups, the invitation of one more attendee, and
// the list with the invitation, the seat and the check-in of the day (Có mặt / Vắng).
import { useState } from 'react'
import { Alert, Button, Card, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd'
import { CheckOutlined, CloseOutlined, DeleteOutlined, FileWordOutlined } from '@ant-design/icons'
import { ATTENDEE_ROLE_LABELS } from '../../../shared/events.ts'
import { api, toApiError } from '../../api.ts'
import { formatDateTime } from '../../format.ts'
import { AddAttendeeForm } from './AddAttendeeForm.tsx'
import { GroupsCard } from './GroupsCard.tsx'
import { useEventMutation, type Attendee, type EventDetail } from './event-ui.ts'

type Change = { attendee: Attendee; attended?: boolean; seat?: string } | { attendee: Attendee; remove: true }

export function AttendeesTab({ event }: { event: EventDetail }) {
  const [seats, setSeats] = useState<Record<string, string>>({})
  const change = useEventMutation(event.id, (c: Change) => ('remove' in c
    ? api.delete(`/api/events/${event.id}/attendees/${c.attendee.id}?version=${c.attendee.version}`).then(() => api.get<EventDetail>(`/api/events/${event.id}`))
    : api.patch<EventDetail>(`/api/events/${event.id}/attendees/${c.attendee.id}`, { version: c.attendee.version, ...(c.attended === undefined ? {} : { attended: c.attended }), ...(c.seat === undefined ? {} : { seat: c.seat }) })))
  const { counts, delegateCap } = event
  return (
    <>
      <Typography.Title level={5} data-testid="attendee-count">
        Đại biểu: {counts.attendees}{delegateCap ? `/${delegateCap}` : ''} · đã phát hành giấy mời {counts.invited} · có mặt {counts.attended}{counts.absent ? ` · vắng ${counts.absent}` : ''}
        {event.chairLimit ? ` · chủ trì ${counts.chairs}/${event.chairLimit}` : ''}
      </Typography.Title>
      <GroupsCard event={event} />
      {event.can.changeAttendees && <AddAttendeeForm event={event} />}
      <Card title="Danh sách đại biểu">
        {change.error && <Alert type="error" showIcon title={toApiError(change.error).message} style={{ marginBottom: 12 }} />}
        <Table<Attendee> rowKey="id" size="small" dataSource={event.attendees} pagination={{ pageSize: 50, hideOnSinglePage: true }} data-testid="attendees-table"
          columns={[
            { title: 'STT', key: 'n', width: 50, render: (_, __, i) => i + 1 },
            { title: 'Họ và tên', key: 'name', render: (_, a) => <><strong>{a.fullName}</strong><div><Typography.Text type="secondary">{[a.position, a.unitName].filter(Boolean).join(', ')}</Typography.Text></div></> },
            { title: 'Thành phần', dataIndex: 'groupName', width: 200, ellipsis: true },
            { title: 'Vai trò', key: 'role', width: 120, render: (_, a) => <Tag color={a.role === 'chair' ? 'red' : a.role === 'honouree' ? 'gold' : undefined}>{ATTENDEE_ROLE_LABELS[a.role]}</Tag> },
            {
              title: 'Chỗ ngồi', key: 'seat', width: 160,
              render: (_, a) => (event.can.recordOnTheDay
                ? <Input size="small" value={seats[a.id] ?? a.seat ?? ''} onChange={(e) => setSeats({ ...seats, [a.id]: e.target.value })}
                    onBlur={() => seats[a.id] !== undefined && seats[a.id] !== (a.seat ?? '') && change.mutate({ attendee: a, seat: seats[a.id]! })} aria-label={`Chỗ ngồi của ${a.fullName}`} />
                : a.seat),
            },
            {
              title: 'Giấy mời', key: 'invited', width: 150,
              render: (_, a) => (
                <Space size={4}>
                  {a.invitedAt ? <Tag color="blue">Đã phát hành</Tag> : <Tag>Chưa</Tag>}
                  <Button size="small" type="link" icon={<FileWordOutlined />} href={`/api/events/${event.id}/documents/invitations?format=docx&attendeeId=${a.id}`} download aria-label={`Giấy mời của ${a.fullName}`} />
                </Space>
              ),
            },
            {
              title: 'Điểm danh', key: 'attended', width: 190,
              render: (_, a) => (
                <Space size={4} data-testid={`attendance-${a.fullName}`}>
                  {a.attended === true && <Tag color="green" title={formatDateTime(a.checkedInAt)}>Có mặt</Tag>}
                  {a.attended === false && <Tag color="red" title={formatDateTime(a.checkedInAt)}>Vắng</Tag>}
                  {event.can.recordOnTheDay && a.invitedAt && (
                    <>
                      {a.attended !== true && <Button size="small" icon={<CheckOutlined />} onClick={() => change.mutate({ attendee: a, attended: true })} data-testid="attendee-present">Có mặt</Button>}
                      {a.attended !== false && <Button size="small" icon={<CloseOutlined />} onClick={() => change.mutate({ attendee: a, attended: false })} aria-label={`Vắng: ${a.fullName}`}>Vắng</Button>}
                    </>
                  )}
                </Space>
              ),
            },
            ...(event.can.changeAttendees ? [{
              title: '', key: 'remove', width: 50,
              render: (_: unknown, a: Attendee) => (
                <Popconfirm title={`Bớt ${a.fullName} khỏi danh sách?`} okText="Bớt" cancelText="Không" onConfirm={() => change.mutate({ attendee: a, remove: true })}>
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label={`Bớt ${a.fullName}`} />
                </Popconfirm>
              ),
            }] : []),
          ]}
        />
      </Card>
    </>
  )
}
