import { staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { assertOnTheDay, assertStatus, assertVersion, eventLabel, eventPhrase, lockEvent } from './event-access.ts'
import { auditEvent } from './event-audit.ts'
import type { EventDetail } from './event-view.ts'
import { updateEventStatus } from './events.repository.ts'
import { reloadEvent } from './get-event.ts'

/** The event took place (on or after its date): the list, programme and pledges are closed; the settlement may follow. */
export async function markHeld(ctx: UseCaseContext, id: string, version: number): Promise<EventDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const event = await lockEvent(tx, actor, id)
    assertVersion(event, version)
    assertStatus(event, (s) => s === 'planned', 'ghi nhận đã tổ chức (cần phát hành giấy mời trước)')
    assertOnTheDay(event, 'eventDate', 'ghi nhận đã tổ chức')
    if (!(await updateEventStatus(tx, actor.provinceId, id, { from: 'planned', to: 'held', actorId: actor.accountId }, version))) throw staleVersion(eventLabel(event))
    await auditEvent(tx, ctx, event, { action: 'hold', summary: `Ghi nhận đã tổ chức ${eventPhrase(event)}` })
    return reloadEvent(ctx, tx, id)
  })
}
