// The status history of a nomination, oldest first: when, who, from which status to which, and why.
import { Timeline, Typography } from 'antd'
import { formatDateTime } from '../../format.ts'
import type { NominationDetail } from './nomination-queries.ts'
import { STATUS_COLORS } from './nomination-ui.ts'

const DOT: Record<string, string> = { error: 'red', warning: 'red', success: 'green', green: 'green', default: 'gray' }

export function StatusHistory({ history }: { history: NominationDetail['history'] }) {
  if (history.length === 0) return <Typography.Text type="secondary">Chưa có thay đổi trạng thái.</Typography.Text>
  return (
    <Timeline
      data-testid="nomination-history"
      items={history.map((e) => ({
        key: e.id,
        color: DOT[STATUS_COLORS[e.toStatus]] ?? 'blue',
        title: formatDateTime(e.at),
        content: (
          <>
            <Typography.Text strong>{e.fromLabel ? `${e.fromLabel} → ${e.toLabel}` : `Lập: ${e.toLabel}`}</Typography.Text>
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {e.actorName}
            </Typography.Text>
            {e.reason && <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-line' }}>{e.reason}</Typography.Paragraph>}
          </>
        ),
      }))}
    />
  )
}
