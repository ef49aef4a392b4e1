// A date as a plan writes it: a calendar date, or N days after (before) one of the plan's events
// ("20 ngày sau Đại hội Đảng bộ xã"), with the date it comes to once the event has one.
import { Flex, Form, InputNumber, Select, Typography } from 'antd'
import { resolveDateRef, type DateRef, type PlanContent } from '../../../shared/campaign-plan.ts'
import { formatDate } from '../../format.ts'
import { IsoDatePicker } from './IsoDatePicker.tsx'

interface Props {
  id?: string
  value?: DateRef | null
  onChange?: (value: DateRef | null) => void
  /** "Chưa xác định" is allowed (period bounds). */
  nullable?: boolean
}

type Mode = 'none' | 'date' | 'event'

export function DateRefInput({ id, value, onChange, nullable = false }: Props) {
  const form = Form.useFormInstance()
  const events = (Form.useWatch(['content', 'events'], { form, preserve: true }) as PlanContent['events'] | undefined) ?? []
  const mode: Mode = value?.kind ?? (nullable ? 'none' : 'date')

  const setMode = (next: Mode) => {
    if (next === 'none') onChange?.(null)
    else if (next === 'date') onChange?.({ kind: 'date', date: '' })
    else onChange?.({ kind: 'event', eventId: events[0]?.id ?? '', offsetDays: 0 })
  }

  const resolved = value ? resolveDateRef(value, events) : null
  const modes = [
    ...(nullable ? [{ value: 'none', label: 'Chưa xác định' }] : []),
    { value: 'date', label: 'Ngày cụ thể' },
    { value: 'event', label: 'Theo sự kiện', disabled: events.length === 0 },
  ]

  return (
    <Flex vertical gap={4}>
      <Flex gap={8} wrap>
        <Select id={id} value={mode} onChange={setMode} options={modes} style={{ width: 150 }} aria-label="Cách ghi thời hạn" />
        {mode === 'date' && (
          <div style={{ flex: 1, minWidth: 150 }}>
            <IsoDatePicker value={value?.kind === 'date' ? value.date || null : null} onChange={(date) => onChange?.({ kind: 'date', date: date ?? '' })} />
          </div>
        )}
        {value?.kind === 'event' && (
          <>
            <InputNumber
              value={value.offsetDays}
              onChange={(offset) => onChange?.({ ...value, offsetDays: offset ?? 0 })}
              min={-366}
              max={366}
              suffix="ngày"
              style={{ width: 110 }}
              aria-label="Số ngày sau (+) hoặc trước (−) sự kiện"
            />
            <Select
              value={value.eventId || undefined}
              onChange={(eventId: string) => onChange?.({ ...value, eventId })}
              options={events.map((event) => ({ value: event.id, label: event.name || '(sự kiện chưa đặt tên)' }))}
              placeholder="Chọn sự kiện"
              style={{ flex: 1, minWidth: 180 }}
              aria-label="Sự kiện"
            />
          </>
        )}
      </Flex>
      {value?.kind === 'event' && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {value.offsetDays >= 0 ? `${value.offsetDays} ngày sau sự kiện` : `${-value.offsetDays} ngày trước sự kiện`}
          {' — '}
          {resolved ? `tức ngày ${formatDate(resolved)}` : 'sẽ tính khi sự kiện có ngày'}
        </Typography.Text>
      )}
    </Flex>
  )
}
