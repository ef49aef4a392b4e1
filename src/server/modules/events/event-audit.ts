// One audit row per write to an event, in the write's transaction (entity 'event', the event's organization).
import { recordAudit } from '../../audit/record-audit.ts'
import type { Db } from '../../db/client.ts'
import type { UseCaseContext } from '../../http/route.ts'
import type { EventRecord } from './events.repository.ts'

export async function auditEvent(
  tx: Db, ctx: Pick<UseCaseContext, 'actor' | 'requestId'>, event: Pick<EventRecord, 'id' | 'organizationId'>,
  entry: { action: string; summary: string; before?: unknown; after?: unknown },
): Promise<void> {
  await recordAudit(tx, ctx, { entity: 'event', entityId: event.id, organizationId: event.organizationId, ...entry })
}
