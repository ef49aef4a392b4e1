// The dashboard's filters: the unit (default the user's own) and the span of years (default the last five).
import { Col, Row } from 'antd'
import { OrganizationSelect } from '../OrganizationSelect.tsx'
import { YearSelect } from '../eligibility/YearSelect.tsx'
import type { StatisticsFilters } from './statistics-ui.ts'

export function DashboardFilters({ filters, onChange }: { filters: StatisticsFilters; onChange: (patch: StatisticsFilters) => void }) {
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} md={12}>
        <OrganizationSelect
          value={filters.organizationId}
          onChange={(organizationId?: string) => onChange({ organizationId })}
          allowClear
          placeholder="Đơn vị (mặc định: đơn vị của bạn)"
          data-testid="statistics-organization"
        />
      </Col>
      <Col xs={12} md={6}>
        <YearSelect value={filters.fromYear} onChange={(fromYear) => onChange({ fromYear })} placeholder="Từ năm (mặc định: 5 năm gần nhất)" aria-label="Từ năm" from={2010} />
      </Col>
      <Col xs={12} md={6}>
        <YearSelect value={filters.toYear} onChange={(toYear) => onChange({ toYear })} placeholder="Đến năm (mặc định: năm nay)" aria-label="Đến năm" from={2010} />
      </Col>
    </Row>
  )
}
