// Every SQL statement about the ballot box: receipts (that a member voted, never what or when), the
// item counters a secret ballot adds to, and the absentees' written opinions (signed, so by name).
import type { Db } from '../../db/client.ts'
import type { BallotChoice } from '../../../shared/council-rules.ts'

const COUNTER: Record<BallotChoice, string> = { for: 'votes_for', against: 'votes_against', abstain: 'votes_abstain' }

export async function hasReceipt(db: Db, provinceId: string, itemId: string, memberId: string): Promise<boolean> {
  const rows = await db.query(`SELECT 1 FROM ballot_receipts WHERE province_id = $1 AND item_id = $2 AND member_id = $3`, [provinceId, itemId, memberId])
  return rows.length > 0
}

/** The receipt and the counter, in the caller's transaction: the choice is written nowhere else. */
export async function castBallot(db: Db, provinceId: string, itemId: string, memberId: string, choice: BallotChoice): Promise<void> {
  await db.query(`INSERT INTO ballot_receipts (province_id, item_id, member_id) VALUES ($1, $2, $3)`, [provinceId, itemId, memberId])
  await db.query(`UPDATE council_items SET ${COUNTER[choice]} = ${COUNTER[choice]} + 1 WHERE province_id = $1 AND id = $2`, [provinceId, itemId])
}

/** Items of a session the member has a receipt for. */
export async function itemsVotedBy(db: Db, provinceId: string, sessionId: string, memberId: string): Promise<Set<string>> {
  const rows = await db.query<{ itemId: string }>(
    `SELECT r.item_id AS "itemId" FROM ballot_receipts r JOIN council_items i ON i.province_id = r.province_id AND i.id = r.item_id
      WHERE r.province_id = $1 AND i.session_id = $2 AND r.member_id = $3`,
    [provinceId, sessionId, memberId],
  )
  return new Set(rows.map((r) => r.itemId))
}

/** Members of a session with at least one receipt (they were present and cannot be marked absent). */
export async function membersWhoVoted(db: Db, provinceId: string, sessionId: string): Promise<Set<string>> {
  const rows = await db.query<{ memberId: string }>(
    `SELECT DISTINCT r.member_id AS "memberId" FROM ballot_receipts r JOIN council_items i ON i.province_id = r.province_id AND i.id = r.item_id
      WHERE r.province_id = $1 AND i.session_id = $2`,
    [provinceId, sessionId],
  )
  return new Set(rows.map((r) => r.memberId))
}

/** How many ballots each item has received (no more than that while voting is open). */
export async function receiptCounts(db: Db, provinceId: string, sessionId: string): Promise<Map<string, number>> {
  const rows = await db.query<{ itemId: string; count: number }>(
    `SELECT r.item_id AS "itemId", count(*)::int AS count FROM ballot_receipts r JOIN council_items i ON i.province_id = r.province_id AND i.id = r.item_id
      WHERE r.province_id = $1 AND i.session_id = $2 GROUP BY r.item_id`,
    [provinceId, sessionId],
  )
  return new Map(rows.map((r) => [r.itemId, r.count]))
}

// ── written opinions ────────────────────────────────────────────────────────────────────────────

export interface WrittenOpinion {
  itemId: string
  memberId: string
  fullName: string
  position: string | null
  choice: BallotChoice
  note: string | null
}

export async function listOpinions(db: Db, provinceId: string, sessionId: string): Promise<WrittenOpinion[]> {
  return db.query<WrittenOpinion>(
    `SELECT w.item_id AS "itemId", w.member_id AS "memberId", m.full_name AS "fullName", m.position, w.choice, w.note
       FROM written_opinions w
       JOIN council_items i ON i.province_id = w.province_id AND i.id = w.item_id
       JOIN council_members m ON m.province_id = w.province_id AND m.id = w.member_id
      WHERE w.province_id = $1 AND i.session_id = $2 ORDER BY m.sort_order, m.full_name, i.position`,
    [provinceId, sessionId],
  )
}

export async function hasOpinionOfMember(db: Db, provinceId: string, sessionId: string, memberId: string): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM written_opinions w JOIN council_items i ON i.province_id = w.province_id AND i.id = w.item_id
      WHERE w.province_id = $1 AND i.session_id = $2 AND w.member_id = $3 LIMIT 1`,
    [provinceId, sessionId, memberId],
  )
  return rows.length > 0
}

export async function hasOpinion(db: Db, provinceId: string, itemId: string, memberId: string): Promise<boolean> {
  const rows = await db.query(`SELECT 1 FROM written_opinions WHERE province_id = $1 AND item_id = $2 AND member_id = $3`, [provinceId, itemId, memberId])
  return rows.length > 0
}

/** Records or corrects an absentee's opinion on an item. */
export async function saveOpinion(db: Db, provinceId: string, o: { itemId: string; memberId: string; choice: BallotChoice; note: string | null; recordedBy: string }): Promise<void> {
  await db.query(
    `INSERT INTO written_opinions (province_id, item_id, member_id, choice, note, recorded_by) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (province_id, item_id, member_id) DO UPDATE SET choice = EXCLUDED.choice, note = EXCLUDED.note, recorded_by = EXCLUDED.recorded_by, recorded_at = now()`,
    [provinceId, o.itemId, o.memberId, o.choice, o.note, o.recordedBy],
  )
}
