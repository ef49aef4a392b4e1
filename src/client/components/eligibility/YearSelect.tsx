// A year picked from a list (newest first) — no half-typed "202" reaches the URL or the API.
import { Select } from 'antd'

interface Props {
  value: string | undefined
  onChange: (value: string | undefined) => void
  placeholder: string
  /** The oldest year offered. */
  from: number
  'aria-label'?: string
}

export function YearSelect({ value, onChange, placeholder, from, ...rest }: Props) {
  const latest = new Date().getFullYear()
  const years = Array.from({ length: latest - from + 1 }, (_, i) => String(latest - i))
  return (
    <Select
      allowClear
      showSearch
      value={value}
      onChange={(next?: string) => onChange(next)}
      placeholder={placeholder}
      options={years.map((year) => ({ value: year, label: year }))}
      style={{ width: '100%' }}
      aria-label={rest['aria-label'] ?? placeholder}
    />
  )
}
