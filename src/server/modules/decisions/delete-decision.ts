// Deletes a draft decision and its lines (with its version); its nominations become free for another draft.
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadDecision } from './decision-access.ts'
import { decisionReferenceText } from './decision-view.ts'
import { deleteDraft, listLines } from './decisions.repository.ts'

export async function deleteDecision(ctx: UseCaseContext, id: string, version: number): Promise<void> {
  const { actor } = ctx
  await ctx.db.transaction(async (tx) => {
    const current = await loadDecision(tx, actor, id, 'decision.write')
    if (current.status !== 'draft') throw new AppError('CONFLICT', `${decisionReferenceText(current)} đã ban hành: không xóa được.`)
    const lines = await listLines(tx, actor.provinceId, id)
    if (!(await deleteDraft(tx, actor.provinceId, id, version))) throw staleVersion(`Dự thảo quyết định «${current.title}»`)
    await recordAudit(tx, ctx, {
      action: 'delete', entity: 'award_decision', entityId: id, organizationId: current.organizationId,
      summary: `Xóa dự thảo quyết định «${current.title}» (${lines.length} trường hợp)`,
      before: { ...current, nominationIds: lines.map((l) => l.nominationId) },
    })
  })
}
