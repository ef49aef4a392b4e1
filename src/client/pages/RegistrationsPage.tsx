// /dang-ky-thi-dua — the registrations (đăng ký thi đua) of the units in the user's scope, filtered by campaign,
// year and status in the URL; "Đăng ký mới" for a unit; for a campaign or a year, the units that have not
// registered yet, with "Nhắc" for the level above.
import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Alert, Button, Card, Col, Form, InputNumber, Modal, Row, Select, Table, Tag, Typography } from 'antd'
import { BellOutlined, PlusOutlined } from '@ant-design/icons'
import { REGISTRATION_STATUS_LABELS } from '../../shared/registrations.ts'
import { can } from '../../shared/roles.ts'
import { api, toApiError, toQuery } from '../api.ts'
import { useCurrentUser } from '../auth.tsx'
import type { Page } from '../types.ts'
import { formatDate, formatDateTime } from '../format.ts'
import { CampaignSelect } from '../components/campaigns/CampaignSelect.tsx'
import { YearSelect } from '../components/eligibility/YearSelect.tsx'
import { OrganizationSelect } from '../components/OrganizationSelect.tsx'
import { PageHeader } from '../components/PageHeader.tsx'
import { usePagedFilters } from '../components/usePagedFilters.ts'
import { REGISTRATIONS_KEY, STATUS_COLORS, STATUS_OPTIONS, type MissingList, type RegistrationDetail, type RegistrationSummary } from '../components/registrations/registration-ui.ts'

export function RegistrationsPage() {
  const me = useCurrentUser()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const { filters, setFilters, page, pageSize, setPage } = usePagedFilters(['campaignId', 'year', 'status'])
  const [creating, setCreating] = useState(false)
  const [form] = Form.useForm<{ organizationId: string; campaignId?: string; year: number }>()

  const list = useQuery({
    queryKey: [...REGISTRATIONS_KEY, 'list', filters, page, pageSize],
    queryFn: () => api.get<Page<RegistrationSummary>>(`/api/registrations${toQuery({ ...filters, page, pageSize })}`),
    placeholderData: keepPreviousData,
  })
  const missingFor = filters.campaignId ? { campaignId: filters.campaignId } : filters.year ? { year: filters.year } : null
  const missing = useQuery({
    queryKey: [...REGISTRATIONS_KEY, 'missing', missingFor],
    queryFn: () => api.get<MissingList>(`/api/registrations/missing${toQuery(missingFor ?? {})}`),
    enabled: missingFor !== null,
  })
  const create = useMutation({
    mutationFn: (values: { organizationId: string; campaignId?: string; year: number }) =>
      api.post<RegistrationDetail>('/api/registrations', { ...values, campaignId: values.campaignId ?? null }),
    onSuccess: (created) => navigate(`/dang-ky-thi-dua/${created.id}`),
  })
  const remind = useMutation({
    mutationFn: (organizationId: string) =>
      api.post('/api/registrations/reminders', { organizationId, campaignId: filters.campaignId ?? null, year: Number(filters.year) || new Date().getFullYear() }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...REGISTRATIONS_KEY, 'missing'] }),
  })

  return (
    <>
      <PageHeader title="Đăng ký thi đua">
        {can(me, 'registration.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="registration-new">Đăng ký mới</Button>
        )}
      </PageHeader>
      <Card style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]}>
          <Col xs={24} md={10}><CampaignSelect value={filters.campaignId} onChange={(campaignId) => setFilters({ campaignId })} placeholder="Kế hoạch thi đua" /></Col>
          <Col xs={12} md={6}><YearSelect value={filters.year} onChange={(year) => setFilters({ year })} placeholder="Năm" from={2020} /></Col>
          <Col xs={12} md={8}>
            <Select allowClear value={filters.status} onChange={(status?: string) => setFilters({ status })} placeholder="Trạng thái" options={STATUS_OPTIONS} style={{ width: '100%' }} aria-label="Trạng thái" />
          </Col>
        </Row>
      </Card>
      {list.error && <Alert type="error" showIcon title={toApiError(list.error).message} style={{ marginBottom: 16 }} />}
      <Card style={{ marginBottom: 16 }}>
        <Table<RegistrationSummary>
          rowKey="id"
          data-testid="registrations-table"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          pagination={{ current: page, pageSize, total: list.data?.total ?? 0, onChange: setPage }}
          columns={[
            { title: 'Đơn vị', key: 'organization', width: 260, render: (_, r) => <Link to={`/dang-ky-thi-dua/${r.id}`}><strong>{r.organizationName}</strong>{r.consolidated ? ' (tổng hợp)' : ''}</Link> },
            // Plan titles run to several lines: one line here, the whole title on hover and on the registration's page.
            { title: 'Kế hoạch / năm', key: 'campaign', ellipsis: { showTitle: false }, render: (_, r) => <span title={r.campaignTitle ?? undefined}>{r.campaignTitle ?? `Năm ${r.year}`}</span> },
            { title: 'Danh hiệu đăng ký', key: 'targets', width: 200, render: (_, r) => r.targets.map((t) => `${t.short}${t.scope === 'members' ? ` × ${t.count}` : ''}`).join(', ') },
            { title: 'Trạng thái', key: 'status', width: 120, render: (_, r) => <Tag color={STATUS_COLORS[r.status]} data-testid="registration-status">{REGISTRATION_STATUS_LABELS[r.status]}</Tag> },
            { title: 'Gửi ngày', key: 'submittedOn', width: 120, render: (_, r) => formatDate(r.submittedOn) },
          ]}
        />
      </Card>
      {missingFor ? (
        <Card title="Đơn vị chưa đăng ký" extra={missing.data && `${missing.data.registered}/${missing.data.addressed} đơn vị đã đăng ký`}>
          {remind.error && <Alert type="error" showIcon title={toApiError(remind.error).message} style={{ marginBottom: 12 }} />}
          <Table
            rowKey="organizationId"
            data-testid="missing-table"
            loading={missing.isFetching}
            dataSource={missing.data?.items ?? []}
            pagination={false}
            columns={[
              { title: 'Đơn vị', dataIndex: 'organizationName' },
              { title: 'Bản đăng ký', key: 'registration', render: (_, m) => (m.registration ? <Link to={`/dang-ky-thi-dua/${m.registration.id}`}>{REGISTRATION_STATUS_LABELS[m.registration.status]}</Link> : 'Chưa có') },
              { title: 'Đã nhắc', key: 'reminders', render: (_, m) => (m.reminders > 0 ? `${m.reminders} lần, lần cuối ${formatDateTime(m.lastRemindedAt)}` : '') },
              {
                title: '', key: 'remind',
                render: (_, m) => can(me, 'registration.approve') && (
                  <Button size="small" icon={<BellOutlined />} loading={remind.isPending && remind.variables === m.organizationId} onClick={() => remind.mutate(m.organizationId)} data-testid="remind">Nhắc</Button>
                ),
              },
            ]}
          />
        </Card>
      ) : (
        <Typography.Text type="secondary">Chọn kế hoạch thi đua hoặc năm để xem các đơn vị chưa đăng ký.</Typography.Text>
      )}
      <Modal title="Đăng ký thi đua mới" open={creating} onCancel={() => setCreating(false)} onOk={() => form.submit()} okText="Lập bản đăng ký" confirmLoading={create.isPending} destroyOnHidden>
        {create.error && <Alert type="error" showIcon title={toApiError(create.error).message} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" initialValues={{ organizationId: me.organizationId, year: new Date().getFullYear(), campaignId: filters.campaignId }} onFinish={(values) => create.mutate(values)}>
          <Form.Item label="Đơn vị đăng ký" name="organizationId" rules={[{ required: true, message: 'Hãy chọn đơn vị đăng ký' }]}><OrganizationSelect /></Form.Item>
          <Form.Item label="Kế hoạch thi đua (để trống: đăng ký thi đua năm)" name="campaignId"><CampaignSelect placeholder="Kế hoạch thi đua" /></Form.Item>
          <Form.Item label="Năm thi đua" name="year" rules={[{ required: true, message: 'Hãy nhập năm thi đua' }]}><InputNumber min={2000} max={2100} style={{ width: '100%' }} /></Form.Item>
        </Form>
      </Modal>
    </>
  )
}
