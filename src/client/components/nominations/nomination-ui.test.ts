import { describe, expect, it } from 'vitest'
import type { ProcessingTimer } from '../../../server/modules/nominations/processing-timer.ts'
import type { NominationSummary } from './nomination-queries.ts'
import { deadlineLabel, decidingLabel, nominationActions, nominationBody, submitBody, submitProblem, timerLabel } from './nomination-ui.ts'

const timer = (fields: Partial<ProcessingTimer>): ProcessingTimer => ({
  startedOn: '2025-08-22', dueOn: '2025-09-23', workingDays: 20, workingDaysLeft: 19, overdue: false, running: true, stoppedOn: null, citation: 'QĐ 638', ...fields,
})

const late = { name: 'Nộp hồ sơ khen thưởng', due: '2025-11-30', late: true, overridden: false }

describe('the processing timer in words', () => {
  it('counts the working days left, warns in the last five and on the last day, and counts overdue days', () => {
    expect(timerLabel(null)).toBeNull()
    expect(timerLabel(timer({ workingDaysLeft: 12 }))).toMatchObject({ text: 'Còn 12 ngày làm việc', color: 'success' })
    expect(timerLabel(timer({ workingDaysLeft: 5 }))).toMatchObject({ text: 'Còn 5 ngày làm việc', color: 'warning' })
    expect(timerLabel(timer({ workingDaysLeft: 0 }))).toMatchObject({ text: 'Hạn cuối hôm nay', color: 'warning' })
    expect(timerLabel(timer({ workingDaysLeft: -2, overdue: true }))).toMatchObject({ text: 'Quá hạn 2 ngày làm việc', color: 'error' })
    expect(timerLabel(timer({ workingDaysLeft: 12 }))!.detail).toBe('Nhận đủ hồ sơ ngày 22/08/2025, hạn giải quyết 23/09/2025 (20 ngày làm việc). QĐ 638')
  })

  it('says when a stopped timer stopped and whether it was in time', () => {
    expect(timerLabel(timer({ running: false, stoppedOn: '2025-09-05', workingDaysLeft: 12 }))).toMatchObject({ text: 'Đã giải quyết ngày 05/09/2025 — trong hạn', color: 'default' })
    expect(timerLabel(timer({ running: false, stoppedOn: '2025-09-25', workingDaysLeft: -2, overdue: true }))).toMatchObject({ text: 'Đã giải quyết ngày 25/09/2025 — quá hạn 2 ngày làm việc', color: 'error' })
  })
})

describe('the deadline and the deciding level in words', () => {
  it('flags a late dossier and an allowed one', () => {
    expect(deadlineLabel(null)).toBeNull()
    expect(deadlineLabel({ ...late, late: false })).toEqual({ text: 'Hạn 30/11/2025', late: false, overridden: false })
    expect(deadlineLabel(late)).toEqual({ text: 'Hạn 30/11/2025 — đã quá hạn', late: true, overridden: false })
    expect(deadlineLabel({ ...late, overridden: true })!.text).toBe('Hạn 30/11/2025 — quá hạn, đã cho phép nộp muộn')
    expect(deadlineLabel({ ...late, due: null, late: false })!.text).toBe('Hạn chưa xác định')
  })

  it('names the level a form beyond the authority must go up to', () => {
    const base = { organizationId: 'c', organizationName: 'Xã Bình Thành', competent: true, escalateTo: null }
    expect(decidingLabel(base)).toEqual({ text: 'Xã Bình Thành', escalate: false })
    const up = { ...base, competent: false, escalateTo: { organizationId: 'p', organizationName: 'Tỉnh Thái Nguyên', authorities: [{ code: 'CHU_TICH_UBND_TINH', name: 'Chủ tịch UBND tỉnh' }] } } as const
    expect(decidingLabel(up as unknown as NominationSummary['deciding'])).toEqual({ text: 'Phải trình lên Tỉnh Thái Nguyên (Chủ tịch UBND tỉnh)', escalate: true })
    const outside = { ...base, competent: false, escalateTo: { organizationId: null, organizationName: null, authorities: [{ code: 'THU_TUONG', name: 'Thủ tướng Chính phủ' }] } }
    expect(decidingLabel(outside as unknown as NominationSummary['deciding']).text).toBe('Phải trình lên Thủ tướng Chính phủ')
  })
})

describe('the actions a status offers to a role', () => {
  const of = (status: NominationSummary['status'], role: Parameters<typeof nominationActions>[1], deadline: NominationSummary['deadline'] = null) =>
    [...nominationActions({ status, deadline }, role)].sort()

  it('lets a unit edit, delete, re-evaluate and submit a draft, but not check it', () => {
    expect(of('draft', 'unit')).toEqual(['delete', 'edit', 'reevaluate', 'removeUpload', 'submit', 'upload'])
    expect(of('returned', 'unit')).toEqual(['edit', 'reevaluate', 'removeUpload', 'submit', 'upload'])
    expect(of('submitted', 'unit')).toEqual(['reevaluate', 'upload'])
    expect(of('to_council', 'unit')).toEqual([])
  })

  it('lets the officer return, check and send to the council what was submitted', () => {
    expect(of('submitted', 'officer')).toEqual(['check', 'reevaluate', 'return', 'toCouncil', 'upload'])
    expect(of('checked', 'officer')).toEqual(['reevaluate', 'return', 'toCouncil', 'upload'])
    expect(of('to_council', 'officer')).toEqual([])
    expect(of('decided', 'admin')).toEqual([])
  })

  it('offers the late-dossier override to the officer only before submission and only once', () => {
    expect(of('draft', 'officer', late)).toContain('overrideDeadline')
    expect(of('draft', 'unit', late)).not.toContain('overrideDeadline')
    expect(of('draft', 'officer', { ...late, overridden: true })).not.toContain('overrideDeadline')
    expect(of('draft', 'officer', { ...late, late: false })).not.toContain('overrideDeadline')
    expect(of('submitted', 'officer', late)).not.toContain('overrideDeadline')
  })

  it('offers nothing to the signer and council members', () => {
    expect(of('draft', 'signer')).toEqual([])
    expect(of('submitted', 'council_member')).toEqual([])
  })
})

describe('a selection submitted with one proposal', () => {
  const n = (id: string, fields: Partial<NominationSummary> = {}) =>
    ({
      id, status: 'draft', version: 3, year: 2025, campaign: { id: 'k', numberAndSymbol: '01/KH-UBND', title: 'Kế hoạch' }, deadline: null,
      nominatingOrganization: { id: 'u', name: 'Trường Tiểu học Bình Thành' }, subject: { kind: 'individual', id: `s${id}`, name: `Người ${id}`, organizationName: 'x' },
      ...fields,
    }) as NominationSummary

  it('takes drafts and returned ones of one unit, campaign and year', () => {
    expect(submitProblem([])).toBe('Chọn ít nhất một đề nghị dự thảo hoặc bị trả lại')
    expect(submitProblem([n('1'), n('2', { status: 'returned' })])).toBeNull()
    expect(submitProblem([n('1'), n('2', { status: 'submitted' })])).toBe('Người 2: chỉ trình đề nghị dự thảo hoặc bị trả lại')
    expect(submitProblem([n('1'), n('2', { nominatingOrganization: { id: 'v', name: 'Khác' } })])).toMatch(/cùng một đơn vị/)
    expect(submitProblem([n('1'), n('2', { campaign: null })])).toMatch(/cùng kế hoạch/)
    expect(submitProblem([n('1'), n('2', { year: 2024 })])).toMatch(/cùng năm/)
    expect(submitProblem([n('1', { deadline: late })])).toBe('Người 1: đã quá hạn nộp hồ sơ, cần Thường trực Hội đồng cho phép nộp muộn')
    expect(submitProblem([n('1', { deadline: { ...late, overridden: true } })])).toBeNull()
  })

  it('sends each nomination with the version read', () => {
    expect(submitBody([n('1'), n('2', { version: 7 })])).toEqual({ ids: ['1', '2'], versions: { '1': 3, '2': 7 } })
  })
})

describe('the body of a nomination form', () => {
  const values = { subjectKind: 'individual' as const, target: 'LDTT', kind: 'cong_trang' as const, achievement: 'Hoàn thành tốt', decisionDate: null, simplified: false, simplifiedCase: 3 as const, hasMeeting: false }

  it('sends no case outside the simplified procedure and clears the meeting when there is none', () => {
    expect(nominationBody(values)).toEqual({ target: 'LDTT', kind: 'cong_trang', achievement: 'Hoàn thành tốt', decisionDate: undefined, simplified: false, simplifiedCase: null, reviewMeeting: null })
  })

  it('sends the case and the review meeting when they are given', () => {
    const meeting = { date: '2025-11-20', place: 'Phòng họp', chair: 'Nguyễn Văn A', secretary: 'Lê Thị B', members: 9, present: 8, inFavour: 8 }
    expect(nominationBody({ ...values, simplified: true, hasMeeting: true, reviewMeeting: meeting, decisionDate: '2025-12-20' })).toMatchObject({
      simplified: true, simplifiedCase: 3, decisionDate: '2025-12-20', reviewMeeting: meeting,
    })
  })
})
