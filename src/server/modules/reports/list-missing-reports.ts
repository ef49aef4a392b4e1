// "Chưa nộp báo cáo": for a plan's period, the organizations its cascade addresses (its addressees, and the
// addressees of their answering plans, level by level) that lie in the caller's subtree, below the caller's own
// level, without a submitted or accepted report answering the period (under the plan itself, or under their own
// answering plan for the same kind of review); with their draft or returned report when they have one, the
// period's due date, whether it has passed, and the reminders sent to them.
import { todayInVietnam } from '../../../shared/people.ts'
import { answersPeriod } from '../../../shared/reports-periods.ts'
import type { ReportStatus } from '../../../shared/reports.ts'
import { assertCan, inScope } from '../../auth/policy.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { getCascade, type CascadeNode } from '../campaigns/get-cascade.ts'
import { findOrganizations } from '../organizations/organizations.repository.ts'
import { findPeriod, loadReportingPlan } from './report-campaign.ts'
import { listCampaignFamily, listSubtreeReportHeads, summarizeReminders } from './reports.repository.ts'
import type { PeriodQuery } from './reports.schemas.ts'

export interface MissingReport {
  organizationId: string
  organizationName: string
  /** The unit's report not yet sent, or returned, if any. */
  report: { id: string; status: ReportStatus } | null
  reminders: number
  lastRemindedAt: string | null
}

export interface MissingReports {
  campaignId: string
  periodId: string
  periodName: string
  due: string | null
  overdue: boolean
  /** How many organizations are addressed, and how many of them sent their report. */
  addressed: number
  reported: number
  items: MissingReport[]
}

function flatten(nodes: readonly CascadeNode[], names: Map<string, string>): void {
  for (const node of nodes) {
    if (!names.has(node.organizationId)) names.set(node.organizationId, node.organizationName)
    flatten(node.children, names)
  }
}

export async function listMissingReports(ctx: UseCaseContext, query: PeriodQuery): Promise<MissingReports> {
  const { db, actor } = ctx
  assertCan(actor, 'report.read')
  const plan = await loadReportingPlan(db, actor, query.campaignId)
  const period = findPeriod(plan, query.periodId)
  const names = new Map<string, string>()
  flatten((await getCascade(ctx, plan.campaign.id)).nodes, names)
  const paths = new Map((await findOrganizations(db, actor.provinceId, [...names.keys()])).map((o) => [o.id, o.path]))
  const addressed = [...names].filter(([id]) => inScope(actor, paths.get(id) ?? '') && paths.get(id) !== actor.organizationPath).map(([id, name]) => ({ id, name }))
  const ids = new Set(addressed.map((o) => o.id))
  const target = { campaignId: plan.campaign.id, periodId: period.id, kind: period.kind }
  const [reports, reminders] = await Promise.all([
    listSubtreeReportHeads(db, actor.provinceId, actor.organizationPath, await listCampaignFamily(db, actor.provinceId, plan.campaign.id)),
    summarizeReminders(db, actor.provinceId, [...ids], plan.campaign.id, period.id),
  ])
  const answering = reports.filter((r) => ids.has(r.organizationId) && answersPeriod(r, target))
  const sent = new Set(answering.filter((r) => r.status === 'submitted' || r.status === 'accepted').map((r) => r.organizationId))
  const reminded = new Map(reminders.map((r) => [r.organizationId, r]))
  return {
    campaignId: plan.campaign.id,
    periodId: period.id,
    periodName: period.name,
    due: period.due,
    overdue: period.due !== null && todayInVietnam() > period.due,
    addressed: addressed.length,
    reported: sent.size,
    items: addressed
      .filter((o) => !sent.has(o.id))
      .map((o) => {
        const own = answering.find((r) => r.organizationId === o.id)
        const r = reminded.get(o.id)
        return { organizationId: o.id, organizationName: o.name, report: own ? { id: own.id, status: own.status } : null, reminders: r?.count ?? 0, lastRemindedAt: r?.lastAt ?? null }
      }),
  }
}
