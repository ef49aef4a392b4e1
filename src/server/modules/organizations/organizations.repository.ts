// Every SQL statement about organizations and clusters.
import type { Db } from '../../db/client.ts'
import type { OrganizationKind } from '../../../shared/organizations.ts'

export interface Organization {
  id: string
  parentId: string | null
  path: string
  name: string
  shortName: string | null
  kind: OrganizationKind
  level: string
  track: string
  validFrom: string | null
  validTo: string | null
  successorId: string | null
  note: string | null
  version: number
  updatedAt: string
}

const COLUMNS = `id, parent_id AS "parentId", path, name, short_name AS "shortName", kind, level, track,
  valid_from AS "validFrom", valid_to AS "validTo", successor_id AS "successorId", note, version, updated_at AS "updatedAt"`

export async function findOrganization(db: Db, provinceId: string, id: string): Promise<Organization | undefined> {
  const rows = await db.query<Organization>(`SELECT ${COLUMNS} FROM organizations WHERE province_id = $1 AND id = $2`, [provinceId, id])
  return rows[0]
}

export async function findOrganizations(db: Db, provinceId: string, ids: string[]): Promise<Organization[]> {
  if (ids.length === 0) return []
  return db.query<Organization>(`SELECT ${COLUMNS} FROM organizations WHERE province_id = $1 AND id = ANY($2::uuid[])`, [provinceId, ids])
}

/** The whole subtree under a path, in Vietnamese name order. */
export async function listSubtree(db: Db, provinceId: string, rootPath: string, activeOn?: string): Promise<Organization[]> {
  return db.query<Organization>(
    `SELECT ${COLUMNS} FROM organizations
      WHERE province_id = $1 AND path LIKE $2 || '%'
        AND ($3::date IS NULL OR ((valid_from IS NULL OR valid_from <= $3::date) AND (valid_to IS NULL OR valid_to >= $3::date)))
      ORDER BY sort_key COLLATE "C"`,
    [provinceId, rootPath, activeOn ?? null],
  )
}

export interface OrganizationFilter {
  scopePath: string
  q?: string | undefined
  kind?: string | undefined
  parentId?: string | undefined
  activeOn?: string | undefined
  limit: number
  offset: number
}

export async function searchOrganizations(db: Db, provinceId: string, f: OrganizationFilter) {
  const where = `province_id = $1 AND path LIKE $2 || '%'
    AND ($3::text IS NULL OR tdkt_fold(name) LIKE '%' || tdkt_fold($3::text) || '%' OR tdkt_fold(short_name) LIKE '%' || tdkt_fold($3::text) || '%')
    AND ($4::text IS NULL OR kind = $4::text)
    AND ($5::uuid IS NULL OR parent_id = $5::uuid)
    AND ($6::date IS NULL OR ((valid_from IS NULL OR valid_from <= $6::date) AND (valid_to IS NULL OR valid_to >= $6::date)))`
  const params = [provinceId, f.scopePath, f.q?.trim() || null, f.kind ?? null, f.parentId ?? null, f.activeOn ?? null]
  const [items, count] = await Promise.all([
    db.query<Organization>(`SELECT ${COLUMNS} FROM organizations WHERE ${where} ORDER BY sort_key COLLATE "C" LIMIT $7 OFFSET $8`, [...params, f.limit, f.offset]),
    db.query<{ total: number }>(`SELECT count(*)::int AS total FROM organizations WHERE ${where}`, params),
  ])
  return { items, total: count[0]?.total ?? 0 }
}

export interface OrganizationRow {
  id: string
  parentId: string | null
  path: string
  name: string
  shortName: string | null
  kind: string
  level: string
  track: string
  sortKey: string
  validFrom: string | null
  validTo: string | null
  successorId: string | null
  note: string | null
}

export async function insertOrganization(db: Db, provinceId: string, o: OrganizationRow): Promise<Organization> {
  const rows = await db.query<Organization>(
    `INSERT INTO organizations (province_id, id, parent_id, path, name, short_name, kind, level, track, sort_key, valid_from, valid_to, successor_id, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING ${COLUMNS}`,
    [provinceId, o.id, o.parentId, o.path, o.name, o.shortName, o.kind, o.level, o.track, o.sortKey, o.validFrom, o.validTo, o.successorId, o.note],
  )
  return rows[0]!
}

/** Optimistic update: returns undefined when the version no longer matches. */
export async function updateOrganizationRow(db: Db, provinceId: string, o: OrganizationRow, expectedVersion: number): Promise<Organization | undefined> {
  const rows = await db.query<Organization>(
    `UPDATE organizations SET parent_id = $3, path = $4, name = $5, short_name = $6, kind = $7, level = $8, track = $9, sort_key = $10,
            valid_from = $11, valid_to = $12, successor_id = $13, note = $14, version = version + 1, updated_at = now()
      WHERE province_id = $1 AND id = $2 AND version = $15 RETURNING ${COLUMNS}`,
    [provinceId, o.id, o.parentId, o.path, o.name, o.shortName, o.kind, o.level, o.track, o.sortKey, o.validFrom, o.validTo, o.successorId, o.note, expectedVersion],
  )
  return rows[0]
}

/** Re-roots the paths of a moved subtree (the moved node itself is updated separately). */
export async function rewriteSubtreePaths(db: Db, provinceId: string, oldPrefix: string, newPrefix: string): Promise<void> {
  await db.query(
    `UPDATE organizations SET path = $3 || substr(path, length($2) + 1)
      WHERE province_id = $1 AND path LIKE $2 || '%' AND path <> $2`,
    [provinceId, oldPrefix, newPrefix],
  )
}

export interface Cluster {
  id: string
  ownerId: string
  name: string
  kind: 'cluster' | 'bloc'
  year: number | null
  version: number
  members: { organizationId: string; name: string; isLeader: boolean }[]
}

export async function listClusters(db: Db, provinceId: string, scopePath: string, clusterId?: string): Promise<Cluster[]> {
  return db.query<Cluster>(
    `SELECT c.id, c.owner_id AS "ownerId", c.name, c.kind, c.year, c.version,
            coalesce((SELECT json_agg(json_build_object('organizationId', m.organization_id, 'name', o.name, 'isLeader', m.is_leader) ORDER BY o.sort_key COLLATE "C")
                        FROM cluster_members m JOIN organizations o ON o.province_id = m.province_id AND o.id = m.organization_id
                       WHERE m.province_id = c.province_id AND m.cluster_id = c.id), '[]'::json) AS members
       FROM clusters c JOIN organizations owner ON owner.province_id = c.province_id AND owner.id = c.owner_id
      WHERE c.province_id = $1 AND owner.path LIKE $2 || '%' AND ($3::uuid IS NULL OR c.id = $3::uuid)
      ORDER BY c.year DESC NULLS LAST, c.name`,
    [provinceId, scopePath, clusterId ?? null],
  )
}

export async function saveCluster(
  db: Db,
  provinceId: string,
  c: { id: string; ownerId: string; name: string; kind: string; year: number | null; memberIds: string[]; leaderId: string | null },
  expectedVersion?: number,
): Promise<boolean> {
  if (expectedVersion === undefined) {
    await db.query(`INSERT INTO clusters (province_id, id, owner_id, name, kind, year) VALUES ($1, $2, $3, $4, $5, $6)`, [provinceId, c.id, c.ownerId, c.name, c.kind, c.year])
  } else {
    const updated = await db.query(
      `UPDATE clusters SET owner_id = $3, name = $4, kind = $5, year = $6, version = version + 1 WHERE province_id = $1 AND id = $2 AND version = $7 RETURNING id`,
      [provinceId, c.id, c.ownerId, c.name, c.kind, c.year, expectedVersion],
    )
    if (updated.length === 0) return false
    await db.query(`DELETE FROM cluster_members WHERE province_id = $1 AND cluster_id = $2`, [provinceId, c.id])
  }
  for (const memberId of new Set(c.memberIds)) {
    await db.query(`INSERT INTO cluster_members (province_id, cluster_id, organization_id, is_leader) VALUES ($1, $2, $3, $4)`, [provinceId, c.id, memberId, memberId === c.leaderId])
  }
  return true
}
