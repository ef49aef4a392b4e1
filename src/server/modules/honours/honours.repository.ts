// Every SQL statement about the honour board (exemplars, exemplar_awards) and what the public pages read of the
// registry for an exemplar's subject. The public queries select only public columns and published rows.
import type { Db } from '../../db/client.ts'
import { likeLiteral } from '../people/people.repository.ts'
import type { ExemplarKind, ExemplarStatus, ExemplarSubjectKind } from './exemplar-kinds.ts'

export interface ExemplarRecord {
  id: string
  organizationId: string
  organizationName: string
  organizationPath: string
  kind: ExemplarKind
  subjectKind: ExemplarSubjectKind
  /** The person's, organization's or household's id; null for a typed name. */
  subjectId: string | null
  subjectName: string
  /** The unit shown under the name: the person's or household's unit, the collective's parent, or what was typed. */
  unitName: string | null
  subjectUnit: string | null
  title: string
  summary: string
  story: string
  year: number
  decisionId: string | null
  photoSha256: string | null
  status: ExemplarStatus
  publishedAt: string | null
  publishedByName: string | null
  withdrawnAt: string | null
  withdrawnByName: string | null
  withdrawnReason: string | null
  version: number
  createdByName: string
  createdAt: string
  updatedAt: string
}

// The unit under the name: never an address, never more than the unit's name.
const UNIT_JOINS = `LEFT JOIN people pe ON pe.province_id = e.province_id AND pe.id = e.person_id
  LEFT JOIN households h ON h.province_id = e.province_id AND h.id = e.household_id
  LEFT JOIN organizations co ON co.province_id = e.province_id AND co.id = e.collective_id
  LEFT JOIN organizations su ON su.province_id = e.province_id AND su.id = coalesce(pe.organization_id, h.organization_id, co.parent_id)`
const UNIT_NAME = `CASE WHEN e.subject_kind = 'named' THEN e.subject_unit ELSE su.name END`

const SELECT = `SELECT e.id, e.organization_id AS "organizationId", o.name AS "organizationName", o.path AS "organizationPath", e.kind,
    e.subject_kind AS "subjectKind", coalesce(e.person_id, e.collective_id, e.household_id) AS "subjectId", e.subject_name AS "subjectName",
    ${UNIT_NAME} AS "unitName", e.subject_unit AS "subjectUnit", e.title, e.summary, e.story, e.year, e.decision_id AS "decisionId",
    e.photo_sha256 AS "photoSha256", e.status, e.published_at AS "publishedAt", pb.display_name AS "publishedByName",
    e.withdrawn_at AS "withdrawnAt", wb.display_name AS "withdrawnByName", e.withdrawn_reason AS "withdrawnReason", e.version,
    cb.display_name AS "createdByName", e.created_at AS "createdAt", e.updated_at AS "updatedAt"
  FROM exemplars e
  JOIN organizations o ON o.province_id = e.province_id AND o.id = e.organization_id
  JOIN accounts cb ON cb.province_id = e.province_id AND cb.id = e.created_by
  LEFT JOIN accounts pb ON pb.province_id = e.province_id AND pb.id = e.published_by
  LEFT JOIN accounts wb ON wb.province_id = e.province_id AND wb.id = e.withdrawn_by
  ${UNIT_JOINS}`

export async function findExemplar(db: Db, provinceId: string, id: string): Promise<ExemplarRecord | undefined> {
  return (await db.query<ExemplarRecord>(`${SELECT} WHERE e.province_id = $1 AND e.id = $2`, [provinceId, id]))[0]
}

export interface ExemplarFilter {
  scopePath: string
  status: ExemplarStatus | null
  kind: ExemplarKind | null
  year: number | null
  q: string | null
  limit: number
  offset: number
}

const FILTER = `e.province_id = $1 AND o.path LIKE $2 || '%' AND ($3::text IS NULL OR e.status = $3::text) AND ($4::text IS NULL OR e.kind = $4::text)
  AND ($5::int IS NULL OR e.year = $5::int) AND ($6::text IS NULL OR e.search_folded LIKE '%' || tdkt_fold($6::text) || '%')`

/** The exemplars kept by organizations of the scope, latest change first. */
export async function searchExemplars(db: Db, provinceId: string, f: ExemplarFilter): Promise<{ items: ExemplarRecord[]; total: number }> {
  const params = [provinceId, f.scopePath, f.status, f.kind, f.year, f.q === null ? null : likeLiteral(f.q)]
  const [items, count] = await Promise.all([
    db.query<ExemplarRecord>(`${SELECT} WHERE ${FILTER} ORDER BY e.updated_at DESC, e.id LIMIT $7 OFFSET $8`, [...params, f.limit, f.offset]),
    db.query<{ total: number }>(`SELECT count(*)::int AS total FROM exemplars e JOIN organizations o ON o.province_id = e.province_id AND o.id = e.organization_id WHERE ${FILTER}`, params),
  ])
  return { items, total: count[0]?.total ?? 0 }
}

export interface ExemplarWrite {
  kind: ExemplarKind
  subjectKind: ExemplarSubjectKind
  subjectId: string | null
  subjectName: string
  subjectUnit: string | null
  title: string
  summary: string
  story: string
  year: number
  decisionId: string | null
}

const SUBJECT_COLUMN = { individual: 'person_id', collective: 'collective_id', household: 'household_id' } as const

/** person_id, collective_id, household_id for the subject (all null for a typed name). */
const subjectIds = (w: ExemplarWrite) =>
  (['individual', 'collective', 'household'] as const).map((k) => (w.subjectKind === k ? w.subjectId : null))

export async function insertExemplar(db: Db, provinceId: string, e: ExemplarWrite & { id: string; organizationId: string; createdBy: string }): Promise<void> {
  await db.query(
    `INSERT INTO exemplars (province_id, id, organization_id, kind, subject_kind, ${Object.values(SUBJECT_COLUMN).join(', ')}, subject_name, subject_unit,
       title, summary, story, year, decision_id, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
    [provinceId, e.id, e.organizationId, e.kind, e.subjectKind, ...subjectIds(e), e.subjectName, e.subjectUnit, e.title, e.summary, e.story, e.year, e.decisionId, e.createdBy],
  )
}

/** Optimistic edit of the content; false when the version moved. */
export async function updateExemplarContent(db: Db, provinceId: string, id: string, e: ExemplarWrite, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE exemplars SET kind = $3, subject_kind = $4, person_id = $5, collective_id = $6, household_id = $7, subject_name = $8, subject_unit = $9,
        title = $10, summary = $11, story = $12, year = $13, decision_id = $14, version = version + 1, updated_at = now()
      WHERE province_id = $1 AND id = $2 AND version = $15 RETURNING id`,
    [provinceId, id, e.kind, e.subjectKind, ...subjectIds(e), e.subjectName, e.subjectUnit, e.title, e.summary, e.story, e.year, e.decisionId, expectedVersion],
  )
  return rows.length === 1
}

/** Publishes a draft or withdrawn exemplar (a withdrawn one forgets its withdrawal; the audit keeps it); false when the version or status moved. */
export async function markPublished(db: Db, provinceId: string, id: string, accountId: string, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE exemplars SET status = 'published', published_at = now(), published_by = $3, withdrawn_at = NULL, withdrawn_by = NULL, withdrawn_reason = NULL,
        version = version + 1, updated_at = now()
      WHERE province_id = $1 AND id = $2 AND status IN ('draft', 'withdrawn') AND version = $4 RETURNING id`,
    [provinceId, id, accountId, expectedVersion],
  )
  return rows.length === 1
}

/** Takes a published exemplar off the board with the reason; false when the version or status moved. */
export async function markWithdrawn(db: Db, provinceId: string, id: string, accountId: string, reason: string, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE exemplars SET status = 'withdrawn', withdrawn_at = now(), withdrawn_by = $3, withdrawn_reason = $4, version = version + 1, updated_at = now()
      WHERE province_id = $1 AND id = $2 AND status = 'published' AND version = $5 RETURNING id`,
    [provinceId, id, accountId, reason, expectedVersion],
  )
  return rows.length === 1
}

/** Sets or clears the photo (a sha256 of the file store); false when the version moved. */
export async function setPhoto(db: Db, provinceId: string, id: string, sha256: string | null, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE exemplars SET photo_sha256 = $3, version = version + 1, updated_at = now() WHERE province_id = $1 AND id = $2 AND version = $4 RETURNING id`,
    [provinceId, id, sha256, expectedVersion],
  )
  return rows.length === 1
}

/** Replaces the registry rows an exemplar rests on, in the given order. */
export async function replaceExemplarAwards(db: Db, provinceId: string, exemplarId: string, awardRecordIds: readonly string[]): Promise<void> {
  await db.query(`DELETE FROM exemplar_awards WHERE province_id = $1 AND exemplar_id = $2`, [provinceId, exemplarId])
  if (awardRecordIds.length === 0) return
  await db.query(
    `INSERT INTO exemplar_awards (province_id, exemplar_id, award_record_id, position)
     SELECT $1, $2, a.id, a.position::int FROM unnest($3::uuid[]) WITH ORDINALITY AS a(id, position)`,
    [provinceId, exemplarId, [...awardRecordIds]],
  )
}

export interface AwardOwner {
  id: string
  subjectId: string
  revokedOn: string | null
}

/** Who each registry row belongs to (to refuse linking another subject's award or a cancelled one). */
export async function findAwardOwners(db: Db, provinceId: string, ids: readonly string[]): Promise<AwardOwner[]> {
  if (ids.length === 0) return []
  return db.query<AwardOwner>(
    `SELECT id, subject_id AS "subjectId", revoked_on AS "revokedOn" FROM award_records WHERE province_id = $1 AND id = ANY($2::uuid[])`,
    [provinceId, [...ids]],
  )
}

/** An award as the honour board shows it: the form, the year and the decision — nothing about the person. */
export interface BoardAward {
  id: string
  name: string
  year: number
  decisionNumber: string | null
  decisionDate: string | null
  decisionIssuer: string | null
  /** The verification code of the award's valid certificate, when tdkt issued one. */
  certificateCode: string | null
  /** Linked by the officer to this exemplar. */
  linked: boolean
}

const BOARD_AWARD = `SELECT r.id, r.name, r.year, r.decision_number AS "decisionNumber", r.decision_date AS "decisionDate", r.decision_issuer AS "decisionIssuer",
    (SELECT c.code FROM certificates c WHERE c.province_id = r.province_id AND c.award_record_id = r.id AND c.status = 'valid' LIMIT 1) AS "certificateCode",
    (ea.award_record_id IS NOT NULL) AS linked
  FROM award_records r
  LEFT JOIN exemplar_awards ea ON ea.province_id = r.province_id AND ea.exemplar_id = $2 AND ea.award_record_id = r.id`

/** The registry rows the officer linked, in their order. */
export async function findLinkedAwards(db: Db, provinceId: string, exemplarId: string): Promise<BoardAward[]> {
  return db.query<BoardAward>(`${BOARD_AWARD} WHERE r.province_id = $1 AND ea.award_record_id IS NOT NULL ORDER BY ea.position`, [provinceId, exemplarId])
}

/** Every award the registry holds for the subject and still in force (cancelled ones are left out), the linked ones first, then the latest. */
export async function findSubjectAwards(db: Db, provinceId: string, exemplarId: string, subjectId: string): Promise<BoardAward[]> {
  return db.query<BoardAward>(
    `${BOARD_AWARD} WHERE r.province_id = $1 AND r.subject_id = $3 AND r.revoked_on IS NULL
      ORDER BY (ea.award_record_id IS NULL), ea.position, r.year DESC, r.decision_date DESC NULLS LAST, r.id`,
    [provinceId, exemplarId, subjectId],
  )
}

// ——— The public board: published rows only, public columns only. ———

export interface PublicExemplarRow {
  id: string
  provinceId: string
  provinceName: string
  kind: ExemplarKind
  subjectKind: ExemplarSubjectKind
  subjectId: string | null
  subjectName: string
  unitName: string | null
  organizationName: string
  title: string
  summary: string
  year: number
  hasPhoto: boolean
  publishedAt: string
}

const PUBLIC_SELECT = `SELECT e.id, e.province_id AS "provinceId", pr.name AS "provinceName", e.kind, e.subject_kind AS "subjectKind",
    coalesce(e.person_id, e.collective_id, e.household_id) AS "subjectId", e.subject_name AS "subjectName", ${UNIT_NAME} AS "unitName",
    o.name AS "organizationName", e.title, e.summary, e.year, (e.photo_sha256 IS NOT NULL) AS "hasPhoto", e.published_at AS "publishedAt"
  FROM exemplars e
  JOIN provinces pr ON pr.id = e.province_id
  JOIN organizations o ON o.province_id = e.province_id AND o.id = e.organization_id
  ${UNIT_JOINS}`

export interface PublicFilter {
  provinceCode: string | null
  kind: ExemplarKind | null
  year: number | null
  q: string | null
  limit: number
  offset: number
}

const PUBLIC_WHERE = `e.status = 'published' AND ($1::text IS NULL OR pr.code = $1::text)`
const PUBLIC_FILTER = `${PUBLIC_WHERE} AND ($2::text IS NULL OR e.kind = $2::text) AND ($3::int IS NULL OR e.year = $3::int)
  AND ($4::text IS NULL OR e.search_folded LIKE '%' || tdkt_fold($4::text) || '%')`
const PUBLIC_FROM = `FROM exemplars e JOIN provinces pr ON pr.id = e.province_id`

/** Published exemplars, newest year first, with how many there are of each kind and year (for the filters). */
export async function searchPublicExemplars(db: Db, f: PublicFilter): Promise<{ items: PublicExemplarRow[]; total: number; kinds: { kind: ExemplarKind; count: number }[]; years: { year: number; count: number }[] }> {
  const params = [f.provinceCode, f.kind, f.year, f.q === null ? null : likeLiteral(f.q)]
  const [items, count, kinds, years] = await Promise.all([
    db.query<PublicExemplarRow>(`${PUBLIC_SELECT} WHERE ${PUBLIC_FILTER} ORDER BY e.year DESC, e.published_at DESC, e.id LIMIT $5 OFFSET $6`, [...params, f.limit, f.offset]),
    db.query<{ total: number }>(`SELECT count(*)::int AS total ${PUBLIC_FROM} WHERE ${PUBLIC_FILTER}`, params),
    db.query<{ kind: ExemplarKind; count: number }>(`SELECT e.kind, count(*)::int AS count ${PUBLIC_FROM} WHERE ${PUBLIC_WHERE} GROUP BY e.kind`, [f.provinceCode]),
    db.query<{ year: number; count: number }>(`SELECT e.year, count(*)::int AS count ${PUBLIC_FROM} WHERE ${PUBLIC_WHERE} GROUP BY e.year ORDER BY e.year DESC`, [f.provinceCode]),
  ])
  return { items, total: count[0]?.total ?? 0, kinds, years }
}

/** A published exemplar with its story and the decision it rests on; undefined for a draft, a withdrawn or an unknown one. */
export async function findPublicExemplar(db: Db, id: string): Promise<(PublicExemplarRow & { story: string; decisionId: string | null }) | undefined> {
  const rows = await db.query<PublicExemplarRow & { story: string; decisionId: string | null }>(
    `SELECT q.*, e.story, e.decision_id AS "decisionId" FROM (${PUBLIC_SELECT} WHERE e.status = 'published' AND e.id = $1) q
       JOIN exemplars e ON e.province_id = q."provinceId" AND e.id = q.id`,
    [id],
  )
  return rows[0]
}

/** The photo of a published exemplar (the file store's key); undefined when there is none or it is not published. */
export async function findPublicPhoto(db: Db, id: string): Promise<{ provinceId: string; sha256: string } | undefined> {
  const rows = await db.query<{ provinceId: string; sha256: string }>(
    `SELECT province_id AS "provinceId", photo_sha256 AS sha256 FROM exemplars WHERE id = $1 AND status = 'published' AND photo_sha256 IS NOT NULL`,
    [id],
  )
  return rows[0]
}

export interface IssuedDecisionRow {
  track: 'state' | 'party'
  number: number
  symbol: string
  decisionDate: string
  organizationId: string
}

/** An issued decision's number and date (a draft has no number and is never shown). */
export async function findIssuedDecision(db: Db, provinceId: string, id: string): Promise<IssuedDecisionRow | undefined> {
  const rows = await db.query<IssuedDecisionRow>(
    `SELECT track, number, symbol, decision_date AS "decisionDate", organization_id AS "organizationId"
       FROM award_decisions WHERE province_id = $1 AND id = $2 AND status = 'issued'`,
    [provinceId, id],
  )
  return rows[0]
}

/** The provinces this deployment serves: their public code and name. */
export async function listProvinces(db: Db): Promise<{ code: string; name: string }[]> {
  return db.query<{ code: string; name: string }>(`SELECT code, name FROM provinces ORDER BY name, code`)
}
