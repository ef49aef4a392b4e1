import { recordAudit } from '../../audit/record-audit.ts'
import { staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { exemplarLabel, loadExemplar } from './exemplar-access.ts'
import { resolveExemplarInput } from './exemplar-input.ts'
import { exemplarDetail, type ExemplarDetail } from './exemplar-view.ts'
import { findExemplar, findLinkedAwards, replaceExemplarAwards, updateExemplarContent } from './honours.repository.ts'
import type { UpdateExemplarInput } from './honours.schemas.ts'

/** Replaces the content (with its version) in any status: a published story is corrected in place, and the audit keeps the text it had. */
export async function updateExemplar(ctx: UseCaseContext, id: string, input: UpdateExemplarInput): Promise<ExemplarDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await loadExemplar(tx, actor, id)
    if (input.version !== current.version) throw staleVersion(exemplarLabel(current))
    const { write, awardRecordIds } = await resolveExemplarInput(tx, actor, { name: current.organizationName, path: current.organizationPath }, input)
    const before = await findLinkedAwards(tx, actor.provinceId, id)
    if (!(await updateExemplarContent(tx, actor.provinceId, id, write, input.version))) throw staleVersion(exemplarLabel(current))
    await replaceExemplarAwards(tx, actor.provinceId, id, awardRecordIds)
    await recordAudit(tx, ctx, {
      action: 'update', entity: 'exemplar', entityId: id, organizationId: current.organizationId,
      summary: `Sửa ${exemplarLabel(current).toLowerCase()}${current.status === 'published' ? ' (đang công bố)' : ''}`,
      before: {
        kind: current.kind, subjectKind: current.subjectKind, subjectId: current.subjectId, subjectName: current.subjectName, subjectUnit: current.subjectUnit,
        title: current.title, summary: current.summary, story: current.story, year: current.year, decisionId: current.decisionId,
        awardRecordIds: before.map((a) => a.id), version: current.version,
      },
      after: { ...write, awardRecordIds, version: current.version + 1 },
    })
    return exemplarDetail(tx, actor.provinceId, (await findExemplar(tx, actor.provinceId, id))!)
  })
}
