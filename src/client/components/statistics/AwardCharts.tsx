// Awards of the unit's subtree: by title or form (stacked by target group), by year and target group, and
// by deciding level (stacked by track: government, Party, mass organisations).
import { Card, Col, Empty, Row } from 'antd'
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { DashboardData } from '../../../shared/statistics.ts'
import { formChartRows, levelChartRows, SUBJECT_COLORS, SUBJECT_KINDS, TRACK_COLORS, TRACKS } from './statistics-ui.ts'

const SUBJECTS = ['individual', 'collective', 'household'] as const
const TRACK_KEYS = ['government', 'party', 'mass'] as const

export function AwardCharts({ awards }: { awards: DashboardData['awards'] }) {
  if (awards.total === 0) {
    return <Card title="Khen thưởng"><Empty description="Chưa có khen thưởng nào được ghi sổ trong phạm vi và các năm đã chọn" /></Card>
  }
  const forms = formChartRows(awards.byForm)
  const years = awards.byYear.map((y) => ({ year: String(y.year), total: y.total, ...y.bySubject }))
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title="Khen thưởng theo danh hiệu, hình thức" data-testid="chart-by-form">
          <ResponsiveContainer width="100%" height={Math.max(240, forms.length * 34 + 60)}>
            <BarChart data={forms} layout="vertical" margin={{ left: 16, right: 16 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="name" width={200} tick={{ fontSize: 12 }} />
              <Tooltip />
              <Legend />
              {SUBJECTS.map((k) => <Bar key={k} dataKey={k} name={SUBJECT_KINDS[k]} stackId="subject" fill={SUBJECT_COLORS[k]} />)}
            </BarChart>
          </ResponsiveContainer>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title="Khen thưởng theo năm và đối tượng" data-testid="chart-by-year" style={{ marginBottom: 16 }}>
          <ResponsiveContainer width="100%" height={240}>
            <LineChart data={years} margin={{ right: 16 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="year" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Legend />
              <Line type="monotone" dataKey="total" name="Tổng số" stroke="#595959" strokeWidth={2} />
              {SUBJECTS.map((k) => <Line key={k} type="monotone" dataKey={k} name={SUBJECT_KINDS[k]} stroke={SUBJECT_COLORS[k]} />)}
            </LineChart>
          </ResponsiveContainer>
        </Card>
        <Card title="Khen thưởng theo cấp quyết định và khối" data-testid="chart-by-level">
          <ResponsiveContainer width="100%" height={240}>
            <BarChart data={levelChartRows(awards.byLevel)} margin={{ right: 16 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="level" tick={{ fontSize: 12 }} />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Legend />
              {TRACK_KEYS.map((k) => <Bar key={k} dataKey={k} name={TRACKS[k]} stackId="track" fill={TRACK_COLORS[k]} />)}
            </BarChart>
          </ResponsiveContainer>
        </Card>
      </Col>
    </Row>
  )
}
