import type { UseCaseContext } from '../../http/route.ts'
import { loadReport } from './report-access.ts'
import { reportDetail, type ReportDetail } from './report-view.ts'

export async function getReport(ctx: UseCaseContext, id: string): Promise<ReportDetail> {
  return reportDetail(ctx.db, ctx.actor, await loadReport(ctx.db, ctx.actor, id, 'report.read'))
}
