// Every SQL statement about registrations (registrations, registration_events, registration_reminders).
import type { Db } from '../../db/client.ts'
import type { RegistrationStatus, RegistrationTarget } from '../../../shared/registrations.ts'

export interface RegistrationRecord {
  id: string
  organizationId: string
  organizationName: string
  organizationPath: string
  parentId: string | null
  campaignId: string | null
  campaignTitle: string | null
  year: number
  consolidated: boolean
  targets: RegistrationTarget[]
  commitments: string[]
  status: RegistrationStatus
  returnReason: string | null
  submittedOn: string | null
  approvedByName: string | null
  approvedAt: string | null
  version: number
  createdByName: string
  createdAt: string
  updatedAt: string
}

export interface RegistrationEvent {
  id: string
  fromStatus: RegistrationStatus | null
  toStatus: RegistrationStatus
  reason: string | null
  actorName: string
  at: string
}

const SELECT = `SELECT r.id, r.organization_id AS "organizationId", o.name AS "organizationName", o.path AS "organizationPath", o.parent_id AS "parentId",
    r.campaign_id AS "campaignId", c.title AS "campaignTitle", r.year, r.consolidated, r.targets, r.commitments, r.status, r.return_reason AS "returnReason",
    r.submitted_on AS "submittedOn", ab.display_name AS "approvedByName", r.approved_at AS "approvedAt", r.version, cb.display_name AS "createdByName",
    r.created_at AS "createdAt", r.updated_at AS "updatedAt"
  FROM registrations r
  JOIN organizations o ON o.province_id = r.province_id AND o.id = r.organization_id
  LEFT JOIN campaigns c ON c.province_id = r.province_id AND c.id = r.campaign_id
  JOIN accounts cb ON cb.province_id = r.province_id AND cb.id = r.created_by
  LEFT JOIN accounts ab ON ab.province_id = r.province_id AND ab.id = r.approved_by`

export async function findRegistration(db: Db, provinceId: string, id: string): Promise<RegistrationRecord | undefined> {
  return (await db.query<RegistrationRecord>(`${SELECT} WHERE r.province_id = $1 AND r.id = $2`, [provinceId, id]))[0]
}

export interface RegistrationFilter {
  scopePath: string
  campaignId: string | null
  year: number | null
  status: RegistrationStatus | null
  limit: number
  offset: number
}

const FILTER = `r.province_id = $1 AND o.path LIKE $2 || '%' AND ($3::uuid IS NULL OR r.campaign_id = $3::uuid)
  AND ($4::int IS NULL OR r.year = $4::int) AND ($5::text IS NULL OR r.status = $5::text)`

/** Registrations of units in the scope, newest first. */
export async function searchRegistrations(db: Db, provinceId: string, f: RegistrationFilter): Promise<{ items: RegistrationRecord[]; total: number }> {
  const params = [provinceId, f.scopePath, f.campaignId, f.year, f.status]
  const [items, count] = await Promise.all([
    db.query<RegistrationRecord>(`${SELECT} WHERE ${FILTER} ORDER BY r.updated_at DESC, r.id LIMIT $6 OFFSET $7`, [...params, f.limit, f.offset]),
    db.query<{ total: number }>(`SELECT count(*)::int AS total FROM registrations r JOIN organizations o ON o.province_id = r.province_id AND o.id = r.organization_id WHERE ${FILTER}`, params),
  ])
  return { items, total: count[0]?.total ?? 0 }
}

/** The registration of one unit for a campaign (or for the year when campaignId is null). */
export async function findRegistrationOf(db: Db, provinceId: string, organizationId: string, campaignId: string | null, year: number): Promise<RegistrationRecord | undefined> {
  return (
    await db.query<RegistrationRecord>(
      `${SELECT} WHERE r.province_id = $1 AND r.organization_id = $2 AND r.year = $4 AND r.campaign_id IS NOT DISTINCT FROM $3::uuid`,
      [provinceId, organizationId, campaignId, year],
    )
  )[0]
}

/**
 * The approved registrations of the units directly under a level, for the year or for a campaign. For a campaign,
 * a unit's registration under its own plan answering that campaign counts too (the commune registers under the
 * plan it issued in answer to the province's, yet the province totals it under its own plan); one per unit, its
 * registration under the campaign itself first.
 */
export async function listApprovedChildren(db: Db, provinceId: string, parentId: string, campaignId: string | null, year: number): Promise<RegistrationRecord[]> {
  const rows = await db.query<RegistrationRecord>(
    `${SELECT} WHERE r.province_id = $1 AND o.parent_id = $2 AND r.year = $4 AND r.status = 'approved'
       AND (CASE WHEN $3::uuid IS NULL THEN r.campaign_id IS NULL
            ELSE r.campaign_id = $3::uuid OR EXISTS (SELECT 1 FROM campaign_parents cp WHERE cp.province_id = r.province_id AND cp.campaign_id = r.campaign_id AND cp.parent_id = $3::uuid) END)
      ORDER BY o.sort_key COLLATE "C", o.id, (r.campaign_id = $3::uuid) DESC`,
    [provinceId, parentId, campaignId, year],
  )
  return rows.filter((r, i) => i === 0 || rows[i - 1]!.organizationId !== r.organizationId)
}

/** The registrations of some units for any of some campaigns (or the year when campaignIds is null), latest first per unit. */
export async function listRegistrationsOf(
  db: Db, provinceId: string, organizationIds: readonly string[], campaignIds: readonly string[] | null, year: number | null,
): Promise<RegistrationRecord[]> {
  if (organizationIds.length === 0) return []
  return db.query<RegistrationRecord>(
    `${SELECT} WHERE r.province_id = $1 AND r.organization_id = ANY($2::uuid[])
       AND (CASE WHEN $3::uuid[] IS NULL THEN r.campaign_id IS NULL AND r.year = $4::int ELSE r.campaign_id = ANY($3::uuid[]) END)
     ORDER BY r.updated_at DESC`,
    [provinceId, [...organizationIds], campaignIds ? [...campaignIds] : null, year],
  )
}

export interface NewRegistration {
  id: string
  organizationId: string
  campaignId: string | null
  year: number
  consolidated: boolean
  targets: RegistrationTarget[]
  commitments: string[]
  createdBy: string
}

export async function insertRegistration(db: Db, provinceId: string, r: NewRegistration): Promise<void> {
  await db.query(
    `INSERT INTO registrations (province_id, id, organization_id, campaign_id, year, consolidated, targets, commitments, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [provinceId, r.id, r.organizationId, r.campaignId, r.year, r.consolidated, JSON.stringify(r.targets), JSON.stringify(r.commitments), r.createdBy],
  )
}

/** Optimistic edit of the content of a draft or returned registration; false when the version moved or its status changed. */
export async function updateContent(
  db: Db, provinceId: string, id: string, c: { targets: RegistrationTarget[]; commitments: string[]; consolidated: boolean }, expectedVersion: number,
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE registrations SET targets = $3, commitments = $4, consolidated = $5, version = version + 1, updated_at = now()
      WHERE province_id = $1 AND id = $2 AND status IN ('draft', 'returned') AND version = $6 RETURNING id`,
    [provinceId, id, JSON.stringify(c.targets), JSON.stringify(c.commitments), c.consolidated, expectedVersion],
  )
  return rows.length > 0
}

/** Optimistic status move; false when the version or the status moved. */
export async function updateStatus(
  db: Db, provinceId: string, id: string, move: { from: RegistrationStatus; to: RegistrationStatus; reason: string | null; today: string; actorId: string }, expectedVersion: number,
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE registrations SET status = $3,
        return_reason = CASE WHEN $3 = 'returned' THEN $4 ELSE NULL END,
        submitted_on = CASE WHEN $3 = 'submitted' THEN $5::date ELSE submitted_on END,
        approved_by = CASE WHEN $3 = 'approved' THEN $6::uuid ELSE NULL END,
        approved_at = CASE WHEN $3 = 'approved' THEN now() ELSE NULL END,
        version = version + 1, updated_at = now()
      WHERE province_id = $1 AND id = $2 AND status = $7 AND version = $8 RETURNING id`,
    [provinceId, id, move.to, move.reason, move.today, move.actorId, move.from, expectedVersion],
  )
  return rows.length > 0
}

export async function insertEvent(
  db: Db, provinceId: string, e: { id: string; registrationId: string; fromStatus: RegistrationStatus | null; toStatus: RegistrationStatus; reason: string | null; actorId: string; actorName: string },
): Promise<void> {
  await db.query(
    `INSERT INTO registration_events (province_id, id, registration_id, from_status, to_status, reason, actor_id, actor_name) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [provinceId, e.id, e.registrationId, e.fromStatus, e.toStatus, e.reason, e.actorId, e.actorName],
  )
}

export async function listEvents(db: Db, provinceId: string, registrationId: string): Promise<RegistrationEvent[]> {
  return db.query<RegistrationEvent>(
    `SELECT id, from_status AS "fromStatus", to_status AS "toStatus", reason, actor_name AS "actorName", at
       FROM registration_events WHERE province_id = $1 AND registration_id = $2 ORDER BY at, id`,
    [provinceId, registrationId],
  )
}

export async function insertReminder(db: Db, provinceId: string, r: { id: string; organizationId: string; campaignId: string | null; year: number; remindedBy: string }): Promise<void> {
  await db.query(
    `INSERT INTO registration_reminders (province_id, id, organization_id, campaign_id, year, reminded_by) VALUES ($1, $2, $3, $4, $5, $6)`,
    [provinceId, r.id, r.organizationId, r.campaignId, r.year, r.remindedBy],
  )
}

export interface ReminderSummary {
  organizationId: string
  count: number
  lastAt: string
}

/** How many times each unit was reminded for a campaign family (or the year), and when last. */
export async function summarizeReminders(
  db: Db, provinceId: string, organizationIds: readonly string[], campaignIds: readonly string[] | null, year: number | null,
): Promise<ReminderSummary[]> {
  if (organizationIds.length === 0) return []
  return db.query<ReminderSummary>(
    `SELECT organization_id AS "organizationId", count(*)::int AS count, max(at) AS "lastAt" FROM registration_reminders
      WHERE province_id = $1 AND organization_id = ANY($2::uuid[])
        AND (CASE WHEN $3::uuid[] IS NULL THEN campaign_id IS NULL AND year = $4::int ELSE campaign_id = ANY($3::uuid[]) END)
      GROUP BY organization_id`,
    [provinceId, [...organizationIds], campaignIds ? [...campaignIds] : null, year],
  )
}
