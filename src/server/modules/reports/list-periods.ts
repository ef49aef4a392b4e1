import type { UseCaseContext } from '../../http/route.ts'
import { assertCan } from '../../auth/policy.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { periodNotOpen, type PlanCriterion, type ReportingPeriod } from '../../../shared/reports-periods.ts'
import { loadReportingPlan } from './report-campaign.ts'

export interface PlanPeriods {
  campaignId: string
  campaignTitle: string
  /** Each period with why it cannot be reported on yet (null when it is open). */
  periods: (ReportingPeriod & { notOpen: string | null })[]
  criteria: PlanCriterion[]
}

/** The reporting periods of a plan the caller sees (with due dates as they stand now) and its criteria. */
export async function listPeriods(ctx: UseCaseContext, campaignId: string): Promise<PlanPeriods> {
  assertCan(ctx.actor, 'report.read')
  const plan = await loadReportingPlan(ctx.db, ctx.actor, campaignId)
  const today = todayInVietnam()
  return {
    campaignId: plan.campaign.id,
    campaignTitle: plan.campaign.title,
    periods: plan.periods.map((p) => ({ ...p, notOpen: periodNotOpen(p, today) })),
    criteria: plan.criteria,
  }
}
