// fullMonthsBetween counts months exactly as dayjs's diff(…, 'month') did (the LĐTT service criterion, B8, depends
// on it): checked against dayjs on month ends, leap days and dates in either order.
import dayjs from 'dayjs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fullMonthsBetween } from './dates.ts'

const iso = fc.date({ min: new Date('1945-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
const monthEnd = fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 26, max: 31 })).map(([y, m, d]) => {
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`
})

describe('fullMonthsBetween', () => {
  it('gives the examples of its comment', () => {
    expect(fullMonthsBetween('2025-06-30', '2025-12-30')).toBe(6)
    expect(fullMonthsBetween('2025-06-30', '2025-12-29')).toBe(5)
    expect(fullMonthsBetween('2024-01-31', '2024-02-29')).toBe(dayjs('2024-02-29').diff(dayjs('2024-01-31'), 'month'))
    expect(fullMonthsBetween('2025-12-31', '2025-06-30')).toBe(-6)
  })

  it('equals dayjs on any two dates, month ends included', () => {
    const date = fc.oneof(iso, monthEnd)
    fc.assert(fc.property(date, date, (from, to) => fullMonthsBetween(from, to) === dayjs(to).diff(dayjs(from), 'month')), { numRuns: 20_000 })
  })
})
