import type { Page } from '../../../shared/schemas.ts'
import { normalizeText } from '../../../shared/vietnamese.ts'
import type { UseCaseContext } from '../../http/route.ts'
import type { ListHouseholdsQuery } from './households.schemas.ts'
import { searchHouseholds, type Household } from './households.repository.ts'
import { organizationInScope } from '../people/person-rules.ts'

/** One page of households in the caller's subtree, or in the subtree of a chosen organization. */
export async function listHouseholds(ctx: UseCaseContext, query: ListHouseholdsQuery): Promise<Page<Household>> {
  const { actor } = ctx
  const scopePath = query.organizationId ? (await organizationInScope(ctx.db, actor, 'household.read', query.organizationId)).path : actor.organizationPath
  const { items, total } = await searchHouseholds(ctx.db, actor.provinceId, {
    scopePath,
    q: normalizeText(query.q ?? '') || null,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  })
  return { items, total, page: query.page, pageSize: query.pageSize }
}
