import { AppError, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadVisibleCampaign } from '../campaigns/campaign-access.ts'
import { countByRole } from './attendees.repository.ts'
import { assertStatus, assertVersion, eventLabel, eventPhrase, lockEvent } from './event-access.ts'
import { auditEvent } from './event-audit.ts'
import type { EventDetail } from './event-view.ts'
import { updateEventFields, type EventFields } from './events.repository.ts'
import type { UpdateEventInput } from './events.schemas.ts'
import { reloadEvent } from './get-event.ts'

/** Changes the event's fields (with its version); a cap or a chairs' limit below what the list already holds is refused. */
export async function updateEvent(ctx: UseCaseContext, id: string, input: UpdateEventInput): Promise<EventDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const event = await lockEvent(tx, actor, id)
    assertVersion(event, input.version)
    assertStatus(event, (s) => s !== 'settled', 'sửa thông tin')
    const next: EventFields = {
      campaignId: input.campaignId === undefined ? event.campaignId : input.campaignId,
      title: input.title ?? event.title,
      eventDate: input.eventDate ?? event.eventDate,
      startTime: input.startTime === undefined ? event.startTime : input.startTime,
      venue: input.venue === undefined ? event.venue : input.venue,
      delegateCap: input.delegateCap === undefined ? event.delegateCap : input.delegateCap,
      chairLimit: input.chairLimit === undefined ? event.chairLimit : input.chairLimit,
      pledgeCommitments: input.pledgeCommitments ?? event.pledgeCommitments,
    }
    if (next.campaignId && next.campaignId !== event.campaignId) await loadVisibleCampaign(tx, actor, next.campaignId)
    if (next.delegateCap !== null && event.attendeeCount > next.delegateCap) {
      const message = `Số đại biểu tối đa (${next.delegateCap}) ít hơn số đại biểu đã có trong danh sách (${event.attendeeCount})`
      throw new AppError('VALIDATION', `${message}: hãy bớt đại biểu trước khi giảm số tối đa.`, { delegateCap: message })
    }
    const chairs = await countByRole(tx, actor.provinceId, id, 'chair')
    if (next.chairLimit !== null && chairs > next.chairLimit) {
      const message = `Số người chủ trì tối đa (${next.chairLimit}) ít hơn số người đang chủ trì (${chairs})`
      throw new AppError('VALIDATION', `${message}: hãy đổi vai trò người chủ trì trước khi giảm số tối đa.`, { chairLimit: message })
    }
    if (!(await updateEventFields(tx, actor.provinceId, id, next, input.version))) throw staleVersion(eventLabel(event))
    const before = { campaignId: event.campaignId, title: event.title, eventDate: event.eventDate, startTime: event.startTime, venue: event.venue, delegateCap: event.delegateCap, chairLimit: event.chairLimit, pledgeCommitments: event.pledgeCommitments }
    await auditEvent(tx, ctx, event, { action: 'update', summary: `Sửa thông tin ${eventPhrase(event)}`, before, after: next })
    return reloadEvent(ctx, tx, id)
  })
}
