import { recordAudit } from '../../audit/record-audit.ts'
import { notFound, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { UPDATE_BODIES, type HistoryKind, type UpdateRecordInput } from './history.schemas.ts'
import { HISTORY_SPECS, mergeFields } from './history-kinds.ts'
import { findHistoryRow, updateHistoryRow, type HistoryRecord } from './history.repository.ts'
import { assertRecordValid, fromHistoryDbError } from './history-writes.ts'
import { subjectInScope } from './subject-access.ts'

/** Edits any subset of a record's fields (optimistic: the caller sends the version it read). */
export async function updateHistoryRecord(ctx: UseCaseContext, kind: HistoryKind, id: string, input: UpdateRecordInput): Promise<HistoryRecord> {
  const { actor } = ctx
  const spec = HISTORY_SPECS[kind]
  return ctx.db.transaction(async (tx) => {
    const current = await findHistoryRow(tx, actor.provinceId, spec, id)
    if (!current) throw notFound(spec.label)
    const subject = await subjectInScope(tx, actor, 'history.write', current.subjectKind, current.subjectId)
    if (input.version !== current.version) throw staleVersion(`Bản ghi ${spec.label}`)
    const fields = mergeFields(spec, current, input)
    assertRecordValid(spec, subject, fields, UPDATE_BODIES[kind])
    const saved = await updateHistoryRow(tx, actor.provinceId, spec, id, fields, input.version).catch(fromHistoryDbError(spec, fields))
    if (!saved) throw staleVersion(`Bản ghi ${spec.label}`)
    const updated = (await findHistoryRow(tx, actor.provinceId, spec, id))!
    await recordAudit(tx, ctx, {
      action: 'update', entity: spec.entity, entityId: id, organizationId: subject.organizationId,
      summary: `Sửa ${spec.label} của ${subject.name}: ${spec.describe(fields)}`, before: current, after: updated,
    })
    return updated
  })
}
