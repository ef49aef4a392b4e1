import type { UseCaseContext } from '../../http/route.ts'
import { loadEvent } from './event-access.ts'
import { eventDetail, type EventDetail } from './event-view.ts'

export async function getEvent(ctx: UseCaseContext, id: string): Promise<EventDetail> {
  return eventDetail(ctx.db, ctx.actor, await loadEvent(ctx.db, ctx.actor, id, 'event.read'))
}

/** The event as it now stands, after a write in the same transaction. */
export async function reloadEvent(ctx: Pick<UseCaseContext, 'actor'>, tx: UseCaseContext['db'], id: string): Promise<EventDetail> {
  return eventDetail(tx, ctx.actor, await loadEvent(tx, ctx.actor, id, 'event.read'))
}
