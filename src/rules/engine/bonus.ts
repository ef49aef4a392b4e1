// Bonus money: coefficient × base salary in force on the decision date, rounded up to the nearest
// 10,000 đồng (Nghị định 152/2025/NĐ-CP, Điều 49; law.md §6). The unrounded product is shown beside it.
import type { Bonus } from '../catalogue/types.ts'
import { viDate } from '../dates.ts'
import { BASE_SALARIES, type Parameter, type RuleParameters } from '../parameters.ts'
import type { ProvinceRules } from '../province.ts'
import { weakest } from '../types.ts'
import type { BonusAmount } from './types.ts'

function baseSalaryOn(date: string, province: ProvinceRules | undefined): Parameter<number> | null {
  const override = province?.parameters.baseSalary
  if (override) return { value: override.value, confidence: 'confirmed', citation: override.citation ? `${province.instrument}, ${override.citation}` : province.instrument }
  return [...BASE_SALARIES].reverse().find((b) => b.from <= date)?.value ?? null
}

export function bonusAmount(bonus: Bonus, date: string, params: RuleParameters, province: ProvinceRules | undefined): BonusAmount {
  const base = baseSalaryOn(date, province)
  const rounding = params.moneyRounding
  const notes = [bonus.note, rounding.note, base === null ? `Chưa có mức lương cơ sở cho ngày ${viDate(date)}` : undefined].filter((n): n is string => n !== undefined)
  const citations = [...new Set([bonus.citation, ...(base ? [base.citation] : []), rounding.citation])]
  const confidence = weakest(bonus.confidence, rounding.confidence, base?.confidence ?? 'unconfirmed')
  if (bonus.coefficient === null || base === null) {
    return { coefficient: bonus.coefficient, baseSalary: base?.value ?? null, unrounded: null, amount: null, rounding: rounding.value, confidence, citations, notes }
  }
  const unrounded = Math.round(bonus.coefficient * base.value)
  const amount = rounding.value === 'ceil_10000' ? Math.ceil(unrounded / 10_000) * 10_000 : unrounded
  return { coefficient: bonus.coefficient, baseSalary: base.value, unrounded, amount, rounding: rounding.value, confidence, citations, notes }
}
