import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findNominations } from '../nominations/nominations.repository.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { loadOwnDraft, sidesOf } from './proposal-access.ts'
import { defaultTitle, resolveAddressee } from './proposal-addressee.ts'
import { destinationOf } from './proposal-destination.ts'
import { checkItems } from './proposal-items.ts'
import { proposalDetail, type ProposalDetail } from './proposal-view.ts'
import type { UpdateProposalInput } from './proposals.schemas.ts'
import { findProposal, listItemIds, replaceItems, updateDraft } from './proposals.repository.ts'

/**
 * Changes a draft (with its version): its nominations (checked again, passed by the same level), whom it
 * goes to and its title (null: the default title for the addressee).
 */
export async function updateProposal(ctx: UseCaseContext, id: string, input: UpdateProposalInput): Promise<ProposalDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const draft = await loadOwnDraft(tx, actor, id)
    if (draft.version !== input.version) throw staleVersion(`Tờ trình «${draft.title}»`)
    let nominations
    if (input.nominationIds) {
      const checked = await checkItems(tx, actor, input.nominationIds, id)
      if (checked.sender.organizationId !== draft.fromOrganizationId) {
        const message = `Các đề nghị của tờ trình phải do Hội đồng Thi đua – Khen thưởng của ${draft.fromOrganizationName} thông qua.`
        throw new AppError('VALIDATION', message, { nominationIds: message })
      }
      nominations = checked.nominations
    } else {
      nominations = await findNominations(tx, actor.provinceId, await listItemIds(tx, actor.provinceId, id))
    }
    const from = (await findOrganization(tx, actor.provinceId, draft.fromOrganizationId))!
    const to =
      input.toOrganizationId !== undefined || input.toName !== undefined
        ? await resolveAddressee(
            tx, actor.provinceId, from, { toOrganizationId: input.toOrganizationId === undefined ? draft.toOrganizationId : input.toOrganizationId, toName: input.toName },
            nominations.map((n) => destinationOf(n.authority).organizationId),
          )
        : { toOrganizationId: draft.toOrganizationId, toName: draft.toName }
    // A default title follows the addressee; one written by hand stays.
    const title = input.title !== undefined ? (input.title ?? defaultTitle(to.toName)) : draft.title === defaultTitle(draft.toName) ? defaultTitle(to.toName) : draft.title
    if (!(await updateDraft(tx, actor.provinceId, id, { ...to, title }, input.version))) throw staleVersion(`Tờ trình «${draft.title}»`)
    if (input.nominationIds) await replaceItems(tx, actor.provinceId, id, input.nominationIds)
    const saved = (await findProposal(tx, actor.provinceId, id))!
    await recordAudit(tx, ctx, {
      action: 'update', entity: 'upward_proposal', entityId: id, organizationId: draft.fromOrganizationId,
      summary: `Sửa dự thảo «${saved.title}»`,
      before: { toOrganizationId: draft.toOrganizationId, toName: draft.toName, title: draft.title, version: draft.version },
      after: { ...to, title, version: saved.version, ...(input.nominationIds ? { nominationIds: input.nominationIds } : {}) },
    })
    return proposalDetail(tx, actor, saved, sidesOf(actor, saved))
  })
}
