// The statutory processing time of a submitted dossier, shown as a timer: 20 working days from the day the
// complete dossier was received (commune-level appraisal, Quyết định 638/QĐ-BNV năm 2025; law.md §4.4).
// It runs while the dossier is being processed, stops at the decision, and starts again when a returned
// dossier is submitted again. Pure.
import { QD638 } from '../../../rules/citations.ts'
import { CLOCK_STATUSES, type NominationStatus } from '../../../shared/nomination-lifecycle.ts'
import { addWorkingDays, workingDaysBetween } from '../../../shared/working-days.ts'

export const PROCESSING_WORKING_DAYS = 20

export interface ProcessingTimer {
  /** The day the complete dossier was received. */
  startedOn: string
  /** The last day of the processing time. */
  dueOn: string
  workingDays: number
  /** Working days left after today (or after the day it stopped); negative once overdue. */
  workingDaysLeft: number
  overdue: boolean
  running: boolean
  /** The day it was decided (or failed), when it has stopped. */
  stoppedOn: string | null
  citation: string
}

/** null while the dossier is not with the deciding level (a draft, or returned to the unit). */
export function processingTimer(
  n: { status: NominationStatus; submittedOn: string | null; closedOn: string | null },
  today: string,
  holidays: ReadonlySet<string>,
): ProcessingTimer | null {
  const running = CLOCK_STATUSES.includes(n.status)
  if (n.submittedOn === null || (!running && n.closedOn === null)) return null
  const dueOn = addWorkingDays(n.submittedOn, PROCESSING_WORKING_DAYS, holidays)
  const until = running ? today : n.closedOn!
  const workingDaysLeft = workingDaysBetween(until, dueOn, holidays)
  return {
    startedOn: n.submittedOn,
    dueOn,
    workingDays: PROCESSING_WORKING_DAYS,
    workingDaysLeft,
    overdue: until > dueOn,
    running,
    stoppedOn: running ? null : n.closedOn,
    citation: `${QD638} (thời hạn giải quyết ở cấp xã: ${PROCESSING_WORKING_DAYS} ngày làm việc kể từ ngày nhận đủ hồ sơ)`,
  }
}
