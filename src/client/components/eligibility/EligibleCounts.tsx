// The three counts of an eligible list — eligible, undetermined, not eligible — each a button that
// filters the table to that verdict (pressed again: every verdict).
import { Card, Col, Row, Statistic } from 'antd'
import type { EligibleList } from '../../types.ts'
import { VERDICT_LABELS, type Verdict } from './VerdictTag.tsx'

const COLORS: Record<Verdict, string> = { eligible: '#389e0d', unknown: '#d48806', not_eligible: '#cf1322' }

export function EligibleCounts({ counts, verdict, onVerdict }: { counts: EligibleList['counts']; verdict: Verdict | undefined; onVerdict: (verdict: Verdict | undefined) => void }) {
  const values: Record<Verdict, number> = { eligible: counts.eligible, unknown: counts.unknown, not_eligible: counts.notEligible }
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="eligible-counts">
      {(Object.keys(values) as Verdict[]).map((key) => {
        const { label, icon } = VERDICT_LABELS[key]
        const pressed = verdict === key
        return (
          <Col xs={8} key={key}>
            <Card
              size="small"
              hoverable
              role="button"
              tabIndex={0}
              aria-pressed={pressed}
              onClick={() => onVerdict(pressed ? undefined : key)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault()
                  onVerdict(pressed ? undefined : key)
                }
              }}
              style={{ borderColor: pressed ? COLORS[key] : undefined, boxShadow: pressed ? `0 0 0 1px ${COLORS[key]}` : undefined }}
              data-testid={`count-${key}`}
            >
              <Statistic
                title={label}
                value={values[key]}
                prefix={icon}
                styles={{ content: { color: COLORS[key], fontSize: 22 } }}
                formatter={(value) => Number(value).toLocaleString('vi-VN')}
              />
            </Card>
          </Col>
        )
      })}
    </Row>
  )
}
