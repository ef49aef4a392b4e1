// The dates a plan puts on the calendar: phases, reviews, deadlines, events, the launch ceremony and
// the answers due from its addressees. Dates relative to an undated event are left out until the event
// is dated. Pure.
import { resolveDateRef, REVIEW_KINDS, type PlanContent, type PlanEvent } from '../../../shared/campaign-plan.ts'
import { IN_FORCE, type CampaignStatus } from './campaign-lifecycle.ts'
import type { AnswerStatus } from './answer-status.ts'

export type CalendarKind = 'phase_start' | 'phase_end' | 'review' | 'deadline' | 'event' | 'ceremony' | 'answer_due'

export interface CalendarEntry {
  date: string
  kind: CalendarKind
  title: string
  campaignId: string
  campaignTitle: string
  numberAndSymbol: string | null
  organizationName: string
  overdue: boolean
}

export interface CalendarPlan {
  id: string
  title: string
  status: CampaignStatus
  numberAndSymbol: string | null
  issuerName: string
  content: PlanContent
  /** The plan's events with their effective dates. */
  events: readonly PlanEvent[]
  /** Addressees the caller may see, with their answer due date and status. */
  addressees: readonly { organizationName: string; answerDue: string | null; status: AnswerStatus }[]
}

export function calendarEntries(plan: CalendarPlan, today: string): CalendarEntry[] {
  const open = IN_FORCE.includes(plan.status)
  const base = { campaignId: plan.id, campaignTitle: plan.title, numberAndSymbol: plan.numberAndSymbol, organizationName: plan.issuerName }
  const entries: CalendarEntry[] = []
  const add = (date: string | null, kind: CalendarKind, title: string, overdue = false) => {
    if (date) entries.push({ ...base, date, kind, title, overdue })
  }
  const { content } = plan
  for (const phase of content.phases) {
    add(phase.from, 'phase_start', `Bắt đầu ${phase.name}`)
    add(phase.to, 'phase_end', `Kết thúc ${phase.name}`)
    if (phase.review) {
      const due = resolveDateRef(phase.review.due, plan.events)
      add(due, 'review', `${REVIEW_KINDS[phase.review.kind]} ${phase.name}`, open && due !== null && due < today)
    }
  }
  for (const deadline of content.deadlines) {
    if (deadline.kind === 'answer') continue // shown per addressee below
    const due = resolveDateRef(deadline.due, plan.events)
    add(due, 'deadline', deadline.name, open && due !== null && due < today)
  }
  for (const event of plan.events) add(event.date, 'event', event.name)
  if (content.ceremony?.date) add(content.ceremony.date, 'ceremony', 'Lễ phát động thi đua')
  if (plan.status !== 'draft') {
    for (const addressee of plan.addressees) {
      if (addressee.answerDue) entries.push({ ...base, organizationName: addressee.organizationName, date: addressee.answerDue, kind: 'answer_due', title: `${addressee.organizationName} xây dựng kế hoạch triển khai`, overdue: addressee.status === 'late' })
    }
  }
  return entries
}
