// Every SQL statement about an event's programme (event_programme_items), in order.
import type { Db } from '../../db/client.ts'

export interface ProgrammeItem {
  id: string
  position: number
  title: string
  speakerAttendeeId: string | null
  /** The attendee's name when the speaker is an attendee, else the text typed in. */
  speaker: string | null
  speakerText: string | null
  durationMinutes: number | null
}

export async function listProgramme(db: Db, provinceId: string, eventId: string): Promise<ProgrammeItem[]> {
  return db.query<ProgrammeItem>(
    `SELECT p.id, p.position, p.title, p.speaker_attendee_id AS "speakerAttendeeId",
            coalesce(CASE WHEN a.id IS NOT NULL THEN a.full_name || coalesce(', ' || a.position, '') END, p.speaker_text) AS speaker,
            p.speaker_text AS "speakerText", p.duration_minutes AS "durationMinutes"
       FROM event_programme_items p
       LEFT JOIN event_attendees a ON a.province_id = p.province_id AND a.id = p.speaker_attendee_id
      WHERE p.province_id = $1 AND p.event_id = $2 ORDER BY p.position`,
    [provinceId, eventId],
  )
}

export interface NewProgrammeItem {
  id: string
  title: string
  speakerAttendeeId: string | null
  speakerText: string | null
  durationMinutes: number | null
}

/** Replaces the programme with the items in the given order. */
export async function replaceProgramme(db: Db, provinceId: string, eventId: string, items: readonly NewProgrammeItem[]): Promise<void> {
  await db.query(`DELETE FROM event_programme_items WHERE province_id = $1 AND event_id = $2`, [provinceId, eventId])
  for (const [i, item] of items.entries()) {
    await db.query(
      `INSERT INTO event_programme_items (province_id, id, event_id, position, title, speaker_attendee_id, speaker_text, duration_minutes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [provinceId, item.id, eventId, i + 1, item.title, item.speakerAttendeeId, item.speakerText, item.durationMinutes],
    )
  }
}
