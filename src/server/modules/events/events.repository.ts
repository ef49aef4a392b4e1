// Every SQL statement about the event itself (events) and its delegate groups (event_groups).
import type { Db } from '../../db/client.ts'
import type { EventKind, EventStatus } from '../../../shared/events.ts'

export interface EventRecord {
  id: string
  organizationId: string
  organizationName: string
  organizationPath: string
  campaignId: string | null
  campaignTitle: string | null
  kind: EventKind
  title: string
  eventDate: string
  startTime: string | null
  venue: string | null
  delegateCap: number | null
  chairLimit: number | null
  pledgeCommitments: string[]
  status: EventStatus
  invitationsIssuedAt: string | null
  heldAt: string | null
  settledAt: string | null
  settledByName: string | null
  attendeeCount: number
  version: number
  createdByName: string
  createdAt: string
  updatedAt: string
}

const SELECT = `SELECT e.id, e.organization_id AS "organizationId", o.name AS "organizationName", o.path AS "organizationPath",
    e.campaign_id AS "campaignId", c.title AS "campaignTitle", e.kind, e.title, e.event_date AS "eventDate", e.start_time AS "startTime", e.venue,
    e.delegate_cap AS "delegateCap", e.chair_limit AS "chairLimit", e.pledge_commitments AS "pledgeCommitments", e.status,
    e.invitations_issued_at AS "invitationsIssuedAt", e.held_at AS "heldAt", e.settled_at AS "settledAt", sb.display_name AS "settledByName",
    (SELECT count(*)::int FROM event_attendees a WHERE a.province_id = e.province_id AND a.event_id = e.id) AS "attendeeCount",
    e.version, cb.display_name AS "createdByName", e.created_at AS "createdAt", e.updated_at AS "updatedAt"
  FROM events e
  JOIN organizations o ON o.province_id = e.province_id AND o.id = e.organization_id
  LEFT JOIN campaigns c ON c.province_id = e.province_id AND c.id = e.campaign_id
  JOIN accounts cb ON cb.province_id = e.province_id AND cb.id = e.created_by
  LEFT JOIN accounts sb ON sb.province_id = e.province_id AND sb.id = e.settled_by`

export async function findEvent(db: Db, provinceId: string, id: string): Promise<EventRecord | undefined> {
  return (await db.query<EventRecord>(`${SELECT} WHERE e.province_id = $1 AND e.id = $2`, [provinceId, id]))[0]
}

/** Locks the event's row until the transaction ends: every write that counts attendees (the cap, the chairs) goes through it. */
export async function lockEventRow(db: Db, provinceId: string, id: string): Promise<void> {
  await db.query(`SELECT id FROM events WHERE province_id = $1 AND id = $2 FOR UPDATE`, [provinceId, id])
}

export interface EventFilter {
  scopePath: string
  kind: EventKind | null
  status: EventStatus | null
  year: number | null
  campaignId: string | null
  limit: number
  offset: number
}

const FILTER = `e.province_id = $1 AND o.path LIKE $2 || '%' AND ($3::text IS NULL OR e.kind = $3::text) AND ($4::text IS NULL OR e.status = $4::text)
  AND ($5::int IS NULL OR extract(year FROM e.event_date)::int = $5::int) AND ($6::uuid IS NULL OR e.campaign_id = $6::uuid)`

/** Events of organizations in the scope, latest date first. */
export async function searchEvents(db: Db, provinceId: string, f: EventFilter): Promise<{ items: EventRecord[]; total: number }> {
  const params = [provinceId, f.scopePath, f.kind, f.status, f.year, f.campaignId]
  const [items, count] = await Promise.all([
    db.query<EventRecord>(`${SELECT} WHERE ${FILTER} ORDER BY e.event_date DESC, e.created_at DESC, e.id LIMIT $7 OFFSET $8`, [...params, f.limit, f.offset]),
    db.query<{ total: number }>(`SELECT count(*)::int AS total FROM events e JOIN organizations o ON o.province_id = e.province_id AND o.id = e.organization_id WHERE ${FILTER}`, params),
  ])
  return { items, total: count[0]?.total ?? 0 }
}

export interface EventFields {
  campaignId: string | null
  title: string
  eventDate: string
  startTime: string | null
  venue: string | null
  delegateCap: number | null
  chairLimit: number | null
  pledgeCommitments: string[]
}

export async function insertEvent(db: Db, provinceId: string, e: EventFields & { id: string; organizationId: string; kind: EventKind; createdBy: string }): Promise<void> {
  await db.query(
    `INSERT INTO events (province_id, id, organization_id, campaign_id, kind, title, event_date, start_time, venue, delegate_cap, chair_limit, pledge_commitments, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [provinceId, e.id, e.organizationId, e.campaignId, e.kind, e.title, e.eventDate, e.startTime, e.venue, e.delegateCap, e.chairLimit, JSON.stringify(e.pledgeCommitments), e.createdBy],
  )
}

/** Optimistic edit of the event's fields; false when the version moved. */
export async function updateEventFields(db: Db, provinceId: string, id: string, f: EventFields, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE events SET campaign_id = $3, title = $4, event_date = $5, start_time = $6, venue = $7, delegate_cap = $8, chair_limit = $9, pledge_commitments = $10,
        version = version + 1, updated_at = now()
      WHERE province_id = $1 AND id = $2 AND version = $11 RETURNING id`,
    [provinceId, id, f.campaignId, f.title, f.eventDate, f.startTime, f.venue, f.delegateCap, f.chairLimit, JSON.stringify(f.pledgeCommitments), expectedVersion],
  )
  return rows.length > 0
}

/** A new version for a change of the event's parts (groups, programme, budget) saved as a whole; false when the version moved. */
export async function bumpVersion(db: Db, provinceId: string, id: string, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(`UPDATE events SET version = version + 1, updated_at = now() WHERE province_id = $1 AND id = $2 AND version = $3 RETURNING id`, [provinceId, id, expectedVersion])
  return rows.length > 0
}

/** Optimistic status move, stamping when (and for the settlement, by whom); false when the version or the status moved. */
export async function updateEventStatus(db: Db, provinceId: string, id: string, move: { from: EventStatus; to: EventStatus; actorId: string }, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE events SET status = $3,
        invitations_issued_at = CASE WHEN $3 = 'planned' THEN now() ELSE invitations_issued_at END,
        held_at = CASE WHEN $3 = 'held' THEN now() ELSE held_at END,
        settled_at = CASE WHEN $3 = 'settled' THEN now() ELSE settled_at END,
        settled_by = CASE WHEN $3 = 'settled' THEN $4::uuid ELSE settled_by END,
        version = version + 1, updated_at = now()
      WHERE province_id = $1 AND id = $2 AND status = $5 AND version = $6 RETURNING id`,
    [provinceId, id, move.to, move.actorId, move.from, expectedVersion],
  )
  return rows.length > 0
}

// ── delegate groups (cơ cấu thành phần) ─────────────────────────────────────────────────────────────

export interface EventGroup {
  id: string
  position: number
  name: string
  plannedCount: number | null
  attendeeCount: number
}

export async function listGroups(db: Db, provinceId: string, eventId: string): Promise<EventGroup[]> {
  return db.query<EventGroup>(
    `SELECT g.id, g.position, g.name, g.planned_count AS "plannedCount",
            (SELECT count(*)::int FROM event_attendees a WHERE a.province_id = g.province_id AND a.group_id = g.id) AS "attendeeCount"
       FROM event_groups g WHERE g.province_id = $1 AND g.event_id = $2 ORDER BY g.position`,
    [provinceId, eventId],
  )
}

/**
 * Replaces the groups in the given order: kept ones (by id) are renumbered and renamed, new ones inserted, the rest
 * deleted after their attendees are moved out of them.
 */
export async function replaceGroups(db: Db, provinceId: string, eventId: string, groups: readonly { id: string; name: string; plannedCount: number | null }[]): Promise<void> {
  const keep = groups.map((g) => g.id)
  await db.query(
    `UPDATE event_attendees SET group_id = NULL WHERE province_id = $1 AND event_id = $2 AND group_id IS NOT NULL AND NOT (group_id = ANY($3::uuid[]))`,
    [provinceId, eventId, keep],
  )
  await db.query(`DELETE FROM event_groups WHERE province_id = $1 AND event_id = $2 AND NOT (id = ANY($3::uuid[]))`, [provinceId, eventId, keep])
  for (const [i, g] of groups.entries()) {
    await db.query(
      `INSERT INTO event_groups (province_id, id, event_id, position, name, planned_count) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (province_id, id) DO UPDATE SET position = EXCLUDED.position, name = EXCLUDED.name, planned_count = EXCLUDED.planned_count
       WHERE event_groups.event_id = EXCLUDED.event_id`,
      [provinceId, g.id, eventId, i + 1, g.name, g.plannedCount],
    )
  }
}
