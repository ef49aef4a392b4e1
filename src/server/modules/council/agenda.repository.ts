// Every SQL statement about a session's agenda (council_items), the recusals on its items and the
// nominations that could go on it.
import type { Db } from '../../db/client.ts'
import type { CatalogueCode, SubjectKind } from '../../../rules/index.ts'
import type { NominationStatus } from '../../../shared/nomination-lifecycle.ts'

export interface AgendaItem {
  id: string
  sessionId: string
  nominationId: string
  position: number
  thresholdShare: number
  thresholdStrict: boolean
  thresholdLabel: string
  thresholdCitation: string
  votesFor: number
  votesAgainst: number
  votesAbstain: number
  result: 'passed' | 'failed' | null
  subjectKind: SubjectKind
  subjectId: string
  subjectName: string
  subjectOrganizationId: string
  subjectOrganizationName: string
  nominatingOrganizationId: string
  nominatingOrganizationName: string
  target: CatalogueCode
  year: number
  nominationStatus: NominationStatus
}

const ITEM_SELECT = `SELECT i.id, i.session_id AS "sessionId", i.nomination_id AS "nominationId", i.position, i.threshold_share AS "thresholdShare",
       i.threshold_strict AS "thresholdStrict", i.threshold_label AS "thresholdLabel", i.threshold_citation AS "thresholdCitation",
       i.votes_for AS "votesFor", i.votes_against AS "votesAgainst", i.votes_abstain AS "votesAbstain", i.result,
       n.subject_kind AS "subjectKind", n.subject_id AS "subjectId", n.subject_name AS "subjectName", so.id AS "subjectOrganizationId",
       so.name AS "subjectOrganizationName", n.nominating_organization_id AS "nominatingOrganizationId", nu.name AS "nominatingOrganizationName",
       n.target, n.year, n.status AS "nominationStatus"
  FROM council_items i
  JOIN nominations n ON n.province_id = i.province_id AND n.id = i.nomination_id
  JOIN organizations nu ON nu.province_id = n.province_id AND nu.id = n.nominating_organization_id
  LEFT JOIN people p ON p.province_id = n.province_id AND p.id = n.person_id
  LEFT JOIN households h ON h.province_id = n.province_id AND h.id = n.household_id
  JOIN organizations so ON so.province_id = n.province_id AND so.id = coalesce(p.organization_id, h.organization_id, n.collective_id)`

export async function listItems(db: Db, provinceId: string, sessionId: string): Promise<AgendaItem[]> {
  return db.query<AgendaItem>(`${ITEM_SELECT} WHERE i.province_id = $1 AND i.session_id = $2 ORDER BY i.position, i.id`, [provinceId, sessionId])
}

export async function findItem(db: Db, provinceId: string, id: string): Promise<AgendaItem | undefined> {
  return (await db.query<AgendaItem>(`${ITEM_SELECT} WHERE i.province_id = $1 AND i.id = $2`, [provinceId, id]))[0]
}

export interface NewItem {
  id: string
  sessionId: string
  nominationId: string
  thresholdShare: number
  thresholdStrict: boolean
  thresholdLabel: string
  thresholdCitation: string
}

/** Appends the item at the end of the agenda. */
export async function insertItem(db: Db, provinceId: string, i: NewItem): Promise<void> {
  await db.query(
    `INSERT INTO council_items (province_id, id, session_id, nomination_id, position, threshold_share, threshold_strict, threshold_label, threshold_citation)
     VALUES ($1, $2, $3, $4, (SELECT coalesce(max(position), 0) + 1 FROM council_items WHERE province_id = $1 AND session_id = $3), $5, $6, $7, $8)`,
    [provinceId, i.id, i.sessionId, i.nominationId, i.thresholdShare, i.thresholdStrict, i.thresholdLabel, i.thresholdCitation],
  )
}

/** Removes an item with its recusals (ON DELETE CASCADE). */
export async function deleteItem(db: Db, provinceId: string, id: string): Promise<void> {
  await db.query(`DELETE FROM council_items WHERE province_id = $1 AND id = $2`, [provinceId, id])
}

export async function saveResult(db: Db, provinceId: string, id: string, result: 'passed' | 'failed'): Promise<void> {
  await db.query(`UPDATE council_items SET result = $3 WHERE province_id = $1 AND id = $2`, [provinceId, id, result])
}

// ── recusals ────────────────────────────────────────────────────────────────────────────────────

export interface Recusal {
  itemId: string
  memberId: string
  fullName: string
  reason: string
  automatic: boolean
}

export async function listRecusals(db: Db, provinceId: string, sessionId: string): Promise<Recusal[]> {
  return db.query<Recusal>(
    `SELECT r.item_id AS "itemId", r.member_id AS "memberId", m.full_name AS "fullName", r.reason, r.automatic
       FROM council_recusals r
       JOIN council_items i ON i.province_id = r.province_id AND i.id = r.item_id
       JOIN council_members m ON m.province_id = r.province_id AND m.id = r.member_id
      WHERE r.province_id = $1 AND i.session_id = $2 ORDER BY i.position, m.sort_order, m.full_name`,
    [provinceId, sessionId],
  )
}

export async function findRecusal(db: Db, provinceId: string, itemId: string, memberId: string): Promise<{ reason: string; automatic: boolean } | undefined> {
  return (await db.query<{ reason: string; automatic: boolean }>(
    `SELECT reason, automatic FROM council_recusals WHERE province_id = $1 AND item_id = $2 AND member_id = $3`,
    [provinceId, itemId, memberId],
  ))[0]
}

export async function insertRecusal(db: Db, provinceId: string, r: { itemId: string; memberId: string; reason: string; automatic: boolean }): Promise<void> {
  await db.query(`INSERT INTO council_recusals (province_id, item_id, member_id, reason, automatic) VALUES ($1, $2, $3, $4, $5)`, [provinceId, r.itemId, r.memberId, r.reason, r.automatic])
}

export async function deleteRecusal(db: Db, provinceId: string, itemId: string, memberId: string): Promise<void> {
  await db.query(`DELETE FROM council_recusals WHERE province_id = $1 AND item_id = $2 AND member_id = $3`, [provinceId, itemId, memberId])
}

// ── nominations that may go on the agenda ───────────────────────────────────────────────────────

/** What decides whether a nomination may go on a council's agenda (agenda-eligibility.ts). */
export interface AgendaCandidate {
  id: string
  status: NominationStatus
  version: number
  subjectKind: SubjectKind
  subjectId: string
  subjectName: string
  target: CatalogueCode
  year: number
  decisionDate: string
  nominatingOrganizationId: string
  nominatingOrganizationName: string
  nominatingOrganizationPath: string
  subjectOrganizationId: string
  subjectOrganizationName: string
  decidingOrganizationName: string
  decidingOrganizationPath: string
  /** In a proposal sent up to the council's organization (upward_proposals.status = 'sent'). */
  sentToCouncil: boolean
  /** The title of a session not yet closed that has it on its agenda. */
  onSession: string | null
}

const CANDIDATE_SELECT = `SELECT n.id, n.status, n.version, n.subject_kind AS "subjectKind", n.subject_id AS "subjectId", n.subject_name AS "subjectName",
       n.target, n.year, n.decision_date AS "decisionDate", n.nominating_organization_id AS "nominatingOrganizationId",
       nu.name AS "nominatingOrganizationName", nu.path AS "nominatingOrganizationPath", so.id AS "subjectOrganizationId", so.name AS "subjectOrganizationName",
       d.name AS "decidingOrganizationName", d.path AS "decidingOrganizationPath",
       EXISTS (SELECT 1 FROM upward_proposal_items upi
                 JOIN upward_proposals up ON up.province_id = upi.province_id AND up.id = upi.proposal_id
                WHERE upi.province_id = n.province_id AND upi.nomination_id = n.id AND up.status = 'sent' AND up.to_organization_id = $2) AS "sentToCouncil",
       (SELECT s.title FROM council_items ci JOIN council_sessions s ON s.province_id = ci.province_id AND s.id = ci.session_id
         WHERE ci.province_id = n.province_id AND ci.nomination_id = n.id AND s.status <> 'closed' LIMIT 1) AS "onSession"
  FROM nominations n
  JOIN organizations nu ON nu.province_id = n.province_id AND nu.id = n.nominating_organization_id
  JOIN organizations d ON d.province_id = n.province_id AND d.id = n.deciding_organization_id
  LEFT JOIN people p ON p.province_id = n.province_id AND p.id = n.person_id
  LEFT JOIN households h ON h.province_id = n.province_id AND h.id = n.household_id
  JOIN organizations so ON so.province_id = n.province_id AND so.id = coalesce(p.organization_id, h.organization_id, n.collective_id)`

export async function findCandidate(db: Db, provinceId: string, councilOrganizationId: string, nominationId: string): Promise<AgendaCandidate | undefined> {
  return (await db.query<AgendaCandidate>(`${CANDIDATE_SELECT} WHERE n.province_id = $1 AND n.id = $3`, [provinceId, councilOrganizationId, nominationId]))[0]
}

/** Nominations of the council organization's subtree in a status a council reviews, oldest first. */
export async function listCandidates(db: Db, provinceId: string, council: { organizationId: string; organizationPath: string }): Promise<AgendaCandidate[]> {
  return db.query<AgendaCandidate>(
    `${CANDIDATE_SELECT} WHERE n.province_id = $1 AND nu.path LIKE $3 || '%' AND n.status IN ('submitted', 'checked', 'to_council', 'proposed')
      ORDER BY n.year, n.target, n.subject_name_folded, n.id LIMIT 1000`,
    [provinceId, council.organizationId, council.organizationPath],
  )
}

/** The reasons the close wrote for each nomination of the session (its first move out of to_council since the close). */
export async function listCloseReasons(db: Db, provinceId: string, sessionId: string): Promise<Map<string, string>> {
  const rows = await db.query<{ itemId: string; reason: string }>(
    `SELECT DISTINCT ON (i.id) i.id AS "itemId", e.reason
       FROM council_items i
       JOIN council_sessions s ON s.province_id = i.province_id AND s.id = i.session_id
       JOIN nomination_events e ON e.province_id = i.province_id AND e.nomination_id = i.nomination_id
        AND e.from_status = 'to_council' AND e.to_status = i.result AND e.at >= s.closed_at
      WHERE i.province_id = $1 AND i.session_id = $2 AND e.reason IS NOT NULL
      ORDER BY i.id, e.at`,
    [provinceId, sessionId],
  )
  return new Map(rows.map((r) => [r.itemId, r.reason]))
}
