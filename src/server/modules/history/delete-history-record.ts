import { recordAudit } from '../../audit/record-audit.ts'
import { notFound, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import type { HistoryKind } from './history.schemas.ts'
import { HISTORY_SPECS } from './history-kinds.ts'
import { deleteHistoryRow, findHistoryRow } from './history.repository.ts'
import { subjectInScope } from './subject-access.ts'

/** Deletes a record entered by mistake; the audit log keeps what it said. */
export async function deleteHistoryRecord(ctx: UseCaseContext, kind: HistoryKind, id: string, version: number): Promise<void> {
  const { actor } = ctx
  const spec = HISTORY_SPECS[kind]
  await ctx.db.transaction(async (tx) => {
    const current = await findHistoryRow(tx, actor.provinceId, spec, id)
    if (!current) throw notFound(spec.label)
    const subject = await subjectInScope(tx, actor, 'history.write', current.subjectKind, current.subjectId)
    if (version !== current.version || !(await deleteHistoryRow(tx, actor.provinceId, spec, id, version))) throw staleVersion(`Bản ghi ${spec.label}`)
    await recordAudit(tx, ctx, {
      action: 'delete', entity: spec.entity, entityId: id, organizationId: subject.organizationId,
      summary: `Xóa ${spec.label} của ${subject.name}: ${spec.describe(current)}`, before: current,
    })
  })
}
