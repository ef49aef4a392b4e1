import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadNomination } from './nomination-access.ts'
import { nominationLabel } from './nomination-status.ts'
import { deleteDraft } from './nominations.repository.ts'

/** Deletes a draft never submitted (a submitted proposal stays on record; the officer returns it instead). */
export async function deleteNomination(ctx: UseCaseContext, id: string, version: number): Promise<void> {
  const { actor } = ctx
  await ctx.db.transaction(async (tx) => {
    const current = await loadNomination(tx, actor, id, 'nomination.write')
    if (current.status !== 'draft') throw new AppError('CONFLICT', `${nominationLabel(current)} đã được trình: không xóa được đề nghị đã trình.`)
    if (version !== current.version || !(await deleteDraft(tx, actor.provinceId, id, version))) throw staleVersion(nominationLabel(current))
    await recordAudit(tx, ctx, {
      action: 'delete', entity: 'nomination', entityId: id, organizationId: current.nominatingOrganizationId,
      summary: `Xóa dự thảo ${nominationLabel(current)} năm ${current.year}`,
      before: { ...current, eligibilityInput: undefined },
    })
  })
}
