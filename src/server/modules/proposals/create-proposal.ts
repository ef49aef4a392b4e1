import { randomUUID } from 'node:crypto'
import { recordAudit } from '../../audit/record-audit.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { defaultTitle, resolveAddressee } from './proposal-addressee.ts'
import { destinationOf } from './proposal-destination.ts'
import { checkItems } from './proposal-items.ts'
import { sidesOf } from './proposal-access.ts'
import { proposalDetail, type ProposalDetail } from './proposal-view.ts'
import type { CreateProposalInput } from './proposals.schemas.ts'
import { findProposal, insertProposal, replaceItems } from './proposals.repository.ts'

/**
 * A draft proposal of the level whose council passed the chosen nominations, to the level above on tdkt
 * (by default where they are decided, else the parent) or to a body outside it named in words.
 */
export async function createProposal(ctx: UseCaseContext, input: CreateProposalInput): Promise<ProposalDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const { nominations, sender } = await checkItems(tx, actor, input.nominationIds, null)
    const from = (await findOrganization(tx, actor.provinceId, sender.organizationId))!
    const to = await resolveAddressee(tx, actor.provinceId, from, input, nominations.map((n) => destinationOf(n.authority).organizationId))
    const id = randomUUID()
    await insertProposal(tx, actor.provinceId, { id, fromOrganizationId: from.id, ...to, title: input.title ?? defaultTitle(to.toName), createdBy: actor.accountId })
    await replaceItems(tx, actor.provinceId, id, input.nominationIds)
    const saved = (await findProposal(tx, actor.provinceId, id))!
    await recordAudit(tx, ctx, {
      action: 'create', entity: 'upward_proposal', entityId: id, organizationId: from.id,
      summary: `${from.name} lập dự thảo «${saved.title}» gồm ${nominations.length} đề nghị`,
      after: { ...to, title: saved.title, nominationIds: input.nominationIds },
    })
    return proposalDetail(tx, actor, saved, sidesOf(actor, saved))
  })
}
