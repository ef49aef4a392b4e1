// /thong-ke — dashboards of emulation and commendation for a unit of the user's subtree and a span of years
// (filters in the URL): awards by form, level, year and target group; the shares to direct workers, women and
// small collectives with their trend and the province's targets; the cascade's and the registrations'
// completion; the deadlines of the next 30 days; the statutory statistical forms as XLSX; and, for province
// managers, the settings (what a small collective is, the targets).
import { useState } from 'react'
import { Alert, Button, Card, Flex, Spin, Statistic, Col, Row, Typography } from 'antd'
import { SettingOutlined } from '@ant-design/icons'
import { toApiError } from '../api.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { usePagedFilters } from '../components/usePagedFilters.ts'
import { AwardCharts } from '../components/statistics/AwardCharts.tsx'
import { CompletionCharts } from '../components/statistics/CompletionCharts.tsx'
import { DashboardFilters } from '../components/statistics/DashboardFilters.tsx'
import { DeadlinesTable } from '../components/statistics/DeadlinesTable.tsx'
import { FormDownloads } from '../components/statistics/FormDownloads.tsx'
import { SettingsModal, useStatisticsSettings } from '../components/statistics/SettingsModal.tsx'
import { ShareCharts } from '../components/statistics/ShareCharts.tsx'
import { SUBJECT_KINDS, useDashboard } from '../components/statistics/statistics-ui.ts'
import { ORGANIZATION_KINDS } from '../../shared/organizations.ts'

export function StatisticsPage() {
  const { filters, setFilters } = usePagedFilters(['organizationId', 'fromYear', 'toYear'])
  const dashboard = useDashboard(filters)
  const settings = useStatisticsSettings()
  const [configuring, setConfiguring] = useState(false)
  const d = dashboard.data

  return (
    <>
      <PageHeader title="Thống kê thi đua, khen thưởng">
        {settings.data?.canConfigure && (
          <Button icon={<SettingOutlined />} onClick={() => setConfiguring(true)} data-testid="statistics-settings">Cấu hình của tỉnh</Button>
        )}
      </PageHeader>
      <Card style={{ marginBottom: 16 }}>
        <DashboardFilters filters={filters} onChange={setFilters} />
      </Card>
      {dashboard.error && <Alert type="error" showIcon title={toApiError(dashboard.error).message} style={{ marginBottom: 16 }} />}
      {dashboard.isPending && !dashboard.error && <Flex justify="center" style={{ padding: 48 }}><Spin size="large" /></Flex>}
      {d && (
        <Flex vertical gap={16} data-testid="statistics-dashboard">
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {d.organization.name} và các đơn vị trực thuộc, năm thành tích từ {d.fromYear} đến {d.toYear}. Tập thể nhỏ:{' '}
            {d.settings.smallCollectiveKinds.map((k) => ORGANIZATION_KINDS[k].label).join('; ')}
            {d.settings.citation ? ` (${d.settings.citation})` : ' (mặc định, tỉnh chưa cấu hình)'}.
          </Typography.Paragraph>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}><Card><Statistic title="Tổng lượt khen thưởng" value={d.awards.total} groupSeparator="." data-testid="awards-total" /></Card></Col>
            {(['individual', 'collective', 'household'] as const).map((k) => (
              <Col key={k} xs={12} md={6}><Card><Statistic title={SUBJECT_KINDS[k]} value={d.awards.bySubject[k]} groupSeparator="." /></Card></Col>
            ))}
          </Row>
          <ShareCharts shares={d.shares} />
          <AwardCharts awards={d.awards} />
          <CompletionCharts campaigns={d.campaigns} registrations={d.registrations} />
          <DeadlinesTable deadlines={d.deadlines} />
          <FormDownloads filters={filters} />
        </Flex>
      )}
      {/* mounted while open: each opening starts from the settings as saved */}
      {settings.data && configuring && <SettingsModal open onClose={() => setConfiguring(false)} settings={settings.data} />}
    </>
  )
}
