// Dates as Vietnamese officers write them (dd/mm/yyyy), and conversions for the API's ISO dates.
import dayjs, { type Dayjs } from 'dayjs'

export const DATE_FORMAT = 'DD/MM/YYYY'
const DATE_TIME_FORMAT = 'DD/MM/YYYY HH:mm'

/** '2025-07-01' → '01/07/2025'; empty for null. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = dayjs(iso.slice(0, 10)) // dayjs reads YYYY-MM-DD as a local date
  return date.isValid() ? date.format(DATE_FORMAT) : iso
}

/** A timestamp in local time, '01/07/2025 14:05'. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = dayjs(iso)
  return date.isValid() ? date.format(DATE_TIME_FORMAT) : iso
}

/** DatePicker value → 'YYYY-MM-DD' (null when empty). */
export function toIsoDate(value: Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null
}

/** 'YYYY-MM-DD' → DatePicker value. */
export function fromIsoDate(iso: string | null | undefined): Dayjs | null {
  return iso ? dayjs(iso.slice(0, 10)) : null
}

export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD')
}
