import type { UseCaseContext } from '../../http/route.ts'
import type { AnswerStatus } from './answer-status.ts'
import { loadVisibleCampaign } from './campaign-access.ts'
import { findCampaigns, type CampaignWithContent } from './campaigns.repository.ts'
import { toSummary, type CampaignSummary } from './campaign-view.ts'
import { loadEventDates, trackAnswers } from './answer-tracking.ts'

export interface CascadeNode {
  organizationId: string
  organizationName: string
  status: AnswerStatus
  answerDue: string | null
  answer: CampaignSummary | null
  /** The addressees of this organization's answer, recursively. */
  children: CascadeNode[]
}

/** Deeper than province → commune → unit → … this many levels, the tree stops. */
const MAX_DEPTH = 8

/** The cascade under a plan: who it is addressed to, who answered, and the same for each answer, level by level. */
export async function getCascade(ctx: UseCaseContext, id: string): Promise<{ campaign: CampaignSummary; nodes: CascadeNode[] }> {
  const { db, actor } = ctx
  const root = await loadVisibleCampaign(db, actor, id)
  const seen = new Set([root.id])

  const nodesOf = async (plans: CampaignWithContent[], depth: number): Promise<Map<string, CascadeNode[]>> => {
    const tracked = await trackAnswers(db, actor, plans, await loadEventDates(db, actor.provinceId, plans.map((p) => p.id)))
    const answerIds = [...tracked.values()].flat().map((t) => t.answer?.id).filter((answerId): answerId is string => !!answerId && !seen.has(answerId))
    answerIds.forEach((answerId) => seen.add(answerId))
    const below = depth < MAX_DEPTH && answerIds.length > 0 ? await nodesOf(await findCampaigns(db, actor.provinceId, answerIds), depth + 1) : new Map<string, CascadeNode[]>()
    return new Map(plans.map((plan) => [plan.id, (tracked.get(plan.id) ?? []).map((t) => ({
      organizationId: t.organizationId,
      organizationName: t.organizationName,
      status: t.status,
      answerDue: t.answerDue,
      answer: t.answer ? toSummary(t.answer) : null,
      children: t.answer ? below.get(t.answer.id) ?? [] : [],
    }))]))
  }

  return { campaign: toSummary(root), nodes: (await nodesOf([root], 1)).get(root.id) ?? [] }
}
