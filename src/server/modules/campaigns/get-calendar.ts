import type { UseCaseContext } from '../../http/route.ts'
import type { CalendarQuery } from './campaigns.schemas.ts'
import { listVisibleIssued } from './campaigns.repository.ts'
import { numberAndSymbol } from './campaign-numbering.ts'
import { datedEvents } from './campaign-events.ts'
import { calendarEntries, type CalendarEntry } from './calendar-entries.ts'
import { loadEventDates, trackAnswers } from './answer-tracking.ts'
import { todayInVietnam } from './answer-status.ts'

const KIND_ORDER = ['event', 'ceremony', 'phase_start', 'answer_due', 'deadline', 'review', 'phase_end']

/**
 * The dated milestones of the issued plans the caller may see, in date order. Dates relative to an
 * event still undated are left out; they appear once the event's date is entered.
 */
export async function getCalendar(ctx: UseCaseContext, query: CalendarQuery): Promise<CalendarEntry[]> {
  const { db, actor } = ctx
  const plans = await listVisibleIssued(db, actor.provinceId, actor.organizationPath)
  const eventDates = await loadEventDates(db, actor.provinceId, plans.map((p) => p.id))
  const tracked = await trackAnswers(db, actor, plans, eventDates)
  const today = todayInVietnam()
  return plans
    .flatMap((plan) =>
      calendarEntries(
        {
          id: plan.id,
          title: plan.title,
          status: plan.status,
          numberAndSymbol: numberAndSymbol(plan.number, plan.symbol, plan.track),
          issuerName: plan.issuerName,
          content: plan.content,
          events: datedEvents(plan.content.events, eventDates.get(plan.id) ?? {}),
          addressees: tracked.get(plan.id) ?? [],
        },
        today,
      ),
    )
    .filter((e) => (!query.from || e.date >= query.from) && (!query.to || e.date <= query.to))
    .sort((a, b) => a.date.localeCompare(b.date) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
}
