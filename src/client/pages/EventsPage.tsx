// /su-kien — the launch ceremonies (lễ phát động thi đua) and honouring conferences (hội nghị tuyên dương điển hình
// tiên tiến) of the organizations in the user's scope, filtered by kind, status and year; "Sự kiện mới" of either
// kind, started from the standard groups and programme (or the plan's ceremony section).
import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import { Alert, Button, Card, Checkbox, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Table, Tag } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import { EVENT_KIND_LABELS, EVENT_KINDS, EVENT_STATUS_LABELS, EVENT_STATUSES, type EventKind } from '../../shared/events.ts'
import { EVENT_TEMPLATES } from '../../shared/events-templates.ts'
import { can } from '../../shared/roles.ts'
import { api, toApiError, toQuery } from '../api.ts'
import { useCurrentUser } from '../auth.tsx'
import { DATE_FORMAT, formatDate, toIsoDate } from '../format.ts'
import type { Page } from '../types.ts'
import { CampaignSelect } from '../components/campaigns/CampaignSelect.tsx'
import { YearSelect } from '../components/eligibility/YearSelect.tsx'
import { FormProblemAlert, useFormProblem } from '../components/FormProblem.tsx'
import { OrganizationSelect } from '../components/OrganizationSelect.tsx'
import { PageHeader } from '../components/PageHeader.tsx'
import { usePagedFilters } from '../components/usePagedFilters.ts'
import { EVENTS_KEY, STATUS_COLORS, type EventDetail, type EventSummary } from '../components/events/event-ui.ts'

interface NewValues {
  kind: EventKind; organizationId: string; campaignId?: string; title: string; eventDate: dayjs.Dayjs; startTime?: string; venue?: string
  delegateCap?: number | null; chairLimit?: number | null; useTemplate: boolean
}

export function EventsPage() {
  const me = useCurrentUser()
  const navigate = useNavigate()
  const { filters, setFilters, page, pageSize, setPage } = usePagedFilters(['kind', 'status', 'year'])
  const [creating, setCreating] = useState(false)
  const [form] = Form.useForm<NewValues>()
  const { problem, report, clear } = useFormProblem(form)
  const list = useQuery({
    queryKey: [...EVENTS_KEY, 'list', filters, page, pageSize],
    queryFn: () => api.get<Page<EventSummary>>(`/api/events${toQuery({ ...filters, page, pageSize })}`),
    placeholderData: keepPreviousData,
  })
  const create = useMutation({
    mutationFn: (v: NewValues) => api.post<EventDetail>('/api/events', {
      ...v, campaignId: v.campaignId ?? null, eventDate: toIsoDate(v.eventDate), startTime: v.startTime?.trim() || null, delegateCap: v.delegateCap ?? null, chairLimit: v.chairLimit ?? null,
    }),
    onSuccess: (created) => { clear(); navigate(`/su-kien/${created.id}`) },
    onError: report,
  })
  const pickKind = (kind: EventKind) => form.setFieldsValue({ delegateCap: EVENT_TEMPLATES[kind].delegateCap, chairLimit: EVENT_TEMPLATES[kind].chairLimit })

  return (
    <>
      <PageHeader title="Lễ phát động, hội nghị tuyên dương">
        {can(me, 'event.write') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="events-new">Sự kiện mới</Button>}
      </PageHeader>
      <Card style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]}>
          <Col xs={24} md={10}><Select allowClear value={filters.kind} onChange={(kind?: string) => setFilters({ kind })} placeholder="Loại sự kiện" options={EVENT_KINDS.map((k) => ({ value: k, label: EVENT_KIND_LABELS[k] }))} style={{ width: '100%' }} aria-label="Loại sự kiện" /></Col>
          <Col xs={12} md={8}><Select allowClear value={filters.status} onChange={(status?: string) => setFilters({ status })} placeholder="Trạng thái" options={EVENT_STATUSES.map((s) => ({ value: s, label: EVENT_STATUS_LABELS[s] }))} style={{ width: '100%' }} aria-label="Trạng thái" /></Col>
          <Col xs={12} md={6}><YearSelect value={filters.year} onChange={(year) => setFilters({ year })} placeholder="Năm" from={2020} /></Col>
        </Row>
      </Card>
      {list.error && <Alert type="error" showIcon title={toApiError(list.error).message} style={{ marginBottom: 16 }} />}
      <Card>
        <Table<EventSummary> rowKey="id" data-testid="events-table" loading={list.isFetching} dataSource={list.data?.items ?? []}
          pagination={{ current: page, pageSize, total: list.data?.total ?? 0, onChange: setPage }}
          columns={[
            { title: 'Sự kiện', key: 'title', render: (_, e) => <Link to={`/su-kien/${e.id}`}><strong>{e.title}</strong></Link> },
            { title: 'Loại', key: 'kind', width: 200, render: (_, e) => e.kindLabel },
            { title: 'Đơn vị', key: 'organization', width: 180, render: (_, e) => e.organization.name },
            { title: 'Ngày', key: 'date', width: 130, render: (_, e) => `${formatDate(e.eventDate)}${e.startTime ? ` ${e.startTime}` : ''}` },
            { title: 'Đại biểu', key: 'count', width: 100, render: (_, e) => `${e.attendeeCount}${e.delegateCap ? `/${e.delegateCap}` : ''}` },
            { title: 'Trạng thái', key: 'status', width: 180, render: (_, e) => <Tag color={STATUS_COLORS[e.status]}>{e.statusLabel}</Tag> },
          ]}
        />
      </Card>
      <Modal title="Sự kiện mới" open={creating} onCancel={() => setCreating(false)} onOk={() => form.submit()} okText="Lập sự kiện" confirmLoading={create.isPending} destroyOnHidden okButtonProps={{ ...{ 'data-testid': 'event-create' } }}>
        <FormProblemAlert problem={problem} />
        <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v)}
          initialValues={{ kind: 'launch_ceremony', organizationId: me.organizationId, eventDate: dayjs(), useTemplate: true, delegateCap: null, chairLimit: null }}>
          <Form.Item label="Loại sự kiện" name="kind"><Select options={EVENT_KINDS.map((k) => ({ value: k, label: EVENT_KIND_LABELS[k] }))} onChange={pickKind} data-testid="event-kind" /></Form.Item>
          <Form.Item label="Đơn vị tổ chức" name="organizationId" rules={[{ required: true, message: 'Hãy chọn đơn vị tổ chức' }]}><OrganizationSelect /></Form.Item>
          <Form.Item label="Kế hoạch thi đua (nếu có)" name="campaignId"><CampaignSelect placeholder="Kế hoạch thi đua" /></Form.Item>
          <Form.Item label="Tên sự kiện" name="title" rules={[{ required: true, message: 'Tên sự kiện là bắt buộc' }]}><Input.TextArea autoSize data-testid="event-title" /></Form.Item>
          <Row gutter={12}>
            <Col span={12}><Form.Item label="Ngày tổ chức" name="eventDate" rules={[{ required: true, message: 'Ngày tổ chức là bắt buộc' }]}><DatePicker format={DATE_FORMAT} style={{ width: '100%' }} /></Form.Item></Col>
            <Col span={12}><Form.Item label="Giờ bắt đầu (GG:PP)" name="startTime"><Input placeholder="07:30" data-testid="event-time" /></Form.Item></Col>
          </Row>
          <Form.Item label="Địa điểm" name="venue"><Input data-testid="event-venue" /></Form.Item>
          <Row gutter={12}>
            <Col span={12}><Form.Item label="Số đại biểu tối đa" name="delegateCap"><InputNumber min={1} style={{ width: '100%' }} placeholder="không giới hạn" data-testid="event-cap" /></Form.Item></Col>
            <Col span={12}><Form.Item label="Số người chủ trì tối đa" name="chairLimit"><InputNumber min={1} style={{ width: '100%' }} placeholder="không giới hạn" /></Form.Item></Col>
          </Row>
          <Form.Item name="useTemplate" valuePropName="checked"><Checkbox>Dùng cơ cấu thành phần và chương trình mẫu</Checkbox></Form.Item>
        </Form>
      </Modal>
    </>
  )
}
