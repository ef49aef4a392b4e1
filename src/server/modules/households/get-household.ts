import { notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findHousehold, listHouseholdMembers, type Household, type HouseholdMember } from './households.repository.ts'
import { organizationInScope } from '../people/person-rules.ts'

/** One household with its members; forbidden outside the caller's subtree. */
export async function getHousehold(ctx: UseCaseContext, id: string): Promise<Household & { members: HouseholdMember[] }> {
  const household = await findHousehold(ctx.db, ctx.actor.provinceId, id)
  if (!household) throw notFound('hộ gia đình')
  await organizationInScope(ctx.db, ctx.actor, 'household.read', household.organizationId)
  return { ...household, members: await listHouseholdMembers(ctx.db, ctx.actor.provinceId, id) }
}
