import { notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { readDocument } from '../documents/documents.repository.ts'
import { fileResponse } from '../documents/file-response.ts'
import { loadReport } from './report-access.ts'
import { listFiles } from './reports.repository.ts'

/** An evidence file of a report in the caller's subtree, as it was uploaded. */
export async function downloadReportFile(ctx: UseCaseContext, id: string, fileId: string): Promise<Response> {
  await loadReport(ctx.db, ctx.actor, id, 'report.read')
  const file = (await listFiles(ctx.db, ctx.actor.provinceId, id)).find((f) => f.id === fileId)
  const stored = file && (await readDocument(ctx.db, ctx.actor.provinceId, file.sha256))
  if (!file || !stored) throw notFound('tệp minh chứng')
  return fileResponse(stored.bytes, stored.type, file.name)
}
