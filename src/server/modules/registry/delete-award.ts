import { recordAudit } from '../../audit/record-audit.ts'
import { notFound, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { subjectInScope } from '../history/subject-access.ts'
import { deleteAward as deleteAwardRow, findAward } from './registry.repository.ts'

/** Deletes a registry row entered by mistake; the audit log keeps what it said. */
export async function deleteAward(ctx: UseCaseContext, id: string, version: number): Promise<void> {
  const { actor } = ctx
  await ctx.db.transaction(async (tx) => {
    const current = await findAward(tx, actor.provinceId, id)
    if (!current) throw notFound('bản ghi khen thưởng')
    await subjectInScope(tx, actor, 'history.write', current.subjectKind, current.subjectId)
    if (version !== current.version || !(await deleteAwardRow(tx, actor.provinceId, id, version))) throw staleVersion('Bản ghi khen thưởng')
    await recordAudit(tx, ctx, {
      action: 'delete', entity: 'award_record', entityId: id, organizationId: current.organizationId,
      summary: `Xóa khỏi sổ khen thưởng của ${current.subjectName}: ${current.name} năm ${current.year}`, before: current,
    })
  })
}
