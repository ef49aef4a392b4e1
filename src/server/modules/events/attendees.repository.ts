// Every SQL statement about an event's attendees (event_attendees): the invitees, their group, role, seat,
// invitation and attendance.
import type { Db } from '../../db/client.ts'
import type { AttendeeRole } from '../../../shared/events.ts'

export interface Attendee {
  id: string
  groupId: string | null
  groupName: string | null
  personId: string | null
  fullName: string
  position: string | null
  unitName: string | null
  role: AttendeeRole
  seat: string | null
  invitedAt: string | null
  attended: boolean | null
  checkedInAt: string | null
  checkedInByName: string | null
  version: number
}

const SELECT = `SELECT a.id, a.group_id AS "groupId", g.name AS "groupName", a.person_id AS "personId", a.full_name AS "fullName", a.position,
    a.unit_name AS "unitName", a.role, a.seat, a.invited_at AS "invitedAt", a.attended, a.checked_in_at AS "checkedInAt",
    ck.display_name AS "checkedInByName", a.version
  FROM event_attendees a
  LEFT JOIN event_groups g ON g.province_id = a.province_id AND g.id = a.group_id
  LEFT JOIN accounts ck ON ck.province_id = a.province_id AND ck.id = a.checked_in_by`

/** In the order of the groups, then chairs first, then by name (Vietnamese order). */
export async function listAttendees(db: Db, provinceId: string, eventId: string): Promise<Attendee[]> {
  return db.query<Attendee>(
    `${SELECT} WHERE a.province_id = $1 AND a.event_id = $2
      ORDER BY g.position NULLS LAST, CASE a.role WHEN 'chair' THEN 0 WHEN 'speaker' THEN 1 WHEN 'delegate' THEN 2 ELSE 3 END, a.sort_key COLLATE "C", a.created_at`,
    [provinceId, eventId],
  )
}

export async function findAttendee(db: Db, provinceId: string, eventId: string, id: string): Promise<Attendee | undefined> {
  return (await db.query<Attendee>(`${SELECT} WHERE a.province_id = $1 AND a.event_id = $2 AND a.id = $3`, [provinceId, eventId, id]))[0]
}

export async function countByRole(db: Db, provinceId: string, eventId: string, role: AttendeeRole): Promise<number> {
  const rows = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM event_attendees WHERE province_id = $1 AND event_id = $2 AND role = $3`, [provinceId, eventId, role])
  return rows[0]?.n ?? 0
}

export interface NewAttendee {
  id: string
  groupId: string | null
  personId: string | null
  fullName: string
  position: string | null
  unitName: string | null
  role: AttendeeRole
  seat: string | null
  sortKey: string
  /** Invitations already went out: a late invitee's is issued at once. */
  invited: boolean
}

export async function insertAttendee(db: Db, provinceId: string, eventId: string, a: NewAttendee): Promise<void> {
  await db.query(
    `INSERT INTO event_attendees (province_id, id, event_id, group_id, person_id, full_name, position, unit_name, role, seat, sort_key, invited_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, CASE WHEN $12::boolean THEN now() END)`,
    [provinceId, a.id, eventId, a.groupId, a.personId, a.fullName, a.position, a.unitName, a.role, a.seat, a.sortKey, a.invited],
  )
}

export interface AttendeeFields {
  fullName: string
  position: string | null
  unitName: string | null
  groupId: string | null
  role: AttendeeRole
  seat: string | null
  sortKey: string
}

/** Optimistic edit; attended: undefined leaves the check-in as it is. False when the version moved. */
export async function updateAttendeeRow(
  db: Db, provinceId: string, eventId: string, id: string, f: AttendeeFields & { attended?: boolean | undefined; actorId: string }, expectedVersion: number,
): Promise<boolean> {
  const checkIn = f.attended !== undefined
  const rows = await db.query(
    `UPDATE event_attendees SET full_name = $4, position = $5, unit_name = $6, group_id = $7, role = $8, seat = $9, sort_key = $10,
        attended = CASE WHEN $11::boolean THEN $12::boolean ELSE attended END,
        checked_in_at = CASE WHEN $11::boolean THEN clock_timestamp() ELSE checked_in_at END,
        checked_in_by = CASE WHEN $11::boolean THEN $13::uuid ELSE checked_in_by END,
        version = version + 1
      WHERE province_id = $1 AND event_id = $2 AND id = $3 AND version = $14 RETURNING id`,
    [provinceId, eventId, id, f.fullName, f.position, f.unitName, f.groupId, f.role, f.seat, f.sortKey, checkIn, f.attended ?? null, f.actorId, expectedVersion],
  )
  return rows.length > 0
}

/** Issues the invitation of every invitee who has none yet; how many were issued. */
export async function markAllInvited(db: Db, provinceId: string, eventId: string): Promise<number> {
  const rows = await db.query(`UPDATE event_attendees SET invited_at = now() WHERE province_id = $1 AND event_id = $2 AND invited_at IS NULL RETURNING id`, [provinceId, eventId])
  return rows.length
}

/**
 * Removes an attendee (optimistically): a programme item they were to speak at keeps their name as text; an
 * unsigned pledge line and an honouree entry of theirs go with them. False when the version moved.
 */
export async function deleteAttendee(db: Db, provinceId: string, eventId: string, id: string, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(`SELECT id FROM event_attendees WHERE province_id = $1 AND event_id = $2 AND id = $3 AND version = $4 FOR UPDATE`, [provinceId, eventId, id, expectedVersion])
  if (rows.length === 0) return false
  await db.query(
    `UPDATE event_programme_items p SET speaker_text = a.full_name, speaker_attendee_id = NULL
       FROM event_attendees a WHERE a.province_id = p.province_id AND a.id = p.speaker_attendee_id AND p.province_id = $1 AND p.speaker_attendee_id = $2`,
    [provinceId, id],
  )
  await db.query(`DELETE FROM event_pledge_signers WHERE province_id = $1 AND attendee_id = $2`, [provinceId, id])
  await db.query(`DELETE FROM event_honourees WHERE province_id = $1 AND attendee_id = $2`, [provinceId, id])
  await db.query(`DELETE FROM event_attendees WHERE province_id = $1 AND id = $2`, [provinceId, id])
  return true
}

/** Which of these people are already invited to the event. */
export async function invitedPeople(db: Db, provinceId: string, eventId: string, personIds: readonly string[]): Promise<Set<string>> {
  if (personIds.length === 0) return new Set()
  const rows = await db.query<{ personId: string }>(
    `SELECT person_id AS "personId" FROM event_attendees WHERE province_id = $1 AND event_id = $2 AND person_id = ANY($3::uuid[])`,
    [provinceId, eventId, [...personIds]],
  )
  return new Set(rows.map((r) => r.personId))
}
