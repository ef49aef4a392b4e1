// What the nominations screens decide without the server: the colour of a status, the processing timer and
// the dossier deadline in words, which actions a status offers to a role (the server decides; the UI hides
// what it would refuse), and whether a selection of nominations can go in one proposal (tờ trình). Pure.
import { DOSSIER_OPEN_STATUSES, EDITABLE_STATUSES, NOMINATION_STATUS_LABELS, NOMINATION_STATUSES, nextStatuses, type NominationStatus } from '../../../shared/nomination-lifecycle.ts'
import { can, type Role } from '../../../shared/roles.ts'
import type { NominationSummary } from '../../../server/modules/nominations/nomination-view.ts'
import type { ProcessingTimer } from '../../../server/modules/nominations/processing-timer.ts'
import type { CommendationKind, SubjectKind } from '../../../rules/types.ts'
import type { SimplifiedCase } from '../../../shared/nomination-dossier.ts'
import { formatDate } from '../../format.ts'

export const STATUS_COLORS: Record<NominationStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  checked: 'cyan',
  to_council: 'purple',
  passed: 'success',
  failed: 'error',
  decided: 'green',
  proposed: 'geekblue',
}

export const STATUS_OPTIONS = NOMINATION_STATUSES.map((status) => ({ value: status, label: NOMINATION_STATUS_LABELS[status] }))

export interface TimerLabel {
  text: string
  color: 'default' | 'success' | 'warning' | 'error'
  /** The detail: received, due, stopped, and the legal basis. */
  detail: string
}

/** Working days a running timer still counts as "soon". */
const SOON = 5

/** The processing timer in words: "Còn 12 ngày làm việc", "Hạn cuối hôm nay", "Quá hạn 2 ngày làm việc", "Đã dừng …". */
export function timerLabel(timer: ProcessingTimer | null): TimerLabel | null {
  if (!timer) return null
  const detail = `Nhận đủ hồ sơ ngày ${formatDate(timer.startedOn)}, hạn giải quyết ${formatDate(timer.dueOn)} (${timer.workingDays} ngày làm việc). ${timer.citation}`
  const left = timer.workingDaysLeft
  if (!timer.running) {
    const stopped = `Đã giải quyết ngày ${formatDate(timer.stoppedOn)}`
    return timer.overdue
      ? { text: `${stopped} — quá hạn ${Math.max(1, -left)} ngày làm việc`, color: 'error', detail }
      : { text: `${stopped} — trong hạn`, color: 'default', detail }
  }
  if (timer.overdue) return { text: `Quá hạn ${Math.max(1, -left)} ngày làm việc`, color: 'error', detail }
  if (left === 0) return { text: 'Hạn cuối hôm nay', color: 'warning', detail }
  return { text: `Còn ${left} ngày làm việc`, color: left <= SOON ? 'warning' : 'success', detail }
}

/** The campaign's dossier deadline in words, or null outside a campaign that sets one. */
export function deadlineLabel(deadline: NominationSummary['deadline']): { text: string; late: boolean; overridden: boolean } | null {
  if (!deadline) return null
  const due = deadline.due ? formatDate(deadline.due) : 'chưa xác định'
  if (deadline.late && deadline.overridden) return { text: `Hạn ${due} — quá hạn, đã cho phép nộp muộn`, late: true, overridden: true }
  if (deadline.late) return { text: `Hạn ${due} — đã quá hạn`, late: true, overridden: false }
  return { text: `Hạn ${due}`, late: false, overridden: deadline.overridden }
}

/** "Xã Bình Thành quyết định" or "Phải trình lên UBND tỉnh (Chủ tịch UBND tỉnh)". */
export function decidingLabel(deciding: NominationSummary['deciding']): { text: string; escalate: boolean } {
  if (deciding.competent) return { text: deciding.organizationName, escalate: false }
  const up = deciding.escalateTo
  const where = up?.organizationName ?? up?.authorities.map((a) => a.name).join('; ') ?? 'cấp có thẩm quyền'
  const who = up?.organizationName && up.authorities.length > 0 ? ` (${up.authorities.map((a) => a.name).join('; ')})` : ''
  return { text: `Phải trình lên ${where}${who}`, escalate: true }
}

export type NominationAction = 'edit' | 'delete' | 'reevaluate' | 'submit' | 'upload' | 'removeUpload' | 'return' | 'check' | 'toCouncil' | 'overrideDeadline'

/** The actions a status offers to a role (scope is the server's to check). */
export function nominationActions(n: Pick<NominationSummary, 'status' | 'deadline'>, role: Role): Set<NominationAction> {
  const actions = new Set<NominationAction>()
  const write = can({ role }, 'nomination.write')
  const check = can({ role }, 'nomination.check')
  const editable = EDITABLE_STATUSES.includes(n.status)
  const next = nextStatuses(n.status)
  if (write) {
    if (editable) actions.add('edit').add('submit').add('removeUpload')
    if (n.status === 'draft') actions.add('delete')
    if (DOSSIER_OPEN_STATUSES.includes(n.status)) actions.add('reevaluate').add('upload')
  }
  // The officer works on what was submitted to the level; "proposed" goes on through the proposals.
  if (check && (n.status === 'submitted' || n.status === 'checked')) {
    if (next.includes('returned')) actions.add('return')
    if (next.includes('checked')) actions.add('check')
    if (next.includes('to_council')) actions.add('toCouncil')
  }
  if (check && editable && n.deadline?.late && !n.deadline.overridden) actions.add('overrideDeadline')
  return actions
}

type Submittable = Pick<NominationSummary, 'id' | 'status' | 'version' | 'nominatingOrganization' | 'campaign' | 'year' | 'subject' | 'deadline'>

/** Why the chosen nominations cannot go in one proposal, or null when they can (the server checks again). */
export function submitProblem(chosen: readonly Submittable[]): string | null {
  if (chosen.length === 0) return 'Chọn ít nhất một đề nghị dự thảo hoặc bị trả lại'
  const notEditable = chosen.find((n) => !EDITABLE_STATUSES.includes(n.status))
  if (notEditable) return `${notEditable.subject.name}: chỉ trình đề nghị dự thảo hoặc bị trả lại`
  const first = chosen[0]!
  const other = chosen.find((n) => n.nominatingOrganization.id !== first.nominatingOrganization.id || (n.campaign?.id ?? null) !== (first.campaign?.id ?? null) || n.year !== first.year)
  if (other) return 'Một tờ trình gồm các đề nghị của cùng một đơn vị, cùng kế hoạch thi đua (hoặc cùng năm)'
  const late = chosen.find((n) => n.deadline?.late && !n.deadline.overridden)
  if (late) return `${late.subject.name}: đã quá hạn nộp hồ sơ, cần Thường trực Hội đồng cho phép nộp muộn`
  return null
}

/** The body of POST /api/nominations/submit. */
export function submitBody(chosen: readonly Pick<NominationSummary, 'id' | 'version'>[]) {
  return { ids: chosen.map((n) => n.id), versions: Object.fromEntries(chosen.map((n) => [n.id, n.version])) }
}

export interface MeetingValues {
  date?: string | null
  place?: string
  chair?: string
  secretary?: string
  members?: number | null
  present?: number | null
  inFavour?: number | null
}

export interface NominationValues {
  campaignId?: string
  year?: number | null
  nominatingOrganizationId?: string
  subjectKind: SubjectKind
  subjectId?: string | null
  target?: string
  kind?: CommendationKind
  achievement: string
  decisionDate?: string | null
  simplified: boolean
  simplifiedCase?: SimplifiedCase | null
  hasMeeting: boolean
  reviewMeeting?: MeetingValues
}

/** The fields the API takes (the review meeting only when there is one; null clears it on edit). */
export function nominationBody(values: NominationValues) {
  const m = values.reviewMeeting ?? {}
  return {
    target: values.target,
    kind: values.kind,
    achievement: values.achievement,
    decisionDate: values.decisionDate || undefined,
    simplified: values.simplified,
    simplifiedCase: values.simplified ? (values.simplifiedCase ?? null) : null,
    reviewMeeting: values.hasMeeting
      ? { date: m.date, place: m.place ?? '', chair: m.chair ?? '', secretary: m.secretary ?? '', members: m.members, present: m.present, inFavour: m.inFavour }
      : null,
  }
}
