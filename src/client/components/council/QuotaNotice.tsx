// Before the close, for the officer: the quotas if every item on the agenda passed (the council keeps the
// most-voted within a quota at the close; ties at the boundary fail together).
import { Alert } from 'antd'
import type { SessionDetail } from './council-queries.ts'

export function QuotaNotice({ quota }: { quota: NonNullable<SessionDetail['quota']> }) {
  const exceeded = quota.checks.filter((c) => !c.passed)
  if (quota.checks.length === 0 && quota.notes.length === 0) return null
  return (
    <Alert
      type={exceeded.length > 0 ? 'warning' : 'info'}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="quota-notice"
      title={
        exceeded.length > 0
          ? 'Nếu thông qua tất cả, chương trình vượt tỷ lệ khen thưởng: khi kết thúc, Hội đồng giữ các trường hợp nhiều phiếu đồng ý nhất trong tỷ lệ; các trường hợp bằng phiếu ở ranh giới cùng không được thông qua.'
          : 'Kiểm tra tỷ lệ khen thưởng (nếu thông qua tất cả)'
      }
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {[
            ...quota.checks.map((c) => `${c.passed ? '✓' : '✗'} ${c.unitName}, năm ${c.year}: ${c.rule} — ${c.count}, tối đa ${c.limit} (${c.citation})`),
            ...quota.notes,
          ].map((line) => <li key={line}>{line}</li>)}
        </ul>
      }
    />
  )
}
