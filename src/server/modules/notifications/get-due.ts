// GET /api/notifications/due — "Việc sắp đến hạn" for the signed-in account (also the body of the daily e-mail).
import { resolveDateRef } from '../../../shared/campaign-plan.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { can } from '../../auth/policy.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadEventDates } from '../campaigns/answer-tracking.ts'
import { datedEvents } from '../campaigns/campaign-events.ts'
import { getCalendar } from '../campaigns/get-calendar.ts'
import { addDays, dueItems, type DueDigest, type OpenRegistration } from './due-items.ts'
import {
  listDraftDecisions, listNominationsToCheck, listOpenRegistrations, listSessionsToVote, listUnresolvedComments,
} from './due.repository.ts'

/** How many nominations awaiting check are listed one by one (the rest are counted). */
const NOMINATIONS_LISTED = 20

/** A unit's plans not yet registered for, with each plan's registration deadline resolved through its event dates. */
async function openRegistrations(ctx: UseCaseContext): Promise<OpenRegistration[]> {
  const { db, actor } = ctx
  const rows = await listOpenRegistrations(db, actor.provinceId, actor.organizationId)
  const dates = await loadEventDates(db, actor.provinceId, rows.map((r) => r.campaignId))
  return rows.map(({ content, ...r }) => {
    const deadline = content.deadlines.find((d) => d.kind === 'registration')
    const events = datedEvents(content.events, dates.get(r.campaignId) ?? {})
    return { ...r, deadline: deadline ? { name: deadline.name, due: resolveDateRef(deadline.due, events) } : null }
  })
}

/**
 * What is due for the caller within `days` days: campaign deadlines in scope (everyone); registrations not
 * sent (unit accounts); nominations awaiting check (nomination.check); sessions voting where the caller's seat
 * has items without a ballot receipt (anyone with a seat); unresolved public comments (posting.manage); draft
 * decisions of the level (signers).
 */
export async function getDue(ctx: UseCaseContext, days: number, today = todayInVietnam()): Promise<DueDigest> {
  const { db, actor } = ctx
  const none = Promise.resolve([])
  const [calendar, registrations, nominations, sessions, comments, decisions] = await Promise.all([
    getCalendar(ctx, { from: addDays(today, -days), to: addDays(today, days) }),
    actor.role === 'unit' ? openRegistrations(ctx) : none,
    can(actor, 'nomination.check') ? listNominationsToCheck(db, actor.provinceId, actor.organizationPath, NOMINATIONS_LISTED) : Promise.resolve({ items: [], total: 0 }),
    listSessionsToVote(db, actor.provinceId, actor.accountId),
    can(actor, 'posting.manage') ? listUnresolvedComments(db, actor.provinceId, actor.organizationId) : none,
    actor.role === 'signer' ? listDraftDecisions(db, actor.provinceId, actor.organizationId) : none,
  ])
  return dueItems(
    { calendar, openRegistrations: registrations, nominationsToCheck: nominations, sessionsToVote: sessions, unresolvedComments: comments, draftDecisions: decisions },
    today, days,
  )
}
