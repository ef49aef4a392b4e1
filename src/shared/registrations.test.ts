import { describe, expect, it } from 'vitest'
import { registrationTransitionProblem, totalTargets } from './registrations.ts'

describe('registrations', () => {
  it('totals per title and scope, in first-seen order, without names', () => {
    expect(totalTargets([
      { targets: [{ code: 'TTLDTT', scope: 'unit', count: 1, people: [] }, { code: 'LDTT', scope: 'members', count: 18, people: ['A'] }] },
      { targets: [{ code: 'LDTT', scope: 'members', count: 3, people: [] }, { code: 'TTLDTT', scope: 'unit', count: 1, people: [] }, { code: 'LDTT', scope: 'unit', count: 1, people: [] }] },
    ])).toEqual([
      { code: 'TTLDTT', scope: 'unit', count: 2, people: [] },
      { code: 'LDTT', scope: 'members', count: 21, people: [] },
      { code: 'LDTT', scope: 'unit', count: 1, people: [] },
    ])
  })

  it('allows only draft/returned → submitted → returned/approved', () => {
    expect(registrationTransitionProblem('draft', 'submitted')).toBeNull()
    expect(registrationTransitionProblem('returned', 'submitted')).toBeNull()
    expect(registrationTransitionProblem('submitted', 'approved')).toBeNull()
    expect(registrationTransitionProblem('draft', 'approved')).toBe('không thể chuyển từ "Dự thảo" sang "Đã duyệt"')
    expect(registrationTransitionProblem('approved', 'returned')).not.toBeNull()
  })
})
