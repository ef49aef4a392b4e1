// How far the plans in scope went down the cascade (answered / drafting / not started / late, as the cascade
// tree shows them) and how many addressed units registered, per plan and for the year's own emulation.
import { Card, Col, Empty, Row } from 'antd'
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { DashboardData } from '../../../shared/statistics.ts'
import { CASCADE_COLORS, CASCADE_LABELS, planLabel } from './statistics-ui.ts'

const STATES = ['answered', 'draft', 'notStarted', 'late'] as const
/** The most recent plans shown on the charts; the totals cover all of them. */
const SHOWN = 12

export function CompletionCharts({ campaigns, registrations }: Pick<DashboardData, 'campaigns' | 'registrations'>) {
  const plans = campaigns.items.filter((i) => i.addressed > 0).slice(0, SHOWN)
  const cascade = plans.map((i) => ({ plan: planLabel(i), title: i.title, ...i.counts }))
  const registered = plans.filter((i) => i.registration.addressed > 0).map((i) => ({
    plan: planLabel(i), registered: i.registration.registered, missing: i.registration.addressed - i.registration.registered,
  }))
  const years = registrations.byYear.map((y) => ({ plan: `Năm ${y.year}`, registered: y.registered, missing: y.addressed - y.registered }))
  const { totals } = campaigns
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card
          title="Triển khai kế hoạch xuống cấp dưới"
          extra={totals.addressed > 0 && `${totals.answered}/${totals.addressed} nơi nhận đã ban hành kế hoạch triển khai`}
          data-testid="chart-cascade"
        >
          {cascade.length === 0 ? <Empty description="Không có kế hoạch có nơi nhận trong các năm đã chọn" /> : (
            <ResponsiveContainer width="100%" height={Math.max(200, cascade.length * 36 + 60)}>
              <BarChart data={cascade} layout="vertical" margin={{ left: 16, right: 16 }}>
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="plan" width={150} tick={{ fontSize: 12 }} />
                <Tooltip labelFormatter={(_, payload) => String(payload?.[0]?.payload?.title ?? '')} />
                <Legend />
                {STATES.map((k) => <Bar key={k} dataKey={k} name={CASCADE_LABELS[k]} stackId="state" fill={CASCADE_COLORS[k]} />)}
              </BarChart>
            </ResponsiveContainer>
          )}
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card
          title="Đăng ký thi đua"
          extra={registrations.byCampaign.addressed > 0 && `${registrations.byCampaign.registered}/${registrations.byCampaign.addressed} đơn vị đã đăng ký theo kế hoạch`}
          data-testid="chart-registrations"
        >
          <ResponsiveContainer width="100%" height={Math.max(200, (registered.length + years.length) * 30 + 60)}>
            <BarChart data={[...registered, ...years]} layout="vertical" margin={{ left: 16, right: 16 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="plan" width={150} tick={{ fontSize: 12 }} />
              <Tooltip />
              <Legend />
              <Bar dataKey="registered" name="Đã đăng ký" stackId="r" fill={CASCADE_COLORS.answered} />
              <Bar dataKey="missing" name="Chưa đăng ký" stackId="r" fill={CASCADE_COLORS.late} />
            </BarChart>
          </ResponsiveContainer>
        </Card>
      </Col>
    </Row>
  )
}
