import type { Page } from '../../../shared/schemas.ts'
import { assertCan } from '../../auth/policy.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { toSummary, type EventSummary } from './event-view.ts'
import type { ListEventsQuery } from './events.schemas.ts'
import { searchEvents } from './events.repository.ts'

/** One page of the events of organizations in the caller's subtree, latest date first. */
export async function listEvents(ctx: UseCaseContext, query: ListEventsQuery): Promise<Page<EventSummary>> {
  assertCan(ctx.actor, 'event.read')
  const { items, total } = await searchEvents(ctx.db, ctx.actor.provinceId, {
    scopePath: ctx.actor.organizationPath, kind: query.kind ?? null, status: query.status ?? null, year: query.year ?? null,
    campaignId: query.campaignId ?? null, limit: query.pageSize, offset: (query.page - 1) * query.pageSize,
  })
  return { items: items.map(toSummary), total, page: query.page, pageSize: query.pageSize }
}
