// SQL of the import area: who a command-line import acts as, the issuer it names, the households a
// decision may name.
import type { Db } from '../../db/client.ts'
import type { Actor, Role } from '../../auth/policy.ts'

/** The enabled account with this user name, as the actor of its requests. */
export async function findActor(db: Db, username: string): Promise<Actor | undefined> {
  const rows = await db.query<{ accountId: string; provinceId: string; username: string; displayName: string; role: Role; organizationId: string; organizationPath: string }>(
    `SELECT a.id AS "accountId", a.province_id AS "provinceId", a.username, a.display_name AS "displayName", a.role,
            a.organization_id AS "organizationId", o.path AS "organizationPath"
       FROM accounts a JOIN organizations o ON o.province_id = a.province_id AND o.id = a.organization_id
      WHERE a.username = $1 AND NOT a.disabled`,
    [username],
  )
  return rows[0]
}

/** Organizations of the province whose name is exactly `name`. */
export async function findOrganizationsNamed(db: Db, provinceId: string, name: string): Promise<{ id: string; name: string; path: string }[]> {
  return db.query(`SELECT id, name, path FROM organizations WHERE province_id = $1 AND name = $2 ORDER BY path`, [provinceId, name])
}

export interface HouseholdHead {
  id: string
  headName: string
  organizationId: string
  organizationName: string
}

/** Households of a subtree whose head has one of these accent-folded names (decision matching). */
export async function findHouseholdsByHead(db: Db, provinceId: string, scopePath: string, foldedNames: string[]): Promise<HouseholdHead[]> {
  if (foldedNames.length === 0) return []
  return db.query<HouseholdHead>(
    `SELECT h.id, h.head_name AS "headName", h.organization_id AS "organizationId", o.name AS "organizationName"
       FROM households h JOIN organizations o ON o.province_id = h.province_id AND o.id = h.organization_id
      WHERE h.province_id = $1 AND o.path LIKE $2 || '%' AND h.head_name_folded = ANY($3::text[])`,
    [provinceId, scopePath, foldedNames],
  )
}
