import type { Page } from '../../../shared/schemas.ts'
import { normalizeText } from '../../../shared/vietnamese.ts'
import { readDbOf, type UseCaseContext } from '../../http/route.ts'
import { organizationInScope } from '../people/person-rules.ts'
import type { SearchRegistryQuery } from './registry.schemas.ts'
import type { AwardRecord } from './registry.repository.ts'
import { searchAwards } from './registry-search.repository.ts'

/**
 * One page of the registry in the caller's subtree (or a chosen unit's): by name or decision number, title, track, years.
 * A report read: served by the read replica when there is one (a row entered a moment ago may appear a moment later).
 */
export async function searchRegistry(ctx: UseCaseContext, query: SearchRegistryQuery): Promise<Page<AwardRecord>> {
  const { actor } = ctx
  const db = readDbOf(ctx)
  const scopePath = query.organizationId ? (await organizationInScope(db, actor, 'registry.read', query.organizationId)).path : actor.organizationPath
  const { items, total, totalCapped } = await searchAwards(db, actor.provinceId, {
    scopePath,
    q: normalizeText(query.q ?? '') || null,
    code: query.code ?? null,
    track: query.track ?? null,
    subjectKind: query.subjectKind ?? null,
    yearFrom: query.yearFrom ?? null,
    yearTo: query.yearTo ?? null,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  })
  return { items, total, totalCapped, page: query.page, pageSize: query.pageSize }
}
