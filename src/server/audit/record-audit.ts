// Every write records one append-only audit row inside the same transaction as the change.
import { randomUUID } from 'node:crypto'
import type { Db } from '../db/client.ts'
import type { UseCaseContext } from '../http/route.ts'

export interface AuditEntry {
  action: string
  entity: string
  entityId: string | null
  /** The organization the entity belongs to: decides who may read this entry. */
  organizationId: string | null
  summary: string
  before?: unknown
  after?: unknown
}

export async function recordAudit(db: Db, ctx: Pick<UseCaseContext, 'actor' | 'requestId'>, entry: AuditEntry): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (province_id, id, actor_id, actor_name, action, entity, entity_id, organization_id, summary, before, after, request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      ctx.actor.provinceId,
      randomUUID(),
      ctx.actor.accountId,
      `${ctx.actor.displayName} (${ctx.actor.username})`,
      entry.action,
      entry.entity,
      entry.entityId,
      entry.organizationId,
      entry.summary,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
      ctx.requestId,
    ],
  )
}
