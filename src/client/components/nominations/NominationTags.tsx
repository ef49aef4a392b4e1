// Small tags of a nomination: its status, the processing timer, the dossier deadline and the deciding level.
import { Tag, Tooltip } from 'antd'
import { ClockCircleOutlined, RiseOutlined } from '@ant-design/icons'
import type { NominationStatus } from '../../../shared/nomination-lifecycle.ts'
import { NOMINATION_STATUS_LABELS } from '../../../shared/nomination-lifecycle.ts'
import type { NominationSummary } from './nomination-queries.ts'
import { deadlineLabel, decidingLabel, STATUS_COLORS, timerLabel } from './nomination-ui.ts'

export function NominationStatusTag({ status }: { status: NominationStatus }) {
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="nomination-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {NOMINATION_STATUS_LABELS[status]}
    </Tag>
  )
}

export function TimerTag({ timer }: { timer: NominationSummary['timer'] }) {
  const label = timerLabel(timer)
  if (!label) return null
  return (
    <Tooltip title={label.detail}>
      <Tag color={label.color} icon={<ClockCircleOutlined />} data-testid="nomination-timer" style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
        {label.text}
      </Tag>
    </Tooltip>
  )
}

export function DeadlineTag({ deadline }: { deadline: NominationSummary['deadline'] }) {
  const label = deadlineLabel(deadline)
  if (!label) return null
  const color = label.late ? (label.overridden ? 'orange' : 'red') : 'default'
  return (
    <Tooltip title={deadline!.name}>
      <Tag color={color} data-testid="nomination-deadline" data-late={label.late} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
        {label.text}
      </Tag>
    </Tooltip>
  )
}

export function DecidingText({ deciding }: { deciding: NominationSummary['deciding'] }) {
  const label = decidingLabel(deciding)
  return label.escalate ? (
    <span data-testid="nomination-escalate">
      <Tag color="orange" icon={<RiseOutlined />} style={{ marginInlineEnd: 4 }}>
        Vượt thẩm quyền
      </Tag>
      {label.text}
    </span>
  ) : (
    <span>{label.text}</span>
  )
}
