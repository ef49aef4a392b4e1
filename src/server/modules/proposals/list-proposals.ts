import type { Page } from '../../../shared/schemas.ts'
import { assertCan } from '../../auth/policy.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { toSummary, type ProposalSummary } from './proposal-view.ts'
import type { ListProposalsQuery } from './proposals.schemas.ts'
import { searchProposals } from './proposals.repository.ts'

/** One page of the proposals sent by levels in the caller's subtree (outgoing) or to them (incoming), newest first. */
export async function listProposals(ctx: UseCaseContext, query: ListProposalsQuery): Promise<Page<ProposalSummary>> {
  assertCan(ctx.actor, 'proposal.read')
  const { items, total } = await searchProposals(ctx.db, ctx.actor.provinceId, {
    scopePath: ctx.actor.organizationPath, direction: query.direction, status: query.status ?? null,
    limit: query.pageSize, offset: (query.page - 1) * query.pageSize,
  })
  return { items: items.map(toSummary), total, page: query.page, pageSize: query.pageSize }
}
