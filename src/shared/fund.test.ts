import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  allocationCap, closingOf, FUND_INCOME_CATEGORIES, FUND_SPENDING_CATEGORIES, ledgerProblem, movementCap, yearTotals, type LedgerChange, type LedgerRules, type LedgerYear,
} from './fund.ts'

const RULES: LedgerRules = { movementShare: 0.2, movementShareCitation: 'Nghị định 98/2023/NĐ-CP, Điều 52 khoản 1 điểm a', allocationCap: null }

function apply(years: LedgerYear[], c: LedgerChange): LedgerYear[] {
  const y = years.find((x) => x.year === c.year) ?? { year: c.year, byCategory: {} }
  const rest = years.filter((x) => x.year !== c.year)
  return [...rest, { year: c.year, byCategory: { ...y.byCategory, [c.category]: (y.byCategory[c.category] ?? 0) + c.amount } }].sort((a, b) => a.year - b.year)
}

describe('the fund ledger rules', () => {
  it('carries every earlier year into the opening, a hand-written carry-over included', () => {
    const years: LedgerYear[] = [
      { year: 2025, byCategory: { carry_over: 3_000_000, allocation: 10_000_000, bonus: 4_000_000 } },
      { year: 2026, byCategory: { allocation: 8_000_000, contribution: 1_000_000, movement: 1_500_000, award_items: 500_000 } },
    ]
    expect(yearTotals(years, 2026)).toEqual({ opening: 9_000_000, income: 9_000_000, spending: 2_000_000, movement: 1_500_000, allocation: 8_000_000 })
    expect(closingOf(yearTotals(years, 2026))).toBe(16_000_000)
    expect(yearTotals(years, 2025).opening).toBe(3_000_000)
  })

  it('computes the ceilings without float drift', () => {
    expect(movementCap({ opening: 0, income: 12_000_005 }, 0.2)).toBe(2_400_001)
    expect(allocationCap(800_000_000, 0.015)).toBe(12_000_000)
    expect(allocationCap(333_333_333, 0.01)).toBe(3_333_333)
  })

  it('refuses beyond the balance and beyond the movement share, naming the amount', () => {
    const years: LedgerYear[] = [{ year: 2026, byCategory: { allocation: 10_000_000 } }]
    expect(ledgerProblem(years, { year: 2026, category: 'bonus', amount: 10_000_001 }, RULES)).toBe('Số tiền 10.000.001 đ vượt số dư quỹ năm 2026 (còn 10.000.000 đ)')
    expect(ledgerProblem(years, { year: 2026, category: 'movement', amount: 2_000_000 }, RULES)).toBeNull()
    expect(ledgerProblem(years, { year: 2026, category: 'movement', amount: 2_000_001 }, RULES)).toMatch(/^Số tiền: chi tổ chức phong trào.*vượt 20% quỹ \(2\.000\.000 đ\)/)
    // a year already over the share (the province lowered it) still accepts what does not make it worse
    const over: LedgerYear[] = [{ year: 2026, byCategory: { allocation: 10_000_000, movement: 3_000_000 } }]
    expect(ledgerProblem(over, { year: 2026, category: 'contribution', amount: 1_000_000 }, RULES)).toBeNull()
    expect(ledgerProblem(over, { year: 2026, category: 'movement', amount: -500_000 }, RULES)).toBeNull()
  })

  it('refuses the allocation beyond its ceiling only when one is recorded', () => {
    const cap = { amount: 5_000_000, rate: 0.01, recurrentSpending: 500_000_000, citation: 'Nghị định 152/2025/NĐ-CP, Điều 46 khoản 3 điểm b' }
    expect(ledgerProblem([], { year: 2026, category: 'allocation', amount: 5_000_001 }, RULES)).toBeNull()
    expect(ledgerProblem([], { year: 2026, category: 'allocation', amount: 5_000_001 }, { ...RULES, allocationCap: cap }))
      .toBe('Số tiền: ngân sách cấp năm 2026 sẽ là 5.000.001 đ, vượt mức tối đa 5.000.000 đ (1% tổng chi thường xuyên 500.000.000 đ, Nghị định 152/2025/NĐ-CP, Điều 46 khoản 3 điểm b)')
  })

  it('never lets accepted changes leave a year negative or over its movement share', () => {
    const change = fc.record({
      year: fc.integer({ min: 2024, max: 2027 }),
      category: fc.constantFrom(...FUND_INCOME_CATEGORIES, ...FUND_SPENDING_CATEGORIES),
      amount: fc.integer({ min: -5_000_000, max: 20_000_000 }).filter((a) => a !== 0),
    })
    fc.assert(fc.property(fc.array(change, { maxLength: 40 }), (changes) => {
      let years: LedgerYear[] = []
      for (const c of changes) if (ledgerProblem(years, c, RULES) === null) years = apply(years, c)
      for (const y of years) {
        const totals = yearTotals(years, y.year)
        expect(closingOf(totals)).toBeGreaterThanOrEqual(0)
        expect(totals.movement).toBeLessThanOrEqual(movementCap(totals, RULES.movementShare))
      }
    }))
  })
})
