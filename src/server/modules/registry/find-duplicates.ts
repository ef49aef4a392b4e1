import type { UseCaseContext } from '../../http/route.ts'
import { organizationInScope } from '../people/person-rules.ts'
import { listAwardsInSubtree, type AwardRecord } from './registry.repository.ts'
import { duplicateGroups, type DuplicateGroup } from './registry-duplicates.ts'

/** Groups of registry rows that look like one achievement commended twice, across tracks and levels, in a subtree. */
export async function findDuplicates(ctx: UseCaseContext, query: { organizationId?: string | undefined; year?: number | undefined }): Promise<{ groups: DuplicateGroup<AwardRecord>[] }> {
  const { actor } = ctx
  const scopePath = query.organizationId ? (await organizationInScope(ctx.db, actor, 'registry.read', query.organizationId)).path : actor.organizationPath
  return { groups: duplicateGroups(await listAwardsInSubtree(ctx.db, actor.provinceId, scopePath, query.year ?? null)) }
}
