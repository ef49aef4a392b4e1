import { randomUUID } from 'node:crypto'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError } from '../../http/errors.ts'
import type { UploadedFile, UseCaseContext } from '../../http/route.ts'
import { storeDocument } from '../documents/documents.repository.ts'
import { acceptEvidence, MAX_FILES_PER_REPORT } from './evidence-file.ts'
import { loadReport, reportLabel, reportPhrase } from './report-access.ts'
import { countFiles, findReport, insertFile } from './reports.repository.ts'
import { reportDetail, type ReportDetail } from './report-view.ts'

/** Attaches an evidence file to a draft or returned report (bounded in size and number; stored once per content). */
export async function uploadReportFile(ctx: UseCaseContext, id: string, file: UploadedFile, maxBytes: number): Promise<ReportDetail> {
  const { actor } = ctx
  const accepted = acceptEvidence(file, maxBytes)
  return ctx.db.transaction(async (tx) => {
    const current = await loadReport(tx, actor, id, 'report.write')
    if (current.status !== 'draft' && current.status !== 'returned') throw new AppError('CONFLICT', `${reportLabel(current)} đã nộp: không bổ sung minh chứng.`)
    if ((await countFiles(tx, actor.provinceId, id)) >= MAX_FILES_PER_REPORT) {
      const message = `Mỗi báo cáo đính kèm tối đa ${MAX_FILES_PER_REPORT} tệp minh chứng`
      throw new AppError('VALIDATION', `${message}.`, { file: message })
    }
    await storeDocument(tx, actor.provinceId, accepted)
    const fileId = randomUUID()
    await insertFile(tx, actor.provinceId, { id: fileId, reportId: id, name: accepted.name, sha256: accepted.sha256, type: accepted.type, size: accepted.size, uploadedBy: actor.accountId })
    await recordAudit(tx, ctx, {
      action: 'upload', entity: 'progress_report', entityId: id, organizationId: current.organizationId,
      summary: `Đính kèm minh chứng "${accepted.name}" vào ${reportPhrase(current)}`,
      after: { fileId, name: accepted.name, sha256: accepted.sha256, type: accepted.type, size: accepted.size },
    })
    return reportDetail(tx, actor, (await findReport(tx, actor.provinceId, id))!)
  })
}
