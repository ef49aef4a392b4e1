// What a report takes from its plan: the plan must be issued and visible to the caller; its reporting periods
// come with their due dates resolved through the event dates as they stand now (an answering plan inherits the
// congress date entered on the provincial plan, journey A4); a period must have started before a unit reports on it.
import type { Db } from '../../db/client.ts'
import type { Actor } from '../../auth/policy.ts'
import { AppError } from '../../http/errors.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { periodNotOpen, planCriteria, reportingPeriods, type PlanCriterion, type ReportingPeriod } from '../../../shared/reports-periods.ts'
import { loadVisibleCampaign } from '../campaigns/campaign-access.ts'
import { datedEvents } from '../campaigns/campaign-events.ts'
import { loadEventDates } from '../campaigns/answer-tracking.ts'
import type { CampaignWithContent } from '../campaigns/campaigns.repository.ts'

export interface ReportingPlan {
  campaign: CampaignWithContent
  periods: ReportingPeriod[]
  criteria: PlanCriterion[]
}

/** The periods of an already loaded plan, resolved against its effective event dates. */
export async function periodsOf(db: Db, provinceId: string, campaign: CampaignWithContent): Promise<ReportingPeriod[]> {
  const dates = (await loadEventDates(db, provinceId, [campaign.id])).get(campaign.id) ?? {}
  return reportingPeriods(campaign.content, datedEvents(campaign.content.events, dates), campaign.issuedOn)
}

/** A plan the caller may see and report under (issued, not a draft), with its periods and criteria. */
export async function loadReportingPlan(db: Db, actor: Actor, campaignId: string): Promise<ReportingPlan> {
  const campaign = await loadVisibleCampaign(db, actor, campaignId)
  if (campaign.status === 'draft') {
    const message = `Kế hoạch thi đua «${campaign.title}» chưa ban hành, chưa có kỳ báo cáo`
    throw new AppError('VALIDATION', `${message}.`, { campaignId: message })
  }
  return { campaign, periods: await periodsOf(db, actor.provinceId, campaign), criteria: planCriteria(campaign.content) }
}

/** The period of the plan a request names, refused (on the field periodId) when the plan has no such period. */
export function findPeriod(plan: ReportingPlan, periodId: string): ReportingPeriod {
  const period = plan.periods.find((p) => p.id === periodId)
  if (!period) {
    const message = `Kế hoạch «${plan.campaign.title}» không có kỳ báo cáo này`
    throw new AppError('VALIDATION', `${message}.`, { periodId: message })
  }
  return period
}

/** The period, refused when it has not started yet (a report for a phase not yet open). */
export function openPeriod(plan: ReportingPlan, periodId: string, today = todayInVietnam()): ReportingPeriod {
  const period = findPeriod(plan, periodId)
  const problem = periodNotOpen(period, today)
  if (problem) throw new AppError('VALIDATION', `${problem}.`, { periodId: problem })
  return period
}
