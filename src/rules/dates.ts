// Calendar helpers over ISO dates (YYYY-MM-DD). ISO strings compare correctly as strings.
import dayjs from 'dayjs'

/** 2025-07-01 → 01/07/2025, the form Vietnamese documents use. */
export function viDate(iso: string): string {
  const [year, month, day] = iso.split('-')
  return `${day}/${month}/${year}`
}

export const yearStart = (year: number): string => `${year}-01-01`
export const yearEnd = (year: number): string => `${year}-12-31`
export const yearOf = (iso: string): number => Number(iso.slice(0, 4))

export const minDate = (a: string, b: string): string => (a <= b ? a : b)

interface CalendarDay { year: number; month: number; day: number }
const calendarDay = (iso: string): CalendarDay => ({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) - 1, day: Number(iso.slice(8, 10)) })
const DAY_MS = 86_400_000
const dayNumber = (year: number, month: number, day: number) => Date.UTC(year, month, day) / DAY_MS

/** The day `months` months after `d`: the same day of the month, or that month's last day when it is shorter. */
function addMonths(d: CalendarDay, months: number): number {
  const total = d.year * 12 + d.month + months
  const year = Math.floor(total / 12)
  const month = total - year * 12
  return dayNumber(year, month, Math.min(d.day, dayNumber(year, month + 1, 1) - dayNumber(year, month, 1)))
}

/** Months from `b` back to `a` with the fraction of the month in progress (moment's and dayjs's monthDiff). */
function monthDiff(a: CalendarDay, b: CalendarDay): number {
  if (a.day < b.day) return -monthDiff(b, a)
  const whole = (b.year - a.year) * 12 + (b.month - a.month)
  const anchor = addMonths(a, whole)
  const target = dayNumber(b.year, b.month, b.day)
  const before = target - anchor < 0
  const anchor2 = addMonths(a, whole + (before ? -1 : 1))
  return -(whole + (target - anchor) / (before ? anchor - anchor2 : anchor2 - anchor)) || 0
}

/**
 * Whole calendar months from `from` to `to` (2025-06-30 → 2025-12-30 is 6; → 2025-12-29 is 5), negative when `to`
 * is earlier: dayjs(to).diff(from, 'month') on calendar days, without building date objects (it runs for every
 * subject of an eligible list).
 */
export function fullMonthsBetween(from: string, to: string): number {
  const months = monthDiff(calendarDay(to), calendarDay(from))
  return months < 0 ? Math.ceil(months) || 0 : Math.floor(months)
}

/** The last day of a period of `months` months starting on `start` (2025-01-15 + 6 → 2025-07-14). */
export function lastDayAfterMonths(start: string, months: number): string {
  return dayjs(start).add(months, 'month').subtract(1, 'day').format('YYYY-MM-DD')
}

/** Do two inclusive spans share at least one day? `to: null` is open-ended. */
export function overlaps(a: { from: string; to: string | null }, b: { from: string; to: string | null }): boolean {
  return (a.to === null || a.to >= b.from) && (b.to === null || b.to >= a.from)
}

/** The years from `first` to `last`, inclusive. */
export function yearRange(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i)
}
