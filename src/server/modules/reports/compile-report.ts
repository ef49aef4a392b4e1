// The sơ kết / tổng kết report of a level for a plan's period, compiled from its subtree's data as it stands now:
// the units' registrations under the plan and the plans answering it, each criterion's results summed over the
// accepted reports that answer the period (with the units that reported), the awards of the registry in the
// period by form and kind of subject, the exemplary models and initiatives named in the reports and those
// recognised in the histories; and the narrative the level's officer writes. Reads only.
import { todayInVietnam } from '../../../shared/people.ts'
import { emptyNarrative, type Narrative, type ReportStatus } from '../../../shared/reports.ts'
import { answersPeriod, type ReportingPeriod } from '../../../shared/reports-periods.ts'
import { assertCan, can, inScope } from '../../auth/policy.ts'
import { notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { numberAndSymbol } from '../campaigns/campaign-numbering.ts'
import { findOrganization, type Organization } from '../organizations/organizations.repository.ts'
import { awardsByForm, topmostReports, totalRegistrations, totalResults, type AwardFormRow, type CriterionTotal, type RegistrationTotal } from './compiled-figures.ts'
import { countAwardsInPeriod, listApprovedRegistrations, listRecognisedInitiatives, type RecognisedInitiative } from './figures.repository.ts'
import { findPeriod, loadReportingPlan } from './report-campaign.ts'
import { findNarrative, listCampaignFamily, listReportContents, listSubtreeReportHeads, type NarrativeRecord } from './reports.repository.ts'
import type { CompiledQuery } from './reports.schemas.ts'

export interface NamedItem {
  unit: string
  text: string
}

export interface SavedNarrative {
  sections: Narrative
  /** null until the officer first saves it. */
  version: number | null
  updatedByName: string | null
  updatedAt: string | null
}

export interface CompiledReport {
  organization: { id: string; name: string }
  campaign: { id: string; title: string; numberAndSymbol: string | null; issuedOn: string | null; issuerId: string }
  period: ReportingPeriod
  /** The units below the level with a report answering the period, whatever its status. */
  reports: { id: string; organizationId: string; organizationName: string; status: ReportStatus }[]
  /** The units whose accepted reports are counted (the topmost ones). */
  counted: string[]
  registrations: { units: number; targets: RegistrationTotal[] }
  results: CriterionTotal[]
  awards: AwardFormRow[]
  models: NamedItem[]
  initiatives: NamedItem[]
  recognisedInitiatives: RecognisedInitiative[]
  narrative: SavedNarrative
  canEditNarrative: boolean
}

export const savedNarrative = (n: NarrativeRecord | undefined): SavedNarrative =>
  n ? { sections: n.sections, version: n.version, updatedByName: n.updatedByName, updatedAt: n.updatedAt } : { sections: emptyNarrative(), version: null, updatedByName: null, updatedAt: null }

/** The level a compiled report is for: an organization in the caller's subtree. */
export async function loadLevel(ctx: UseCaseContext, organizationId: string): Promise<Organization> {
  const level = await findOrganization(ctx.db, ctx.actor.provinceId, organizationId)
  if (!level) throw notFound('cấp tổng hợp')
  assertCan(ctx.actor, 'report.read', level.path)
  return level
}

/** Benchmark hook (issue #8): the whole compilation of one level's report for a plan's period. */
export async function compileCampaignReport(ctx: UseCaseContext, query: CompiledQuery): Promise<CompiledReport> {
  const { db, actor } = ctx
  const level = await loadLevel(ctx, query.organizationId)
  const plan = await loadReportingPlan(db, actor, query.campaignId)
  const period = findPeriod(plan, query.periodId)
  const family = await listCampaignFamily(db, actor.provinceId, plan.campaign.id)
  const to = period.to && period.to < todayInVietnam() ? period.to : todayInVietnam()
  const target = { campaignId: plan.campaign.id, periodId: period.id, kind: period.kind }
  const [reports, registrations, awards, recognised, narrative] = await Promise.all([
    listSubtreeReportHeads(db, actor.provinceId, level.path, family),
    listApprovedRegistrations(db, actor.provinceId, level.path, family),
    countAwardsInPeriod(db, actor.provinceId, level.path, { campaignIds: family, from: period.from, to }),
    listRecognisedInitiatives(db, actor.provinceId, level.path, period.from, to),
    findNarrative(db, actor.provinceId, { kind: 'campaign', organizationId: level.id, campaignId: plan.campaign.id, periodId: period.id }),
  ])
  const answering = reports.filter((r) => r.organizationId !== level.id && answersPeriod(r, target))
  // only the counted reports' content is read (a province lists thousands of reports and counts a part of them)
  const countedHeads = topmostReports(answering.filter((r) => r.status === 'accepted'))
  const contents = await listReportContents(db, actor.provinceId, countedHeads.map((r) => r.id))
  const counted = countedHeads.map((r) => ({ ...r, content: contents.get(r.id)! }))
  const named = (pick: (r: (typeof counted)[number]) => string[]) => counted.flatMap((r) => pick(r).map((text) => ({ unit: r.organizationName, text })))
  return {
    organization: { id: level.id, name: level.name },
    campaign: {
      id: plan.campaign.id, title: plan.campaign.title, numberAndSymbol: numberAndSymbol(plan.campaign.number, plan.campaign.symbol, plan.campaign.track),
      issuedOn: plan.campaign.issuedOn, issuerId: plan.campaign.issuerId,
    },
    period,
    reports: answering.map((r) => ({ id: r.id, organizationId: r.organizationId, organizationName: r.organizationName, status: r.status })),
    counted: counted.map((r) => r.organizationName),
    registrations: totalRegistrations(registrations),
    results: totalResults(counted, plan.criteria.map((c) => c.key)),
    awards: awardsByForm(awards),
    models: named((r) => r.content.models),
    initiatives: named((r) => r.content.initiatives),
    recognisedInitiatives: recognised,
    narrative: savedNarrative(narrative),
    canEditNarrative: can(actor, 'report.compile') && inScope(actor, level.path),
  }
}
