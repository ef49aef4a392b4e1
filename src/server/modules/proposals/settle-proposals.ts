// Closes the open proposals (sent or exported) whose nominations are all answered — decided or failed —
// after some of them were: the whole answer is "decided" when all were decided, "returned" when none was,
// "partly" otherwise. The answers recorded here call it; so may any use case that decides or fails
// nominations which went up in a proposal (an award decision of the level above), inside its transaction.
import { recordAudit } from '../../audit/record-audit.ts'
import type { Db } from '../../db/client.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findNominations } from '../nominations/nominations.repository.ts'
import { notifyOrganization } from '../notifications/notify.ts'
import { CLOSED } from './proposal-view.ts'
import { closeProposal, listItemIds, listMemberships, type ProposalAnswer } from './proposals.repository.ts'

export async function settleProposals(tx: Db, ctx: Pick<UseCaseContext, 'actor' | 'requestId'>, nominationIds: readonly string[]): Promise<string[]> {
  const { actor } = ctx
  const open = [...new Map((await listMemberships(tx, actor.provinceId, nominationIds)).filter((m) => m.status === 'sent' || m.status === 'exported').map((m) => [m.proposalId, m])).values()]
  const closed: string[] = []
  for (const m of open) {
    const items = await findNominations(tx, actor.provinceId, await listItemIds(tx, actor.provinceId, m.proposalId))
    if (items.some((n) => !CLOSED.includes(n.status))) continue
    const decided = items.filter((n) => n.status === 'decided').length
    const answer: ProposalAnswer = decided === items.length ? 'decided' : decided === 0 ? 'returned' : 'partly'
    await closeProposal(tx, actor.provinceId, m.proposalId, answer, actor.accountId)
    await recordAudit(tx, ctx, {
      action: 'answered', entity: 'upward_proposal', entityId: m.proposalId, organizationId: m.fromOrganizationId,
      summary: `«${m.title}» đã có kết quả cho mọi đề nghị: ${decided}/${items.length} được khen thưởng`,
      before: { status: m.status }, after: { status: 'answered', answer, decided, total: items.length },
    })
    await notifyOrganization(tx, actor.provinceId, m.fromOrganizationId, { kind: 'proposal.answered', title: `«${m.title}» đã có kết quả: ${decided}/${items.length} trường hợp được khen thưởng`, link: `/trinh-cap-tren/${m.proposalId}`, audience: 'managers' })
    closed.push(m.proposalId)
  }
  return closed
}
