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

/** Whole calendar months from `from` to `to` (2025-06-30 → 2025-12-30 is 6; → 2025-12-29 is 5). */
export function fullMonthsBetween(from: string, to: string): number {
  return dayjs(to).diff(dayjs(from), 'month')
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
