// Every SQL statement about a conference's honourees (event_honourees): lines of issued award decisions.
import type { Db } from '../../db/client.ts'

export interface Honouree {
  id: string
  decisionId: string
  nominationId: string
  attendeeId: string
  subjectKind: 'individual' | 'collective' | 'household'
  subjectName: string
  positionAndUnit: string
  award: string
  decisionReference: string
  attended: boolean | null
}

export async function listHonourees(db: Db, provinceId: string, eventId: string): Promise<Honouree[]> {
  return db.query<Honouree>(
    `SELECT h.id, h.decision_id AS "decisionId", h.nomination_id AS "nominationId", h.attendee_id AS "attendeeId", h.subject_kind AS "subjectKind",
            h.subject_name AS "subjectName", h.position_and_unit AS "positionAndUnit", h.award, h.decision_reference AS "decisionReference", a.attended
       FROM event_honourees h JOIN event_attendees a ON a.province_id = h.province_id AND a.id = h.attendee_id
      WHERE h.province_id = $1 AND h.event_id = $2 ORDER BY h.decision_reference, a.sort_key COLLATE "C"`,
    [provinceId, eventId],
  )
}

export async function findHonouree(db: Db, provinceId: string, eventId: string, id: string): Promise<Honouree | undefined> {
  return (await listHonourees(db, provinceId, eventId)).find((h) => h.id === id)
}

/** The nominations of the event already among its honourees. */
export async function honouredNominations(db: Db, provinceId: string, eventId: string): Promise<Set<string>> {
  const rows = await db.query<{ id: string }>(`SELECT nomination_id AS id FROM event_honourees WHERE province_id = $1 AND event_id = $2`, [provinceId, eventId])
  return new Set(rows.map((r) => r.id))
}

export async function insertHonouree(db: Db, provinceId: string, eventId: string, h: Omit<Honouree, 'attended'>): Promise<void> {
  await db.query(
    `INSERT INTO event_honourees (province_id, id, event_id, decision_id, nomination_id, attendee_id, subject_kind, subject_name, position_and_unit, award, decision_reference)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [provinceId, h.id, eventId, h.decisionId, h.nominationId, h.attendeeId, h.subjectKind, h.subjectName, h.positionAndUnit, h.award, h.decisionReference],
  )
}

/** The issued award decisions an event may take honourees from: the organization's own, and those with a line of its subtree. */
export async function listIssuedDecisionIds(db: Db, provinceId: string, organizationId: string, organizationPath: string): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT d.id FROM award_decisions d JOIN organizations o ON o.province_id = d.province_id AND o.id = d.organization_id
      WHERE d.province_id = $1 AND d.status = 'issued' AND (d.organization_id = $2 OR o.path LIKE $3 || '%' OR EXISTS (
        SELECT 1 FROM award_decision_items i
          JOIN nominations n ON n.province_id = i.province_id AND n.id = i.nomination_id
          JOIN organizations nu ON nu.province_id = n.province_id AND nu.id = n.nominating_organization_id
         WHERE i.province_id = d.province_id AND i.decision_id = d.id AND nu.path LIKE $3 || '%'))
      ORDER BY d.decision_date DESC, d.id`,
    [provinceId, organizationId, organizationPath],
  )
  return rows.map((r) => r.id)
}

export async function deleteHonouree(db: Db, provinceId: string, eventId: string, id: string): Promise<void> {
  await db.query(`DELETE FROM event_honourees WHERE province_id = $1 AND event_id = $2 AND id = $3`, [provinceId, eventId, id])
}
