// Every SQL statement about households (hộ gia đình).
import type { Db } from '../../db/client.ts'
import type { Sex } from '../../../shared/people.ts'
import { likeLiteral } from '../people/people.repository.ts'

export interface Household {
  id: string
  headName: string
  headPersonId: string | null
  address: string | null
  organizationId: string
  organizationName: string
  memberCount: number
  version: number
  updatedAt: string
}

export interface HouseholdMember {
  id: string
  fullName: string
  birthDate: string | null
  sex: Sex
}

/** The stored fields of a household (what create and update write). */
export interface HouseholdRow {
  id: string
  headName: string
  headPersonId: string | null
  address: string | null
  organizationId: string
  sortKey: string
}

const SELECT_HOUSEHOLD = `SELECT h.id, h.head_name AS "headName", h.head_person_id AS "headPersonId", h.address,
    h.organization_id AS "organizationId", o.name AS "organizationName",
    (SELECT count(*)::int FROM people m WHERE m.province_id = h.province_id AND m.household_id = h.id) AS "memberCount",
    h.version, h.updated_at AS "updatedAt"
  FROM households h
  JOIN organizations o ON o.province_id = h.province_id AND o.id = h.organization_id`

export async function findHousehold(db: Db, provinceId: string, id: string): Promise<Household | undefined> {
  const rows = await db.query<Household>(`${SELECT_HOUSEHOLD} WHERE h.province_id = $1 AND h.id = $2`, [provinceId, id])
  return rows[0]
}

export interface HouseholdFilter {
  /** Organization path whose subtree is searched. */
  scopePath: string
  q: string | null
  limit: number
  offset: number
}

/** Accent-insensitive search on the head's name, in Vietnamese name order. */
export async function searchHouseholds(db: Db, provinceId: string, f: HouseholdFilter): Promise<{ items: Household[]; total: number }> {
  const where = `h.province_id = $1 AND o.path LIKE $2 || '%'
    AND ($3::text IS NULL OR h.head_name_folded LIKE '%' || tdkt_fold($3::text) || '%')`
  const params = [provinceId, f.scopePath, f.q === null ? null : likeLiteral(f.q)]
  const [items, count] = await Promise.all([
    db.query<Household>(`${SELECT_HOUSEHOLD} WHERE ${where} ORDER BY h.sort_key COLLATE "C", h.id LIMIT $4 OFFSET $5`, [...params, f.limit, f.offset]),
    db.query<{ total: number }>(`SELECT count(*)::int AS total FROM households h JOIN organizations o ON o.province_id = h.province_id AND o.id = h.organization_id WHERE ${where}`, params),
  ])
  return { items, total: count[0]?.total ?? 0 }
}

/** Members of a household: the head first, then the eldest. */
export async function listHouseholdMembers(db: Db, provinceId: string, householdId: string): Promise<HouseholdMember[]> {
  return db.query<HouseholdMember>(
    `SELECT p.id, p.full_name AS "fullName", p.birth_date AS "birthDate", p.sex
       FROM people p JOIN households h ON h.province_id = p.province_id AND h.id = p.household_id
      WHERE p.province_id = $1 AND p.household_id = $2
      ORDER BY p.id = h.head_person_id DESC, p.birth_date NULLS LAST, p.sort_key COLLATE "C", p.id`,
    [provinceId, householdId],
  )
}

export async function insertHousehold(db: Db, provinceId: string, h: HouseholdRow): Promise<void> {
  await db.query(
    `INSERT INTO households (province_id, id, head_name, head_person_id, address, organization_id, sort_key) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [provinceId, h.id, h.headName, h.headPersonId, h.address, h.organizationId, h.sortKey],
  )
}

/** Optimistic update: false when the version no longer matches. */
export async function updateHouseholdRow(db: Db, provinceId: string, h: HouseholdRow, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE households SET head_name = $3, head_person_id = $4, address = $5, organization_id = $6, sort_key = $7, version = version + 1, updated_at = now()
      WHERE province_id = $1 AND id = $2 AND version = $8 RETURNING id`,
    [provinceId, h.id, h.headName, h.headPersonId, h.address, h.organizationId, h.sortKey, expectedVersion],
  )
  return rows.length > 0
}
