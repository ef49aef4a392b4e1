// Loads an organization with its ancestors and derives how it heads its plans (issuer-identity.ts).
import type { Db } from '../../db/client.ts'
import { findOrganizations, type Organization } from '../organizations/organizations.repository.ts'
import { issuerIdentity, type IssuerIdentity } from '../../../shared/issuer-identity.ts'

export async function loadIssuerIdentity(db: Db, provinceId: string, org: Organization): Promise<IssuerIdentity> {
  const ancestorIds = org.path.split('/').filter((id) => id && id !== org.id)
  const found = await findOrganizations(db, provinceId, ancestorIds)
  const ancestors = ancestorIds.map((id) => found.find((o) => o.id === id)).filter((o): o is Organization => o !== undefined)
  return issuerIdentity(org, ancestors)
}
