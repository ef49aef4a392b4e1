// An organization and every unit above it, nearest first (the way a proposal travels up).
import type { Db } from '../../db/client.ts'
import { findOrganizations, type Organization } from '../organizations/organizations.repository.ts'

export async function loadChain(db: Db, provinceId: string, org: Pick<Organization, 'path'>): Promise<Organization[]> {
  const ids = org.path.split('/').filter(Boolean).reverse()
  const found = new Map((await findOrganizations(db, provinceId, ids)).map((o) => [o.id, o]))
  return ids.map((id) => found.get(id)).filter((o): o is Organization => o !== undefined)
}
