import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { againstTarget, cascadeCounts, daysBetween, shareOf, shareTrend, totalOf } from './statistics.ts'

describe('shareOf', () => {
  it('divides, and has no share without a base', () => {
    expect(shareOf({ numerator: 3, denominator: 12 })).toBe(0.25)
    expect(shareOf({ numerator: 0, denominator: 0 })).toBeNull()
  })
})

describe('shareTrend', () => {
  it('lists every year of the span, with the change from the year before in percentage points', () => {
    const trend = shareTrend([{ year: 2023, numerator: 2, denominator: 10 }, { year: 2025, numerator: 3, denominator: 8 }, { year: 2024, numerator: 5, denominator: 20 }], 2022, 2025)
    expect(trend).toEqual([
      { year: 2022, numerator: 0, denominator: 0, share: null, change: null },
      { year: 2023, numerator: 2, denominator: 10, share: 0.2, change: null },
      { year: 2024, numerator: 5, denominator: 20, share: 0.25, change: 5 },
      { year: 2025, numerator: 3, denominator: 8, share: 0.375, change: 12.5 },
    ])
  })

  it('has no change after a year without awards', () => {
    const trend = shareTrend([{ year: 2023, numerator: 1, denominator: 2 }, { year: 2025, numerator: 1, denominator: 4 }], 2023, 2025)
    expect(trend.map((y) => y.change)).toEqual([null, null, null])
  })

  it('leaves out years outside the span and keeps the counts it was given', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ year: fc.integer({ min: 2015, max: 2030 }), numerator: fc.nat(50), denominator: fc.nat(50) }), { maxLength: 20 }), (rows) => {
        const unique = [...new Map(rows.map((r) => [r.year, r])).values()]
        const trend = shareTrend(unique, 2018, 2025)
        expect(trend.map((t) => t.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025])
        const inSpan = unique.filter((r) => r.year >= 2018 && r.year <= 2025)
        expect(totalOf(trend)).toEqual(totalOf(inSpan))
      }),
    )
  })
})

describe('againstTarget', () => {
  it('compares the share with the province target', () => {
    expect(againstTarget(0.4, 0.35)).toBe('met')
    expect(againstTarget(0.35, 0.35)).toBe('met')
    expect(againstTarget(0.2, 0.35)).toBe('below')
    expect(againstTarget(0.2, null)).toBe('no_target')
    expect(againstTarget(null, 0.35)).toBe('no_data')
  })
})

describe('cascadeCounts', () => {
  const counts = { addressed: 7, answered: 3, drafts: 2 }
  it('splits the open addressees into drafts and not started before the answer is due', () => {
    expect(cascadeCounts(counts, '2025-12-10', '2025-12-10')).toEqual({ answered: 3, draft: 2, notStarted: 2, late: 0 })
    expect(cascadeCounts(counts, null, '2030-01-01')).toEqual({ answered: 3, draft: 2, notStarted: 2, late: 0 })
  })
  it('counts every open addressee late the day after the due date, drafts included', () => {
    expect(cascadeCounts(counts, '2025-12-10', '2025-12-11')).toEqual({ answered: 3, draft: 0, notStarted: 0, late: 4 })
  })
  it('always accounts for every addressee', () => {
    fc.assert(
      fc.property(fc.nat(30), fc.nat(30), fc.nat(30), fc.boolean(), (answered, drafts, rest, past) => {
        const c = cascadeCounts({ addressed: answered + drafts + rest, answered, drafts }, '2025-06-30', past ? '2025-07-01' : '2025-06-01')
        expect(c.answered + c.draft + c.notStarted + c.late).toBe(answered + drafts + rest)
      }),
    )
  })
})

describe('daysBetween', () => {
  it('counts calendar days, negative when past', () => {
    expect(daysBetween('2025-12-31', '2026-01-30')).toBe(30)
    expect(daysBetween('2025-03-01', '2025-02-28')).toBe(-1)
  })
})
