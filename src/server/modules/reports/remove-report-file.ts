import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadReport, reportLabel, reportPhrase } from './report-access.ts'
import { deleteFile, listFiles } from './reports.repository.ts'

/** Detaches an evidence file while the report may still be edited (the bytes stay in the store; the audit log names them). */
export async function removeReportFile(ctx: UseCaseContext, id: string, fileId: string): Promise<void> {
  const { actor } = ctx
  await ctx.db.transaction(async (tx) => {
    const current = await loadReport(tx, actor, id, 'report.write')
    if (current.status !== 'draft' && current.status !== 'returned') throw new AppError('CONFLICT', `${reportLabel(current)} đã nộp: không gỡ minh chứng.`)
    const file = (await listFiles(tx, actor.provinceId, id)).find((f) => f.id === fileId)
    if (!file || !(await deleteFile(tx, actor.provinceId, id, fileId))) throw notFound('tệp minh chứng')
    await recordAudit(tx, ctx, {
      action: 'remove_file', entity: 'progress_report', entityId: id, organizationId: current.organizationId,
      summary: `Gỡ minh chứng "${file.name}" khỏi ${reportPhrase(current)}`,
      before: { fileId, name: file.name, sha256: file.sha256 },
    })
  })
}
