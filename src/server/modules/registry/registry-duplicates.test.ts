import { describe, expect, it } from 'vitest'
import { duplicateGroups, duplicateWarnings, sameSubject, type RegistryRow } from './registry-duplicates.ts'

let n = 0
const row = (fields: Partial<RegistryRow>): RegistryRow => ({
  id: `r${++n}`, subjectKind: 'individual', subjectId: 'p1', subjectName: 'Đặng Thị Hòa', subjectBirthDate: '1991-05-20', subjectCccd: null,
  code: 'GIAY_KHEN_CHU_TICH_XA', name: 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã', track: 'government', year: 2024, kind: 'cong_trang',
  campaignId: null, decisionNumber: null, decisionDate: null, ...fields,
})

describe('same subject', () => {
  it('trusts two different CCCDs over an equal name and birth date, and needs a birth date to match names', () => {
    expect(sameSubject(row({ subjectId: 'a', subjectCccd: '001191000001' }), row({ subjectId: 'b', subjectCccd: '001191000002' }))).toBe(false)
    expect(sameSubject(row({ subjectId: 'a', subjectCccd: '001191000001' }), row({ subjectId: 'b', subjectName: 'Dang Thi Hoa' }))).toBe(true)
    expect(sameSubject(row({ subjectId: 'a', subjectBirthDate: null }), row({ subjectId: 'b', subjectBirthDate: null }))).toBe(false)
    expect(sameSubject(row({ subjectId: 'a' }), row({ subjectId: 'a', subjectKind: 'household' }))).toBe(false)
  })
})

describe('overlapping awards', () => {
  it('warns on two forms for one year\'s work and on the same title twice, not on a title beside a form or ad hoc awards', () => {
    const existing = [row({ code: 'LDTT', name: 'Lao động tiên tiến' }), row({ code: 'GIAY_KHEN_TO_CHUC_CT_XH', name: 'Giấy khen đoàn thể', track: 'mass', kind: 'dot_xuat' })]
    expect(duplicateWarnings(row({}), existing)).toEqual([])
    expect(duplicateWarnings(row({ code: 'LDTT', name: 'Lao động tiên tiến' }), existing)).toEqual([{ recordId: existing[0]!.id, message: expect.stringMatching(/cùng một danh hiệu, hình thức được ghi hai lần/) }])
    expect(duplicateWarnings(row({ code: 'GIAY_KHEN_TO_CHUC_CT_XH', kind: 'dot_xuat' }), existing)).toEqual([])
    const campaign = [row({ code: null, name: 'Giấy khen của Hội Nông dân', track: 'mass', kind: 'phong_trao', campaignId: 'c1' })]
    expect(duplicateWarnings(row({ kind: 'phong_trao', campaignId: 'c1' }), campaign)).toHaveLength(1)
    expect(duplicateWarnings(row({ kind: 'phong_trao', campaignId: 'c2' }), campaign)).toEqual([])
    expect(duplicateWarnings(row({ year: 2023 }), [row({ code: 'BANG_KHEN_CHU_TICH_TINH' })])).toEqual([])
  })

  it('groups rows linked through one another, with every reason', () => {
    const rows = [
      row({ subjectId: 'a', subjectCccd: '001191000001', code: 'BANG_KHEN_CHU_TICH_TINH' }),
      row({ subjectId: 'b', subjectCccd: '001191000001', code: 'GIAY_KHEN_DANG_UY_DANG_VIEN', track: 'party' }),
      row({ subjectId: 'c', code: 'GIAY_KHEN_TO_CHUC_CT_XH', track: 'mass' }),
      row({ subjectId: 'd', subjectName: 'Lê Văn Khác', code: 'GIAY_KHEN_TO_CHUC_CT_XH', track: 'mass' }),
    ]
    const groups = duplicateGroups(rows)
    expect(groups).toHaveLength(1)
    expect(groups[0]!.rows.map((r) => r.subjectId)).toEqual(['a', 'b', 'c'])
    expect(groups[0]!.reasons).toHaveLength(3)
  })
})
