import { assertCan } from '../../auth/policy.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findNominations } from '../nominations/nominations.repository.ts'
import { nominationLine, type NominationLine } from './proposal-view.ts'
import { findPassingCouncils, listCandidateIds } from './proposals.repository.ts'

/** A level's passed list is short; more than this asks to propose what is there first. */
const CANDIDATE_LIMIT = 500

/**
 * The nominations to propose upward: passed by a council of a level in the caller's subtree, for a form
 * beyond that level's authority, not yet in a proposal of that level; each with where it is decided.
 */
export async function listCandidates(ctx: UseCaseContext): Promise<{ items: NominationLine[] }> {
  const { actor } = ctx
  assertCan(actor, 'proposal.read')
  const ids = await listCandidateIds(ctx.db, actor.provinceId, actor.organizationPath, CANDIDATE_LIMIT)
  const [nominations, councils] = await Promise.all([findNominations(ctx.db, actor.provinceId, ids), findPassingCouncils(ctx.db, actor.provinceId, ids)])
  return { items: ids.map((id) => nominationLine(nominations.find((n) => n.id === id)!, councils.get(id)!)) }
}
