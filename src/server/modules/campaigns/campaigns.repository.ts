// Every SQL statement about campaign plans, their cascade links, addressees, event dates and registers.
import type { Db } from '../../db/client.ts'
import type { PlanContent } from '../../../shared/campaign-plan.ts'
import type { OrganizationKind } from '../../../shared/organizations.ts'
import type { CampaignStatus } from './campaign-lifecycle.ts'
import type { DocType, RegisterSetting, Track } from './campaign-numbering.ts'
import type { EventSource } from './campaign-events.ts'

/** A plan as stored, without its content (lists, answers). */
export interface CampaignRecord {
  id: string
  issuerId: string
  issuerName: string
  issuerPath: string
  issuerKind: OrganizationKind
  track: Track
  status: CampaignStatus
  kind: string
  docType: DocType
  symbol: string
  periodKey: string | null
  number: number | null
  year: number
  issuedOn: string | null
  title: string
  amendsId: string | null
  parentIds: string[]
  version: number
  createdAt: string
  updatedAt: string
}

export interface CampaignWithContent extends CampaignRecord {
  content: PlanContent
}

const likeLiteral = (text: string) => text.replace(/[\\%_]/g, '\\$&')

const RECORD_COLUMNS = `c.id, c.issuer_id AS "issuerId", o.name AS "issuerName", o.path AS "issuerPath", o.kind AS "issuerKind",
  c.track, c.status, c.kind, c.doc_type AS "docType", c.symbol, c.period_key AS "periodKey", c.number, c.year,
  c.issued_on AS "issuedOn", c.title, c.amends_id AS "amendsId", c.version, c.created_at AS "createdAt", c.updated_at AS "updatedAt",
  coalesce((SELECT json_agg(p.parent_id ORDER BY p.position) FROM campaign_parents p
             WHERE p.province_id = c.province_id AND p.campaign_id = c.id), '[]'::json) AS "parentIds"`

const FROM_CAMPAIGNS = `FROM campaigns c JOIN organizations o ON o.province_id = c.province_id AND o.id = c.issuer_id`

/**
 * Who sees a plan (the scope path is parameter $2): drafts only inside the issuer's subtree; issued plans
 * also where an addressee lies in the caller's subtree (a commune sees the provincial plan addressed to it).
 */
const VISIBLE = `(o.path LIKE $2 || '%' OR (c.status <> 'draft' AND EXISTS (
    SELECT 1 FROM campaign_addressees a JOIN organizations ao ON ao.province_id = a.province_id AND ao.id = a.organization_id
     WHERE a.province_id = c.province_id AND a.campaign_id = c.id AND ao.path LIKE $2 || '%')))`

export async function findCampaign(db: Db, provinceId: string, id: string): Promise<CampaignWithContent | undefined> {
  const rows = await db.query<CampaignWithContent>(`SELECT ${RECORD_COLUMNS}, c.content ${FROM_CAMPAIGNS} WHERE c.province_id = $1 AND c.id = $2`, [provinceId, id])
  return rows[0]
}

export async function findCampaigns(db: Db, provinceId: string, ids: readonly string[]): Promise<CampaignWithContent[]> {
  if (ids.length === 0) return []
  return db.query<CampaignWithContent>(`SELECT ${RECORD_COLUMNS}, c.content ${FROM_CAMPAIGNS} WHERE c.province_id = $1 AND c.id = ANY($2::uuid[])`, [provinceId, ids])
}

export interface CampaignFilter {
  scopePath: string
  status: CampaignStatus | null
  q: string | null
  issuerId: string | null
  year: number | null
  limit: number
  offset: number
}

/** Plans the caller may see, newest first; q matches the title or "141/KH-UBND" without accents. */
export async function searchCampaigns(db: Db, provinceId: string, f: CampaignFilter): Promise<{ items: CampaignRecord[]; total: number }> {
  const where = `c.province_id = $1 AND ${VISIBLE}
    AND ($3::text IS NULL OR c.status = $3::text)
    AND ($4::text IS NULL OR tdkt_fold(c.title) LIKE '%' || tdkt_fold($4::text) || '%'
         OR (c.number IS NOT NULL AND tdkt_fold(CASE WHEN c.number < 10 THEN '0' ELSE '' END || c.number::text || CASE WHEN c.track = 'party' THEN '-' ELSE '/' END || c.symbol) LIKE '%' || tdkt_fold($4::text) || '%'))
    AND ($5::uuid IS NULL OR c.issuer_id = $5::uuid)
    AND ($6::int IS NULL OR c.year = $6::int)`
  const params = [provinceId, f.scopePath, f.status, f.q === null ? null : likeLiteral(f.q), f.issuerId, f.year]
  const [items, count] = await Promise.all([
    db.query<CampaignRecord>(`SELECT ${RECORD_COLUMNS} ${FROM_CAMPAIGNS} WHERE ${where} ORDER BY c.created_at DESC, c.id LIMIT $7 OFFSET $8`, [...params, f.limit, f.offset]),
    db.query<{ total: number }>(`SELECT count(*)::int AS total ${FROM_CAMPAIGNS} WHERE ${where}`, params),
  ])
  return { items, total: count[0]?.total ?? 0 }
}

/** Plans in force or done that the caller may see, with their content (calendar). */
export async function listVisibleIssued(db: Db, provinceId: string, scopePath: string): Promise<CampaignWithContent[]> {
  return db.query<CampaignWithContent>(
    `SELECT ${RECORD_COLUMNS}, c.content ${FROM_CAMPAIGNS} WHERE c.province_id = $1 AND c.status <> 'draft' AND ${VISIBLE} ORDER BY c.created_at`,
    [provinceId, scopePath],
  )
}

export interface NewCampaign {
  id: string
  issuerId: string
  track: Track
  kind: string
  symbol: string
  year: number
  title: string
  content: PlanContent
  amendsId: string | null
  createdBy: string
}

export async function insertCampaign(db: Db, provinceId: string, c: NewCampaign): Promise<void> {
  await db.query(
    `INSERT INTO campaigns (province_id, id, issuer_id, track, kind, symbol, year, title, content, amends_id, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11)`,
    [provinceId, c.id, c.issuerId, c.track, c.kind, c.symbol, c.year, c.title, JSON.stringify(c.content), c.amendsId, c.createdBy],
  )
}

/** Optimistic update of a draft's content: false when the version moved or the plan is no longer a draft. */
export async function updateDraftContent(db: Db, provinceId: string, id: string, content: PlanContent, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE campaigns SET content = $3::jsonb, title = $4, kind = $5, symbol = $6, version = version + 1, updated_at = now()
      WHERE province_id = $1 AND id = $2 AND status = 'draft' AND version = $7 RETURNING id`,
    [provinceId, id, JSON.stringify(content), content.title, content.kind, content.symbol, expectedVersion],
  )
  return rows.length > 0
}

export async function replaceParents(db: Db, provinceId: string, id: string, parentIds: readonly string[]): Promise<void> {
  await db.query(`DELETE FROM campaign_parents WHERE province_id = $1 AND campaign_id = $2`, [provinceId, id])
  if (parentIds.length === 0) return
  await db.query(
    `INSERT INTO campaign_parents (province_id, campaign_id, parent_id, position)
     SELECT $1::uuid, $2::uuid, p.id, p.position FROM unnest($3::uuid[]) WITH ORDINALITY AS p(id, position)`,
    [provinceId, id, parentIds],
  )
}

export async function replaceAddressees(db: Db, provinceId: string, id: string, organizationIds: readonly string[]): Promise<void> {
  await db.query(`DELETE FROM campaign_addressees WHERE province_id = $1 AND campaign_id = $2`, [provinceId, id])
  if (organizationIds.length === 0) return
  await db.query(
    `INSERT INTO campaign_addressees (province_id, campaign_id, organization_id) SELECT $1::uuid, $2::uuid, unnest($3::uuid[])`,
    [provinceId, id, organizationIds],
  )
}

/** True when linking id under these parents would close a loop (a parent is id itself or one of its descendants). */
export async function parentsWouldCycle(db: Db, provinceId: string, id: string, parentIds: readonly string[]): Promise<boolean> {
  if (parentIds.length === 0) return false
  const rows = await db.query(
    `WITH RECURSIVE up(id) AS (
       SELECT unnest($3::uuid[])
       UNION
       SELECT p.parent_id FROM campaign_parents p JOIN up ON p.campaign_id = up.id WHERE p.province_id = $1
     ) SELECT 1 FROM up WHERE id = $2 LIMIT 1`,
    [provinceId, id, parentIds],
  )
  return rows.length > 0
}

export async function markIssued(db: Db, provinceId: string, id: string, issue: { number: number; periodKey: string; issuedOn: string }, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE campaigns SET status = 'issued', number = $3, period_key = $4, issued_on = $5, year = extract(year FROM $5::date)::int,
            version = version + 1, updated_at = now()
      WHERE province_id = $1 AND id = $2 AND status = 'draft' AND version = $6 RETURNING id`,
    [provinceId, id, issue.number, issue.periodKey, issue.issuedOn, expectedVersion],
  )
  return rows.length > 0
}

export async function updateStatus(db: Db, provinceId: string, id: string, from: CampaignStatus, to: CampaignStatus, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE campaigns SET status = $4, version = version + 1, updated_at = now()
      WHERE province_id = $1 AND id = $2 AND status = $3 AND version = $5 RETURNING id`,
    [provinceId, id, from, to, expectedVersion],
  )
  return rows.length > 0
}

// ── addressees and answers ──────────────────────────────────────────────────────────────────────

export interface AddresseeRow {
  campaignId: string
  organizationId: string
  organizationName: string
  organizationPath: string
}

export async function listAddressees(db: Db, provinceId: string, campaignIds: readonly string[]): Promise<AddresseeRow[]> {
  if (campaignIds.length === 0) return []
  return db.query<AddresseeRow>(
    `SELECT a.campaign_id AS "campaignId", a.organization_id AS "organizationId", o.name AS "organizationName", o.path AS "organizationPath"
       FROM campaign_addressees a JOIN organizations o ON o.province_id = a.province_id AND o.id = a.organization_id
      WHERE a.province_id = $1 AND a.campaign_id = ANY($2::uuid[])
      ORDER BY o.sort_key COLLATE "C"`,
    [provinceId, campaignIds],
  )
}

/** Plans implementing any of the given plans, with the parent they implement. */
export async function listAnswers(db: Db, provinceId: string, parentIds: readonly string[]): Promise<(CampaignRecord & { answersId: string })[]> {
  if (parentIds.length === 0) return []
  return db.query<CampaignRecord & { answersId: string }>(
    `SELECT ${RECORD_COLUMNS}, l.parent_id AS "answersId" ${FROM_CAMPAIGNS}
       JOIN campaign_parents l ON l.province_id = c.province_id AND l.campaign_id = c.id
      WHERE c.province_id = $1 AND l.parent_id = ANY($2::uuid[])`,
    [provinceId, parentIds],
  )
}

export interface TaskRow {
  campaignId: string
  organizationId: string
  organizationName: string
}

/** Addressees in the scope of plans in force (their answers may still be owed). */
export async function listAddresseesInScope(db: Db, provinceId: string, scopePath: string): Promise<TaskRow[]> {
  return db.query<TaskRow>(
    `SELECT a.campaign_id AS "campaignId", a.organization_id AS "organizationId", o.name AS "organizationName"
       FROM campaign_addressees a
       JOIN organizations o ON o.province_id = a.province_id AND o.id = a.organization_id
       JOIN campaigns c ON c.province_id = a.province_id AND c.id = a.campaign_id
      WHERE a.province_id = $1 AND o.path LIKE $2 || '%' AND c.status IN ('issued', 'running', 'reviewed')
      ORDER BY c.created_at DESC, o.sort_key COLLATE "C"`,
    [provinceId, scopePath],
  )
}

// ── event dates ─────────────────────────────────────────────────────────────────────────────────

/** The plans and all their ancestors, with their events and the dates entered after issue. */
export async function listEventSources(db: Db, provinceId: string, ids: readonly string[]): Promise<EventSource[]> {
  if (ids.length === 0) return []
  return db.query<EventSource>(
    `WITH RECURSIVE chain(id) AS (
       SELECT unnest($2::uuid[])
       UNION
       SELECT p.parent_id FROM campaign_parents p JOIN chain ON p.campaign_id = chain.id WHERE p.province_id = $1
     )
     SELECT c.id,
            coalesce((SELECT json_agg(p.parent_id ORDER BY p.position) FROM campaign_parents p WHERE p.province_id = c.province_id AND p.campaign_id = c.id), '[]'::json) AS "parentIds",
            coalesce(c.content -> 'events', '[]'::jsonb) AS events,
            coalesce((SELECT json_object_agg(d.event_id, d.date) FROM campaign_event_dates d WHERE d.province_id = c.province_id AND d.campaign_id = c.id), '{}'::json) AS entered
       FROM campaigns c JOIN chain ON chain.id = c.id
      WHERE c.province_id = $1`,
    [provinceId, ids],
  )
}

export async function saveEventDate(db: Db, provinceId: string, campaignId: string, eventId: string, date: string | null): Promise<void> {
  if (date === null) {
    await db.query(`DELETE FROM campaign_event_dates WHERE province_id = $1 AND campaign_id = $2 AND event_id = $3`, [provinceId, campaignId, eventId])
    return
  }
  await db.query(
    `INSERT INTO campaign_event_dates (province_id, campaign_id, event_id, date) VALUES ($1, $2, $3, $4)
     ON CONFLICT (province_id, campaign_id, event_id) DO UPDATE SET date = EXCLUDED.date, updated_at = now()`,
    [provinceId, campaignId, eventId, date],
  )
}

// ── document registers ──────────────────────────────────────────────────────────────────────────

export interface RegisterKey {
  issuerId: string
  docType: DocType
  periodKey: string
}

/** Takes the next number of a register atomically (the row lock serialises concurrent issues). */
export async function takeNextNumber(db: Db, provinceId: string, key: RegisterKey): Promise<number> {
  const rows = await db.query<{ lastNumber: number }>(
    `INSERT INTO document_registers (province_id, issuer_id, doc_type, period_key, last_number) VALUES ($1, $2, $3, $4, 1)
     ON CONFLICT (province_id, issuer_id, doc_type, period_key) DO UPDATE SET last_number = document_registers.last_number + 1
     RETURNING last_number AS "lastNumber"`,
    [provinceId, key.issuerId, key.docType, key.periodKey],
  )
  return rows[0]!.lastNumber
}

/** Records a number given by hand: later automatic numbers continue after the highest one used. */
export async function recordGivenNumber(db: Db, provinceId: string, key: RegisterKey, number: number): Promise<void> {
  await db.query(
    `INSERT INTO document_registers (province_id, issuer_id, doc_type, period_key, last_number) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (province_id, issuer_id, doc_type, period_key) DO UPDATE SET last_number = GREATEST(document_registers.last_number, EXCLUDED.last_number)`,
    [provinceId, key.issuerId, key.docType, key.periodKey, number],
  )
}

/** The plan that already carries this number in this register, if any. */
export async function findNumberHolder(db: Db, provinceId: string, key: RegisterKey, number: number): Promise<{ id: string; title: string } | undefined> {
  const rows = await db.query<{ id: string; title: string }>(
    `SELECT id, title FROM campaigns WHERE province_id = $1 AND issuer_id = $2 AND doc_type = $3 AND period_key = $4 AND number = $5`,
    [provinceId, key.issuerId, key.docType, key.periodKey, number],
  )
  return rows[0]
}

export async function listRegisters(db: Db, provinceId: string, issuerId: string): Promise<{ docType: DocType; periodKey: string; lastNumber: number }[]> {
  return db.query(
    `SELECT doc_type AS "docType", period_key AS "periodKey", last_number AS "lastNumber" FROM document_registers
      WHERE province_id = $1 AND issuer_id = $2 ORDER BY doc_type, period_key DESC`,
    [provinceId, issuerId],
  )
}

export async function findRegisterSetting(db: Db, provinceId: string, issuerId: string): Promise<RegisterSetting | undefined> {
  const rows = await db.query<RegisterSetting>(
    `SELECT period, term_label AS "termLabel" FROM document_register_settings WHERE province_id = $1 AND issuer_id = $2`,
    [provinceId, issuerId],
  )
  return rows[0]
}

export async function saveRegisterSetting(db: Db, provinceId: string, issuerId: string, setting: RegisterSetting): Promise<void> {
  await db.query(
    `INSERT INTO document_register_settings (province_id, issuer_id, period, term_label) VALUES ($1, $2, $3, $4)
     ON CONFLICT (province_id, issuer_id) DO UPDATE SET period = EXCLUDED.period, term_label = EXCLUDED.term_label, updated_at = now()`,
    [provinceId, issuerId, setting.period, setting.termLabel],
  )
}
