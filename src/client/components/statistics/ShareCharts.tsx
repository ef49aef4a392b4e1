// The shares of awards going to direct workers, women and small collectives (Kế hoạch 141/KH-UBND, mục V.4
// asks to raise them): a gauge of the period's share against the province's target when it set one, and
// the trend year on year.
import { Card, Col, Row, Tag, Typography } from 'antd'
import { Cell, Line, LineChart, Pie, PieChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { SHARE_BASES, SHARE_KEYS, SHARE_LABELS, type DashboardData, type ShareKey, type TargetVerdict } from '../../../shared/statistics.ts'
import { changeText, percent, trendRows } from './statistics-ui.ts'

const COLORS: Record<ShareKey, string> = { directWorkers: '#fa8c16', women: '#eb2f96', smallCollectives: '#52c41a' }
const VERDICTS: Record<TargetVerdict, { color: string; text: string }> = {
  met: { color: 'success', text: 'Đạt chỉ tiêu' },
  below: { color: 'error', text: 'Chưa đạt chỉ tiêu' },
  no_target: { color: 'default', text: 'Chưa đặt chỉ tiêu' },
  no_data: { color: 'default', text: 'Chưa có số liệu' },
}

function ShareCard({ shareKey, data }: { shareKey: ShareKey; data: DashboardData['shares'][ShareKey] }) {
  const share = data.total.share ?? 0
  const last = data.years.at(-1)
  const gauge = [{ value: share }, { value: 1 - share }]
  const target = data.target === null ? null : Math.round(data.target * 1000) / 10
  return (
    <Card title={SHARE_LABELS[shareKey]} extra={<Tag color={VERDICTS[data.verdict].color}>{VERDICTS[data.verdict].text}</Tag>} data-testid={`share-${shareKey}`}>
      <div style={{ position: 'relative', height: 130 }}>
        <ResponsiveContainer width="100%" height={130}>
          <PieChart>
            <Pie data={gauge} dataKey="value" startAngle={180} endAngle={0} cy="95%" innerRadius="120%" outerRadius="170%" stroke="none" isAnimationActive={false}>
              <Cell fill={COLORS[shareKey]} />
              <Cell fill="#f0f0f0" />
            </Pie>
          </PieChart>
        </ResponsiveContainer>
        <Typography.Title level={3} style={{ position: 'absolute', bottom: 0, width: '100%', textAlign: 'center', margin: 0 }} data-testid={`share-${shareKey}-value`}>
          {percent(data.total.share)}
        </Typography.Title>
      </div>
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginBottom: 8 }}>
        {data.total.numerator}/{data.total.denominator} lượt {SHARE_BASES[shareKey]}
        {target !== null && <><br />Chỉ tiêu của tỉnh: {percent(data.target)}</>}
        {last && last.change !== null && <><br />Năm {last.year}: {percent(last.share)} ({changeText(last.change)} so với năm trước)</>}
      </Typography.Paragraph>
      <ResponsiveContainer width="100%" height={140}>
        <LineChart data={trendRows(data.years)} margin={{ right: 12, left: -12 }}>
          <XAxis dataKey="year" tick={{ fontSize: 11 }} />
          <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} />
          <Tooltip formatter={(value) => (value === null || value === undefined ? '—' : `${String(value)}%`)} />
          {target !== null && <ReferenceLine y={target} stroke="#8c8c8c" strokeDasharray="4 4" label={{ value: 'Chỉ tiêu', fontSize: 11, position: 'insideTopRight' }} />}
          <Line type="monotone" dataKey="share" name="Tỷ lệ" stroke={COLORS[shareKey]} connectNulls={false} />
        </LineChart>
      </ResponsiveContainer>
    </Card>
  )
}

export function ShareCharts({ shares }: { shares: DashboardData['shares'] }) {
  return (
    <Row gutter={[16, 16]}>
      {SHARE_KEYS.map((key) => (
        <Col key={key} xs={24} md={8}>
          <ShareCard shareKey={key} data={shares[key]} />
        </Col>
      ))}
    </Row>
  )
}
