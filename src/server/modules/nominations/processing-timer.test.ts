import { describe, expect, it } from 'vitest'
import { processingTimer } from './processing-timer.ts'

const NONE = new Set<string>()
// Quốc khánh 2025: Monday 1 and Tuesday 2 September.
const NATIONAL_DAY = new Set(['2025-09-01', '2025-09-02'])

describe('processing timer', () => {
  it('gives 20 working days from the submission, skipping weekends and holidays', () => {
    const timer = processingTimer({ status: 'submitted', submittedOn: '2025-08-22', closedOn: null }, '2025-08-25', NATIONAL_DAY)!
    expect(timer).toMatchObject({ startedOn: '2025-08-22', dueOn: '2025-09-23', workingDays: 20, running: true, overdue: false, stoppedOn: null })
    expect(timer.workingDaysLeft).toBe(19)
    expect(processingTimer({ status: 'submitted', submittedOn: '2025-08-22', closedOn: null }, '2025-08-25', NONE)!.dueOn).toBe('2025-09-19')
  })

  it('counts below zero once the time is up', () => {
    const timer = processingTimer({ status: 'checked', submittedOn: '2025-08-22', closedOn: null }, '2025-09-25', NATIONAL_DAY)!
    expect(timer).toMatchObject({ overdue: true, workingDaysLeft: -2 })
  })

  it('stops at the decision and is absent while the dossier is with the unit', () => {
    expect(processingTimer({ status: 'decided', submittedOn: '2025-08-22', closedOn: '2025-09-05' }, '2025-12-01', NATIONAL_DAY)).toMatchObject({ running: false, stoppedOn: '2025-09-05', workingDaysLeft: 12, overdue: false })
    expect(processingTimer({ status: 'draft', submittedOn: null, closedOn: null }, '2025-12-01', NONE)).toBeNull()
    expect(processingTimer({ status: 'returned', submittedOn: '2025-08-22', closedOn: null }, '2025-12-01', NONE)).toBeNull()
  })
})
