// Every SQL statement about units' progress reports (progress_reports, progress_report_events,
// progress_report_files, progress_report_reminders) and the narratives of compiled reports (report_narratives).
import type { Db } from '../../db/client.ts'
import type { Narrative, ReportContent, ReportStatus } from '../../../shared/reports.ts'
import type { PeriodKind } from '../../../shared/reports-periods.ts'

export interface ReportRecord {
  id: string
  organizationId: string
  organizationName: string
  organizationPath: string
  campaignId: string
  campaignTitle: string
  periodId: string
  periodKind: PeriodKind
  content: ReportContent
  status: ReportStatus
  returnReason: string | null
  submittedOn: string | null
  acceptedByName: string | null
  acceptedAt: string | null
  version: number
  createdByName: string
  createdAt: string
  updatedAt: string
}

export interface ReportEvent {
  id: string
  fromStatus: ReportStatus | null
  toStatus: ReportStatus
  reason: string | null
  actorName: string
  at: string
}

export interface ReportFile {
  id: string
  name: string
  sha256: string
  type: string
  size: number
  uploadedByName: string
  uploadedAt: string
}

const SELECT = `SELECT r.id, r.organization_id AS "organizationId", o.name AS "organizationName", o.path AS "organizationPath",
    r.campaign_id AS "campaignId", c.title AS "campaignTitle", r.period_id AS "periodId", r.period_kind AS "periodKind", r.content, r.status,
    r.return_reason AS "returnReason", r.submitted_on AS "submittedOn", ab.display_name AS "acceptedByName", r.accepted_at AS "acceptedAt",
    r.version, cb.display_name AS "createdByName", r.created_at AS "createdAt", r.updated_at AS "updatedAt"
  FROM progress_reports r
  JOIN organizations o ON o.province_id = r.province_id AND o.id = r.organization_id
  JOIN campaigns c ON c.province_id = r.province_id AND c.id = r.campaign_id
  JOIN accounts cb ON cb.province_id = r.province_id AND cb.id = r.created_by
  LEFT JOIN accounts ab ON ab.province_id = r.province_id AND ab.id = r.accepted_by`

export async function findReport(db: Db, provinceId: string, id: string): Promise<ReportRecord | undefined> {
  return (await db.query<ReportRecord>(`${SELECT} WHERE r.province_id = $1 AND r.id = $2`, [provinceId, id]))[0]
}

export interface ReportFilter {
  scopePath: string
  campaignId: string | null
  periodId: string | null
  status: ReportStatus | null
  limit: number
  offset: number
}

const FILTER = `r.province_id = $1 AND o.path LIKE $2 || '%' AND ($3::uuid IS NULL OR r.campaign_id = $3::uuid)
  AND ($4::text IS NULL OR r.period_id = $4::text) AND ($5::text IS NULL OR r.status = $5::text)`

/** Reports of units in the scope, latest changed first. */
export async function searchReports(db: Db, provinceId: string, f: ReportFilter): Promise<{ items: ReportRecord[]; total: number }> {
  const params = [provinceId, f.scopePath, f.campaignId, f.periodId, f.status]
  const [items, count] = await Promise.all([
    db.query<ReportRecord>(`${SELECT} WHERE ${FILTER} ORDER BY r.updated_at DESC, r.id LIMIT $6 OFFSET $7`, [...params, f.limit, f.offset]),
    db.query<{ total: number }>(`SELECT count(*)::int AS total FROM progress_reports r JOIN organizations o ON o.province_id = r.province_id AND o.id = r.organization_id WHERE ${FILTER}`, params),
  ])
  return { items, total: count[0]?.total ?? 0 }
}

/**
 * The plan and every plan answering it, level by level (the cascade's family): a level compiles the reports its
 * units sent under their own answering plans. Bounded in depth like the cascade tree.
 */
export async function listCampaignFamily(db: Db, provinceId: string, campaignId: string): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `WITH RECURSIVE family(id, depth) AS (
       SELECT $2::uuid, 0
       UNION
       SELECT p.campaign_id, f.depth + 1 FROM campaign_parents p JOIN family f ON p.parent_id = f.id WHERE p.province_id = $1 AND f.depth < 8
     )
     SELECT DISTINCT f.id FROM family f JOIN campaigns c ON c.province_id = $1 AND c.id = f.id WHERE c.status <> 'draft' OR f.id = $2::uuid`,
    [provinceId, campaignId],
  )
  return rows.map((r) => r.id)
}

/** A report as the lists of a subtree's reports need it: whose, under which plan and period, its status (no content). */
export interface ReportHead {
  id: string
  organizationId: string
  organizationName: string
  organizationPath: string
  campaignId: string
  periodId: string
  periodKind: PeriodKind
  status: ReportStatus
}

/**
 * The reports of a subtree (below or at scopePath) under any of the plans, any status, in the units' order, without
 * their content: a compiled report reads the content of those it counts (listReportContents), "Chưa nộp" none.
 */
export async function listSubtreeReportHeads(db: Db, provinceId: string, scopePath: string, campaignIds: readonly string[]): Promise<ReportHead[]> {
  if (campaignIds.length === 0) return []
  return db.query<ReportHead>(
    `SELECT r.id, r.organization_id AS "organizationId", o.name AS "organizationName", o.path AS "organizationPath",
            r.campaign_id AS "campaignId", r.period_id AS "periodId", r.period_kind AS "periodKind", r.status
       FROM progress_reports r JOIN organizations o ON o.province_id = r.province_id AND o.id = r.organization_id
      WHERE r.province_id = $1 AND o.path LIKE $2 || '%' AND r.campaign_id = ANY($3::uuid[]) ORDER BY o.sort_key COLLATE "C", r.id`,
    [provinceId, scopePath, [...campaignIds]],
  )
}

/** The content of some reports, by report id. */
export async function listReportContents(db: Db, provinceId: string, ids: readonly string[]): Promise<Map<string, ReportContent>> {
  if (ids.length === 0) return new Map()
  const rows = await db.query<{ id: string; content: ReportContent }>(`SELECT id, content FROM progress_reports WHERE province_id = $1 AND id = ANY($2::uuid[])`, [provinceId, [...ids]])
  return new Map(rows.map((r) => [r.id, r.content]))
}

export interface NewReport {
  id: string
  organizationId: string
  campaignId: string
  periodId: string
  periodKind: PeriodKind
  content: ReportContent
  createdBy: string
}

export async function insertReport(db: Db, provinceId: string, r: NewReport): Promise<void> {
  await db.query(
    `INSERT INTO progress_reports (province_id, id, organization_id, campaign_id, period_id, period_kind, content, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [provinceId, r.id, r.organizationId, r.campaignId, r.periodId, r.periodKind, JSON.stringify(r.content), r.createdBy],
  )
}

/** Optimistic edit of a draft or returned report; false when the version or the status moved. */
export async function updateContent(db: Db, provinceId: string, id: string, content: ReportContent, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE progress_reports SET content = $3, version = version + 1, updated_at = now()
      WHERE province_id = $1 AND id = $2 AND status IN ('draft', 'returned') AND version = $4 RETURNING id`,
    [provinceId, id, JSON.stringify(content), expectedVersion],
  )
  return rows.length > 0
}

/** Optimistic status move; false when the version or the status moved. */
export async function updateStatus(
  db: Db, provinceId: string, id: string, move: { from: ReportStatus; to: ReportStatus; reason: string | null; today: string; actorId: string }, expectedVersion: number,
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE progress_reports SET status = $3,
        return_reason = CASE WHEN $3 = 'returned' THEN $4 ELSE NULL END,
        submitted_on = CASE WHEN $3 = 'submitted' THEN $5::date ELSE submitted_on END,
        accepted_by = CASE WHEN $3 = 'accepted' THEN $6::uuid ELSE NULL END,
        accepted_at = CASE WHEN $3 = 'accepted' THEN now() ELSE NULL END,
        version = version + 1, updated_at = now()
      WHERE province_id = $1 AND id = $2 AND status = $7 AND version = $8 RETURNING id`,
    [provinceId, id, move.to, move.reason, move.today, move.actorId, move.from, expectedVersion],
  )
  return rows.length > 0
}

export async function insertEvent(
  db: Db, provinceId: string, e: { id: string; reportId: string; fromStatus: ReportStatus | null; toStatus: ReportStatus; reason: string | null; actorId: string; actorName: string },
): Promise<void> {
  await db.query(
    `INSERT INTO progress_report_events (province_id, id, report_id, from_status, to_status, reason, actor_id, actor_name) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [provinceId, e.id, e.reportId, e.fromStatus, e.toStatus, e.reason, e.actorId, e.actorName],
  )
}

export async function listEvents(db: Db, provinceId: string, reportId: string): Promise<ReportEvent[]> {
  return db.query<ReportEvent>(
    `SELECT id, from_status AS "fromStatus", to_status AS "toStatus", reason, actor_name AS "actorName", at
       FROM progress_report_events WHERE province_id = $1 AND report_id = $2 ORDER BY at, id`,
    [provinceId, reportId],
  )
}

// ── evidence files ──────────────────────────────────────────────────────────────────────────────

export async function insertFile(
  db: Db, provinceId: string, f: { id: string; reportId: string; name: string; sha256: string; type: string; size: number; uploadedBy: string },
): Promise<void> {
  await db.query(
    `INSERT INTO progress_report_files (province_id, id, report_id, name, sha256, type, size, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [provinceId, f.id, f.reportId, f.name, f.sha256, f.type, f.size, f.uploadedBy],
  )
}

export async function listFiles(db: Db, provinceId: string, reportId: string): Promise<ReportFile[]> {
  return db.query<ReportFile>(
    `SELECT f.id, f.name, f.sha256, f.type, f.size, a.display_name AS "uploadedByName", f.uploaded_at AS "uploadedAt"
       FROM progress_report_files f JOIN accounts a ON a.province_id = f.province_id AND a.id = f.uploaded_by
      WHERE f.province_id = $1 AND f.report_id = $2 ORDER BY f.uploaded_at, f.id`,
    [provinceId, reportId],
  )
}

export async function countFiles(db: Db, provinceId: string, reportId: string): Promise<number> {
  return (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM progress_report_files WHERE province_id = $1 AND report_id = $2`, [provinceId, reportId]))[0]?.n ?? 0
}

export async function deleteFile(db: Db, provinceId: string, reportId: string, fileId: string): Promise<boolean> {
  return (await db.query(`DELETE FROM progress_report_files WHERE province_id = $1 AND report_id = $2 AND id = $3 RETURNING id`, [provinceId, reportId, fileId])).length > 0
}

// ── reminders ───────────────────────────────────────────────────────────────────────────────────

export async function insertReminder(db: Db, provinceId: string, r: { id: string; organizationId: string; campaignId: string; periodId: string; note: string | null; remindedBy: string }): Promise<void> {
  await db.query(
    `INSERT INTO progress_report_reminders (province_id, id, organization_id, campaign_id, period_id, note, reminded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [provinceId, r.id, r.organizationId, r.campaignId, r.periodId, r.note, r.remindedBy],
  )
}

export interface ReminderSummary {
  organizationId: string
  count: number
  lastAt: string
}

/** How many times each unit was reminded to report for a plan's period, and when last. */
export async function summarizeReminders(db: Db, provinceId: string, organizationIds: readonly string[], campaignId: string, periodId: string): Promise<ReminderSummary[]> {
  if (organizationIds.length === 0) return []
  return db.query<ReminderSummary>(
    `SELECT organization_id AS "organizationId", count(*)::int AS count, max(at) AS "lastAt" FROM progress_report_reminders
      WHERE province_id = $1 AND organization_id = ANY($2::uuid[]) AND campaign_id = $3 AND period_id = $4
      GROUP BY organization_id`,
    [provinceId, [...organizationIds], campaignId, periodId],
  )
}

// ── narratives of compiled reports ──────────────────────────────────────────────────────────────

export type NarrativeKey = { kind: 'campaign'; organizationId: string; campaignId: string; periodId: string } | { kind: 'years'; organizationId: string; yearFrom: number; yearTo: number }

export interface NarrativeRecord {
  id: string
  sections: Narrative
  version: number
  updatedByName: string
  updatedAt: string
}

const keyParams = (k: NarrativeKey) =>
  k.kind === 'campaign' ? [k.organizationId, k.kind, k.campaignId, k.periodId, null, null] : [k.organizationId, k.kind, null, null, k.yearFrom, k.yearTo]

export async function findNarrative(db: Db, provinceId: string, key: NarrativeKey): Promise<NarrativeRecord | undefined> {
  return (
    await db.query<NarrativeRecord>(
      `SELECT n.id, n.sections, n.version, a.display_name AS "updatedByName", n.updated_at AS "updatedAt"
         FROM report_narratives n JOIN accounts a ON a.province_id = n.province_id AND a.id = n.updated_by
        WHERE n.province_id = $1 AND n.organization_id = $2 AND n.kind = $3
          AND n.campaign_id IS NOT DISTINCT FROM $4::uuid AND n.period_id IS NOT DISTINCT FROM $5::text
          AND n.year_from IS NOT DISTINCT FROM $6::int AND n.year_to IS NOT DISTINCT FROM $7::int`,
      [provinceId, ...keyParams(key)],
    )
  )[0]
}

export async function insertNarrative(db: Db, provinceId: string, id: string, key: NarrativeKey, sections: Narrative, updatedBy: string): Promise<void> {
  await db.query(
    `INSERT INTO report_narratives (province_id, id, organization_id, kind, campaign_id, period_id, year_from, year_to, sections, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [provinceId, id, ...keyParams(key), JSON.stringify(sections), updatedBy],
  )
}

/** Optimistic edit; false when the version moved. */
export async function updateNarrative(db: Db, provinceId: string, id: string, sections: Narrative, updatedBy: string, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE report_narratives SET sections = $3, updated_by = $4, version = version + 1, updated_at = now()
      WHERE province_id = $1 AND id = $2 AND version = $5 RETURNING id`,
    [provinceId, id, JSON.stringify(sections), updatedBy, expectedVersion],
  )
  return rows.length > 0
}
