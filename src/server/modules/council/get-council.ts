import type { UseCaseContext } from '../../http/route.ts'
import { organizationInScope } from '../people/person-rules.ts'
import { loadCouncil } from './council-access.ts'
import { findCouncilOfOrganization } from './council.repository.ts'
import { councilDetail, type CouncilDetail } from './council-view.ts'

export interface CouncilOfOrganization {
  organization: { id: string; name: string }
  /** null while the organization has not set up its council. */
  council: CouncilDetail | null
}

/** The council of an organization in the caller's subtree (the caller's own organization by default). */
export async function getCouncilOfOrganization(ctx: UseCaseContext, organizationId: string | undefined): Promise<CouncilOfOrganization> {
  const { db, actor } = ctx
  const organization = await organizationInScope(db, actor, 'council.read', organizationId ?? actor.organizationId)
  const council = await findCouncilOfOrganization(db, actor.provinceId, organization.id)
  return { organization: { id: organization.id, name: organization.name }, council: council ? await councilDetail(db, actor, council) : null }
}

export async function getCouncil(ctx: UseCaseContext, id: string): Promise<CouncilDetail> {
  return councilDetail(ctx.db, ctx.actor, await loadCouncil(ctx.db, ctx.actor, id, 'council.read'))
}
