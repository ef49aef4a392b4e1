import { describe, expect, it } from 'vitest'
import type { ProvinceRules } from '../../../rules/index.ts'
import { decisionAmounts, totalPaid, type AmountLine } from './decision-amounts.ts'

const DATE = '2025-12-20'
const line = (nominationId: string, target: AmountLine['target'], fields: Partial<AmountLine> = {}): AmountLine =>
  ({ nominationId, subjectId: `s-${nominationId}`, subjectKind: 'individual', target, year: 2025, ...fields })

const province = (parameters: ProvinceRules['parameters']): ProvinceRules =>
  ({ province: 'Tỉnh Thử nghiệm', instrument: 'Quyết định 01/2025/QĐ-UBND', parameters, standards: [], quotas: [] })

describe('decision amounts (Nghị định 152/2025/NĐ-CP, Điều 49, 50, 54)', () => {
  it('multiplies the coefficient by the base salary on the decision date and rounds up to 10,000 đồng', () => {
    const [ldtt, cstdcs] = decisionAmounts([line('a', 'LDTT'), line('b', 'CSTDCS')], DATE, undefined, [])
    expect(ldtt).toMatchObject({ coefficient: 0.3, baseSalary: 2_340_000, unrounded: 702_000, amount: 710_000, paid: true, note: null })
    expect(cstdcs).toMatchObject({ coefficient: 1, unrounded: 2_340_000, amount: 2_340_000, paid: true })
    expect(ldtt!.citations).toContain('Nghị định 152/2025/NĐ-CP, Điều 50')
  })

  it('keeps the unrounded product when the province pays it unrounded, and uses its base salary', () => {
    const [none] = decisionAmounts([line('a', 'LDTT')], DATE, province({ moneyRounding: { value: 'none' } }), [])
    expect(none).toMatchObject({ unrounded: 702_000, amount: 702_000 })
    const [raised] = decisionAmounts([line('a', 'LDTT')], DATE, province({ baseSalary: { value: 2_500_000 } }), [])
    expect(raised).toMatchObject({ baseSalary: 2_500_000, unrounded: 750_000, amount: 750_000 })
  })

  it('pays collectives and households their own multiples of the Giấy khen', () => {
    const amounts = decisionAmounts([
      line('i', 'GIAY_KHEN_CHU_TICH_XA'),
      line('c', 'GIAY_KHEN_CHU_TICH_XA', { subjectKind: 'collective' }),
      line('h', 'GIAY_KHEN_CHU_TICH_XA', { subjectKind: 'household' }),
    ], DATE, undefined, [])
    expect(amounts.map((a) => [a.coefficient, a.unrounded, a.amount])).toEqual([[0.3, 702_000, 710_000], [0.6, 1_404_000, 1_410_000], [0.45, 1_053_000, 1_060_000]])
    expect(totalPaid(amounts)).toBe(3_180_000)
  })

  it('pays only the highest of the titles of the same subject for the same year, and a form beside them', () => {
    const amounts = decisionAmounts([
      line('ldtt', 'LDTT', { subjectId: 'an' }),
      line('cstdcs', 'CSTDCS', { subjectId: 'an' }),
      line('gk', 'GIAY_KHEN_CHU_TICH_XA', { subjectId: 'an' }),
      line('other', 'LDTT', { subjectId: 'binh' }),
      line('lastYear', 'LDTT', { subjectId: 'an', year: 2024 }),
    ], DATE, undefined, [])
    expect(amounts.map((a) => [a.nominationId, a.amount, a.paid])).toEqual([
      ['ldtt', 710_000, false], ['cstdcs', 2_340_000, true], ['gk', 710_000, true], ['other', 710_000, true], ['lastYear', 710_000, true],
    ])
    expect(amounts[0]!.note).toBe('Cùng thời gian với «Chiến sĩ thi đua cơ sở» trong quyết định này chỉ nhận tiền thưởng mức cao nhất (Nghị định 152/2025/NĐ-CP, Điều 49)')
    expect(totalPaid(amounts)).toBe(2_340_000 + 710_000 * 3)
  })

  it('does not pay a title when a title of the same period at least as high was already paid (registry)', () => {
    const recorded = [{ subjectId: 'an', code: 'CSTDCS' as const, year: 2025, decisionDate: '2025-12-01', decisionNumber: '150/QĐ-UBND' }]
    const [ldtt, gk] = decisionAmounts([line('ldtt', 'LDTT', { subjectId: 'an' }), line('gk', 'GIAY_KHEN_CHU_TICH_XA', { subjectId: 'an' })], DATE, undefined, recorded)
    expect(ldtt).toMatchObject({ amount: 710_000, paid: false })
    expect(ldtt!.note).toContain('Cùng thời gian với «Chiến sĩ thi đua cơ sở» năm 2025 (Quyết định số 150/QĐ-UBND) đã nhận chỉ nhận tiền thưởng mức cao nhất')
    expect(gk).toMatchObject({ paid: true })
    const [higher] = decisionAmounts([line('cstdcs', 'CSTDCS', { subjectId: 'an' })], DATE, undefined, [{ ...recorded[0]!, code: 'LDTT' }])
    expect(higher).toMatchObject({ amount: 2_340_000, paid: true })
  })

  it('gives no amount, with the reason, when the coefficient is unknown (Gia đình văn hóa)', () => {
    const [gdvh] = decisionAmounts([line('h', 'GIA_DINH_VAN_HOA', { subjectKind: 'household' })], DATE, undefined, [])
    expect(gdvh).toMatchObject({ coefficient: null, unrounded: null, amount: null, paid: true })
    expect(gdvh!.note).toContain('Mức thưởng Gia đình văn hóa chưa tìm thấy trong Nghị định 152/2025')
    expect(totalPaid([gdvh!])).toBe(0)
  })
})
