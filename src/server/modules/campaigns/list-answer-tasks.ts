import type { UseCaseContext } from '../../http/route.ts'
import type { AnswerStatus } from './answer-status.ts'
import { findCampaigns, listAddresseesInScope } from './campaigns.repository.ts'
import { numberAndSymbol } from './campaign-numbering.ts'
import { loadEventDates, trackAnswers } from './answer-tracking.ts'

export interface AnswerTask {
  campaignId: string
  numberAndSymbol: string | null
  title: string
  issuerName: string
  organizationId: string
  organizationName: string
  answerDue: string | null
  status: Exclude<AnswerStatus, 'answered'>
  /** The answering draft already begun (a late unit may have one too), to open instead of starting another. */
  answerId: string | null
}

/** Answering plans still owed by organizations in the caller's subtree, soonest due first. */
export async function listAnswerTasks(ctx: UseCaseContext): Promise<AnswerTask[]> {
  const { db, actor } = ctx
  const rows = await listAddresseesInScope(db, actor.provinceId, actor.organizationPath)
  const plans = await findCampaigns(db, actor.provinceId, [...new Set(rows.map((r) => r.campaignId))])
  const tracked = await trackAnswers(db, actor, plans, await loadEventDates(db, actor.provinceId, plans.map((p) => p.id)))
  const tasks: AnswerTask[] = []
  for (const row of rows) {
    const plan = plans.find((p) => p.id === row.campaignId)!
    const t = tracked.get(plan.id)?.find((a) => a.organizationId === row.organizationId)
    if (!t || t.status === 'answered') continue
    tasks.push({
      campaignId: plan.id,
      numberAndSymbol: numberAndSymbol(plan.number, plan.symbol, plan.track),
      title: plan.title,
      issuerName: plan.issuerName,
      organizationId: row.organizationId,
      organizationName: row.organizationName,
      answerDue: t.answerDue,
      status: t.status,
      answerId: t.answer?.id ?? null,
    })
  }
  return tasks.sort((a, b) => (a.answerDue ?? '9999').localeCompare(b.answerDue ?? '9999'))
}
