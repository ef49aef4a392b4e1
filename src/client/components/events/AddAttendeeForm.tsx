// Invites one attendee: a person of the registry (post and unit filled from it) or a name, post and unit typed in,
// with the group, the role and the seat. Beyond the cap the server refuses and the form keeps what was typed.
import { Button, Card, Col, Form, Input, Row, Select } from 'antd'
import { UserAddOutlined } from '@ant-design/icons'
import { ATTENDEE_ROLE_LABELS, ATTENDEE_ROLES, type AttendeeRole } from '../../../shared/events.ts'
import { api } from '../../api.ts'
import { FormProblemAlert, useFormProblem } from '../FormProblem.tsx'
import { useEventMutation, type EventDetail } from './event-ui.ts'
import { PersonSearch } from './PersonSearch.tsx'

interface Values { personId?: string | null; fullName?: string; position?: string; unitName?: string; groupId?: string | null; role: AttendeeRole; seat?: string }

export function AddAttendeeForm({ event }: { event: EventDetail }) {
  const [form] = Form.useForm<Values>()
  const { problem, report, clear } = useFormProblem(form)
  const add = useEventMutation(event.id, (v: Values) => api.post<EventDetail>(`/api/events/${event.id}/attendees`, {
    personId: v.personId ?? null, fullName: v.fullName ?? '', position: v.position ?? '', unitName: v.unitName ?? '', groupId: v.groupId ?? null, role: v.role, seat: v.seat ?? '',
  }), () => {
    clear()
    form.resetFields()
  })
  return (
    <Card title="Mời đại biểu" size="small" style={{ marginBottom: 16 }}>
      <FormProblemAlert problem={problem} />
      <Form form={form} layout="vertical" initialValues={{ role: 'delegate' }} onFinish={(v) => add.mutate(v, { onError: report })}>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item label="Cá nhân trong danh sách" name="personId">
              <PersonSearch onPick={(p) => p && form.setFieldsValue({ fullName: p.fullName, position: p.position ?? '', unitName: p.organizationName })} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}><Form.Item label="Họ và tên" name="fullName"><Input data-testid="attendee-name" /></Form.Item></Col>
          <Col xs={24} md={12}><Form.Item label="Chức vụ" name="position"><Input data-testid="attendee-position" /></Form.Item></Col>
          <Col xs={24} md={12}><Form.Item label="Đơn vị" name="unitName"><Input data-testid="attendee-unit" /></Form.Item></Col>
          <Col xs={24} md={10}>
            <Form.Item label="Thành phần" name="groupId">
              <Select allowClear options={event.groups.map((g) => ({ value: g.id, label: g.name }))} placeholder="Thành phần" data-testid="attendee-group" />
            </Form.Item>
          </Col>
          <Col xs={12} md={7}>
            <Form.Item label="Vai trò" name="role">
              <Select options={ATTENDEE_ROLES.map((r) => ({ value: r, label: ATTENDEE_ROLE_LABELS[r] }))} data-testid="attendee-role" />
            </Form.Item>
          </Col>
          <Col xs={12} md={7}><Form.Item label="Chỗ ngồi" name="seat"><Input placeholder="Hàng 1, ghế 3" data-testid="attendee-seat" /></Form.Item></Col>
        </Row>
        <Button type="primary" htmlType="submit" icon={<UserAddOutlined />} loading={add.isPending} data-testid="attendee-add">Thêm đại biểu</Button>
      </Form>
    </Card>
  )
}
