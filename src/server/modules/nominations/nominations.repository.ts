// Every SQL statement about nominations, their status history, the proposals (tờ trình) they were
// submitted with and the files attached to their dossiers.
import type { Db } from '../../db/client.ts'
import type { CatalogueCode, CommendationKind, EligibilityInputData, Evaluation, SubjectKind } from '../../../rules/index.ts'
import type { NominationStatus } from '../../../shared/nomination-lifecycle.ts'
import type { DossierPart, SimplifiedCase } from '../../../shared/nomination-dossier.ts'
import { TOTAL_CAP } from '../../../shared/schemas.ts'
import type { Track } from '../../../shared/issuer-identity.ts'
import { likeLiteral } from '../people/people.repository.ts'
import type { DecidingAuthority } from './deciding-authority.ts'
import type { ReviewMeeting } from './nominations.schemas.ts'

/** A nomination as lists show it (without the eligibility question and answer). */
export interface NominationRecord {
  id: string
  campaignId: string | null
  year: number
  nominatingOrganizationId: string
  nominatingOrganizationName: string
  nominatingOrganizationPath: string
  subjectKind: SubjectKind
  subjectId: string
  subjectName: string
  /** The subject's unit (the person's or household's unit, or the collective itself). */
  subjectOrganizationName: string
  target: CatalogueCode
  kind: CommendationKind
  achievement: string
  simplifiedCase: SimplifiedCase | null
  reviewMeeting: ReviewMeeting | null
  decisionDate: string
  decidingOrganizationId: string
  authority: DecidingAuthority
  competent: boolean
  eligible: boolean | null
  evaluatedAt: string
  status: NominationStatus
  batchId: string | null
  submittedOn: string | null
  closedOn: string | null
  deadlineOverride: { reason: string; byName: string | null; at: string } | null
  version: number
  createdAt: string
  updatedAt: string
}

/** With the eligibility snapshot: the engine's question (the history as read) and its answer. */
export interface NominationWithEvaluation extends NominationRecord {
  eligibilityInput: EligibilityInputData
  eligibility: Evaluation
}

const RECORD_COLUMNS = `n.id, n.campaign_id AS "campaignId", n.year, n.nominating_organization_id AS "nominatingOrganizationId",
  nu.name AS "nominatingOrganizationName", nu.path AS "nominatingOrganizationPath", n.subject_kind AS "subjectKind", n.subject_id AS "subjectId",
  n.subject_name AS "subjectName", so.name AS "subjectOrganizationName", n.target, n.kind, n.achievement, n.simplified_case AS "simplifiedCase",
  n.review_meeting AS "reviewMeeting", n.decision_date AS "decisionDate", n.deciding_organization_id AS "decidingOrganizationId",
  n.authority, n.competent, n.eligible, n.evaluated_at AS "evaluatedAt", n.status, n.batch_id AS "batchId", n.submitted_on AS "submittedOn",
  n.closed_on AS "closedOn",
  CASE WHEN n.deadline_override_reason IS NULL THEN NULL
       ELSE json_build_object('reason', n.deadline_override_reason, 'byName', ob.display_name, 'at', n.deadline_override_at) END AS "deadlineOverride",
  n.version, n.created_at AS "createdAt", n.updated_at AS "updatedAt"`

const FROM_NOMINATIONS = `FROM nominations n
  JOIN organizations nu ON nu.province_id = n.province_id AND nu.id = n.nominating_organization_id
  LEFT JOIN people p ON p.province_id = n.province_id AND p.id = n.person_id
  LEFT JOIN households h ON h.province_id = n.province_id AND h.id = n.household_id
  JOIN organizations so ON so.province_id = n.province_id AND so.id = coalesce(p.organization_id, h.organization_id, n.collective_id)
  LEFT JOIN accounts ob ON ob.province_id = n.province_id AND ob.id = n.deadline_override_by`

const ORDER = `ORDER BY n.created_at DESC, n.id`

export async function findNomination(db: Db, provinceId: string, id: string): Promise<NominationWithEvaluation | undefined> {
  const rows = await db.query<NominationWithEvaluation>(
    `SELECT ${RECORD_COLUMNS}, n.eligibility_input AS "eligibilityInput", n.eligibility ${FROM_NOMINATIONS} WHERE n.province_id = $1 AND n.id = $2`,
    [provinceId, id],
  )
  return rows[0]
}

export async function findNominations(db: Db, provinceId: string, ids: readonly string[]): Promise<NominationWithEvaluation[]> {
  if (ids.length === 0) return []
  return db.query<NominationWithEvaluation>(
    `SELECT ${RECORD_COLUMNS}, n.eligibility_input AS "eligibilityInput", n.eligibility ${FROM_NOMINATIONS} WHERE n.province_id = $1 AND n.id = ANY($2::uuid[]) ${ORDER}`,
    [provinceId, ids],
  )
}

export async function listBatchMembers(db: Db, provinceId: string, batchId: string): Promise<NominationWithEvaluation[]> {
  return db.query<NominationWithEvaluation>(
    `SELECT ${RECORD_COLUMNS}, n.eligibility_input AS "eligibilityInput", n.eligibility ${FROM_NOMINATIONS}
      WHERE n.province_id = $1 AND n.batch_id = $2 ORDER BY n.subject_kind DESC, so.sort_key COLLATE "C", n.subject_name_folded, n.id`,
    [provinceId, batchId],
  )
}

export interface NominationFilter {
  scopePath: string
  campaignId: string | null
  status: NominationStatus | null
  /** Path of a unit: its nominations and those of the units under it. */
  organizationPath: string | null
  year: number | null
  target: CatalogueCode | null
  batchId: string | null
  q: string | null
  limit: number
  offset: number
}

/** Nominations by units in the caller's subtree, newest first; q matches the subject's name without accents. */
export async function searchNominations(db: Db, provinceId: string, f: NominationFilter): Promise<{ items: NominationRecord[]; total: number; totalCapped: boolean }> {
  const where = `n.province_id = $1 AND nu.path LIKE $2 || '%'
    AND ($3::uuid IS NULL OR n.campaign_id = $3::uuid)
    AND ($4::text IS NULL OR n.status = $4::text)
    AND ($5::text IS NULL OR nu.path LIKE $5::text || '%')
    AND ($6::int IS NULL OR n.year = $6::int)
    AND ($7::text IS NULL OR n.target = $7::text)
    AND ($8::uuid IS NULL OR n.batch_id = $8::uuid)
    AND ($9::text IS NULL OR n.subject_name_folded LIKE '%' || tdkt_fold($9::text) || '%')`
  const params = [provinceId, f.scopePath, f.campaignId, f.status, f.organizationPath, f.year, f.target, f.batchId, f.q === null ? null : likeLiteral(f.q)]
  const [items, count] = await Promise.all([
    db.query<NominationRecord>(`SELECT ${RECORD_COLUMNS} ${FROM_NOMINATIONS} WHERE ${where} ${ORDER} LIMIT $10 OFFSET $11`, [...params, f.limit, f.offset]),
    db.query<{ total: number }>(`SELECT count(*)::int AS total FROM (SELECT 1 ${FROM_NOMINATIONS} WHERE ${where} LIMIT ${TOTAL_CAP + 1}) m`, params),
  ])
  const total = count[0]?.total ?? 0
  return { items, total: Math.min(total, TOTAL_CAP), totalCapped: total > TOTAL_CAP }
}

/** The authority check and the eligibility snapshot, as written at creation, edit, submission and re-evaluation. */
export interface Assessment {
  decidingOrganizationId: string
  authority: DecidingAuthority
  input: EligibilityInputData
  evaluation: Evaluation
}

export interface NewNomination {
  id: string
  campaignId: string | null
  year: number
  nominatingOrganizationId: string
  subjectKind: SubjectKind
  subjectId: string
  subjectName: string
  target: CatalogueCode
  kind: CommendationKind
  achievement: string
  simplifiedCase: SimplifiedCase | null
  reviewMeeting: ReviewMeeting | null
  decisionDate: string
  assessment: Assessment
  createdBy: string
}

const SUBJECT_COLUMN = { individual: 'person_id', collective: 'collective_id', household: 'household_id' } as const satisfies Record<SubjectKind, string>

export async function insertNomination(db: Db, provinceId: string, n: NewNomination): Promise<void> {
  const a = n.assessment
  await db.query(
    `INSERT INTO nominations (province_id, id, campaign_id, year, nominating_organization_id, subject_kind, ${SUBJECT_COLUMN[n.subjectKind]}, subject_name,
       target, kind, achievement, simplified_case, review_meeting, decision_date, deciding_organization_id, authority, competent,
       eligibility_input, eligibility, eligible, evaluated_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, now(), $21)`,
    [provinceId, n.id, n.campaignId, n.year, n.nominatingOrganizationId, n.subjectKind, n.subjectId, n.subjectName,
      n.target, n.kind, n.achievement, n.simplifiedCase, n.reviewMeeting === null ? null : JSON.stringify(n.reviewMeeting), n.decisionDate,
      a.decidingOrganizationId, JSON.stringify(a.authority), a.authority.competent, JSON.stringify(a.input), JSON.stringify(a.evaluation), a.evaluation.eligible, n.createdBy],
  )
}

export interface NominationEdit {
  target: CatalogueCode
  kind: CommendationKind
  achievement: string
  simplifiedCase: SimplifiedCase | null
  reviewMeeting: ReviewMeeting | null
  decisionDate: string
  assessment: Assessment
}

/** Optimistic update of an editable nomination; false when the version moved. */
export async function updateNomination(db: Db, provinceId: string, id: string, e: NominationEdit, expectedVersion: number): Promise<boolean> {
  const a = e.assessment
  const rows = await db.query(
    `UPDATE nominations SET target = $3, kind = $4, achievement = $5, simplified_case = $6, review_meeting = $7, decision_date = $8,
            deciding_organization_id = $9, authority = $10, competent = $11, eligibility_input = $12, eligibility = $13, eligible = $14,
            evaluated_at = now(), version = version + 1, updated_at = now()
      WHERE province_id = $1 AND id = $2 AND version = $15 RETURNING id`,
    [provinceId, id, e.target, e.kind, e.achievement, e.simplifiedCase, e.reviewMeeting === null ? null : JSON.stringify(e.reviewMeeting), e.decisionDate,
      a.decidingOrganizationId, JSON.stringify(a.authority), a.authority.competent, JSON.stringify(a.input), JSON.stringify(a.evaluation), a.evaluation.eligible, expectedVersion],
  )
  return rows.length > 0
}

/** Stores a new authority check and eligibility snapshot; false when the version moved. */
export async function saveAssessment(db: Db, provinceId: string, id: string, a: Assessment, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE nominations SET deciding_organization_id = $3, authority = $4, competent = $5, eligibility_input = $6, eligibility = $7, eligible = $8,
            evaluated_at = now(), version = version + 1, updated_at = now()
      WHERE province_id = $1 AND id = $2 AND version = $9 RETURNING id`,
    [provinceId, id, a.decidingOrganizationId, JSON.stringify(a.authority), a.authority.competent, JSON.stringify(a.input), JSON.stringify(a.evaluation), a.evaluation.eligible, expectedVersion],
  )
  return rows.length > 0
}

export interface StatusChange {
  from: NominationStatus
  to: NominationStatus
  /** Set on submission: the proposal it goes with and the day the processing time starts. */
  submission?: { batchId: string; submittedOn: string }
  /** Set when the nomination is decided or fails. */
  closedOn?: string
}

/** Optimistic status move; false when the version or the status moved. */
export async function updateStatus(db: Db, provinceId: string, id: string, c: StatusChange, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE nominations SET status = $4, batch_id = coalesce($5, batch_id), submitted_on = coalesce($6, submitted_on), closed_on = $7,
            version = version + 1, updated_at = now()
      WHERE province_id = $1 AND id = $2 AND status = $3 AND version = $8 RETURNING id`,
    [provinceId, id, c.from, c.to, c.submission?.batchId ?? null, c.submission?.submittedOn ?? null, c.closedOn ?? null, expectedVersion],
  )
  return rows.length > 0
}

export async function setDeadlineOverride(db: Db, provinceId: string, id: string, reason: string, accountId: string, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE nominations SET deadline_override_reason = $3, deadline_override_by = $4, deadline_override_at = now(), version = version + 1, updated_at = now()
      WHERE province_id = $1 AND id = $2 AND version = $5 RETURNING id`,
    [provinceId, id, reason, accountId, expectedVersion],
  )
  return rows.length > 0
}

/** Deletes a draft (its history and attachments go with it); false when the version moved or it is no longer a draft. */
export async function deleteDraft(db: Db, provinceId: string, id: string, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(`DELETE FROM nominations WHERE province_id = $1 AND id = $2 AND status = 'draft' AND version = $3 RETURNING id`, [provinceId, id, expectedVersion])
  return rows.length > 0
}

// ── status history ──────────────────────────────────────────────────────────────────────────────

export interface NominationEvent {
  id: string
  nominationId: string
  fromStatus: NominationStatus | null
  toStatus: NominationStatus
  reason: string | null
  batchId: string | null
  actorId: string
  actorName: string
  at: string
}

export async function insertEvent(db: Db, provinceId: string, e: Omit<NominationEvent, 'at'>): Promise<void> {
  await db.query(
    `INSERT INTO nomination_events (province_id, id, nomination_id, from_status, to_status, reason, batch_id, actor_id, actor_name)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [provinceId, e.id, e.nominationId, e.fromStatus, e.toStatus, e.reason, e.batchId, e.actorId, e.actorName],
  )
}

export async function listEvents(db: Db, provinceId: string, nominationId: string): Promise<NominationEvent[]> {
  return db.query<NominationEvent>(
    `SELECT id, nomination_id AS "nominationId", from_status AS "fromStatus", to_status AS "toStatus", reason, batch_id AS "batchId",
            actor_id AS "actorId", actor_name AS "actorName", at
       FROM nomination_events WHERE province_id = $1 AND nomination_id = $2 ORDER BY at, id`,
    [provinceId, nominationId],
  )
}

// ── proposals (tờ trình) ────────────────────────────────────────────────────────────────────────

export interface BatchRecord {
  id: string
  organizationId: string
  campaignId: string | null
  year: number
  track: Track
  symbol: string
  periodKey: string
  number: number
  submittedOn: string
  submittedBy: string
}

export async function insertBatch(db: Db, provinceId: string, b: BatchRecord): Promise<void> {
  await db.query(
    `INSERT INTO nomination_batches (province_id, id, organization_id, campaign_id, year, track, symbol, period_key, number, submitted_on, submitted_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [provinceId, b.id, b.organizationId, b.campaignId, b.year, b.track, b.symbol, b.periodKey, b.number, b.submittedOn, b.submittedBy],
  )
}

export async function findBatches(db: Db, provinceId: string, ids: readonly string[]): Promise<BatchRecord[]> {
  if (ids.length === 0) return []
  return db.query<BatchRecord>(
    `SELECT id, organization_id AS "organizationId", campaign_id AS "campaignId", year, track, symbol, period_key AS "periodKey", number,
            submitted_on AS "submittedOn", submitted_by AS "submittedBy"
       FROM nomination_batches WHERE province_id = $1 AND id = ANY($2::uuid[])`,
    [provinceId, ids],
  )
}

// ── attached files ──────────────────────────────────────────────────────────────────────────────

export interface Attachment {
  id: string
  nominationId: string
  part: DossierPart
  name: string
  sha256: string
  type: string
  size: number
  uploadedBy: string
  uploadedByName: string
  uploadedAt: string
}

export async function insertAttachment(db: Db, provinceId: string, a: Pick<Attachment, 'id' | 'nominationId' | 'part' | 'name' | 'sha256' | 'uploadedBy'>): Promise<void> {
  await db.query(
    `INSERT INTO nomination_documents (province_id, id, nomination_id, part, name, sha256, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [provinceId, a.id, a.nominationId, a.part, a.name, a.sha256, a.uploadedBy],
  )
}

const ATTACHMENT_SELECT = `SELECT a.id, a.nomination_id AS "nominationId", a.part, a.name, a.sha256, d.type, d.size, a.uploaded_by AS "uploadedBy",
    u.display_name AS "uploadedByName", a.uploaded_at AS "uploadedAt"
  FROM nomination_documents a
  JOIN documents d ON d.province_id = a.province_id AND d.sha256 = a.sha256
  JOIN accounts u ON u.province_id = a.province_id AND u.id = a.uploaded_by`

export async function listAttachments(db: Db, provinceId: string, nominationIds: readonly string[]): Promise<Attachment[]> {
  if (nominationIds.length === 0) return []
  return db.query<Attachment>(`${ATTACHMENT_SELECT} WHERE a.province_id = $1 AND a.nomination_id = ANY($2::uuid[]) ORDER BY a.uploaded_at, a.id`, [provinceId, nominationIds])
}

export async function findAttachment(db: Db, provinceId: string, nominationId: string, id: string): Promise<Attachment | undefined> {
  const rows = await db.query<Attachment>(`${ATTACHMENT_SELECT} WHERE a.province_id = $1 AND a.nomination_id = $2 AND a.id = $3`, [provinceId, nominationId, id])
  return rows[0]
}

/** Detaches a file (its bytes stay in the store, which other records may share). */
export async function deleteAttachment(db: Db, provinceId: string, nominationId: string, id: string): Promise<boolean> {
  const rows = await db.query(`DELETE FROM nomination_documents WHERE province_id = $1 AND nomination_id = $2 AND id = $3 RETURNING id`, [provinceId, nominationId, id])
  return rows.length > 0
}

/** Proposals of a year already on their way (submitted or later, not failed) from units in a subtree: the pool quotas count. */
export async function listActiveProposals(db: Db, provinceId: string, rootPath: string, year: number): Promise<{ id: string; subjectKind: 'individual' | 'collective' | 'household'; subjectId: string; target: string }[]> {
  return db.query(
    `SELECT n.id, n.subject_kind AS "subjectKind", n.subject_id AS "subjectId", n.target
       FROM nominations n JOIN organizations o ON o.province_id = n.province_id AND o.id = n.nominating_organization_id
      WHERE n.province_id = $1 AND o.path LIKE $2 || '%' AND n.year = $3
        AND n.status IN ('submitted', 'checked', 'to_council', 'passed', 'decided', 'proposed')`,
    [provinceId, rootPath, year],
  )
}
