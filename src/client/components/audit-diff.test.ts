// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { diffAuditSnapshots, formatAuditValue } from './audit-diff.ts'

const person = {
  id: 'p1',
  fullName: 'Nguyễn Văn An',
  birthDate: '1989-12-28',
  sex: 'nam',
  cccd: '019089312859',
  position: 'Công chức',
  organizationId: 'o1',
  organizationName: 'Xã Bình Thành',
  category: 'cong_chuc',
  directWorker: false,
  version: 3,
  updatedAt: '2025-07-01T08:00:00Z',
}

describe('diffAuditSnapshots', () => {
  it('lists only the changed fields, with Vietnamese names and readable values', () => {
    const after = { ...person, position: 'Phó Chủ tịch', category: 'can_bo', directWorker: true, organizationId: 'o2', organizationName: 'Xóm Đồng Tâm', version: 4, updatedAt: '2025-07-02T08:00:00Z' }
    expect(diffAuditSnapshots(person, after)).toEqual([
      { key: 'position', label: 'Chức vụ', before: 'Công chức', after: 'Phó Chủ tịch' },
      { key: 'organizationName', label: 'Đơn vị', before: 'Xã Bình Thành', after: 'Xóm Đồng Tâm' },
      { key: 'category', label: 'Đối tượng', before: 'Công chức', after: 'Cán bộ' },
      { key: 'directWorker', label: 'Lao động trực tiếp', before: 'Không', after: 'Có' },
    ])
  })

  it('shows every meaningful field of a creation against an empty "before"', () => {
    const changes = diffAuditSnapshots(null, person)
    expect(changes.map((change) => change.key)).toEqual(['fullName', 'birthDate', 'sex', 'cccd', 'position', 'organizationName', 'category', 'directWorker'])
    expect(changes.find((change) => change.key === 'birthDate')).toMatchObject({ before: '—', after: '28/12/1989' })
    expect(changes.find((change) => change.key === 'sex')!.after).toBe('Nam')
  })

  it('treats markup in values as plain text and copes with non-object snapshots', () => {
    const [change] = diffAuditSnapshots({ note: null }, { note: '<img src=x onerror=alert(1)>' })
    expect(change).toEqual({ key: 'note', label: 'Ghi chú', before: '—', after: '<img src=x onerror=alert(1)>' })
    expect(diffAuditSnapshots('lạ', [1, 2])).toEqual([])
  })
})

describe('formatAuditValue', () => {
  it('writes cluster members by name and other objects as JSON', () => {
    expect(formatAuditValue('members', [{ organizationId: 'a', name: 'Trường Mầm non', isLeader: true }, { name: 'Trường THCS' }])).toBe('Trường Mầm non, Trường THCS')
    expect(formatAuditValue('extra', { a: 1 })).toBe('{"a":1}')
    expect(formatAuditValue('kind', 'village')).toBe('Thôn, xóm, tổ dân phố')
    expect(formatAuditValue('inserted', 12)).toBe('12')
  })
})
