// "Thông tin": the event's fields — title, plan, date and time, venue, the delegate cap and the chairs' limit (the
// officer's values), the ceremony's common pledge text — saved with the event's version.
import { useEffect } from 'react'
import { Button, Card, DatePicker, Descriptions, Form, Input, InputNumber } from 'antd'
import { SaveOutlined } from '@ant-design/icons'
import { api } from '../../api.ts'
import { DATE_FORMAT, formatDate, formatDateTime, fromIsoDate, toIsoDate } from '../../format.ts'
import { CampaignSelect } from '../campaigns/CampaignSelect.tsx'
import { FormProblemAlert, useFormProblem } from '../FormProblem.tsx'
import { useEventMutation, type EventDetail } from './event-ui.ts'

interface Values { title: string; campaignId?: string | null; eventDate: ReturnType<typeof fromIsoDate>; startTime?: string; venue?: string; delegateCap?: number | null; chairLimit?: number | null; pledgeCommitments?: string }

const toValues = (e: EventDetail): Values => ({
  title: e.title, campaignId: e.campaign?.id ?? null, eventDate: fromIsoDate(e.eventDate), startTime: e.startTime ?? '', venue: e.venue ?? '',
  delegateCap: e.delegateCap, chairLimit: e.chairLimit, pledgeCommitments: e.pledgeCommitments.join('\n'),
})

export function EventInfoTab({ event }: { event: EventDetail }) {
  const [form] = Form.useForm<Values>()
  const { problem, report, clear } = useFormProblem(form)
  useEffect(() => form.setFieldsValue(toValues(event)), [event, form])
  const save = useEventMutation(event.id, (v: Values) => api.patch<EventDetail>(`/api/events/${event.id}`, {
    version: event.version, title: v.title, campaignId: v.campaignId ?? null, eventDate: toIsoDate(v.eventDate), startTime: v.startTime?.trim() || null,
    venue: v.venue ?? '', delegateCap: v.delegateCap ?? null, chairLimit: v.chairLimit ?? null,
    pledgeCommitments: (v.pledgeCommitments ?? '').split('\n').map((l) => l.trim()).filter(Boolean),
  }), clear)
  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label="Đơn vị tổ chức">{event.organization.name}</Descriptions.Item>
          <Descriptions.Item label="Người lập">{event.createdByName}</Descriptions.Item>
          <Descriptions.Item label="Phát hành giấy mời">{formatDateTime(event.invitationsIssuedAt) || 'Chưa'}</Descriptions.Item>
          {event.heldAt && <Descriptions.Item label="Ghi nhận đã tổ chức">{formatDateTime(event.heldAt)}</Descriptions.Item>}
          {event.settledAt && <Descriptions.Item label="Quyết toán">{`${formatDateTime(event.settledAt)} — ${event.settledByName ?? ''}`}</Descriptions.Item>}
          <Descriptions.Item label="Ngày tổ chức">{formatDate(event.eventDate)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card>
        <FormProblemAlert problem={problem} />
        <Form form={form} layout="vertical" disabled={!event.can.edit} onFinish={(v) => save.mutate(v, { onError: report })}>
          <Form.Item label="Tên sự kiện" name="title" rules={[{ required: true, message: 'Tên sự kiện là bắt buộc' }]}><Input.TextArea autoSize data-testid="event-info-title" /></Form.Item>
          <Form.Item label="Kế hoạch thi đua" name="campaignId"><CampaignSelect placeholder="Kế hoạch thi đua (nếu có)" /></Form.Item>
          <Form.Item label="Ngày tổ chức" name="eventDate" rules={[{ required: true, message: 'Ngày tổ chức là bắt buộc' }]}><DatePicker format={DATE_FORMAT} /></Form.Item>
          <Form.Item label="Giờ bắt đầu (GG:PP)" name="startTime"><Input placeholder="07:30" style={{ width: 120 }} /></Form.Item>
          <Form.Item label="Địa điểm" name="venue"><Input /></Form.Item>
          <Form.Item label="Số đại biểu tối đa (để trống: không giới hạn)" name="delegateCap"><InputNumber min={1} data-testid="event-info-cap" /></Form.Item>
          <Form.Item label="Số người chủ trì tối đa (để trống: không giới hạn)" name="chairLimit"><InputNumber min={1} /></Form.Item>
          {event.kind === 'launch_ceremony' && <Form.Item label="Nội dung cam kết chung (mỗi dòng một nội dung)" name="pledgeCommitments"><Input.TextArea rows={4} /></Form.Item>}
          {event.can.edit && <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending} data-testid="event-info-save">Lưu</Button>}
        </Form>
      </Card>
    </>
  )
}
