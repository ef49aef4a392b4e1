// The level above answers a submitted report: accepts it (it then counts in the level's compiled report), or
// returns it with the reason, which the unit's accounts are told in the app.
import { forbidden } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { notifyOrganization } from '../notifications/notify.ts'
import { loadReport, reportLabel } from './report-access.ts'
import { moveReport } from './report-status.ts'
import { findReport } from './reports.repository.ts'
import { reportDetail, type ReportDetail } from './report-view.ts'

export async function reviewReport(
  ctx: UseCaseContext, id: string, input: { version: number; outcome: 'accepted' | 'returned'; reason?: string | null },
): Promise<ReportDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await loadReport(tx, actor, id, 'report.compile')
    if (current.organizationPath === actor.organizationPath) throw forbidden('Không thể tự tiếp nhận hoặc trả lại báo cáo của chính cấp mình: cấp trên tiếp nhận.')
    const reason = input.outcome === 'returned' ? (input.reason ?? null) : null
    await moveReport(tx, ctx, current, input.outcome, input.version, reason)
    if (input.outcome === 'returned') {
      await notifyOrganization(tx, actor.provinceId, current.organizationId, {
        kind: 'report.returned', title: `${reportLabel(current)} bị trả lại`, ...(reason ? { body: reason } : {}), link: `/bao-cao/${current.id}`,
      })
    }
    return reportDetail(tx, actor, (await findReport(tx, actor.provinceId, id))!)
  })
}
