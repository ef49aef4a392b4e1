import type { UseCaseContext } from '../../http/route.ts'
import { loadReport } from './report-access.ts'
import { checkSubmittable } from './report-input.ts'
import { moveReport } from './report-status.ts'
import { findReport } from './reports.repository.ts'
import { reportDetail, type ReportDetail } from './report-view.ts'

/** The unit sends its draft (or its corrected returned) report to the level above. */
export async function submitReport(ctx: UseCaseContext, id: string, version: number): Promise<ReportDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await loadReport(tx, actor, id, 'report.write')
    checkSubmittable(current.content)
    await moveReport(tx, ctx, current, 'submitted', version)
    return reportDetail(tx, actor, (await findReport(tx, actor.provinceId, id))!)
  })
}
