import type { UseCaseContext } from '../../http/route.ts'
import { loadProposal } from './proposal-access.ts'
import { proposalDetail, type ProposalDetail } from './proposal-view.ts'

/** A proposal with each nomination's current status, as the sender or the receiver sees it. */
export async function getProposal(ctx: UseCaseContext, id: string): Promise<ProposalDetail> {
  const { proposal, sides } = await loadProposal(ctx.db, ctx.actor, id, 'proposal.read')
  return proposalDetail(ctx.db, ctx.actor, proposal, sides)
}
