// A new plan's header and signature from its issuer, by the server's own rules (issuer-identity.ts
// is pure: no database, no Node APIs), with the ancestors taken from the organization tree.
import { emptyPlan } from '../../../shared/campaign-plan.ts'
import { issuerIdentity } from '../../../shared/issuer-identity.ts'
import type { Organization } from '../../types.ts'
import type { PlanFormValues } from './plan-form.ts'

export function issuerIdentityIn(organization: Organization, byId: ReadonlyMap<string, Organization>) {
  const ancestors = organization.path
    .split('/')
    .filter((id) => id && id !== organization.id)
    .map((id) => byId.get(id))
    .filter((ancestor): ancestor is Organization => ancestor !== undefined)
  return issuerIdentity(organization, ancestors)
}

/** The form values of a new plan of this issuer. */
export function newPlanValues(organization: Organization, byId: ReadonlyMap<string, Organization>): PlanFormValues {
  const identity = issuerIdentityIn(organization, byId)
  return { issuerId: organization.id, parentIds: [], addresseeIds: [], content: { ...emptyPlan(identity), signer: identity.signer } }
}
