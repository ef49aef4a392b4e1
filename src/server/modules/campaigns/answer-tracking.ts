// Who owes an answering plan, by when, and whether it came: the addressees of plans with their answer
// due date (resolved through the event dates as they stand now) and status. Reads only.
import type { Db } from '../../db/client.ts'
import { inScope, type Actor } from '../../auth/policy.ts'
import { answerDue, answerStatus, pickAnswer, todayInVietnam, type AnswerStatus } from './answer-status.ts'
import { datedEvents, effectiveEventDates } from './campaign-events.ts'
import { listAddressees, listAnswers, listEventSources, type CampaignRecord, type CampaignWithContent } from './campaigns.repository.ts'

export interface TrackedAddressee {
  organizationId: string
  organizationName: string
  organizationPath: string
  answerDue: string | null
  answer: CampaignRecord | undefined
  status: AnswerStatus
}

/** Effective event dates of each plan (see campaign-events.ts), by plan id. */
export async function loadEventDates(db: Db, provinceId: string, ids: readonly string[]): Promise<Map<string, Record<string, string>>> {
  const sources = new Map((await listEventSources(db, provinceId, ids)).map((s) => [s.id, s]))
  const cache = new Map<string, Record<string, string>>()
  return new Map(ids.map((id) => [id, effectiveEventDates(id, sources, cache)]))
}

/**
 * The addressees of each plan with their answers. Whoever manages the plan (its issuer lies in their
 * subtree) sees every addressee; an addressee's own officers see only the addressees in their subtree.
 */
export async function trackAnswers(
  db: Db,
  actor: Actor,
  plans: readonly CampaignWithContent[],
  eventDates: ReadonlyMap<string, Record<string, string>>,
): Promise<Map<string, TrackedAddressee[]>> {
  const ids = plans.map((p) => p.id)
  const [addressees, answers] = await Promise.all([listAddressees(db, actor.provinceId, ids), listAnswers(db, actor.provinceId, ids)])
  const today = todayInVietnam()
  const result = new Map<string, TrackedAddressee[]>()
  for (const plan of plans) {
    const manages = inScope(actor, plan.issuerPath)
    const due = answerDue(plan.content, datedEvents(plan.content.events, eventDates.get(plan.id) ?? {}))
    const tracked = addressees
      .filter((a) => a.campaignId === plan.id && (manages || inScope(actor, a.organizationPath)))
      .map((a) => {
        const answer = pickAnswer(answers.filter((x) => x.answersId === plan.id && x.issuerId === a.organizationId))
        return {
          organizationId: a.organizationId,
          organizationName: a.organizationName,
          organizationPath: a.organizationPath,
          answerDue: due,
          answer,
          // nothing is due under a plan not yet issued
          status: answerStatus(answer, plan.status === 'draft' ? null : due, today),
        } satisfies TrackedAddressee
      })
    result.set(plan.id, tracked)
  }
  return result
}
