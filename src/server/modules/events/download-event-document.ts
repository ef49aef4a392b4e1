// An event's documents as files: the invitations (one page per invitee in one file, or one invitee alone), the
// programme, the list of delegates with seats and attendance (also XLSX), the ceremony's pledge, the budget's
// estimate and settlement — Word or PDF in Decree 30 form. Reads only; rendered outside any transaction.
import { renderDocx, renderDocxBundle, renderPdf, renderPdfBundle } from '../../../documents/decree30/index.ts'
import type { DocumentModel } from '../../../documents/document-model.ts'
import { AppError, notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { DOCX_TYPE } from '../documents/sniff-upload.ts'
import { fileResponse } from '../documents/file-response.ts'
import { attendeeListDocument } from './documents/attendee-list-document.ts'
import { attendeeWorkbook } from './documents/attendee-list-xlsx.ts'
import { estimateDocument, settlementDocument } from './documents/budget-documents.ts'
import { invitationDocument } from './documents/invitation-document.ts'
import { loadEventDocumentData } from './documents/load-document-data.ts'
import { pledgeDocument } from './documents/pledge-document.ts'
import { programmeDocument } from './documents/programme-document.ts'
import { loadEvent } from './event-access.ts'
import type { EventDocument } from './events.schemas.ts'
import { assertCeremony } from './pledge-checks.ts'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const NAMES: Record<EventDocument, string> = {
  invitations: 'Giấy mời', programme: 'Chương trình', attendees: 'Danh sách đại biểu', pledge: 'Bản cam kết thi đua', estimate: 'Dự toán kinh phí', settlement: 'Quyết toán kinh phí',
}

const render = (model: DocumentModel, format: 'docx' | 'pdf') => (format === 'docx' ? renderDocx(model) : renderPdf(model))

export async function downloadEventDocument(
  ctx: UseCaseContext, id: string, document: EventDocument, query: { format: 'docx' | 'pdf' | 'xlsx'; attendeeId?: string | undefined },
): Promise<Response> {
  const event = await loadEvent(ctx.db, ctx.actor, id, 'event.read')
  if (query.format === 'xlsx' && document !== 'attendees') {
    throw new AppError('VALIDATION', 'Định dạng: chỉ danh sách đại biểu có bản Excel (xlsx); các tài liệu khác tải Word hoặc PDF.', { format: 'Định dạng xlsx chỉ dùng cho danh sách đại biểu' })
  }
  if (document === 'pledge') assertCeremony(event)
  const data = await loadEventDocumentData(ctx.db, ctx.actor, event)
  const name = `${NAMES[document]} - ${event.title}`
  if (query.format === 'xlsx') return fileResponse(await attendeeWorkbook(data), XLSX_TYPE, `${name}.xlsx`)
  const format = query.format
  const type = format === 'docx' ? DOCX_TYPE : 'application/pdf'
  if (document === 'invitations') {
    const invitees = query.attendeeId ? data.attendees.filter((a) => a.id === query.attendeeId) : data.attendees
    if (query.attendeeId && invitees.length === 0) throw notFound('đại biểu được mời')
    if (invitees.length === 0) throw new AppError('VALIDATION', 'Giấy mời: chưa có đại biểu nào trong danh sách.', { attendees: 'Danh sách đại biểu trống' })
    // One file, one invitation after another, each on its own page(s) numbered as it would be alone.
    const models = invitees.map((a) => invitationDocument(data, a))
    const bytes = await (format === 'docx' ? renderDocxBundle(models) : renderPdfBundle(models))
    return fileResponse(bytes, type, `${name}${invitees.length === 1 ? ` - ${invitees[0]!.fullName}` : ''}.${format}`)
  }
  const model = { programme: programmeDocument, attendees: attendeeListDocument, pledge: pledgeDocument, estimate: estimateDocument, settlement: settlementDocument }[document](data)
  return fileResponse(await render(model, format), type, `${name}.${format}`)
}
