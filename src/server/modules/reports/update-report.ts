import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { planCriteria } from '../../../shared/reports-periods.ts'
import { findCampaign } from '../campaigns/campaigns.repository.ts'
import { loadReport, reportLabel, reportPhrase } from './report-access.ts'
import { checkedContent } from './report-input.ts'
import { findReport, updateContent } from './reports.repository.ts'
import { reportDetail, type ReportDetail } from './report-view.ts'
import type { ReportContentInput } from './reports.schemas.ts'

/** Saves the content of a draft or returned report (with its version); refused whole when a figure contradicts its total. */
export async function updateReport(ctx: UseCaseContext, id: string, input: { version: number; content: ReportContentInput }): Promise<ReportDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await loadReport(tx, actor, id, 'report.write')
    if (input.version !== current.version) throw staleVersion(reportLabel(current))
    if (current.status !== 'draft' && current.status !== 'returned') throw new AppError('CONFLICT', `${reportLabel(current)} đã nộp, không sửa được nữa.`)
    const campaign = (await findCampaign(tx, actor.provinceId, current.campaignId))!
    const content = checkedContent(input.content, planCriteria(campaign.content))
    if (!(await updateContent(tx, actor.provinceId, id, content, input.version))) throw staleVersion(reportLabel(current))
    await recordAudit(tx, ctx, {
      action: 'update', entity: 'progress_report', entityId: id, organizationId: current.organizationId,
      summary: `Sửa ${reportPhrase(current)}`,
      before: { content: current.content, version: current.version },
      after: { content, version: current.version + 1 },
    })
    return reportDetail(tx, actor, (await findReport(tx, actor.provinceId, id))!)
  })
}
