// "Ký cam kết" (launch ceremony, seed 001 §IV.2): the signers — each for a cell or unit — and the witnesses, taken
// from the attendees; at the ceremony "Đã ký" records who marked it and when.
import { Alert, Button, Card, Col, Form, Input, Popconfirm, Row, Select, Table, Tag } from 'antd'
import { CheckOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { PLEDGE_ROLE_LABELS, PLEDGE_ROLES, type PledgeRole } from '../../../shared/events.ts'
import { api, toApiError } from '../../api.ts'
import { formatDateTime } from '../../format.ts'
import { FormProblemAlert, useFormProblem } from '../FormProblem.tsx'
import { OrganizationSelect } from '../OrganizationSelect.tsx'
import { useEventMutation, type EventDetail } from './event-ui.ts'

interface Values { attendeeId: string; role: PledgeRole; organizationId?: string | null; unitName?: string }
type Signer = EventDetail['pledgeSigners'][number]

export function PledgeTab({ event }: { event: EventDetail }) {
  const [form] = Form.useForm<Values>()
  const { problem, report, clear } = useFormProblem(form)
  const add = useEventMutation(event.id, (v: Values) => api.post<EventDetail>(`/api/events/${event.id}/pledge-signers`, {
    attendeeId: v.attendeeId, role: v.role, organizationId: v.organizationId ?? null, unitName: v.unitName ?? '',
  }), () => { clear(); form.resetFields() })
  const act = useEventMutation(event.id, (a: { signer: Signer; remove?: boolean }) => (a.remove
    ? api.delete(`/api/events/${event.id}/pledge-signers/${a.signer.id}`).then(() => api.get<EventDetail>(`/api/events/${event.id}`))
    : api.post<EventDetail>(`/api/events/${event.id}/pledge-signers/${a.signer.id}/signed`, { version: a.signer.version })))
  const listed = new Set(event.pledgeSigners.map((s) => s.attendeeId))
  return (
    <>
      {event.can.changeAttendees && (
        <Card title="Thêm người ký cam kết, người chứng kiến" size="small" style={{ marginBottom: 16 }}>
          <FormProblemAlert problem={problem} />
          <Form form={form} layout="vertical" initialValues={{ role: 'signer' }} onFinish={(v) => add.mutate(v, { onError: report })}>
            <Row gutter={12}>
              <Col xs={24} md={8}>
                <Form.Item label="Đại biểu" name="attendeeId" rules={[{ required: true, message: 'Chọn đại biểu ký' }]}>
                  <Select showSearch optionFilterProp="label" options={event.attendees.filter((a) => !listed.has(a.id)).map((a) => ({ value: a.id, label: `${a.fullName}${a.position ? `, ${a.position}` : ''}` }))} data-testid="signer-attendee" />
                </Form.Item>
              </Col>
              <Col xs={12} md={4}><Form.Item label="Vai trò" name="role"><Select options={PLEDGE_ROLES.map((r) => ({ value: r, label: PLEDGE_ROLE_LABELS[r] }))} data-testid="signer-role" /></Form.Item></Col>
              <Col xs={12} md={6}><Form.Item label="Thay mặt đơn vị (trong hệ thống)" name="organizationId"><OrganizationSelect allowClear placeholder="Chi bộ, đơn vị" /></Form.Item></Col>
              <Col xs={24} md={6}><Form.Item label="hoặc ghi tên đơn vị" name="unitName"><Input data-testid="signer-unit" /></Form.Item></Col>
            </Row>
            <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={add.isPending} data-testid="signer-add">Thêm</Button>
          </Form>
        </Card>
      )}
      <Card title="Danh sách ký cam kết thi đua">
        {act.error && <Alert type="error" showIcon title={toApiError(act.error).message} style={{ marginBottom: 12 }} />}
        <Table<Signer> rowKey="id" size="small" pagination={false} dataSource={event.pledgeSigners} data-testid="signers-table"
          columns={[
            { title: 'STT', key: 'n', width: 50, render: (_, __, i) => i + 1 },
            { title: 'Vai trò', key: 'role', width: 120, render: (_, s) => PLEDGE_ROLE_LABELS[s.role] },
            { title: 'Đơn vị', dataIndex: 'unitName' },
            { title: 'Người ký', key: 'who', render: (_, s) => [s.fullName, s.position].filter(Boolean).join(', ') },
            {
              title: 'Đã ký', key: 'signed', width: 260,
              render: (_, s) => (s.signedAt
                ? <Tag color="green" data-testid="pledge-signed">Đã ký {formatDateTime(s.signedAt)} ({s.signedByName})</Tag>
                : event.can.recordOnTheDay && <Button size="small" icon={<CheckOutlined />} onClick={() => act.mutate({ signer: s })} data-testid="pledge-sign">Ghi nhận đã ký</Button>),
            },
            ...(event.can.changeAttendees ? [{
              title: '', key: 'remove', width: 50,
              render: (_: unknown, s: Signer) => !s.signedAt && (
                <Popconfirm title="Bỏ dòng này?" okText="Bỏ" cancelText="Không" onConfirm={() => act.mutate({ signer: s, remove: true })}>
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label="Bỏ dòng ký" />
                </Popconfirm>
              ),
            }] : []),
          ]}
        />
      </Card>
    </>
  )
}
