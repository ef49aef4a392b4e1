import { randomUUID } from 'node:crypto'
import { recordAudit } from '../../audit/record-audit.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { CREATE_BODIES, type CreateRecordInput, type HistoryKind } from './history.schemas.ts'
import { HISTORY_SPECS, mergeFields } from './history-kinds.ts'
import { findHistoryRow, insertHistoryRows, type HistoryRecord } from './history.repository.ts'
import { assertRecordValid, assertSubjectAccepts, fromHistoryDbError } from './history-writes.ts'
import { subjectInScope } from './subject-access.ts'

/** Adds a rating, initiative, achievement, discipline, proceeding, assessment, collective year or household exclusion. */
export async function createHistoryRecord(ctx: UseCaseContext, kind: HistoryKind, input: CreateRecordInput): Promise<HistoryRecord> {
  const { actor } = ctx
  const spec = HISTORY_SPECS[kind]
  return ctx.db.transaction(async (tx) => {
    const subject = await subjectInScope(tx, actor, 'history.write', input.subjectKind, input.subjectId, 'subjectId')
    assertSubjectAccepts(spec, subject)
    const fields = mergeFields(spec, spec.defaults, input)
    assertRecordValid(spec, subject, fields, CREATE_BODIES[kind])
    const id = randomUUID()
    await insertHistoryRows(tx, actor.provinceId, spec, [{ id, subjectKind: subject.kind, subjectId: subject.id, fields }]).catch(fromHistoryDbError(spec, fields))
    const created = (await findHistoryRow(tx, actor.provinceId, spec, id))!
    await recordAudit(tx, ctx, {
      action: 'create', entity: spec.entity, entityId: id, organizationId: subject.organizationId,
      summary: `Thêm ${spec.label} của ${subject.name}: ${spec.describe(fields)}`, after: created,
    })
    return created
  })
}
