// The organization whose fund a request points at: it must exist and lie in the caller's subtree
// (a commune officer keeps the commune's fund; the province officer may read the communes').
import { assertCan, type Actor, type Permission } from '../../auth/policy.ts'
import type { Db } from '../../db/client.ts'
import { notFound } from '../../http/errors.ts'
import { findOrganization, type Organization } from '../organizations/organizations.repository.ts'

export async function loadFundOrganization(db: Db, actor: Actor, organizationId: string, permission: Permission): Promise<Organization> {
  const organization = await findOrganization(db, actor.provinceId, organizationId)
  if (!organization) throw notFound('đơn vị giữ quỹ')
  assertCan(actor, permission, organization.path)
  return organization
}

/** "Quỹ thi đua, khen thưởng của UBND xã Bắc Sơn năm 2026" */
export const fundLabel = (organizationName: string, year: number) => `Quỹ thi đua, khen thưởng của ${organizationName} năm ${year}`
