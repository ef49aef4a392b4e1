import { recordAudit } from '../../audit/record-audit.ts'
import { staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadOwnDraft } from './proposal-access.ts'
import { deleteDraft, listItemIds } from './proposals.repository.ts'

/** Deletes a draft (with its version); its nominations become candidates again. */
export async function deleteProposal(ctx: UseCaseContext, id: string, version: number): Promise<void> {
  const { actor } = ctx
  await ctx.db.transaction(async (tx) => {
    const draft = await loadOwnDraft(tx, actor, id)
    const nominationIds = await listItemIds(tx, actor.provinceId, id)
    if (!(await deleteDraft(tx, actor.provinceId, id, version))) throw staleVersion(`Tờ trình «${draft.title}»`)
    await recordAudit(tx, ctx, {
      action: 'delete', entity: 'upward_proposal', entityId: id, organizationId: draft.fromOrganizationId,
      summary: `Xóa dự thảo «${draft.title}»`, before: { toOrganizationId: draft.toOrganizationId, toName: draft.toName, title: draft.title, version: draft.version, nominationIds },
    })
  })
}
