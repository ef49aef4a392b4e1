// The year's figures of a fund: opening balance, income, spending, the movement share used against its
// ceiling, the allocation against its ceiling, and the balance.
import { Card, Col, Progress, Row, Statistic, Tooltip } from 'antd'
import { formatShare, formatVnd } from '../../../shared/fund.ts'
import type { FundSummary } from './fund-ui.ts'

export function FundBalanceCards({ summary }: { summary: FundSummary }) {
  const movement = summary.byCategory.movement
  const percent = summary.movementCap > 0 ? Math.min(100, Math.round((movement / summary.movementCap) * 100)) : movement > 0 ? 100 : 0
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={12} md={6}><Card data-testid="fund-opening"><Statistic title="Số dư đầu năm" value={formatVnd(summary.opening)} /></Card></Col>
      <Col xs={12} md={6}><Card data-testid="fund-income"><Statistic title="Thu trong năm" value={formatVnd(summary.income)} /></Card></Col>
      <Col xs={12} md={6}><Card data-testid="fund-spending"><Statistic title="Chi trong năm" value={formatVnd(summary.spending)} /></Card></Col>
      <Col xs={12} md={6}><Card data-testid="fund-balance"><Statistic title="Số dư" value={formatVnd(summary.closing)} styles={{ content: { color: '#1677ff' } }} /></Card></Col>
      <Col xs={24} md={12}>
        <Card size="small" title={`Chi tổ chức phong trào, tuyên truyền, hội nghị (tối đa ${formatShare(summary.movementShare)} quỹ)`}>
          <Tooltip title={summary.movementShareCitation}>
            <Progress percent={percent} status={percent >= 100 ? 'exception' : 'normal'} data-testid="fund-movement" />
          </Tooltip>
          {formatVnd(movement)} / {formatVnd(summary.movementCap)}
        </Card>
      </Col>
      <Col xs={24} md={12}>
        <Card size="small" title="Ngân sách cấp trong năm">
          {formatVnd(summary.byCategory.allocation)}
          {summary.allocationCap === null
            ? ' — chưa ghi tổng chi thường xuyên nên chưa tính mức tối đa'
            : ` / tối đa ${formatVnd(summary.allocationCap)} (${formatShare(summary.allocationRate)} tổng chi thường xuyên ${formatVnd(summary.recurrentSpending ?? 0)}; ${summary.allocationRateCitation})`}
        </Card>
      </Col>
    </Row>
  )
}
