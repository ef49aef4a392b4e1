import { describe, expect, it } from 'vitest'
import { subjectLine } from './subject-line.ts'

const base = { personPosition: null, subjectOrganizationName: 'Trường Tiểu học Bình Thành', householdAddress: null, collectiveParentName: null }

describe('subject line of a posted item', () => {
  it('gives position and unit for a person, the address for a household, the unit above for a collective', () => {
    expect(subjectLine({ ...base, subjectKind: 'individual', personPosition: 'Giáo viên' })).toBe('Giáo viên, Trường Tiểu học Bình Thành')
    expect(subjectLine({ ...base, subjectKind: 'individual' })).toBe('Trường Tiểu học Bình Thành')
    expect(subjectLine({ ...base, subjectKind: 'household', subjectOrganizationName: 'Xóm Đồng Tâm', householdAddress: 'Xóm Đồng Tâm, xã Bình Thành' })).toBe('Xóm Đồng Tâm, xã Bình Thành')
    expect(subjectLine({ ...base, subjectKind: 'household', subjectOrganizationName: 'Xóm Đồng Tâm' })).toBe('Xóm Đồng Tâm')
    expect(subjectLine({ ...base, subjectKind: 'collective', collectiveParentName: 'Xã Bình Thành' })).toBe('Xã Bình Thành')
  })
})
