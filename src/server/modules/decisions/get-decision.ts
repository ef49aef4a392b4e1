import type { UseCaseContext } from '../../http/route.ts'
import { loadDecision } from './decision-access.ts'
import { decisionDetail, type DecisionDetail } from './decision-view.ts'

/** A decision with its lines, amounts, problems (a draft: checked now) and total. */
export async function getDecision(ctx: UseCaseContext, id: string): Promise<DecisionDetail> {
  const decision = await loadDecision(ctx.db, ctx.actor, id, 'decision.read')
  return decisionDetail(ctx.db, ctx.actor.provinceId, decision)
}
