// Where a posting stands (chưa đến ngày / đang công khai / đã hết thời gian / đã thu hồi), as a coloured tag.
import { Tag } from 'antd'
import type { PostingPhase } from './posting-queries.ts'

const COLORS: Record<PostingPhase, string> = { upcoming: 'default', open: 'processing', closed: 'success', withdrawn: 'error' }

export function PostingPhaseTag({ phase, label }: { phase: PostingPhase; label: string }) {
  return (
    <Tag color={COLORS[phase]} data-testid="posting-phase">
      {label}
    </Tag>
  )
}
