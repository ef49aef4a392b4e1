// A DatePicker (dd/mm/yyyy) whose value is the ISO date the plan stores ('2025-07-01'), or null.
import { DatePicker } from 'antd'
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../format.ts'

interface Props {
  id?: string
  value?: string | null
  onChange?: (value: string | null) => void
  placeholder?: string
  disabled?: boolean
}

export function IsoDatePicker({ id, value, onChange, placeholder = 'dd/mm/yyyy', disabled }: Props) {
  return (
    <DatePicker
      id={id}
      value={fromIsoDate(value)}
      onChange={(date) => onChange?.(toIsoDate(date))}
      format={DATE_FORMAT}
      placeholder={placeholder}
      disabled={disabled}
      style={{ width: '100%' }}
    />
  )
}
