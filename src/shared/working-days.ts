// Working days (ngày làm việc): Monday to Friday, except the public holidays of the calendar in use.
// Statutory processing times are counted in them ("20 ngày làm việc kể từ khi nhận đủ hồ sơ"). Pure,
// over ISO dates (YYYY-MM-DD) in UTC, so no time zone shifts a day.

const DAY_MS = 86_400_000

function dayNumber(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN
  if (!match || new Date(time).toISOString().slice(0, 10) !== iso) throw new RangeError(`Ngày không hợp lệ: ${iso}`)
  return time / DAY_MS
}

const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10)

export function addDays(iso: string, days: number): string {
  return isoOf(dayNumber(iso) + days)
}

/** Not a Saturday, a Sunday or a holiday. */
export function isWorkingDay(iso: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(dayNumber(iso) * DAY_MS).getUTCDay()
  return weekday !== 0 && weekday !== 6 && !holidays.has(iso)
}

/** The day on which `count` working days after `start` have passed (`start` itself is not counted). */
export function addWorkingDays(start: string, count: number, holidays: ReadonlySet<string>): string {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`Số ngày làm việc phải là số nguyên dương: ${count}`)
  let day = dayNumber(start)
  for (let left = count; left > 0; ) {
    day += 1
    if (isWorkingDay(isoOf(day), holidays)) left -= 1
  }
  return isoOf(day)
}

/** Working days after `from` up to and including `to`; negative, counted the same way, when `to` comes first. */
export function workingDaysBetween(from: string, to: string, holidays: ReadonlySet<string>): number {
  const [a, b, sign] = from <= to ? [dayNumber(from), dayNumber(to), 1] : [dayNumber(to), dayNumber(from), -1]
  let count = 0
  for (let day = a + 1; day <= b; day++) if (isWorkingDay(isoOf(day), holidays)) count++
  return sign * count
}
