import { randomUUID } from 'node:crypto'
import { viDate } from '../../../rules/dates.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { assertCan } from '../../auth/policy.ts'
import { forbidden, notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { notifyOrganization } from '../notifications/notify.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { findPeriod, loadReportingPlan } from './report-campaign.ts'
import { insertReminder } from './reports.repository.ts'
import type { RemindInput } from './reports.schemas.ts'

/**
 * "Nhắc": the level above reminds a unit under it to send its report for a plan's period — kept, audited, and
 * delivered in the app to the unit's accounts (notifications).
 */
export async function remindReport(ctx: UseCaseContext, input: RemindInput): Promise<{ id: string; organizationId: string; notified: number; at: string }> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const organization = await findOrganization(tx, actor.provinceId, input.organizationId)
    if (!organization) throw notFound('đơn vị được nhắc')
    assertCan(actor, 'report.compile', organization.path)
    if (organization.path === actor.organizationPath) throw forbidden('Chỉ cấp trên nhắc đơn vị trực thuộc nộp báo cáo.')
    const plan = await loadReportingPlan(tx, actor, input.campaignId)
    const period = findPeriod(plan, input.periodId)
    const id = randomUUID()
    const note = input.note ?? null
    await insertReminder(tx, actor.provinceId, { id, organizationId: organization.id, campaignId: plan.campaign.id, periodId: period.id, note, remindedBy: actor.accountId })
    const due = period.due ? ` (hạn ${viDate(period.due)})` : ''
    const notified = await notifyOrganization(tx, actor.provinceId, organization.id, {
      kind: 'report.reminded',
      title: `Nhắc nộp báo cáo «${period.name}»${due}`,
      body: [`Kế hoạch «${plan.campaign.title}».`, note].filter(Boolean).join(' '),
      link: `/bao-cao?${new URLSearchParams({ campaignId: plan.campaign.id, periodId: period.id })}`,
    })
    await recordAudit(tx, ctx, {
      action: 'remind', entity: 'progress_report_reminder', entityId: id, organizationId: organization.id,
      summary: `Nhắc ${organization.name} nộp báo cáo «${period.name}» theo kế hoạch «${plan.campaign.title}»${note ? `: ${note}` : ''}`,
      after: { campaignId: plan.campaign.id, periodId: period.id, note, notified },
    })
    return { id, organizationId: organization.id, notified, at: new Date().toISOString() }
  })
}
