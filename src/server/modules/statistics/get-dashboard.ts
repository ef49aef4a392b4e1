// GET /api/statistics/dashboard: awards by form, level, year and target group; the shares to direct workers,
// women and small collectives with their trend; the cascade's and the registrations' completion; the
// deadlines of the next 30 days with what is missing — for a unit of the caller's subtree and a span of years.
// A report read: served by the read replica when there is one.
import type { DashboardData } from '../../../shared/statistics.ts'
import { readDbOf, type UseCaseContext } from '../../http/route.ts'
import { datedEvents } from '../campaigns/campaign-events.ts'
import { loadEventDates } from '../campaigns/answer-tracking.ts'
import { campaignsPart } from './campaign-completion.ts'
import { awardsPart } from './dashboard-awards.ts'
import { deadlinesAtRisk } from './deadlines-at-risk.ts'
import { resolveScope } from './statistics-scope.ts'
import { loadSettings } from './statistics-settings.ts'
import {
  countAwardsByForm, countAwardsByLevel, countAwardsByYear, countCascadeNominations, countCascadeRegistrations, countCascadeReports, countPlanAnswers,
  countVisiblePlanAnswers, countYearRegistrations, type PlanPeriod,
} from './statistics.repository.ts'
import type { StatisticsQuery } from './statistics.schemas.ts'

export async function getDashboard(ctx: UseCaseContext, query: StatisticsQuery): Promise<DashboardData> {
  const db = readDbOf(ctx)
  const scope = await resolveScope(db, ctx, query)
  const { provinceId, path, organization, today } = scope
  const settings = await loadSettings(db, provinceId)

  const [forms, levels, years, plans, visible, yearRegistrations] = await Promise.all([
    countAwardsByForm(db, scope),
    countAwardsByLevel(db, scope),
    countAwardsByYear(db, scope, settings.smallCollectiveKinds),
    countPlanAnswers(db, scope),
    countVisiblePlanAnswers(db, provinceId, path),
    countYearRegistrations(db, provinceId, organization.id, scope.fromYear, scope.toYear),
  ])

  const planIds = [...new Set([...plans, ...visible].map((p) => p.id))]
  // The reporting periods whose review the deadlines list: each phase closed by sơ kết or tổng kết.
  const reviews: PlanPeriod[] = visible.flatMap((p) => p.content.phases.flatMap((phase) => (phase.review ? [{ campaignId: p.id, periodId: phase.id, kind: phase.review.kind }] : [])))
  const [registrationRows, nominationRows, reportRows, eventDates] = await Promise.all([
    countCascadeRegistrations(db, provinceId, planIds, path),
    countCascadeNominations(db, provinceId, visible.map((p) => p.id), path),
    countCascadeReports(db, provinceId, reviews, path),
    loadEventDates(db, provinceId, planIds),
  ])
  const registrations = new Map(registrationRows.map((r) => [r.campaignId, r]))
  const nominations = new Map(nominationRows.map((n) => [n.campaignId, n]))
  const reportsOf = (campaignId: string) => new Map(reportRows.filter((r) => r.campaignId === campaignId).map((r) => [r.periodId, r]))

  const campaigns = campaignsPart(plans, registrations, eventDates, today)
  return {
    organization: { id: organization.id, name: organization.name },
    fromYear: scope.fromYear,
    toYear: scope.toYear,
    today,
    settings,
    ...awardsPart(forms, levels, years, scope, settings),
    campaigns,
    registrations: {
      byCampaign: campaigns.items.reduce((t, i) => ({ addressed: t.addressed + i.registration.addressed, registered: t.registered + i.registration.registered }), { addressed: 0, registered: 0 }),
      byYear: yearRegistrations,
    },
    deadlines: deadlinesAtRisk(
      visible.map((plan) => ({
        plan,
        events: datedEvents(plan.content.events, eventDates.get(plan.id) ?? {}),
        progress: { registration: registrations.get(plan.id), nominations: nominations.get(plan.id), reports: reportsOf(plan.id) },
      })),
      today,
    ),
  }
}
