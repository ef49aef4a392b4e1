import { describe, expect, it } from 'vitest'
import { validateHistory } from './validate.ts'

describe('validateHistory', () => {
  it('fills the defaults of a minimal history', () => {
    const v = validateHistory({ kind: 'individual' })
    expect(v.ok && v.value.ratings).toEqual([])
  })
  it('reports every cross-field problem with its field', () => {
    const v = validateHistory({
      kind: 'household',
      birthDate: '1980-01-01',
      ratings: [
        { year: 2024, rating: 'HTTNV' },
        { year: 2024, rating: 'HTXSNV' },
      ],
      exclusions: [{ kind: 'nghia_vu_thue', startDate: '2025-03-01', endDate: '2025-01-01' }],
      assessments: [
        { year: 2025, key: 'GDVH_TIEU_CHUAN', met: true },
        { year: 2025, key: 'GDVH_TIEU_CHUAN', met: false },
      ],
    })
    expect(v.ok).toBe(false)
    expect(!v.ok && v.issues).toEqual([
      { field: 'subject.birthDate', message: 'chỉ dùng cho cá nhân; đối tượng là hộ gia đình' },
      { field: 'subject.ratings[1].year', message: 'trùng kết quả xếp loại năm 2024 (chính quyền)' },
      { field: 'subject.exclusions[0].endDate', message: 'ngày kết thúc 01/01/2025 trước ngày bắt đầu 01/03/2025' },
      { field: 'subject.assessments[1].key', message: 'trùng đánh giá «GDVH_TIEU_CHUAN» năm 2025' },
    ])
  })
  it('accepts a Party rating before recruitment (Party membership is not employment)', () => {
    const v = validateHistory({ kind: 'individual', birthDate: '1980-01-01', recruitmentDate: '2015-01-01', ratings: [{ year: 2012, rating: 'HTXSNV', track: 'party' }] })
    expect(v.ok).toBe(true)
  })
  it('names the field of a wrong shape in Vietnamese', () => {
    const v = validateHistory({ kind: 'person', ratings: [{ year: 'năm ngoái', rating: 'TOT' }] }, 'history')
    expect(!v.ok && v.issues.map((i) => i.field)).toEqual(['history.kind', 'history.ratings[0].year', 'history.ratings[0].rating'])
    expect(!v.ok && v.issues[2]!.message).toBe('phải là HTXSNV, HTTNV, HTNV hoặc KHT')
  })
})
