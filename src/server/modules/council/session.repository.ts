// Every SQL statement about council sessions (phiên họp) and their attendance.
import type { Db } from '../../db/client.ts'
import type { SessionStatus } from '../../../shared/council-rules.ts'

export interface CouncilSession {
  id: string
  councilId: string
  title: string
  meetsOn: string
  place: string | null
  status: SessionStatus
  totalMembers: number | null
  openedAt: string | null
  closedAt: string | null
  version: number
  createdAt: string
}

const SESSION_SELECT = `SELECT s.id, s.council_id AS "councilId", s.title, s.meets_on AS "meetsOn", s.place, s.status, s.total_members AS "totalMembers",
       s.opened_at AS "openedAt", s.closed_at AS "closedAt", s.version, s.created_at AS "createdAt"
  FROM council_sessions s`

/** forUpdate: 'update' for a change of the session, 'share' for a ballot (ballots run side by side; the close waits for them). */
export async function findSession(db: Db, provinceId: string, id: string, lock?: 'update' | 'share'): Promise<CouncilSession | undefined> {
  const locking = lock === 'update' ? ' FOR UPDATE' : lock === 'share' ? ' FOR SHARE' : ''
  return (await db.query<CouncilSession>(`${SESSION_SELECT} WHERE s.province_id = $1 AND s.id = $2${locking}`, [provinceId, id]))[0]
}

export interface SessionSummary extends CouncilSession {
  itemCount: number
}

export async function listSessions(db: Db, provinceId: string, councilId: string): Promise<SessionSummary[]> {
  return db.query<SessionSummary>(
    `SELECT s.id, s.council_id AS "councilId", s.title, s.meets_on AS "meetsOn", s.place, s.status, s.total_members AS "totalMembers",
            s.opened_at AS "openedAt", s.closed_at AS "closedAt", s.version, s.created_at AS "createdAt",
            (SELECT count(*)::int FROM council_items i WHERE i.province_id = s.province_id AND i.session_id = s.id) AS "itemCount"
       FROM council_sessions s WHERE s.province_id = $1 AND s.council_id = $2 ORDER BY s.meets_on DESC, s.created_at DESC, s.id`,
    [provinceId, councilId],
  )
}

export interface OpenSessionOfMember {
  id: string
  title: string
  meetsOn: string
  councilName: string
}

/** Sessions now voting on councils where the account holds an active seat. */
export async function listOpenSessionsOfAccount(db: Db, provinceId: string, accountId: string): Promise<OpenSessionOfMember[]> {
  return db.query<OpenSessionOfMember>(
    `SELECT s.id, s.title, s.meets_on AS "meetsOn", c.name AS "councilName"
       FROM council_sessions s
       JOIN councils c ON c.province_id = s.province_id AND c.id = s.council_id
       JOIN council_members m ON m.province_id = s.province_id AND m.council_id = s.council_id AND m.account_id = $2 AND m.active
      WHERE s.province_id = $1 AND s.status = 'open' ORDER BY s.meets_on, s.id`,
    [provinceId, accountId],
  )
}

export async function hasOpenSession(db: Db, provinceId: string, councilId: string): Promise<boolean> {
  const rows = await db.query(`SELECT 1 FROM council_sessions WHERE province_id = $1 AND council_id = $2 AND status = 'open' LIMIT 1`, [provinceId, councilId])
  return rows.length > 0
}

export async function insertSession(db: Db, provinceId: string, s: { id: string; councilId: string; title: string; meetsOn: string; place: string | null; createdBy: string }): Promise<void> {
  await db.query(
    `INSERT INTO council_sessions (province_id, id, council_id, title, meets_on, place, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [provinceId, s.id, s.councilId, s.title, s.meetsOn, s.place, s.createdBy],
  )
}

/** A change to the agenda or the attendance makes the session a new version (the officer opens what he saw). */
export async function touchSession(db: Db, provinceId: string, id: string): Promise<void> {
  await db.query(`UPDATE council_sessions SET version = version + 1 WHERE province_id = $1 AND id = $2`, [provinceId, id])
}

/** draft → open with the number of active members; false when the version or the status moved. */
export async function markOpen(db: Db, provinceId: string, id: string, totalMembers: number, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE council_sessions SET status = 'open', total_members = $3, opened_at = now(), version = version + 1
      WHERE province_id = $1 AND id = $2 AND status = 'draft' AND version = $4 RETURNING id`,
    [provinceId, id, totalMembers, expectedVersion],
  )
  return rows.length > 0
}

export async function markClosed(db: Db, provinceId: string, id: string, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE council_sessions SET status = 'closed', closed_at = now(), version = version + 1
      WHERE province_id = $1 AND id = $2 AND status = 'open' AND version = $3 RETURNING id`,
    [provinceId, id, expectedVersion],
  )
  return rows.length > 0
}

// ── attendance ──────────────────────────────────────────────────────────────────────────────────

/** member id → present (members without a row have not been marked). */
export async function listAttendance(db: Db, provinceId: string, sessionId: string): Promise<Map<string, boolean>> {
  const rows = await db.query<{ memberId: string; present: boolean }>(
    `SELECT member_id AS "memberId", present FROM council_attendance WHERE province_id = $1 AND session_id = $2`,
    [provinceId, sessionId],
  )
  return new Map(rows.map((r) => [r.memberId, r.present]))
}

export async function saveAttendance(db: Db, provinceId: string, sessionId: string, memberId: string, present: boolean): Promise<void> {
  await db.query(
    `INSERT INTO council_attendance (province_id, session_id, member_id, present) VALUES ($1, $2, $3, $4)
     ON CONFLICT (province_id, session_id, member_id) DO UPDATE SET present = EXCLUDED.present`,
    [provinceId, sessionId, memberId, present],
  )
}
