// What the API answers about a report: its content, its period (name, dates, due date) and the plan's criteria
// to answer, its history and evidence files, and what the caller may do with it.
import { can, inScope, type Actor } from '../../auth/policy.ts'
import type { Db } from '../../db/client.ts'
import { planCriteria, type PlanCriterion, type ReportingPeriod } from '../../../shared/reports-periods.ts'
import { findCampaign } from '../campaigns/campaigns.repository.ts'
import { periodsOf } from './report-campaign.ts'
import { listEvents, listFiles, type ReportEvent, type ReportFile, type ReportRecord } from './reports.repository.ts'

export type ReportSummary = Omit<ReportRecord, 'organizationPath'>

export interface ReportDetail extends ReportSummary {
  /** The period as the plan sets it now (null if the plan no longer has it). */
  period: ReportingPeriod | null
  criteria: PlanCriterion[]
  events: ReportEvent[]
  files: Omit<ReportFile, 'sha256'>[]
  /** The unit's side edits and submits a draft or a returned report; a level above accepts or returns a submitted one. */
  canEdit: boolean
  canReview: boolean
}

export function toSummary(r: ReportRecord): ReportSummary {
  const { organizationPath: _path, ...rest } = r
  return rest
}

/** May this caller accept or return it: the officer of a level above the unit (never the unit's own level). */
export const reviewsAbove = (actor: Actor, r: Pick<ReportRecord, 'organizationPath'>) =>
  can(actor, 'report.compile') && inScope(actor, r.organizationPath) && r.organizationPath !== actor.organizationPath

export async function reportDetail(db: Db, actor: Actor, r: ReportRecord): Promise<ReportDetail> {
  const [events, files, campaign] = await Promise.all([listEvents(db, actor.provinceId, r.id), listFiles(db, actor.provinceId, r.id), findCampaign(db, actor.provinceId, r.campaignId)])
  const periods = campaign ? await periodsOf(db, actor.provinceId, campaign) : []
  return {
    ...toSummary(r),
    period: periods.find((p) => p.id === r.periodId) ?? null,
    criteria: campaign ? planCriteria(campaign.content) : [],
    events,
    files: files.map(({ sha256: _sha, ...f }) => f),
    canEdit: can(actor, 'report.write') && inScope(actor, r.organizationPath) && (r.status === 'draft' || r.status === 'returned'),
    canReview: reviewsAbove(actor, r) && r.status === 'submitted',
  }
}
