// Every SQL statement about proposals to the level above (upward_proposals, upward_proposal_items) and
// what they are built from: the council that passed each nomination and the nominations still to send up.
import type { Db } from '../../db/client.ts'
import type { NominationStatus } from '../../../shared/nomination-lifecycle.ts'
import type { OrganizationKind } from '../../../shared/organizations.ts'

export const PROPOSAL_STATUSES = ['draft', 'sent', 'exported', 'answered'] as const
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number]
export type ProposalAnswer = 'decided' | 'partly' | 'returned'

export interface ProposalRecord {
  id: string
  fromOrganizationId: string
  fromOrganizationName: string
  fromOrganizationPath: string
  fromOrganizationKind: OrganizationKind
  toOrganizationId: string | null
  toOrganizationName: string | null
  toOrganizationPath: string | null
  toName: string
  title: string
  status: ProposalStatus
  periodKey: string | null
  symbol: string | null
  number: number | null
  sentOn: string | null
  answer: ProposalAnswer | null
  answerNote: string | null
  answeredAt: string | null
  answeredByName: string | null
  version: number
  createdByName: string
  createdAt: string
  /** How many of its nominations are in each status now (as they move at the level above). */
  itemCounts: Partial<Record<NominationStatus, number>>
}

const SELECT_PROPOSAL = `SELECT p.id, p.from_organization_id AS "fromOrganizationId", fo.name AS "fromOrganizationName", fo.path AS "fromOrganizationPath",
    fo.kind AS "fromOrganizationKind", p.to_organization_id AS "toOrganizationId", tor.name AS "toOrganizationName", tor.path AS "toOrganizationPath",
    p.to_name AS "toName", p.title, p.status, p.period_key AS "periodKey", p.symbol, p.number, p.sent_on AS "sentOn", p.answer, p.answer_note AS "answerNote",
    p.answered_at AS "answeredAt", ab.display_name AS "answeredByName", p.version, cb.display_name AS "createdByName", p.created_at AS "createdAt",
    coalesce((SELECT json_object_agg(s.status, s.count) FROM (
       SELECT n.status, count(*)::int AS count FROM upward_proposal_items i JOIN nominations n ON n.province_id = i.province_id AND n.id = i.nomination_id
        WHERE i.province_id = p.province_id AND i.proposal_id = p.id GROUP BY n.status) s), '{}'::json) AS "itemCounts"
  FROM upward_proposals p
  JOIN organizations fo ON fo.province_id = p.province_id AND fo.id = p.from_organization_id
  LEFT JOIN organizations tor ON tor.province_id = p.province_id AND tor.id = p.to_organization_id
  JOIN accounts cb ON cb.province_id = p.province_id AND cb.id = p.created_by
  LEFT JOIN accounts ab ON ab.province_id = p.province_id AND ab.id = p.answered_by`

export async function findProposal(db: Db, provinceId: string, id: string): Promise<ProposalRecord | undefined> {
  return (await db.query<ProposalRecord>(`${SELECT_PROPOSAL} WHERE p.province_id = $1 AND p.id = $2`, [provinceId, id]))[0]
}

export interface ProposalFilter {
  scopePath: string
  /** outgoing: sent by a level in the scope to one outside it (or to a body outside tdkt); incoming: sent to a level in the scope. */
  direction: 'outgoing' | 'incoming'
  status: ProposalStatus | null
  limit: number
  offset: number
}

/** Newest first; incoming ones only once sent (a draft is the sender's own). */
export async function searchProposals(db: Db, provinceId: string, f: ProposalFilter): Promise<{ items: ProposalRecord[]; total: number }> {
  const side =
    f.direction === 'outgoing'
      ? `fo.path LIKE $2 || '%' AND (tor.path IS NULL OR tor.path NOT LIKE $2 || '%')`
      : `tor.path LIKE $2 || '%' AND p.status <> 'draft'`
  const where = `p.province_id = $1 AND ${side} AND ($3::text IS NULL OR p.status = $3::text)`
  const params = [provinceId, f.scopePath, f.status]
  const [items, count] = await Promise.all([
    db.query<ProposalRecord>(`${SELECT_PROPOSAL} WHERE ${where} ORDER BY p.created_at DESC, p.id LIMIT $4 OFFSET $5`, [...params, f.limit, f.offset]),
    db.query<{ total: number }>(
      `SELECT count(*)::int AS total FROM upward_proposals p
         JOIN organizations fo ON fo.province_id = p.province_id AND fo.id = p.from_organization_id
         LEFT JOIN organizations tor ON tor.province_id = p.province_id AND tor.id = p.to_organization_id WHERE ${where}`,
      params,
    ),
  ])
  return { items, total: count[0]?.total ?? 0 }
}

export interface NewProposal {
  id: string
  fromOrganizationId: string
  toOrganizationId: string | null
  toName: string
  title: string
  createdBy: string
}

export async function insertProposal(db: Db, provinceId: string, p: NewProposal): Promise<void> {
  await db.query(
    `INSERT INTO upward_proposals (province_id, id, from_organization_id, to_organization_id, to_name, title, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [provinceId, p.id, p.fromOrganizationId, p.toOrganizationId, p.toName, p.title, p.createdBy],
  )
}

/** Optimistic edit of a draft's addressee and title; false when the version moved or it is no longer a draft. */
export async function updateDraft(db: Db, provinceId: string, id: string, p: Pick<NewProposal, 'toOrganizationId' | 'toName' | 'title'>, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE upward_proposals SET to_organization_id = $3, to_name = $4, title = $5, version = version + 1
      WHERE province_id = $1 AND id = $2 AND status = 'draft' AND version = $6 RETURNING id`,
    [provinceId, id, p.toOrganizationId, p.toName, p.title, expectedVersion],
  )
  return rows.length > 0
}

/** Deletes a draft with its items; false when the version moved or it is no longer a draft. */
export async function deleteDraft(db: Db, provinceId: string, id: string, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(`DELETE FROM upward_proposals WHERE province_id = $1 AND id = $2 AND status = 'draft' AND version = $3 RETURNING id`, [provinceId, id, expectedVersion])
  return rows.length > 0
}

export async function replaceItems(db: Db, provinceId: string, proposalId: string, nominationIds: readonly string[]): Promise<void> {
  await db.query(`DELETE FROM upward_proposal_items WHERE province_id = $1 AND proposal_id = $2`, [provinceId, proposalId])
  if (nominationIds.length === 0) return
  await db.query(
    `INSERT INTO upward_proposal_items (province_id, proposal_id, nomination_id, position)
     SELECT $1, $2, item.id, item.position FROM unnest($3::uuid[]) WITH ORDINALITY AS item(id, position)`,
    [provinceId, proposalId, nominationIds],
  )
}

export async function listItemIds(db: Db, provinceId: string, proposalId: string): Promise<string[]> {
  const rows = await db.query<{ id: string }>(`SELECT nomination_id AS id FROM upward_proposal_items WHERE province_id = $1 AND proposal_id = $2 ORDER BY position`, [provinceId, proposalId])
  return rows.map((r) => r.id)
}

export interface Numbering {
  periodKey: string
  symbol: string
  number: number
  sentOn: string
}

/** A draft numbered and sent (inside tdkt) or exported (to a body outside it); false when the version moved. */
export async function markDispatched(db: Db, provinceId: string, id: string, status: 'sent' | 'exported', n: Numbering, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE upward_proposals SET status = $3, period_key = $4, symbol = $5, number = $6, sent_on = $7, version = version + 1
      WHERE province_id = $1 AND id = $2 AND status = 'draft' AND version = $8 RETURNING id`,
    [provinceId, id, status, n.periodKey, n.symbol, n.number, n.sentOn, expectedVersion],
  )
  return rows.length > 0
}

/** A part of the answer recorded (with its note): the version moves; false when it moved already or the proposal is not open. */
export async function touchOpenProposal(db: Db, provinceId: string, id: string, note: string | null, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE upward_proposals SET version = version + 1, answer_note = coalesce($3, answer_note)
      WHERE province_id = $1 AND id = $2 AND status IN ('sent', 'exported') AND version = $4 RETURNING id`,
    [provinceId, id, note, expectedVersion],
  )
  return rows.length > 0
}

/** Every nomination answered: the proposal is answered, with the whole answer. */
export async function closeProposal(db: Db, provinceId: string, id: string, answer: ProposalAnswer, by: string): Promise<void> {
  await db.query(
    `UPDATE upward_proposals SET status = 'answered', answer = $3, answered_at = now(), answered_by = $4, version = version + 1
      WHERE province_id = $1 AND id = $2 AND status IN ('sent', 'exported')`,
    [provinceId, id, answer, by],
  )
}

// ── what proposals are built from ───────────────────────────────────────────────────────────────

/** The latest closed council session that passed each nomination (a nomination passed below and again above: the one above). */
const PASSING = `SELECT DISTINCT ON (ci.nomination_id) ci.nomination_id, c.organization_id, c.name AS council_name, co.name AS organization_name, co.path AS organization_path,
    cs.title AS session_title, cs.meets_on, ci.votes_for, cs.total_members
  FROM council_items ci
  JOIN council_sessions cs ON cs.province_id = ci.province_id AND cs.id = ci.session_id AND cs.status = 'closed'
  JOIN councils c ON c.province_id = cs.province_id AND c.id = cs.council_id
  JOIN organizations co ON co.province_id = c.province_id AND co.id = c.organization_id
  WHERE ci.province_id = $1 AND ci.result = 'passed'`
const PASSING_ORDER = `ORDER BY ci.nomination_id, cs.closed_at DESC, cs.id`

export interface PassingCouncil {
  nominationId: string
  /** The level: the council's organization. */
  organizationId: string
  organizationName: string
  organizationPath: string
  councilName: string
  sessionTitle: string
  meetsOn: string
  votesFor: number
  totalMembers: number
}

export async function findPassingCouncils(db: Db, provinceId: string, nominationIds: readonly string[]): Promise<Map<string, PassingCouncil>> {
  if (nominationIds.length === 0) return new Map()
  const rows = await db.query<PassingCouncil>(
    `SELECT nomination_id AS "nominationId", organization_id AS "organizationId", organization_name AS "organizationName", organization_path AS "organizationPath",
            council_name AS "councilName", session_title AS "sessionTitle", meets_on AS "meetsOn", votes_for AS "votesFor", total_members AS "totalMembers"
       FROM (${PASSING} AND ci.nomination_id = ANY($2::uuid[]) ${PASSING_ORDER}) passing`,
    [provinceId, nominationIds],
  )
  return new Map(rows.map((r) => [r.nominationId, r]))
}

/**
 * Nominations passed by a council of a level in the scope, for a form that level may not confer (the
 * organization that decides it is another one: the deciding organization when competent, else the level
 * the proposal must go to), not yet in a proposal of that level. At most `limit`, oldest passing first.
 */
export async function listCandidateIds(db: Db, provinceId: string, scopePath: string, limit: number): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT n.id FROM nominations n
       JOIN organizations nu ON nu.province_id = n.province_id AND nu.id = n.nominating_organization_id
       JOIN (${PASSING} ${PASSING_ORDER}) passing ON passing.nomination_id = n.id
      WHERE n.province_id = $1 AND n.status = 'passed' AND nu.path LIKE $2 || '%' AND passing.organization_path LIKE $2 || '%'
        AND passing.organization_id::text IS DISTINCT FROM (CASE WHEN n.competent THEN n.deciding_organization_id::text ELSE n.authority->'escalateTo'->>'organizationId' END)
        AND NOT EXISTS (SELECT 1 FROM upward_proposal_items i JOIN upward_proposals p ON p.province_id = i.province_id AND p.id = i.proposal_id
                         WHERE i.province_id = n.province_id AND i.nomination_id = n.id AND p.from_organization_id = passing.organization_id)
      ORDER BY passing.meets_on, n.subject_name_folded, n.id LIMIT $3`,
    [provinceId, scopePath, limit],
  )
  return rows.map((r) => r.id)
}

export interface Membership {
  nominationId: string
  proposalId: string
  fromOrganizationId: string
  title: string
  status: ProposalStatus
}

/** The proposals the nominations are already in. */
export async function listMemberships(db: Db, provinceId: string, nominationIds: readonly string[]): Promise<Membership[]> {
  if (nominationIds.length === 0) return []
  return db.query<Membership>(
    `SELECT i.nomination_id AS "nominationId", p.id AS "proposalId", p.from_organization_id AS "fromOrganizationId", p.title, p.status
       FROM upward_proposal_items i JOIN upward_proposals p ON p.province_id = i.province_id AND p.id = i.proposal_id
      WHERE i.province_id = $1 AND i.nomination_id = ANY($2::uuid[])`,
    [provinceId, nominationIds],
  )
}

export interface LastMove {
  nominationId: string
  toStatus: NominationStatus
  reason: string | null
  actorName: string
  at: string
}

/** The latest status move of each nomination (what the level above did last, and why). */
export async function listLastMoves(db: Db, provinceId: string, nominationIds: readonly string[]): Promise<Map<string, LastMove>> {
  if (nominationIds.length === 0) return new Map()
  const rows = await db.query<LastMove>(
    `SELECT DISTINCT ON (nomination_id) nomination_id AS "nominationId", to_status AS "toStatus", reason, actor_name AS "actorName", at
       FROM nomination_events WHERE province_id = $1 AND nomination_id = ANY($2::uuid[]) ORDER BY nomination_id, at DESC, id DESC`,
    [provinceId, nominationIds],
  )
  return new Map(rows.map((r) => [r.nominationId, r]))
}
