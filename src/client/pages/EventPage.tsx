// /su-kien/:id — one launch ceremony or honouring conference: "Phát hành giấy mời", "Đã tổ chức", and the tabs
// Thông tin, Thành phần đại biểu (count against the cap, check-in), Chương trình, Ký cam kết (ceremony) or Tuyên
// dương (conference), Kinh phí (estimate from the fund, settlement), Tài liệu.
import { useParams } from 'react-router'
import { useQuery } from '@tanstack/react-query'
import { Alert, Button, Skeleton, Space, Tabs, Tag, Typography } from 'antd'
import { FlagOutlined, SendOutlined } from '@ant-design/icons'
import { api, toApiError } from '../api.ts'
import { formatDate } from '../format.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { AttendeesTab } from '../components/events/AttendeesTab.tsx'
import { BudgetTab } from '../components/events/BudgetTab.tsx'
import { DocumentsTab } from '../components/events/DocumentsTab.tsx'
import { EventInfoTab } from '../components/events/EventInfoTab.tsx'
import { HonoureesTab } from '../components/events/HonoureesTab.tsx'
import { PledgeTab } from '../components/events/PledgeTab.tsx'
import { ProgrammeTab } from '../components/events/ProgrammeTab.tsx'
import { eventKey, STATUS_COLORS, useEventMutation, type EventDetail } from '../components/events/event-ui.ts'

export function EventPage() {
  const { id = '' } = useParams()
  const { data: e, error, isLoading } = useQuery({ queryKey: eventKey(id), queryFn: () => api.get<EventDetail>(`/api/events/${id}`) })
  const move = useEventMutation(id, (to: 'invitations' | 'held') => api.post<EventDetail>(`/api/events/${id}/${to}`, { version: e!.version }))
  if (error) return <Alert type="error" showIcon title={toApiError(error).message} />
  if (isLoading || !e) return <Skeleton active />
  return (
    <>
      <PageHeader title={e.title}>
        <Space wrap>
          {e.can.issueInvitations && <Button type="primary" icon={<SendOutlined />} loading={move.isPending && move.variables === 'invitations'} onClick={() => move.mutate('invitations')} data-testid="event-issue-invitations">Phát hành giấy mời</Button>}
          {e.can.markHeld && <Button icon={<FlagOutlined />} loading={move.isPending && move.variables === 'held'} onClick={() => move.mutate('held')} data-testid="event-mark-held">Đã tổ chức</Button>}
        </Space>
      </PageHeader>
      <Typography.Paragraph>
        <Tag color={STATUS_COLORS[e.status]} data-testid="event-status">{e.statusLabel}</Tag>
        {e.kindLabel} · {e.organization.name} · {formatDate(e.eventDate)}{e.startTime ? ` lúc ${e.startTime}` : ''}{e.venue ? ` · ${e.venue}` : ''}
        {e.campaign ? ` · ${e.campaign.title}` : ''}
      </Typography.Paragraph>
      {move.error && <Alert type="error" showIcon title={toApiError(move.error).message} style={{ marginBottom: 16 }} />}
      <Tabs
        items={[
          { key: 'info', label: 'Thông tin', children: <EventInfoTab event={e} /> },
          { key: 'attendees', label: `Thành phần đại biểu (${e.counts.attendees}${e.delegateCap ? `/${e.delegateCap}` : ''})`, children: <AttendeesTab event={e} /> },
          { key: 'programme', label: 'Chương trình', children: <ProgrammeTab event={e} /> },
          e.kind === 'launch_ceremony'
            ? { key: 'pledge', label: 'Ký cam kết', children: <PledgeTab event={e} /> }
            : { key: 'honourees', label: `Tuyên dương (${e.honourees.length})`, children: <HonoureesTab event={e} /> },
          { key: 'budget', label: 'Kinh phí', children: <BudgetTab event={e} /> },
          { key: 'documents', label: 'Tài liệu', children: <DocumentsTab event={e} /> },
        ]}
      />
    </>
  )
}
