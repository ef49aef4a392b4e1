// The registration pages' logic: which titles are offered for a unit or its members, the form's rows as the
// API takes them, and what the caller may do.
import { describe, expect, it } from 'vitest'
import { actionsOf, commitmentsBody, submitProblem, targetOptions, targetsBody, toRows } from './registration-ui.ts'

describe('registration form logic', () => {
  it('offers collective titles for the unit and individual ones for its members', () => {
    const unit = targetOptions('unit').map((o) => o.value)
    const members = targetOptions('members').map((o) => o.value)
    expect(unit).toContain('TTLDTT')
    expect(unit).not.toContain('LDTT')
    expect(members).toContain('LDTT')
    expect(members).toContain('CSTDCS')
    expect(members).not.toContain('TTLDTT')
  })

  it('drops empty rows, counts a unit once, and counts at least the people named', () => {
    expect(targetsBody([
      { scope: 'unit', code: 'TTLDTT', count: 7, people: 'Ai đó' },
      { scope: 'members', code: 'LDTT', count: 1, people: ' Hoàng Thị Lan \n\nMa Văn Hùng\n' },
      { scope: 'members', code: 'CSTDCS', count: 4 },
      { scope: 'members', count: 3 },
    ])).toEqual([
      { code: 'TTLDTT', scope: 'unit', count: 1, people: [] },
      { code: 'LDTT', scope: 'members', count: 2, people: ['Hoàng Thị Lan', 'Ma Văn Hùng'] },
      { code: 'CSTDCS', scope: 'members', count: 4, people: [] },
    ])
    expect(toRows([{ code: 'LDTT', scope: 'members', count: 2, people: ['A', 'B'], name: 'Lao động tiên tiến', short: 'LĐTT' }])).toEqual([{ code: 'LDTT', scope: 'members', count: 2, people: 'A\nB' }])
    expect(commitmentsBody(' Một \n\n Hai ')).toEqual(['Một', 'Hai'])
  })

  it('refuses to send an empty registration and offers only what the server allows', () => {
    expect(submitProblem([{ scope: 'members' }])).toBe('Hãy đăng ký ít nhất một danh hiệu, hình thức trước khi gửi.')
    expect(submitProblem([{ scope: 'unit', code: 'TTLDTT' }])).toBeNull()
    expect(actionsOf({ canEdit: true, canApprove: false, consolidated: false })).toEqual(['save', 'submit'])
    expect(actionsOf({ canEdit: false, canApprove: true, consolidated: false })).toEqual(['approve', 'return'])
    expect(actionsOf({ canEdit: false, canApprove: false, consolidated: true })).toEqual([])
  })
})
