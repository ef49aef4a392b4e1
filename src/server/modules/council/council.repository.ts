// Every SQL statement about councils (one per organization) and their members.
import type { Db } from '../../db/client.ts'
import type { CouncilRole } from '../../../shared/council-rules.ts'

export interface Council {
  id: string
  organizationId: string
  organizationName: string
  organizationPath: string
  name: string
  establishedBy: string | null
  quorumShare: number
  majorityShare: number
  version: number
  createdAt: string
  updatedAt: string
}

const COUNCIL_SELECT = `SELECT c.id, c.organization_id AS "organizationId", o.name AS "organizationName", o.path AS "organizationPath", c.name,
       c.established_by AS "establishedBy", c.quorum_share AS "quorumShare", c.majority_share AS "majorityShare", c.version,
       c.created_at AS "createdAt", c.updated_at AS "updatedAt"
  FROM councils c JOIN organizations o ON o.province_id = c.province_id AND o.id = c.organization_id`

export async function findCouncil(db: Db, provinceId: string, id: string): Promise<Council | undefined> {
  return (await db.query<Council>(`${COUNCIL_SELECT} WHERE c.province_id = $1 AND c.id = $2`, [provinceId, id]))[0]
}

export async function findCouncilOfOrganization(db: Db, provinceId: string, organizationId: string): Promise<Council | undefined> {
  return (await db.query<Council>(`${COUNCIL_SELECT} WHERE c.province_id = $1 AND c.organization_id = $2`, [provinceId, organizationId]))[0]
}

export interface CouncilRow {
  id: string
  organizationId: string
  name: string
  establishedBy: string | null
  quorumShare: number
  majorityShare: number
}

export async function insertCouncil(db: Db, provinceId: string, c: CouncilRow): Promise<void> {
  await db.query(
    `INSERT INTO councils (province_id, id, organization_id, name, established_by, quorum_share, majority_share) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [provinceId, c.id, c.organizationId, c.name, c.establishedBy, c.quorumShare, c.majorityShare],
  )
}

/** Optimistic update; false when the version moved. */
export async function updateCouncilRow(db: Db, provinceId: string, c: Omit<CouncilRow, 'organizationId'>, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE councils SET name = $3, established_by = $4, quorum_share = $5, majority_share = $6, version = version + 1, updated_at = now()
      WHERE province_id = $1 AND id = $2 AND version = $7 RETURNING id`,
    [provinceId, c.id, c.name, c.establishedBy, c.quorumShare, c.majorityShare, expectedVersion],
  )
  return rows.length > 0
}

// ── members ─────────────────────────────────────────────────────────────────────────────────────

export interface CouncilMember {
  id: string
  councilId: string
  fullName: string
  position: string | null
  role: CouncilRole
  personId: string | null
  personName: string | null
  accountId: string | null
  accountUsername: string | null
  leadsOrganizationId: string | null
  leadsOrganizationName: string | null
  sortOrder: number
  active: boolean
  version: number
}

const MEMBER_SELECT = `SELECT m.id, m.council_id AS "councilId", m.full_name AS "fullName", m.position, m.role, m.person_id AS "personId",
       p.full_name AS "personName", m.account_id AS "accountId", a.username AS "accountUsername",
       m.leads_organization_id AS "leadsOrganizationId", lo.name AS "leadsOrganizationName", m.sort_order AS "sortOrder", m.active, m.version
  FROM council_members m
  LEFT JOIN people p ON p.province_id = m.province_id AND p.id = m.person_id
  LEFT JOIN accounts a ON a.province_id = m.province_id AND a.id = m.account_id
  LEFT JOIN organizations lo ON lo.province_id = m.province_id AND lo.id = m.leads_organization_id`

const MEMBER_ORDER = `ORDER BY m.sort_order, CASE m.role WHEN 'chair' THEN 0 WHEN 'standing_vice_chair' THEN 1 WHEN 'vice_chair' THEN 2 WHEN 'member' THEN 3 ELSE 4 END, m.full_name, m.id`

export async function listMembers(db: Db, provinceId: string, councilId: string): Promise<CouncilMember[]> {
  return db.query<CouncilMember>(`${MEMBER_SELECT} WHERE m.province_id = $1 AND m.council_id = $2 ${MEMBER_ORDER}`, [provinceId, councilId])
}

export async function findMember(db: Db, provinceId: string, id: string): Promise<CouncilMember | undefined> {
  return (await db.query<CouncilMember>(`${MEMBER_SELECT} WHERE m.province_id = $1 AND m.id = $2`, [provinceId, id]))[0]
}

/** The active seat an account holds on a council, if any. */
export async function findSeat(db: Db, provinceId: string, councilId: string, accountId: string): Promise<CouncilMember | undefined> {
  return (await db.query<CouncilMember>(`${MEMBER_SELECT} WHERE m.province_id = $1 AND m.council_id = $2 AND m.account_id = $3 AND m.active`, [provinceId, councilId, accountId]))[0]
}

export interface MemberRow {
  id: string
  councilId: string
  fullName: string
  position: string | null
  role: CouncilRole
  personId: string | null
  accountId: string | null
  leadsOrganizationId: string | null
  sortOrder: number
  active: boolean
}

export async function insertMember(db: Db, provinceId: string, m: MemberRow): Promise<void> {
  await db.query(
    `INSERT INTO council_members (province_id, id, council_id, full_name, position, role, person_id, account_id, leads_organization_id, sort_order, active)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [provinceId, m.id, m.councilId, m.fullName, m.position, m.role, m.personId, m.accountId, m.leadsOrganizationId, m.sortOrder, m.active],
  )
}

/** Optimistic update; false when the version moved. */
export async function updateMemberRow(db: Db, provinceId: string, m: Omit<MemberRow, 'councilId'>, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE council_members SET full_name = $3, position = $4, role = $5, person_id = $6, account_id = $7, leads_organization_id = $8, sort_order = $9,
            active = $10, version = version + 1
      WHERE province_id = $1 AND id = $2 AND version = $11 RETURNING id`,
    [provinceId, m.id, m.fullName, m.position, m.role, m.personId, m.accountId, m.leadsOrganizationId, m.sortOrder, m.active, expectedVersion],
  )
  return rows.length > 0
}

/** Whether any session recorded the member (attendance, recusal, ballot receipt, written opinion): such a member is kept, not deleted. */
export async function memberIsRecorded(db: Db, provinceId: string, id: string): Promise<boolean> {
  const rows = await db.query<{ recorded: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM council_attendance WHERE province_id = $1 AND member_id = $2)
         OR EXISTS (SELECT 1 FROM council_recusals WHERE province_id = $1 AND member_id = $2)
         OR EXISTS (SELECT 1 FROM ballot_receipts WHERE province_id = $1 AND member_id = $2)
         OR EXISTS (SELECT 1 FROM written_opinions WHERE province_id = $1 AND member_id = $2) AS recorded`,
    [provinceId, id],
  )
  return rows[0]!.recorded
}

export async function deleteMemberRow(db: Db, provinceId: string, id: string, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(`DELETE FROM council_members WHERE province_id = $1 AND id = $2 AND version = $3 RETURNING id`, [provinceId, id, expectedVersion])
  return rows.length > 0
}
