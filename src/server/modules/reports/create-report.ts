import { randomUUID } from 'node:crypto'
import { emptyReportContent } from '../../../shared/reports.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { assertCan } from '../../auth/policy.ts'
import { fromDatabaseError, notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { loadReportingPlan, openPeriod } from './report-campaign.ts'
import { findReport, insertEvent, insertReport } from './reports.repository.ts'
import { reportDetail, type ReportDetail } from './report-view.ts'
import type { CreateReportInput } from './reports.schemas.ts'

/** A unit's draft report for a period of a plan it sees; refused while the period has not started. */
export async function createReport(ctx: UseCaseContext, input: CreateReportInput): Promise<ReportDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const organization = await findOrganization(tx, actor.provinceId, input.organizationId)
    if (!organization) throw notFound('đơn vị báo cáo')
    assertCan(actor, 'report.write', organization.path)
    const plan = await loadReportingPlan(tx, actor, input.campaignId)
    const period = openPeriod(plan, input.periodId)
    const id = randomUUID()
    await insertReport(tx, actor.provinceId, {
      id, organizationId: organization.id, campaignId: plan.campaign.id, periodId: period.id, periodKind: period.kind, content: emptyReportContent(), createdBy: actor.accountId,
    }).catch((error: unknown) => {
      throw fromDatabaseError(error, { progress_reports_once: { field: 'periodId', message: `${organization.name} đã có báo cáo «${period.name}» cho kế hoạch này` } })
    })
    await insertEvent(tx, actor.provinceId, {
      id: randomUUID(), reportId: id, fromStatus: null, toStatus: 'draft', reason: null, actorId: actor.accountId, actorName: `${actor.displayName} (${actor.username})`,
    })
    await recordAudit(tx, ctx, {
      action: 'create', entity: 'progress_report', entityId: id, organizationId: organization.id,
      summary: `${organization.name} lập báo cáo «${period.name}» theo kế hoạch «${plan.campaign.title}»`,
      after: { campaignId: plan.campaign.id, periodId: period.id, periodKind: period.kind },
    })
    return reportDetail(tx, actor, (await findReport(tx, actor.provinceId, id))!)
  })
}
