// Every SQL statement about award decisions (quyết định khen thưởng): the decision, its lines (the annex
// list) with their amounts and serials, the council votes and registry titles the lines are checked
// against, and the certificates an issued decision creates.
import type { Db } from '../../db/client.ts'
import { fromDatabaseError } from '../../http/errors.ts'
import type { CatalogueCode } from '../../../rules/index.ts'
import { TOTAL_CAP } from '../../../shared/schemas.ts'
import type { Track } from '../../../shared/issuer-identity.ts'
import { likeLiteral } from '../people/people.repository.ts'
import type { LineAmount } from './decision-amounts.ts'

export const SIGNING_FORMS = ['TM', 'KT', 'Q', 'TL', 'TUQ', 'none'] as const
export type SigningForm = (typeof SIGNING_FORMS)[number]
export type DecisionStatus = 'draft' | 'issued'

export interface DecisionFields {
  campaignId: string | null
  year: number
  title: string
  /** Căn cứ: one line each, as printed without the closing punctuation. */
  bases: string[]
  decisionDate: string
  signingForm: SigningForm
  signerName: string
  signerTitle: string
}

export interface DecisionRecord extends DecisionFields {
  id: string
  organizationId: string
  organizationName: string
  organizationPath: string
  track: Track
  /** "QĐ-UBND", "QĐ/ĐU". */
  symbol: string
  status: DecisionStatus
  periodKey: string | null
  number: number | null
  issuedBy: string | null
  issuedByName: string | null
  issuedAt: string | null
  version: number
  createdAt: string
  updatedAt: string
}

export interface StoredLine extends Omit<LineAmount, 'note' | 'citations'> {
  position: number
  amountNote: string | null
  serial: number | null
  awardRecordId: string | null
  certificateCode: string | null
}

const DECISION_COLUMNS = `d.id, d.organization_id AS "organizationId", o.name AS "organizationName", o.path AS "organizationPath",
  d.campaign_id AS "campaignId", d.year, d.track, d.symbol, d.title, d.bases, d.decision_date AS "decisionDate", d.signing_form AS "signingForm",
  d.signer_name AS "signerName", d.signer_title AS "signerTitle", d.status, d.period_key AS "periodKey", d.number, d.issued_by AS "issuedBy",
  ib.display_name AS "issuedByName", d.issued_at AS "issuedAt", d.version, d.created_at AS "createdAt", d.updated_at AS "updatedAt"`

const FROM_DECISIONS = `FROM award_decisions d
  JOIN organizations o ON o.province_id = d.province_id AND o.id = d.organization_id
  LEFT JOIN accounts ib ON ib.province_id = d.province_id AND ib.id = d.issued_by`

export async function findDecision(db: Db, provinceId: string, id: string): Promise<DecisionRecord | undefined> {
  const rows = await db.query<DecisionRecord>(`SELECT ${DECISION_COLUMNS} ${FROM_DECISIONS} WHERE d.province_id = $1 AND d.id = $2`, [provinceId, id])
  return rows[0]
}

/** Does a line of the decision belong to a unit of this subtree (a unit sees the decisions that awarded its nominees)? */
export async function hasLineInSubtree(db: Db, provinceId: string, decisionId: string, scopePath: string): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM award_decision_items i
       JOIN nominations n ON n.province_id = i.province_id AND n.id = i.nomination_id
       JOIN organizations nu ON nu.province_id = n.province_id AND nu.id = n.nominating_organization_id
      WHERE i.province_id = $1 AND i.decision_id = $2 AND nu.path LIKE $3 || '%' LIMIT 1`,
    [provinceId, decisionId, scopePath],
  )
  return rows.length > 0
}

export interface DecisionSummaryRow extends DecisionRecord {
  lineCount: number
  /** What the stored lines pay (drafts: as last saved). */
  total: number
}

export interface DecisionFilter {
  scopePath: string
  status: DecisionStatus | null
  year: number | null
  q: string | null
  limit: number
  offset: number
}

/** Decisions of the caller's subtree, or with a line of it; q matches the title or the number without accents. */
export async function searchDecisions(db: Db, provinceId: string, f: DecisionFilter): Promise<{ items: DecisionSummaryRow[]; total: number; totalCapped: boolean }> {
  const where = `d.province_id = $1
    AND (o.path LIKE $2 || '%' OR EXISTS (
      SELECT 1 FROM award_decision_items si
        JOIN nominations sn ON sn.province_id = si.province_id AND sn.id = si.nomination_id
        JOIN organizations su ON su.province_id = sn.province_id AND su.id = sn.nominating_organization_id
       WHERE si.province_id = d.province_id AND si.decision_id = d.id AND su.path LIKE $2 || '%'))
    AND ($3::text IS NULL OR d.status = $3::text)
    AND ($4::int IS NULL OR d.year = $4::int)
    AND ($5::text IS NULL OR tdkt_fold(d.title) LIKE '%' || tdkt_fold($5::text) || '%' OR (lpad(d.number::text, 2, '0') || CASE WHEN d.track = 'party' THEN '-' ELSE '/' END || d.symbol) LIKE '%' || $5::text || '%')`
  const params = [provinceId, f.scopePath, f.status, f.year, f.q === null ? null : likeLiteral(f.q)]
  const [items, count] = await Promise.all([
    db.query<DecisionSummaryRow>(
      `SELECT ${DECISION_COLUMNS},
              (SELECT count(*)::int FROM award_decision_items i WHERE i.province_id = d.province_id AND i.decision_id = d.id) AS "lineCount",
              (SELECT coalesce(sum(i.amount) FILTER (WHERE i.paid), 0)::int FROM award_decision_items i WHERE i.province_id = d.province_id AND i.decision_id = d.id) AS total
         ${FROM_DECISIONS} WHERE ${where}
        ORDER BY d.decision_date DESC, d.created_at DESC, d.id LIMIT $6 OFFSET $7`,
      [...params, f.limit, f.offset],
    ),
    db.query<{ total: number }>(`SELECT count(*)::int AS total FROM (SELECT 1 ${FROM_DECISIONS} WHERE ${where} LIMIT ${TOTAL_CAP + 1}) m`, params),
  ])
  const total = count[0]?.total ?? 0
  return { items, total: Math.min(total, TOTAL_CAP), totalCapped: total > TOTAL_CAP }
}

export interface NewDecision extends DecisionFields {
  id: string
  organizationId: string
  track: Track
  symbol: string
  createdBy: string
}

const jsonBases = (bases: readonly string[]) => JSON.stringify(bases)

export async function insertDecision(db: Db, provinceId: string, d: NewDecision): Promise<void> {
  await db.query(
    `INSERT INTO award_decisions (province_id, id, organization_id, campaign_id, year, track, symbol, title, bases, decision_date, signing_form, signer_name, signer_title, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [provinceId, d.id, d.organizationId, d.campaignId, d.year, d.track, d.symbol, d.title, jsonBases(d.bases), d.decisionDate, d.signingForm, d.signerName, d.signerTitle, d.createdBy],
  )
}

/** Optimistic update of a draft; false when the version moved or it is no longer a draft. */
export async function updateDecision(db: Db, provinceId: string, id: string, f: DecisionFields, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE award_decisions SET campaign_id = $3, year = $4, title = $5, bases = $6, decision_date = $7, signing_form = $8, signer_name = $9, signer_title = $10,
            version = version + 1, updated_at = now()
      WHERE province_id = $1 AND id = $2 AND status = 'draft' AND version = $11 RETURNING id`,
    [provinceId, id, f.campaignId, f.year, f.title, jsonBases(f.bases), f.decisionDate, f.signingForm, f.signerName, f.signerTitle, expectedVersion],
  )
  return rows.length > 0
}

/** Issues a draft with its number; false when the version moved or it is no longer a draft. */
export async function markIssued(db: Db, provinceId: string, id: string, issue: { periodKey: string; number: number; issuedBy: string }, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE award_decisions SET status = 'issued', period_key = $3, number = $4, issued_by = $5, issued_at = now(), version = version + 1, updated_at = now()
      WHERE province_id = $1 AND id = $2 AND status = 'draft' AND version = $6 RETURNING id`,
    [provinceId, id, issue.periodKey, issue.number, issue.issuedBy, expectedVersion],
  )
  return rows.length > 0
}

/** Deletes a draft and its lines; false when the version moved or it is no longer a draft. */
export async function deleteDraft(db: Db, provinceId: string, id: string, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(`DELETE FROM award_decisions WHERE province_id = $1 AND id = $2 AND status = 'draft' AND version = $3 RETURNING id`, [provinceId, id, expectedVersion])
  return rows.length > 0
}

// ── lines ───────────────────────────────────────────────────────────────────────────────────────────

export async function listLines(db: Db, provinceId: string, decisionId: string): Promise<(StoredLine & { nominationId: string })[]> {
  return db.query(
    `SELECT i.nomination_id AS "nominationId", i.position, i.coefficient::float8 AS coefficient, i.base_salary AS "baseSalary", i.unrounded, i.amount, i.paid,
            i.amount_note AS "amountNote", i.serial, i.award_record_id AS "awardRecordId", c.code AS "certificateCode"
       FROM award_decision_items i
       LEFT JOIN certificates c ON c.province_id = i.province_id AND c.decision_id = i.decision_id AND c.nomination_id = i.nomination_id AND c.status = 'valid'
      WHERE i.province_id = $1 AND i.decision_id = $2 ORDER BY i.position`,
    [provinceId, decisionId],
  )
}

const LINE_TAKEN = { award_decision_items_province_id_nomination_id_key: { field: 'nominationIds', message: 'Một đề nghị trong danh sách vừa được đưa vào quyết định khác; hãy tải lại.' } }

/** Replaces the lines of a draft, in annex order, with their amounts (a nomination another decision took meanwhile is refused). */
export async function replaceLines(db: Db, provinceId: string, decisionId: string, lines: readonly LineAmount[]): Promise<void> {
  await db.query(`DELETE FROM award_decision_items WHERE province_id = $1 AND decision_id = $2`, [provinceId, decisionId])
  try {
    for (const [i, l] of lines.entries()) {
      await db.query(
        `INSERT INTO award_decision_items (province_id, decision_id, nomination_id, position, coefficient, base_salary, unrounded, amount, paid, amount_note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [provinceId, decisionId, l.nominationId, i + 1, l.coefficient, l.baseSalary, l.unrounded, l.amount, l.paid, l.note],
      )
    }
  } catch (error) {
    throw fromDatabaseError(error, LINE_TAKEN)
  }
}

/** The serial (số sổ vàng) and the registry row of an issued line. */
export async function setLineIssued(db: Db, provinceId: string, decisionId: string, nominationId: string, serial: number, awardRecordId: string): Promise<void> {
  await db.query(
    `UPDATE award_decision_items SET serial = $4, award_record_id = $5 WHERE province_id = $1 AND decision_id = $2 AND nomination_id = $3`,
    [provinceId, decisionId, nominationId, serial, awardRecordId],
  )
}

/** The other decision each of these nominations is already a line of. */
export async function findOtherDecisions(db: Db, provinceId: string, decisionId: string | null, nominationIds: readonly string[]): Promise<Map<string, { id: string; title: string; number: number | null; symbol: string; track: Track }>> {
  const rows = await db.query<{ nominationId: string; id: string; title: string; number: number | null; symbol: string; track: Track }>(
    `SELECT i.nomination_id AS "nominationId", d.id, d.title, d.number, d.symbol, d.track
       FROM award_decision_items i JOIN award_decisions d ON d.province_id = i.province_id AND d.id = i.decision_id
      WHERE i.province_id = $1 AND i.nomination_id = ANY($2::uuid[]) AND ($3::uuid IS NULL OR i.decision_id <> $3::uuid)`,
    [provinceId, nominationIds, decisionId],
  )
  return new Map(rows.map(({ nominationId, ...d }) => [nominationId, d]))
}

// ── council and registry facts ─────────────────────────────────────────────────────────────────────

/** The closed council sessions of the organization's council that passed each nomination, with their dates. */
export async function findCouncilPasses(db: Db, provinceId: string, organizationId: string, nominationIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.query<{ nominationId: string; meetsOn: string }>(
    `SELECT ci.nomination_id AS "nominationId", max(s.meets_on)::text AS "meetsOn"
       FROM council_items ci
       JOIN council_sessions s ON s.province_id = ci.province_id AND s.id = ci.session_id
       JOIN councils c ON c.province_id = s.province_id AND c.id = s.council_id
      WHERE ci.province_id = $1 AND c.organization_id = $2 AND ci.nomination_id = ANY($3::uuid[]) AND ci.result = 'passed' AND s.status = 'closed'
      GROUP BY ci.nomination_id`,
    [provinceId, organizationId, nominationIds],
  )
  return new Map(rows.map((r) => [r.nominationId, r.meetsOn]))
}

/** Nominations the organization decides that its council passed and no decision holds yet (the draft's choices). */
export async function listCandidateIds(db: Db, provinceId: string, organizationId: string, campaignId: string | null): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT DISTINCT n.id, n.created_at FROM nominations n
       JOIN council_items ci ON ci.province_id = n.province_id AND ci.nomination_id = n.id AND ci.result = 'passed'
       JOIN council_sessions s ON s.province_id = ci.province_id AND s.id = ci.session_id AND s.status = 'closed'
       JOIN councils c ON c.province_id = s.province_id AND c.id = s.council_id AND c.organization_id = $2
      WHERE n.province_id = $1 AND n.status = 'passed' AND n.deciding_organization_id = $2 AND n.competent
        AND ($3::uuid IS NULL OR n.campaign_id = $3::uuid)
        AND NOT EXISTS (SELECT 1 FROM award_decision_items i WHERE i.province_id = n.province_id AND i.nomination_id = n.id)
      ORDER BY n.created_at, n.id`,
    [provinceId, organizationId, campaignId],
  )
  return rows.map((r) => r.id)
}

/**
 * Titles of these subjects already in the registry whose money was paid: not revoked, and when written by a
 * decision here, paid on its line (rows entered by hand or imported count as paid).
 */
export async function listPaidTitles(db: Db, provinceId: string, subjectIds: readonly string[], excludeDecisionId: string | null): Promise<{ subjectId: string; code: CatalogueCode; year: number; decisionDate: string | null; decisionNumber: string | null }[]> {
  if (subjectIds.length === 0) return []
  return db.query(
    `SELECT r.subject_id AS "subjectId", r.code, r.year, r.decision_date AS "decisionDate", r.decision_number AS "decisionNumber"
       FROM award_records r
       LEFT JOIN award_decision_items i ON i.province_id = r.province_id AND i.award_record_id = r.id
      WHERE r.province_id = $1 AND r.subject_id = ANY($2::uuid[]) AND r.code IS NOT NULL AND r.revoked_on IS NULL
        AND (r.decision_id IS NULL OR (r.decision_id IS DISTINCT FROM $3::uuid AND coalesce(i.paid, true)))`,
    [provinceId, subjectIds, excludeDecisionId],
  )
}

/** Links the registry rows an issued decision wrote to it. */
export async function linkAwardsToDecision(db: Db, provinceId: string, decisionId: string, awardIds: readonly string[]): Promise<void> {
  await db.query(`UPDATE award_records SET decision_id = $2 WHERE province_id = $1 AND id = ANY($3::uuid[])`, [provinceId, decisionId, awardIds])
}

export interface NewCertificate {
  id: string
  code: string
  decisionId: string
  nominationId: string
  awardRecordId: string
  serial: number
  issuedBy: string
}

export async function insertCertificate(db: Db, provinceId: string, c: NewCertificate): Promise<void> {
  await db.query(
    `INSERT INTO certificates (province_id, id, code, decision_id, nomination_id, award_record_id, serial, issued_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [provinceId, c.id, c.code, c.decisionId, c.nominationId, c.awardRecordId, c.serial, c.issuedBy],
  )
}

/** The meeting date and proposal (tờ trình) of each nomination, for the bases of a decision. */
export async function findProposals(db: Db, provinceId: string, nominationIds: readonly string[]): Promise<{ organizationName: string; number: number; symbol: string; track: Track; submittedOn: string }[]> {
  if (nominationIds.length === 0) return []
  return db.query(
    `SELECT DISTINCT o.name AS "organizationName", b.number, b.symbol, b.track, b.submitted_on AS "submittedOn"
       FROM nominations n
       JOIN nomination_batches b ON b.province_id = n.province_id AND b.id = n.batch_id
       JOIN organizations o ON o.province_id = b.province_id AND o.id = b.organization_id
      WHERE n.province_id = $1 AND n.id = ANY($2::uuid[])
      ORDER BY b.submitted_on, o.name`,
    [provinceId, nominationIds],
  )
}
