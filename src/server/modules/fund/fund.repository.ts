// Every SQL statement about the commendation fund (fund_settings, fund_years, fund_lines) and the award
// decisions it pays.
import type { Db } from '../../db/client.ts'
import type { FundCategory, FundLineKind } from '../../../shared/fund.ts'

export interface FundSettings {
  movementShare: number
  movementShareCitation: string
  allocationRate: number
  allocationRateCitation: string
  version: number
  /** False while the province keeps the defaults of migration 0010. */
  stored: boolean
}

const DEFAULT_SETTINGS = `SELECT 0.2::float8 AS "movementShare", 'Nghị định 98/2023/NĐ-CP, Điều 52 khoản 1 điểm a; Thông tư 28/2025/TT-BTC' AS "movementShareCitation",
  0.01::float8 AS "allocationRate", 'Nghị định 152/2025/NĐ-CP, Điều 46 khoản 3 điểm b' AS "allocationRateCitation", 0 AS version, false AS stored`

export async function findSettings(db: Db, provinceId: string): Promise<FundSettings> {
  const rows = await db.query<FundSettings>(
    `SELECT movement_share::float8 AS "movementShare", movement_share_citation AS "movementShareCitation", allocation_rate::float8 AS "allocationRate",
            allocation_rate_citation AS "allocationRateCitation", version, true AS stored
       FROM fund_settings WHERE province_id = $1`,
    [provinceId],
  )
  return rows[0] ?? (await db.query<FundSettings>(DEFAULT_SETTINGS))[0]!
}

export type SettingsValues = Omit<FundSettings, 'version' | 'stored'>

/** Creates the province's settings (expectedVersion 0) or updates them optimistically; false when the version moved. */
export async function saveSettings(db: Db, provinceId: string, s: SettingsValues, expectedVersion: number): Promise<boolean> {
  const params = [provinceId, s.movementShare, s.movementShareCitation, s.allocationRate, s.allocationRateCitation]
  const rows = expectedVersion === 0
    ? await db.query(
      `INSERT INTO fund_settings (province_id, movement_share, movement_share_citation, allocation_rate, allocation_rate_citation) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (province_id) DO NOTHING RETURNING province_id`, params)
    : await db.query(
      `UPDATE fund_settings SET movement_share = $2, movement_share_citation = $3, allocation_rate = $4, allocation_rate_citation = $5, version = version + 1, updated_at = now()
        WHERE province_id = $1 AND version = $6 RETURNING province_id`, [...params, expectedVersion])
  return rows.length > 0
}

export interface FundYear {
  organizationId: string
  year: number
  recurrentSpending: number | null
  version: number
}

/** Creates the organization-year row when missing, then locks it and every year of the organization for the transaction. */
export async function lockOrganizationYears(db: Db, provinceId: string, organizationId: string, year: number): Promise<FundYear> {
  await db.query(
    `INSERT INTO fund_years (province_id, organization_id, year) VALUES ($1, $2, $3) ON CONFLICT (province_id, organization_id, year) DO NOTHING`,
    [provinceId, organizationId, year],
  )
  const rows = await db.query<FundYear>(
    `SELECT organization_id AS "organizationId", year, recurrent_spending AS "recurrentSpending", version
       FROM fund_years WHERE province_id = $1 AND organization_id = $2 ORDER BY year FOR UPDATE`,
    [provinceId, organizationId],
  )
  return rows.find((r) => r.year === year)!
}

export async function findYear(db: Db, provinceId: string, organizationId: string, year: number): Promise<FundYear | undefined> {
  const rows = await db.query<FundYear>(
    `SELECT organization_id AS "organizationId", year, recurrent_spending AS "recurrentSpending", version
       FROM fund_years WHERE province_id = $1 AND organization_id = $2 AND year = $3`,
    [provinceId, organizationId, year],
  )
  return rows[0]
}

/** Optimistic update of the year's recurrent spending; false when the version moved. */
export async function updateRecurrentSpending(db: Db, provinceId: string, organizationId: string, year: number, amount: number | null, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE fund_years SET recurrent_spending = $4, version = version + 1, updated_at = now()
      WHERE province_id = $1 AND organization_id = $2 AND year = $3 AND version = $5 RETURNING year`,
    [provinceId, organizationId, year, amount, expectedVersion],
  )
  return rows.length > 0
}

export interface YearSums {
  year: number
  /** Net sums of the year, per category (reversals included). */
  byCategory: Partial<Record<FundCategory, number>>
}

/** Net amount per year and category of the organization's ledger, years in order. */
export async function sumByYear(db: Db, provinceId: string, organizationId: string): Promise<YearSums[]> {
  const rows = await db.query<{ year: number; category: FundCategory; total: number }>(
    `SELECT year, category, sum(amount)::float8 AS total FROM fund_lines WHERE province_id = $1 AND organization_id = $2 GROUP BY year, category ORDER BY year`,
    [provinceId, organizationId],
  )
  const years = new Map<number, YearSums>()
  for (const r of rows) {
    const y = years.get(r.year) ?? { year: r.year, byCategory: {} }
    y.byCategory[r.category] = r.total
    years.set(r.year, y)
  }
  return [...years.values()]
}

export interface FundLine {
  id: string
  organizationId: string
  year: number
  kind: FundLineKind
  category: FundCategory
  occurredOn: string
  description: string
  counterparty: string | null
  amount: number
  decisionId: string | null
  decisionLabel: string | null
  eventId: string | null
  reversesId: string | null
  reason: string | null
  /** The line that reverses this one, when there is one. */
  reversedById: string | null
  createdByName: string
  createdAt: string
}

const LINE_SELECT = `SELECT l.id, l.organization_id AS "organizationId", l.year, l.kind, l.category, l.occurred_on AS "occurredOn", l.description, l.counterparty,
    l.amount::float8 AS amount, l.decision_id AS "decisionId",
    CASE WHEN d.id IS NULL THEN NULL ELSE lpad(d.number::text, 2, '0') || CASE WHEN d.track = 'party' THEN '-' ELSE '/' END || d.symbol END AS "decisionLabel",
    l.event_id AS "eventId", l.reverses_id AS "reversesId", l.reason, r.id AS "reversedById", a.display_name AS "createdByName", l.created_at AS "createdAt"
  FROM fund_lines l
  JOIN accounts a ON a.province_id = l.province_id AND a.id = l.created_by
  LEFT JOIN award_decisions d ON d.province_id = l.province_id AND d.id = l.decision_id
  LEFT JOIN fund_lines r ON r.province_id = l.province_id AND r.reverses_id = l.id`

export async function findLine(db: Db, provinceId: string, id: string): Promise<FundLine | undefined> {
  return (await db.query<FundLine>(`${LINE_SELECT} WHERE l.province_id = $1 AND l.id = $2`, [provinceId, id]))[0]
}

/** The year's ledger in the order it was written. */
export async function listLines(db: Db, provinceId: string, organizationId: string, year: number): Promise<FundLine[]> {
  return db.query<FundLine>(`${LINE_SELECT} WHERE l.province_id = $1 AND l.organization_id = $2 AND l.year = $3 ORDER BY l.occurred_on, l.created_at, l.id`, [provinceId, organizationId, year])
}

export interface NewFundLine {
  id: string
  organizationId: string
  year: number
  kind: FundLineKind
  category: FundCategory
  occurredOn: string
  description: string
  counterparty: string | null
  amount: number
  decisionId: string | null
  eventId: string | null
  reversesId: string | null
  reason: string | null
  createdBy: string
}

export async function insertLine(db: Db, provinceId: string, l: NewFundLine): Promise<void> {
  await db.query(
    `INSERT INTO fund_lines (province_id, id, organization_id, year, kind, category, occurred_on, description, counterparty, amount, decision_id, event_id, reverses_id, reason, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [provinceId, l.id, l.organizationId, l.year, l.kind, l.category, l.occurredOn, l.description, l.counterparty, l.amount, l.decisionId, l.eventId, l.reversesId, l.reason, l.createdBy],
  )
}

// ── award decisions the fund pays ──────────────────────────────────────────────────────────────────

export interface PayableDecision {
  id: string
  organizationId: string
  label: string
  title: string
  decisionDate: string
  year: number
  lineCount: number
  /** What the decision pays: its paid lines with a known amount whose award is not cancelled. */
  total: number
  /** Lines left out of the total, with why. */
  cancelledLines: number
  unknownAmountLines: number
  notPaidLines: number
  /** The fund line that paid it and has not been reversed, when paid. */
  paidLineId: string | null
}

/**
 * A payment line of decision d (f) that stands: not itself a reversal, and not reversed. A decision is paid
 * while it has one; once every payment line is reversed it may be paid again (migration 0016).
 */
const STANDING_PAYMENT = `f.province_id = d.province_id AND f.decision_id = d.id AND f.reverses_id IS NULL
    AND NOT EXISTS (SELECT 1 FROM fund_lines fr WHERE fr.province_id = f.province_id AND fr.reverses_id = f.id)`

const DECISION_SELECT = `SELECT d.id, d.organization_id AS "organizationId",
    lpad(d.number::text, 2, '0') || CASE WHEN d.track = 'party' THEN '-' ELSE '/' END || d.symbol AS label, d.title, d.decision_date AS "decisionDate", d.year,
    count(i.nomination_id)::int AS "lineCount",
    coalesce(sum(i.amount) FILTER (WHERE i.paid AND i.amount IS NOT NULL AND ar.revoked_on IS NULL), 0)::float8 AS total,
    count(*) FILTER (WHERE ar.revoked_on IS NOT NULL)::int AS "cancelledLines",
    count(*) FILTER (WHERE i.paid AND i.amount IS NULL AND ar.revoked_on IS NULL)::int AS "unknownAmountLines",
    count(*) FILTER (WHERE NOT i.paid AND ar.revoked_on IS NULL)::int AS "notPaidLines",
    (SELECT f.id FROM fund_lines f WHERE ${STANDING_PAYMENT}) AS "paidLineId"
  FROM award_decisions d
  LEFT JOIN award_decision_items i ON i.province_id = d.province_id AND i.decision_id = d.id
  LEFT JOIN award_records ar ON ar.province_id = i.province_id AND ar.id = i.award_record_id`

/** The organization's issued decisions, unpaid ones only when asked; newest first. */
export async function listIssuedDecisions(db: Db, provinceId: string, organizationId: string, unpaidOnly: boolean): Promise<PayableDecision[]> {
  return db.query<PayableDecision>(
    `${DECISION_SELECT} WHERE d.province_id = $1 AND d.organization_id = $2 AND d.status = 'issued'
        AND (NOT $3::boolean OR NOT EXISTS (SELECT 1 FROM fund_lines f WHERE ${STANDING_PAYMENT}))
      GROUP BY d.province_id, d.id ORDER BY d.decision_date DESC, d.number DESC`,
    [provinceId, organizationId, unpaidOnly],
  )
}

export async function findIssuedDecision(db: Db, provinceId: string, id: string): Promise<PayableDecision | undefined> {
  return (await db.query<PayableDecision>(`${DECISION_SELECT} WHERE d.province_id = $1 AND d.id = $2 AND d.status = 'issued' GROUP BY d.province_id, d.id`, [provinceId, id]))[0]
}
