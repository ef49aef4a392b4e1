import type { Page } from '../../../shared/schemas.ts'
import { normalizeText } from '../../../shared/vietnamese.ts'
import type { UseCaseContext } from '../../http/route.ts'
import type { ListPeopleQuery } from './people.schemas.ts'
import { searchPeople, type Person } from './people.repository.ts'
import { organizationInScope } from './person-rules.ts'

/** One page of people in the caller's subtree, or in the subtree of a chosen organization. */
export async function listPeople(ctx: UseCaseContext, query: ListPeopleQuery): Promise<Page<Person>> {
  const { actor } = ctx
  const scopePath = query.organizationId ? (await organizationInScope(ctx.db, actor, 'person.read', query.organizationId)).path : actor.organizationPath
  const { items, total, totalCapped } = await searchPeople(ctx.db, actor.provinceId, {
    scopePath,
    q: normalizeText(query.q ?? '') || null,
    category: query.category ?? null,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  })
  return { items, total, totalCapped, page: query.page, pageSize: query.pageSize }
}
