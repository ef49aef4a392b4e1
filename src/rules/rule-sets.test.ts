import { describe, expect, it } from 'vitest'
import { RULE_SETS, RuleSetError, ruleSetOn } from './rule-sets.ts'
import dayjs from 'dayjs'

describe('ruleSetOn', () => {
  it('chooses Nghị định 98/2023 up to 30/06/2025 and Nghị định 152/2025 from 01/07/2025', () => {
    expect(ruleSetOn('2024-01-01').id).toBe('ND98_2023')
    expect(ruleSetOn('2025-06-30').id).toBe('ND98_2023')
    expect(ruleSetOn('2025-07-01').id).toBe('ND152_2025')
    expect(ruleSetOn('2026-03-15').id).toBe('ND152_2025')
  })
  it('refuses a date before the Law of 2022 took effect, in Vietnamese', () => {
    expect(() => ruleSetOn('2023-12-31')).toThrow(RuleSetError)
    expect(() => ruleSetOn('2023-12-31')).toThrow('Ngày 31/12/2023 nằm ngoài mọi bộ quy định đã số hóa')
  })
  it('leaves no gap and no overlap between rule sets; only the last is open-ended', () => {
    for (let i = 1; i < RULE_SETS.length; i++) expect(dayjs(RULE_SETS[i - 1]!.to).add(1, 'day').format('YYYY-MM-DD')).toBe(RULE_SETS[i]!.from)
    expect(RULE_SETS.map((r) => r.to === null)).toEqual([false, true])
  })
})

describe('parameters marked ⚠️/❓ in law.md are not presented as confirmed', () => {
  const nd98 = RULE_SETS[0]!.parameters
  const nd152 = RULE_SETS[1]!.parameters
  it('exposes the confidence of each uncertain value', () => {
    expect(nd152.ldttMinServiceMonths).toMatchObject({ value: 6, confidence: 'unconfirmed' })
    expect(nd98.ldttMinServiceMonths).toMatchObject({ value: 6, confidence: 'confirmed' })
    expect(nd152.ttldttMinLdttShare).toMatchObject({ value: 0.7, confidence: 'indirect' })
    expect(nd152.ttldttMemberDisciplineFrom).toMatchObject({ value: 'canh_cao', confidence: 'indirect' })
    expect(nd152.disciplineMonths.confidence).toBe('unconfirmed')
    expect(nd152.quotaRounding.confidence).toBe('unconfirmed')
    expect(nd152.cstdTinhCycleYears.confidence).toBe('indirect')
    expect(nd152.moneyRounding).toMatchObject({ value: 'ceil_10000', confidence: 'indirect' })
  })
})
