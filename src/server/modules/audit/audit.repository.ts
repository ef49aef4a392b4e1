// Reads the append-only audit log (writes go through src/server/audit/record-audit.ts only).
import type { Db } from '../../db/client.ts'

/** Calendar days in filters are Vietnamese days (UTC+7), whatever the server's time zone. */
const TIME_ZONE = 'Asia/Ho_Chi_Minh'

export interface AuditEntry {
  id: string
  at: string
  actorId: string | null
  actorName: string
  action: string
  entity: string
  entityId: string | null
  organizationId: string | null
  organizationName: string | null
  summary: string | null
  before: unknown
  after: unknown
  requestId: string | null
}

export interface AuditFilter {
  /** null: the whole province (admin); else only entries of organizations under this path. */
  scopePath: string | null
  entity?: string | undefined
  entityId?: string | undefined
  actorId?: string | undefined
  action?: string | undefined
  from?: string | undefined
  to?: string | undefined
  limit: number
  offset: number
}

export async function searchAudit(db: Db, provinceId: string, f: AuditFilter): Promise<{ items: AuditEntry[]; total: number }> {
  const from = `audit_log l LEFT JOIN organizations o ON o.province_id = l.province_id AND o.id = l.organization_id`
  const where = `l.province_id = $1
    AND ($2::text IS NULL OR o.path LIKE $2::text || '%')
    AND ($3::text IS NULL OR l.entity = $3::text)
    AND ($4::uuid IS NULL OR l.entity_id = $4::uuid)
    AND ($5::uuid IS NULL OR l.actor_id = $5::uuid)
    AND ($6::text IS NULL OR l.action = $6::text)
    AND ($7::date IS NULL OR l.at >= ($7::date)::timestamp AT TIME ZONE '${TIME_ZONE}')
    AND ($8::date IS NULL OR l.at < ($8::date + 1)::timestamp AT TIME ZONE '${TIME_ZONE}')`
  const params = [provinceId, f.scopePath, f.entity ?? null, f.entityId ?? null, f.actorId ?? null, f.action ?? null, f.from ?? null, f.to ?? null]
  const [rows, count] = await Promise.all([
    db.query<Omit<AuditEntry, 'at'> & { at: Date }>(
      `SELECT l.id, l.at, l.actor_id AS "actorId", l.actor_name AS "actorName", l.action, l.entity, l.entity_id AS "entityId",
              l.organization_id AS "organizationId", o.name AS "organizationName", l.summary, l.before, l.after, l.request_id AS "requestId"
         FROM ${from} WHERE ${where} ORDER BY l.at DESC, l.id DESC LIMIT $9 OFFSET $10`,
      [...params, f.limit, f.offset],
    ),
    db.query<{ total: number }>(`SELECT count(*)::int AS total FROM ${from} WHERE ${where}`, params),
  ])
  return { items: rows.map((row) => ({ ...row, at: new Date(row.at).toISOString() })), total: count[0]?.total ?? 0 }
}
