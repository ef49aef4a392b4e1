// /bao-cao/tong-hop — the level's own reports, compiled from its subtree's data: the sơ kết / tổng kết for a plan's
// period (tab "Theo kế hoạch") and the multi-year summary (tab "Tổng kết nhiều năm", 5 years by default, seed 002);
// each with its tables, the officer's narrative and the Word/PDF downloads. The choices live in the URL.
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Alert, Button, Card, Col, InputNumber, Row, Skeleton, Space, Tabs, Typography } from 'antd'
import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons'
import { api, toApiError, toQuery } from '../api.ts'
import { useCurrentUser } from '../auth.tsx'
import { formatDate } from '../format.ts'
import { CampaignSelect } from '../components/campaigns/CampaignSelect.tsx'
import { OrganizationSelect } from '../components/OrganizationSelect.tsx'
import { PageHeader } from '../components/PageHeader.tsx'
import { usePagedFilters } from '../components/usePagedFilters.ts'
import { FigureTables } from '../components/reports/FigureTables.tsx'
import { NarrativeEditor } from '../components/reports/NarrativeEditor.tsx'
import { PeriodSelect } from '../components/reports/PeriodSelect.tsx'
import { SummaryTables } from '../components/reports/SummaryTables.tsx'
import { REPORTS_KEY, type CompiledReport, type MultiYearSummary } from '../components/reports/report-ui.ts'

/** The summary's default range: the last five years (seed 002 sums up 2020–2025 early in 2025). */
const DEFAULT_SPAN = 5

function Downloads({ base, testId }: { base: string; testId: string }) {
  return (
    <Space>
      <Button icon={<FileWordOutlined />} href={`${base}&format=docx`} download data-testid={`${testId}-docx`}>Word</Button>
      <Button icon={<FilePdfOutlined />} href={`${base}&format=pdf`} download data-testid={`${testId}-pdf`}>PDF</Button>
    </Space>
  )
}

export function ReportsCompiledPage() {
  const me = useCurrentUser()
  const queryClient = useQueryClient()
  const { filters, setFilters } = usePagedFilters(['tab', 'organizationId', 'campaignId', 'periodId', 'yearFrom', 'yearTo'])
  const organizationId = filters.organizationId ?? me.organizationId
  const thisYear = new Date().getFullYear()
  const yearTo = Number(filters.yearTo) || thisYear
  const yearFrom = Number(filters.yearFrom) || yearTo - DEFAULT_SPAN

  const campaignTarget = filters.campaignId && filters.periodId ? { organizationId, campaignId: filters.campaignId, periodId: filters.periodId } : null
  const compiled = useQuery({
    queryKey: [...REPORTS_KEY, 'compiled', campaignTarget],
    queryFn: () => api.get<CompiledReport>(`/api/reports/compiled${toQuery(campaignTarget ?? {})}`),
    enabled: campaignTarget !== null && filters.tab !== 'years',
  })
  const yearsTarget = { organizationId, yearFrom, yearTo }
  const summary = useQuery({
    queryKey: [...REPORTS_KEY, 'summary', yearsTarget],
    queryFn: () => api.get<MultiYearSummary>(`/api/reports/summary${toQuery(yearsTarget)}`),
    enabled: filters.tab === 'years',
  })

  const campaignTab = (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]}>
          <Col xs={24} md={10}><CampaignSelect value={filters.campaignId} onChange={(campaignId) => setFilters({ campaignId, periodId: undefined })} placeholder="Kế hoạch thi đua" /></Col>
          <Col xs={24} md={7}><PeriodSelect campaignId={filters.campaignId} value={filters.periodId} onChange={(periodId) => setFilters({ periodId })} data-testid="compiled-period" /></Col>
          <Col xs={24} md={7}><OrganizationSelect value={organizationId} onChange={(id) => setFilters({ organizationId: id })} placeholder="Cấp tổng hợp" /></Col>
        </Row>
      </Card>
      {!campaignTarget && <Typography.Text type="secondary">Chọn kế hoạch thi đua và kỳ báo cáo để xem báo cáo tổng hợp.</Typography.Text>}
      {compiled.error && <Alert type="error" showIcon title={toApiError(compiled.error).message} style={{ marginBottom: 16 }} />}
      {campaignTarget && compiled.isLoading && <Skeleton active />}
      {campaignTarget && compiled.data && (
        <>
          <Card style={{ marginBottom: 16 }} data-testid="compiled-header">
            <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
              <span>
                <strong>{compiled.data.organization.name}</strong> — {compiled.data.period.name} — {compiled.data.campaign.numberAndSymbol ?? compiled.data.campaign.title}
                {compiled.data.period.due && <> · hạn {formatDate(compiled.data.period.due)}</>}
              </span>
              <Downloads base={`/api/reports/compiled/document${toQuery(campaignTarget)}`} testId="compiled" />
            </Space>
          </Card>
          <FigureTables data={compiled.data} />
          <NarrativeEditor
            url="/api/reports/compiled/narrative" target={campaignTarget} narrative={compiled.data.narrative} editable={compiled.data.canEditNarrative}
            onSaved={() => queryClient.invalidateQueries({ queryKey: [...REPORTS_KEY, 'compiled'] })}
          />
        </>
      )}
    </>
  )

  const yearsTab = (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]} align="middle">
          <Col xs={24} md={10}><OrganizationSelect value={organizationId} onChange={(id) => setFilters({ organizationId: id })} placeholder="Cấp tổng kết" /></Col>
          <Col xs={12} md={5}><InputNumber value={yearFrom} min={1945} max={2100} onChange={(v) => setFilters({ yearFrom: v ? String(v) : undefined })} prefix="Từ năm" aria-label="Từ năm" style={{ width: '100%' }} /></Col>
          <Col xs={12} md={5}><InputNumber value={yearTo} min={1945} max={2100} onChange={(v) => setFilters({ yearTo: v ? String(v) : undefined })} prefix="Đến năm" aria-label="Đến năm" style={{ width: '100%' }} /></Col>
          <Col xs={24} md={4}><Downloads base={`/api/reports/summary/document${toQuery(yearsTarget)}`} testId="summary" /></Col>
        </Row>
      </Card>
      {summary.error && <Alert type="error" showIcon title={toApiError(summary.error).message} style={{ marginBottom: 16 }} />}
      {summary.isLoading && <Skeleton active />}
      {summary.data && (
        <>
          <SummaryTables data={summary.data} />
          <NarrativeEditor
            url="/api/reports/summary/narrative" target={yearsTarget} narrative={summary.data.narrative} editable={summary.data.canEditNarrative}
            labels={{ direction: `Phương hướng, nhiệm vụ giai đoạn ${yearTo} - ${yearTo + DEFAULT_SPAN}` }}
            onSaved={() => queryClient.invalidateQueries({ queryKey: [...REPORTS_KEY, 'summary'] })}
          />
        </>
      )}
    </>
  )

  return (
    <>
      <PageHeader title="Báo cáo tổng hợp" />
      <Tabs
        activeKey={filters.tab === 'years' ? 'years' : 'campaign'}
        onChange={(tab) => setFilters({ tab: tab === 'years' ? 'years' : undefined })}
        items={[
          { key: 'campaign', label: 'Sơ kết, tổng kết theo kế hoạch', children: campaignTab },
          { key: 'years', label: 'Tổng kết nhiều năm', children: yearsTab },
        ]}
      />
    </>
  )
}
