// Every SQL statement about the award registry (sổ khen thưởng): titles and forms conferred on people,
// collectives and households, with the decisions that conferred them.
import type { Db } from '../../db/client.ts'
import type { CatalogueCode, CommendationKind, SubjectKind, Track } from '../../../rules/index.ts'

export const AWARD_LEVELS = { central: 'Trung ương', ministry: 'Cấp bộ, ngành', province: 'Cấp tỉnh', district: 'Cấp huyện', commune: 'Cấp xã', unit: 'Cấp đơn vị' } as const
export type AwardLevel = keyof typeof AWARD_LEVELS
export const AWARD_SOURCES = { manual: 'Nhập tay', import: 'Nhập từ tệp (Excel, Word, PDF)', decision: 'Từ quyết định khen thưởng' } as const
export type AwardSource = keyof typeof AWARD_SOURCES

/** The stored fields of a registry row (what create, update and import write). */
export interface AwardWrite {
  id: string
  subjectKind: SubjectKind
  subjectId: string
  /** A catalogue code, or null for a form outside the catalogue (then `name` is all there is). */
  code: CatalogueCode | null
  /** The name as written on the decision. */
  name: string
  track: Track
  level: AwardLevel | null
  /** The year the achievement refers to. */
  year: number
  decisionNumber: string | null
  decisionDate: string | null
  decisionIssuer: string | null
  kind: CommendationKind
  campaignId: string | null
  achievement: string | null
  source: AwardSource
  /** Snapshot of the subject when the row was written (finds the same achievement recorded twice). */
  subjectName: string
  subjectBirthDate: string | null
  subjectCccd: string | null
}

export interface AwardRecord extends AwardWrite {
  /** The unit that scopes the subject (the person's or household's unit, or the collective itself). */
  organizationId: string
  organizationName: string
  /** Cancelled (hủy bỏ, Luật TĐKT 2022 Điều 93): the row stays in the registry, marked, and no longer counts. */
  revokedOn: string | null
  revokedReason: string | null
  version: number
  createdAt: string
  updatedAt: string
}

/** Registry rows read from `source` (the table, or a page of it) with the unit that scopes each subject. */
export const awardsFrom = (source: string) => `FROM ${source} r
  LEFT JOIN people p ON p.province_id = r.province_id AND p.id = r.person_id
  LEFT JOIN households h ON h.province_id = r.province_id AND h.id = r.household_id
  JOIN organizations u ON u.province_id = r.province_id AND u.id = coalesce(p.organization_id, h.organization_id, r.collective_id)`

/** The fields of an AwardRecord, over `awardsFrom`. */
export const AWARD_COLUMNS = `r.id, r.subject_kind AS "subjectKind", r.subject_id AS "subjectId", r.code, r.name, r.track, r.level, r.year,
    r.decision_number AS "decisionNumber", r.decision_date AS "decisionDate", r.decision_issuer AS "decisionIssuer", r.kind,
    r.campaign_id AS "campaignId", r.achievement, r.source, r.subject_name AS "subjectName", r.subject_birth_date AS "subjectBirthDate",
    r.subject_cccd AS "subjectCccd", u.id AS "organizationId", u.name AS "organizationName",
    r.revoked_on AS "revokedOn", r.revoked_reason AS "revokedReason", r.version, r.created_at AS "createdAt", r.updated_at AS "updatedAt"`

const SELECT_AWARD = `SELECT ${AWARD_COLUMNS} ${awardsFrom('award_records')}`

/** The registry's order: newest achievement first (index award_records_listing, migration 0017). */
export const AWARD_ORDER = `ORDER BY r.year DESC, r.decision_date DESC NULLS LAST, r.subject_name_folded, r.id`

export async function findAward(db: Db, provinceId: string, id: string): Promise<AwardRecord | undefined> {
  const rows = await db.query<AwardRecord>(`${SELECT_AWARD} WHERE r.province_id = $1 AND r.id = $2`, [provinceId, id])
  return rows[0]
}

/** Every registry row of these subjects, newest achievement first (one query whatever their number). */
export async function listAwardsOfSubjects(db: Db, provinceId: string, subjectIds: readonly string[]): Promise<AwardRecord[]> {
  if (subjectIds.length === 0) return []
  return db.query<AwardRecord>(`${SELECT_AWARD} WHERE r.province_id = $1 AND r.subject_id = ANY($2::uuid[]) ${AWARD_ORDER}`, [provinceId, subjectIds])
}

/** Rows of a subtree (optionally one year) for the duplicate review. */
export async function listAwardsInSubtree(db: Db, provinceId: string, scopePath: string, year: number | null): Promise<AwardRecord[]> {
  return db.query<AwardRecord>(`${SELECT_AWARD} WHERE r.province_id = $1 AND u.path LIKE $2 || '%' AND ($3::int IS NULL OR r.year = $3::int) ${AWARD_ORDER}`, [provinceId, scopePath, year])
}

/**
 * Rows of the province that may concern the same subject and year as `row`: the same subject, the same
 * CCCD, or the same folded name and birth date (the pure rules decide which really are the same).
 */
export async function listIdentityCandidates(db: Db, provinceId: string, row: Pick<AwardWrite, 'id' | 'subjectId' | 'subjectName' | 'subjectBirthDate' | 'subjectCccd' | 'year'>): Promise<AwardRecord[]> {
  return db.query<AwardRecord>(
    `${SELECT_AWARD}
      WHERE r.province_id = $1 AND r.year = $2 AND r.id <> $3
        AND (r.subject_id = $4 OR r.subject_cccd = $5::text OR (r.subject_birth_date = $6::date AND r.subject_name_folded = tdkt_fold($7::text)))
      ${AWARD_ORDER}`,
    [provinceId, row.year, row.id, row.subjectId, row.subjectCccd, row.subjectBirthDate, row.subjectName],
  )
}

const COLUMNS = [
  'subject_kind', 'person_id', 'collective_id', 'household_id', 'code', 'name', 'track', 'level', 'year', 'decision_number', 'decision_date',
  'decision_issuer', 'kind', 'campaign_id', 'achievement', 'source', 'subject_name', 'subject_birth_date', 'subject_cccd',
] as const
const CASTS = ['text', 'uuid', 'uuid', 'uuid', 'text', 'text', 'text', 'text', 'int', 'text', 'date', 'text', 'text', 'uuid', 'text', 'text', 'text', 'date', 'text'] as const

function values(a: AwardWrite): unknown[] {
  const subject = (kind: SubjectKind) => (a.subjectKind === kind ? a.subjectId : null)
  return [
    a.subjectKind, subject('individual'), subject('collective'), subject('household'), a.code, a.name, a.track, a.level, a.year, a.decisionNumber, a.decisionDate,
    a.decisionIssuer, a.kind, a.campaignId, a.achievement, a.source, a.subjectName, a.subjectBirthDate, a.subjectCccd,
  ]
}

/** Inserts registry rows, many per statement (the spreadsheet import writes thousands). */
export async function insertAwards(db: Db, provinceId: string, rows: readonly AwardWrite[], chunkSize = 1000): Promise<void> {
  for (let start = 0; start < rows.length; start += chunkSize) {
    const params: unknown[] = [provinceId]
    const tuples = rows.slice(start, start + chunkSize).map((row) => {
      params.push(row.id)
      const id = `$${params.length}::uuid`
      const cells = values(row).map((value, i) => {
        params.push(value)
        return `$${params.length}::${CASTS[i]}`
      })
      return `($1::uuid, ${id}, ${cells.join(', ')})`
    })
    await db.query(`INSERT INTO award_records (province_id, id, ${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`, params)
  }
}

/** Optimistic update of every field; false when the version no longer matches. */
export async function updateAward(db: Db, provinceId: string, row: AwardWrite, expectedVersion: number): Promise<boolean> {
  const params: unknown[] = [provinceId, row.id, expectedVersion, ...values(row)]
  const sets = COLUMNS.map((column, i) => `${column} = $${i + 4}::${CASTS[i]}`)
  const rows = await db.query(
    `UPDATE award_records SET ${sets.join(', ')}, version = version + 1, updated_at = now() WHERE province_id = $1 AND id = $2 AND version = $3 RETURNING id`,
    params,
  )
  return rows.length > 0
}

export async function deleteAward(db: Db, provinceId: string, id: string, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(`DELETE FROM award_records WHERE province_id = $1 AND id = $2 AND version = $3 RETURNING id`, [provinceId, id, expectedVersion])
  return rows.length > 0
}

export async function campaignExists(db: Db, provinceId: string, id: string): Promise<boolean> {
  return (await db.query(`SELECT 1 FROM campaigns WHERE province_id = $1 AND id = $2`, [provinceId, id])).length > 0
}
