import { describe, expect, it } from 'vitest'
import { checkQuotas, type QuotaInput } from './quotas.ts'
import { EligibilityInputError } from './validate.ts'

const units = [
  { id: 'xa', parentId: null, name: 'Đảng bộ xã Bình Thành' },
  { id: 'cb1', parentId: 'xa', name: 'Chi bộ xóm 1' },
  { id: 'cb2', parentId: 'xa', name: 'Chi bộ xóm 2' },
  { id: 'khac', parentId: null, name: 'Đảng bộ xã Bắc Sơn' },
]
const members = (unitId: string, target: 'DANG_VIEN_HTTNV' | 'DANG_VIEN_HTXSNV' | 'LDTT' | 'CSTDCS', n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => ({ subjectId: `${unitId}-${from + i}`, unitId, target }))
const input = (proposals: QuotaInput['proposals'], over: Partial<QuotaInput> = {}): QuotaInput => ({ date: '2025-12-10', rootUnitId: 'xa', units, proposals, ...over })

function refused(run: () => unknown): EligibilityInputError {
  try {
    run()
  } catch (error) {
    if (error instanceof EligibilityInputError) return error
    throw error
  }
  throw new Error('expected the input to be refused')
}

describe('checkQuotas — Party HTXSNV ≤ 20% of HTTNV (Quy định 366-QĐ/TW, Điều 11)', () => {
  it('accepts 2 HTXSNV over 10 HTTNV in a cell', () => {
    const r = checkQuotas(input([...members('cb1', 'DANG_VIEN_HTTNV', 10), ...members('cb1', 'DANG_VIEN_HTXSNV', 2, 10)]))
    expect(r.passed).toBe(true)
    expect(r.checks).toHaveLength(1)
    expect(r.checks[0]).toMatchObject({ unitId: 'cb1', count: 2, base: 10, limit: 2, passed: true, confidence: 'confirmed' })
  })
  it('refuses a third HTXSNV and names the cell', () => {
    const r = checkQuotas(input([...members('cb1', 'DANG_VIEN_HTTNV', 10), ...members('cb1', 'DANG_VIEN_HTXSNV', 3, 10), ...members('cb2', 'DANG_VIEN_HTTNV', 5)]))
    expect(r.passed).toBe(false)
    const failed = r.checks.filter((c) => !c.passed)
    expect(failed.map((c) => c.unitName)).toEqual(['Chi bộ xóm 1'])
    expect(failed[0]!.facts.join(' ')).toMatch(/3 đề nghị Đảng viên HTXSNV trên 10 Đảng viên HTTNV/)
  })
  it('allows 25% in the exceptional case; the rounding (❓) is shown and lowers the confidence', () => {
    const proposals = [...members('cb1', 'DANG_VIEN_HTTNV', 12), ...members('cb1', 'DANG_VIEN_HTXSNV', 3, 12)]
    const normal = checkQuotas(input(proposals))
    expect(normal.checks[0]).toMatchObject({ limit: 2, passed: false, confidence: 'unconfirmed' })
    expect(normal.checks[0]!.facts.join(' ')).toMatch(/làm tròn xuống: 2/)
    expect(checkQuotas(input(proposals, { exceptional: true })).checks[0]).toMatchObject({ maxShare: 0.25, limit: 3, passed: true })
  })
  it('lets a province choose the rounding', () => {
    const proposals = [...members('cb1', 'DANG_VIEN_HTTNV', 12), ...members('cb1', 'DANG_VIEN_HTXSNV', 3, 12)]
    const r = checkQuotas(input(proposals, { province: { province: 'Tỉnh Thái Nguyên', instrument: 'Quy chế (ví dụ)', parameters: { quotaRounding: { value: 'ceil' } } } }))
    expect(r.checks[0]).toMatchObject({ limit: 3, passed: true, confidence: 'confirmed' })
  })
})

describe('checkQuotas — LĐTT and CSTĐCS', () => {
  it('notes that the Law sets no cap when no province rule applies', () => {
    const r = checkQuotas(input([...members('cb1', 'LDTT', 10), ...members('cb1', 'CSTDCS', 9)]))
    expect(r.passed).toBe(true)
    expect(r.checks).toEqual([])
    expect(r.notes.join(' ')).toMatch(/không giới hạn tỷ lệ/)
  })
  it('applies a province cap over each unit subtree', () => {
    const province = {
      province: 'Tỉnh Thái Nguyên',
      instrument: 'Quy định thi đua (ví dụ)',
      quotas: [{ target: 'CSTDCS' as const, relativeTo: 'LDTT' as const, maxShare: 0.15, per: 'subtree' as const, citation: 'Điều 6' }],
    }
    const r = checkQuotas(input([...members('cb1', 'LDTT', 20), ...members('cb1', 'CSTDCS', 3), ...members('cb2', 'LDTT', 10), ...members('cb2', 'CSTDCS', 2, 10)], { province }))
    const byUnit = Object.fromEntries(r.checks.map((c) => [c.unitId, c]))
    expect(byUnit.cb1).toMatchObject({ count: 3, base: 20, limit: 3, passed: true })
    expect(byUnit.cb2).toMatchObject({ count: 2, base: 10, limit: 1, passed: false })
    expect(byUnit.xa).toMatchObject({ count: 5, base: 30, limit: 4, passed: false })
    expect(byUnit.xa!.citation).toBe('Quy định thi đua (ví dụ), Điều 6')
    expect(r.notes).toEqual([])
  })
  it('ignores a province rule outside its validity and says so', () => {
    const province = { province: 'Tỉnh Thái Nguyên', instrument: 'Quy định cũ', validTo: '2024-12-31', quotas: [{ target: 'CSTDCS' as const, relativeTo: 'LDTT' as const, maxShare: 0.15, citation: '' }] }
    const r = checkQuotas(input([...members('cb1', 'LDTT', 10), ...members('cb1', 'CSTDCS', 5)], { province }))
    expect(r.checks).toEqual([])
    expect(r.notes.join(' ')).toMatch(/không áp dụng cho ngày 10\/12\/2025/)
  })
})

describe('checkQuotas — bad input', () => {
  it('names a proposal from outside the subtree', () => {
    const e = refused(() => checkQuotas(input([{ subjectId: 'a', unitId: 'khac', target: 'LDTT' }])))
    expect(e.issues).toEqual([{ field: 'proposals[0].unitId', message: 'đơn vị «Đảng bộ xã Bắc Sơn» không thuộc phạm vi «Đảng bộ xã Bình Thành»' }])
  })
  it('names a date outside every rule set, an unknown parent and a duplicate proposal', () => {
    const e = refused(() =>
      checkQuotas({
        date: '2023-06-01',
        rootUnitId: 'xa',
        units: [...units, { id: 'le', parentId: 'khong-co', name: 'Chi bộ lẻ' }],
        proposals: [
          { subjectId: 'a', unitId: 'cb1', target: 'LDTT' },
          { subjectId: 'a', unitId: 'cb1', target: 'LDTT' },
        ],
      }),
    )
    expect(e.issues.map((i) => i.field)).toEqual(['date', 'units[4].parentId', 'proposals[1].subjectId'])
    expect(e.message).toMatch(/nằm ngoài mọi bộ quy định/)
  })
  it('names an unknown title code', () => {
    const e = refused(() => checkQuotas(input([{ subjectId: 'a', unitId: 'cb1', target: 'LAO_DONG_GIOI' as never }])))
    expect(e.issues[0]!.field).toBe('proposals[0].target')
  })
})
