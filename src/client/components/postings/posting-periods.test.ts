import { describe, expect, it } from 'vitest'
import { periodDays, periodEnd } from './posting-periods.ts'

describe('posting periods', () => {
  it('counts the first day: 10 days from 01/11 end on 10/11', () => {
    expect(periodEnd('2025-11-01', 10)).toBe('2025-11-10')
    expect(periodEnd('2025-12-28', 7)).toBe('2026-01-03')
    expect(periodDays('2025-11-01', '2025-11-10')).toBe(10)
    expect(periodDays('2025-11-01', '2025-11-01')).toBe(1)
  })
})
