// The plan's events with their dates, and the dates that follow from them: officers enter an
// event's date once known ("Cập nhật ngày"), and every deadline counted from it appears.
import { useState } from 'react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { App, Button, Card, Divider, Flex, Modal, Typography } from 'antd'
import { CalendarOutlined } from '@ant-design/icons'
import { REVIEW_KINDS, resolveDateRef, type PlanEvent } from '../../../shared/campaign-plan.ts'
import { api, toApiError } from '../../api.ts'
import { formatDate } from '../../format.ts'
import type { CampaignDetail } from '../../types.ts'
import { IsoDatePicker } from './IsoDatePicker.tsx'
import { refreshAfterWrite } from './campaign-queries.ts'
import { RowList } from './RowList.tsx'

function EventDateDialog({ plan, event, onClose }: { plan: CampaignDetail; event: PlanEvent; onClose: () => void }) {
  const [date, setDate] = useState(event.date)
  const queryClient = useQueryClient()
  const { message } = App.useApp()
  const save = useMutation({
    mutationFn: () => api.put<CampaignDetail>(`/api/campaigns/${plan.id}/events/${encodeURIComponent(event.id)}`, { date }),
    onSuccess: (saved) => {
      void refreshAfterWrite(queryClient, saved)
      message.success(date ? `Đã cập nhật ngày ${event.name}` : `Đã bỏ ngày ${event.name}`)
      onClose()
    },
    onError: (error) => message.error(toApiError(error).message),
  })
  return (
    <Modal open title={`Ngày diễn ra: ${event.name}`} okText="Lưu" cancelText="Hủy" onOk={() => save.mutate()} onCancel={onClose} confirmLoading={save.isPending}>
      <IsoDatePicker value={date} onChange={setDate} placeholder="Để trống nếu chưa có ngày" />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        Các thời hạn tính theo sự kiện này sẽ được tính lại cho mọi đơn vị.
      </Typography.Paragraph>
    </Modal>
  )
}

export function PlanEventsCard({ plan, canEdit }: { plan: CampaignDetail; canEdit: boolean }) {
  const [editing, setEditing] = useState<PlanEvent | null>(null)
  const events = plan.content.events.map((event) => ({ ...event, date: plan.eventDates[event.id] ?? event.date }))
  const dates = [
    ...plan.content.phases.flatMap((phase) => (phase.review ? [{ name: `${REVIEW_KINDS[phase.review.kind]} ${phase.name}`, date: resolveDateRef(phase.review.due, events) }] : [])),
    ...plan.content.deadlines.map((deadline) => ({ name: deadline.name, date: resolveDateRef(deadline.due, events) })),
  ]
  return (
    <Card size="small" title="Sự kiện và thời hạn">
      <RowList
        items={events}
        rowKey={(event) => event.id}
        empty="Kế hoạch không có sự kiện"
        render={(event) => (
          <Flex justify="space-between" align="center" gap={8} wrap>
            <div>
              <Typography.Text strong>{event.name}</Typography.Text>
              <br />
              <Typography.Text type="secondary">{event.date ? formatDate(event.date) : 'Chưa có ngày'}</Typography.Text>
            </div>
            {canEdit && (
              <Button size="small" icon={<CalendarOutlined />} onClick={() => setEditing(event)}>
                Cập nhật ngày
              </Button>
            )}
          </Flex>
        )}
      />
      <Divider titlePlacement="start" plain>
        Thời hạn
      </Divider>
      <RowList
        items={dates}
        rowKey={(item, index) => `${index}:${item.name}`}
        empty="Kế hoạch không đặt thời hạn"
        render={(item) => (
          <Flex justify="space-between" gap={8}>
            <Typography.Text>{item.name}</Typography.Text>
            <Typography.Text type={item.date ? undefined : 'secondary'} style={{ flexShrink: 0 }}>
              {item.date ? formatDate(item.date) : 'tính khi sự kiện có ngày'}
            </Typography.Text>
          </Flex>
        )}
      />
      {editing && <EventDateDialog plan={plan} event={editing} onClose={() => setEditing(null)} />}
    </Card>
  )
}
