// A compact summary of the dashboard for the overview page: the awards counted this year and over five years,
// the three shares against their targets, the cascade's completion and the deadlines of the next 30 days.
import { Link } from 'react-router'
import { Alert, Card, Col, Row, Statistic, Tag } from 'antd'
import { BarChartOutlined } from '@ant-design/icons'
import { SHARE_KEYS, SHARE_LABELS } from '../../../shared/statistics.ts'
import { can } from '../../../shared/roles.ts'
import { toApiError } from '../../api.ts'
import { useCurrentUser } from '../../auth.tsx'
import { percent, useDashboard } from './statistics-ui.ts'

export function DashboardSummary() {
  const me = useCurrentUser()
  const allowed = can(me, 'statistics.read')
  const dashboard = useDashboard({}, allowed)
  if (!allowed) return null
  if (dashboard.error) return <Alert type="error" showIcon title={toApiError(dashboard.error).message} />
  const d = dashboard.data
  const thisYear = d?.awards.byYear.at(-1)
  const urgent = d?.deadlines.filter((x) => x.daysLeft <= 7).length ?? 0
  return (
    <Card title={<><BarChartOutlined /> Thống kê thi đua, khen thưởng</>} extra={<Link to="/thong-ke">Xem bảng thống kê</Link>} loading={dashboard.isPending} data-testid="dashboard-summary">
      {d && (
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}><Statistic title={`Lượt khen thưởng năm ${d.toYear}`} value={thisYear?.total ?? 0} groupSeparator="." /></Col>
          <Col xs={12} md={6}><Statistic title={`Từ ${d.fromYear} đến ${d.toYear}`} value={d.awards.total} groupSeparator="." /></Col>
          <Col xs={12} md={6}>
            <Statistic title="Nơi nhận đã triển khai kế hoạch" value={d.campaigns.totals.answered} suffix={`/ ${d.campaigns.totals.addressed}`} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title="Hạn trong 30 ngày tới" value={d.deadlines.length} suffix={urgent > 0 ? <Tag color="red">{urgent} trong 7 ngày</Tag> : undefined} />
          </Col>
          {SHARE_KEYS.map((key) => (
            <Col key={key} xs={24} md={8}>
              <Statistic
                title={`Tỷ lệ ${SHARE_LABELS[key].toLocaleLowerCase('vi')}`}
                value={percent(d.shares[key].total.share)}
                suffix={d.shares[key].target !== null ? <Tag color={d.shares[key].verdict === 'met' ? 'success' : 'error'}>chỉ tiêu {percent(d.shares[key].target)}</Tag> : undefined}
              />
            </Col>
          ))}
        </Row>
      )}
    </Card>
  )
}
