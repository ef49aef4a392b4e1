import type { Page } from '../../../shared/schemas.ts'
import { assertCan } from '../../auth/policy.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { toSummary, type RegistrationSummary } from './registration-view.ts'
import type { ListRegistrationsQuery } from './registrations.schemas.ts'
import { searchRegistrations } from './registrations.repository.ts'

/** One page of the registrations of units in the caller's subtree, latest changed first. */
export async function listRegistrations(ctx: UseCaseContext, query: ListRegistrationsQuery): Promise<Page<RegistrationSummary>> {
  assertCan(ctx.actor, 'registration.read')
  const { items, total } = await searchRegistrations(ctx.db, ctx.actor.provinceId, {
    scopePath: ctx.actor.organizationPath, campaignId: query.campaignId ?? null, year: query.year ?? null, status: query.status ?? null,
    limit: query.pageSize, offset: (query.page - 1) * query.pageSize,
  })
  return { items: items.map(toSummary), total, page: query.page, pageSize: query.pageSize }
}
