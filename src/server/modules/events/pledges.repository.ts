// Every SQL statement about a ceremony's pledge signing (event_pledge_signers): signers, witnesses, signed marks.
import type { Db } from '../../db/client.ts'
import type { PledgeRole } from '../../../shared/events.ts'

export interface PledgeSigner {
  id: string
  attendeeId: string
  fullName: string
  position: string | null
  role: PledgeRole
  organizationId: string | null
  unitName: string
  signedAt: string | null
  signedByName: string | null
  version: number
}

const SELECT = `SELECT s.id, s.attendee_id AS "attendeeId", a.full_name AS "fullName", a.position, s.role, s.organization_id AS "organizationId",
    s.unit_name AS "unitName", s.signed_at AS "signedAt", sb.display_name AS "signedByName", s.version
  FROM event_pledge_signers s
  JOIN event_attendees a ON a.province_id = s.province_id AND a.id = s.attendee_id
  LEFT JOIN accounts sb ON sb.province_id = s.province_id AND sb.id = s.signed_by`

/** Signers first, then witnesses, each in the order added. */
export async function listSigners(db: Db, provinceId: string, eventId: string): Promise<PledgeSigner[]> {
  return db.query<PledgeSigner>(`${SELECT} WHERE s.province_id = $1 AND s.event_id = $2 ORDER BY s.role, s.position`, [provinceId, eventId])
}

export async function findSigner(db: Db, provinceId: string, eventId: string, id: string): Promise<PledgeSigner | undefined> {
  return (await db.query<PledgeSigner>(`${SELECT} WHERE s.province_id = $1 AND s.event_id = $2 AND s.id = $3`, [provinceId, eventId, id]))[0]
}

export async function insertSigner(
  db: Db, provinceId: string, eventId: string, s: { id: string; attendeeId: string; role: PledgeRole; organizationId: string | null; unitName: string },
): Promise<void> {
  await db.query(
    `INSERT INTO event_pledge_signers (province_id, id, event_id, attendee_id, role, organization_id, unit_name, position)
     VALUES ($1, $2, $3, $4, $5, $6, $7, (SELECT coalesce(max(position), 0) + 1 FROM event_pledge_signers WHERE province_id = $1 AND event_id = $3))`,
    [provinceId, s.id, eventId, s.attendeeId, s.role, s.organizationId, s.unitName],
  )
}

/** Marks the pledge signed at the ceremony, by whom and when; false when the version moved or it was signed already. */
export async function markSigned(db: Db, provinceId: string, eventId: string, id: string, actorId: string, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE event_pledge_signers SET signed_at = clock_timestamp(), signed_by = $4, version = version + 1
      WHERE province_id = $1 AND event_id = $2 AND id = $3 AND signed_at IS NULL AND version = $5 RETURNING id`,
    [provinceId, eventId, id, actorId, expectedVersion],
  )
  return rows.length > 0
}

/** Removes a line not yet signed; false when it was signed meanwhile. */
export async function deleteUnsignedSigner(db: Db, provinceId: string, eventId: string, id: string): Promise<boolean> {
  const rows = await db.query(`DELETE FROM event_pledge_signers WHERE province_id = $1 AND event_id = $2 AND id = $3 AND signed_at IS NULL RETURNING id`, [provinceId, eventId, id])
  return rows.length > 0
}

/** Does the attendee hold a signed pledge line (then they stay on the list)? */
export async function hasSigned(db: Db, provinceId: string, attendeeId: string): Promise<boolean> {
  const rows = await db.query(`SELECT 1 FROM event_pledge_signers WHERE province_id = $1 AND attendee_id = $2 AND signed_at IS NOT NULL`, [provinceId, attendeeId])
  return rows.length > 0
}
