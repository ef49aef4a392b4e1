// Has an addressee answered a plan with its own? Pure.
import { resolveDateRef, type PlanContent, type PlanEvent } from '../../../shared/campaign-plan.ts'
import type { CampaignStatus } from './campaign-lifecycle.ts'

export type AnswerStatus = 'answered' | 'draft' | 'not_started' | 'late'

/**
 * The answer is due by the plan's first deadline of kind "answer" (resolved through its event dates);
 * null when the plan sets none or its event has no date yet (then it is never late).
 */
export function answerDue(content: Pick<PlanContent, 'deadlines'>, events: readonly PlanEvent[]): string | null {
  const deadline = content.deadlines.find((d) => d.kind === 'answer')
  return deadline ? resolveDateRef(deadline.due, events) : null
}

/** Among an addressee's answering plans: the issued one (latest) if any, else the latest draft. */
export function pickAnswer<T extends { status: CampaignStatus; createdAt: string | Date }>(answers: readonly T[]): T | undefined {
  const time = (a: T) => new Date(a.createdAt).getTime()
  const latest = (list: T[]) => list.sort((a, b) => time(b) - time(a))[0]
  return latest(answers.filter((a) => a.status !== 'draft')) ?? latest(answers.filter((a) => a.status === 'draft'))
}

/** answered: an issued answer exists; late: past due (Asia/Ho_Chi_Minh day) without one; else draft or not_started. */
export function answerStatus(answer: { status: CampaignStatus } | undefined, due: string | null, today: string): AnswerStatus {
  if (answer && answer.status !== 'draft') return 'answered'
  if (due && today > due) return 'late'
  return answer ? 'draft' : 'not_started'
}

/** Today's date in Vietnam (UTC+7), as YYYY-MM-DD. */
export function todayInVietnam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}
