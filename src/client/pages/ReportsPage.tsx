// /bao-cao — the progress reports (báo cáo sơ kết, tổng kết) of the units in the user's scope, filtered by plan,
// period and status in the URL; "Báo cáo mới" for a unit; for a plan's period, the units that have not reported
// with the due date and "Nhắc" for the level above; the link to the level's compiled report.
import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Alert, Button, Card, Col, Form, Modal, Row, Select, Table, Tag, Typography } from 'antd'
import { BarChartOutlined, BellOutlined, PlusOutlined } from '@ant-design/icons'
import { REPORT_STATUS_LABELS } from '../../shared/reports.ts'
import { can } from '../../shared/roles.ts'
import { api, toApiError, toQuery } from '../api.ts'
import { useCurrentUser } from '../auth.tsx'
import type { Page } from '../types.ts'
import { formatDate, formatDateTime } from '../format.ts'
import { CampaignSelect } from '../components/campaigns/CampaignSelect.tsx'
import { OrganizationSelect } from '../components/OrganizationSelect.tsx'
import { PageHeader } from '../components/PageHeader.tsx'
import { usePagedFilters } from '../components/usePagedFilters.ts'
import { PeriodSelect } from '../components/reports/PeriodSelect.tsx'
import { REPORTS_KEY, STATUS_COLORS, STATUS_OPTIONS, type MissingReports, type ReportDetail, type ReportSummary } from '../components/reports/report-ui.ts'

interface NewReport { organizationId: string; campaignId?: string; periodId?: string }

export function ReportsPage() {
  const me = useCurrentUser()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const { filters, setFilters, page, pageSize, setPage } = usePagedFilters(['campaignId', 'periodId', 'status'])
  const [creating, setCreating] = useState(false)
  const [form] = Form.useForm<NewReport>()
  const chosenCampaign = Form.useWatch('campaignId', form)

  const list = useQuery({
    queryKey: [...REPORTS_KEY, 'list', filters, page, pageSize],
    queryFn: () => api.get<Page<ReportSummary>>(`/api/reports${toQuery({ ...filters, page, pageSize })}`),
    placeholderData: keepPreviousData,
  })
  const missingFor = filters.campaignId && filters.periodId ? { campaignId: filters.campaignId, periodId: filters.periodId } : null
  const missing = useQuery({
    queryKey: [...REPORTS_KEY, 'missing', missingFor],
    queryFn: () => api.get<MissingReports>(`/api/reports/missing${toQuery(missingFor ?? {})}`),
    enabled: missingFor !== null,
  })
  const create = useMutation({
    mutationFn: (values: NewReport) => api.post<ReportDetail>('/api/reports', values),
    onSuccess: (created) => navigate(`/bao-cao/${created.id}`),
  })
  const remind = useMutation({
    mutationFn: (organizationId: string) => api.post('/api/reports/reminders', { organizationId, ...missingFor }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...REPORTS_KEY, 'missing'] }),
  })

  return (
    <>
      <PageHeader title="Báo cáo sơ kết, tổng kết">
        <Button icon={<BarChartOutlined />} onClick={() => navigate(`/bao-cao/tong-hop${toQuery({ campaignId: filters.campaignId, periodId: filters.periodId })}`)} data-testid="reports-compiled-link">Báo cáo tổng hợp</Button>
        {can(me, 'report.write') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="report-new">Báo cáo mới</Button>}
      </PageHeader>
      <Card style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]}>
          <Col xs={24} md={10}><CampaignSelect value={filters.campaignId} onChange={(campaignId) => setFilters({ campaignId, periodId: undefined })} placeholder="Kế hoạch thi đua" /></Col>
          <Col xs={12} md={8}><PeriodSelect campaignId={filters.campaignId} value={filters.periodId} onChange={(periodId) => setFilters({ periodId })} data-testid="reports-period" /></Col>
          <Col xs={12} md={6}>
            <Select allowClear value={filters.status} onChange={(status?: string) => setFilters({ status })} placeholder="Trạng thái" options={STATUS_OPTIONS} style={{ width: '100%' }} aria-label="Trạng thái" />
          </Col>
        </Row>
      </Card>
      {list.error && <Alert type="error" showIcon title={toApiError(list.error).message} style={{ marginBottom: 16 }} />}
      <Card style={{ marginBottom: 16 }}>
        <Table<ReportSummary>
          rowKey="id"
          data-testid="reports-table"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          pagination={{ current: page, pageSize, total: list.data?.total ?? 0, onChange: setPage }}
          columns={[
            { title: 'Đơn vị', key: 'organization', width: 260, render: (_, r) => <Link to={`/bao-cao/${r.id}`}><strong>{r.organizationName}</strong></Link> },
            { title: 'Kế hoạch', key: 'campaign', ellipsis: { showTitle: false }, render: (_, r) => <span title={r.campaignTitle}>{r.campaignTitle}</span> },
            { title: 'Kỳ', key: 'period', width: 110, render: (_, r) => (r.periodKind === 'interim' ? 'Sơ kết' : 'Tổng kết') },
            { title: 'Trạng thái', key: 'status', width: 170, render: (_, r) => <Tag color={STATUS_COLORS[r.status]} data-testid="report-status">{REPORT_STATUS_LABELS[r.status]}</Tag> },
            { title: 'Nộp ngày', key: 'submittedOn', width: 110, render: (_, r) => formatDate(r.submittedOn) },
          ]}
        />
      </Card>
      {missingFor ? (
        <Card
          title={missing.data ? `Đơn vị chưa nộp báo cáo — ${missing.data.periodName}` : 'Đơn vị chưa nộp báo cáo'}
          extra={missing.data && (
            <span>
              {missing.data.reported}/{missing.data.addressed} đơn vị đã nộp
              {missing.data.due && <> · hạn {formatDate(missing.data.due)} {missing.data.overdue && <Tag color="error">Quá hạn</Tag>}</>}
            </span>
          )}
        >
          {(remind.error ?? missing.error) && <Alert type="error" showIcon title={toApiError(remind.error ?? missing.error).message} style={{ marginBottom: 12 }} />}
          <Table
            rowKey="organizationId"
            data-testid="reports-missing-table"
            loading={missing.isFetching}
            dataSource={missing.data?.items ?? []}
            pagination={false}
            columns={[
              { title: 'Đơn vị', dataIndex: 'organizationName' },
              { title: 'Báo cáo', key: 'report', render: (_, m) => (m.report ? <Link to={`/bao-cao/${m.report.id}`}>{REPORT_STATUS_LABELS[m.report.status]}</Link> : 'Chưa có') },
              { title: 'Đã nhắc', key: 'reminders', render: (_, m) => (m.reminders > 0 ? `${m.reminders} lần, lần cuối ${formatDateTime(m.lastRemindedAt)}` : '') },
              {
                title: '', key: 'remind',
                render: (_, m) => can(me, 'report.compile') && (
                  <Button size="small" icon={<BellOutlined />} loading={remind.isPending && remind.variables === m.organizationId} onClick={() => remind.mutate(m.organizationId)} data-testid="report-remind">Nhắc</Button>
                ),
              },
            ]}
          />
        </Card>
      ) : (
        <Typography.Text type="secondary">Chọn kế hoạch thi đua và kỳ báo cáo để xem các đơn vị chưa nộp báo cáo.</Typography.Text>
      )}
      <Modal title="Báo cáo mới" open={creating} onCancel={() => setCreating(false)} onOk={() => form.submit()} okText="Lập báo cáo" confirmLoading={create.isPending} destroyOnHidden>
        {create.error && <Alert type="error" showIcon title={toApiError(create.error).message} style={{ marginBottom: 12 }} data-testid="report-new-problem" />}
        <Form form={form} layout="vertical" initialValues={{ organizationId: me.organizationId, campaignId: filters.campaignId, periodId: filters.periodId }} onFinish={(values) => create.mutate(values)}>
          <Form.Item label="Đơn vị báo cáo" name="organizationId" rules={[{ required: true, message: 'Hãy chọn đơn vị báo cáo' }]}><OrganizationSelect /></Form.Item>
          <Form.Item label="Kế hoạch thi đua" name="campaignId" rules={[{ required: true, message: 'Hãy chọn kế hoạch thi đua' }]}><CampaignSelect placeholder="Kế hoạch thi đua" /></Form.Item>
          <Form.Item label="Kỳ báo cáo" name="periodId" rules={[{ required: true, message: 'Hãy chọn kỳ báo cáo' }]}><PeriodSelect campaignId={chosenCampaign} onlyOpen data-testid="report-new-period" /></Form.Item>
        </Form>
      </Modal>
    </>
  )
}
