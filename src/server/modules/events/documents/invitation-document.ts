// The invitation (GIẤY MỜI, Decree 30/2020 Appendix III Mẫu 1.7): one per invitee, from the organizing unit,
// with the time, the place and the seat (seed 001 §VI.8 "Tham mưu phát hành Giấy mời đại biểu dự Lễ phát động").
import type { DocumentModel } from '../../../../documents/document-model.ts'
import { paragraph, unitHeader } from '../../../../documents/nomination/parts.ts'
import { EVENT_KIND_LABELS } from '../../../../shared/events.ts'
import type { Attendee } from '../attendees.repository.ts'
import { honorific, postAndUnit, timeAndDate, type EventDocumentData } from './event-document-data.ts'

export function invitationDocument(d: EventDocumentData, a: Attendee): DocumentModel {
  const who = honorific(d)
  const post = postAndUnit(a)
  return {
    header: unitHeader(d.unit, 'GM', null, d.issuedOn),
    documentType: 'GIẤY MỜI',
    title: `Dự ${d.title}`,
    draft: d.issuedOn === null,
    body: [
      paragraph(`${d.unit.formalName} trân trọng kính mời:`),
      paragraph(`${who}: `, { text: a.fullName, bold: true }),
      ...(post ? [paragraph(`Chức vụ, đơn vị: ${post}`)] : []),
      paragraph(`Tới dự ${EVENT_KIND_LABELS[d.kind].charAt(0).toLowerCase()}${EVENT_KIND_LABELS[d.kind].slice(1)}: ${d.title}${d.campaign ? ` (thực hiện ${d.campaign})` : ''}.`),
      paragraph({ text: 'Thời gian: ', bold: true }, `${timeAndDate(d)}.`),
      paragraph({ text: 'Địa điểm: ', bold: true }, `${d.venue ?? '……………………………………'}.`),
      ...(a.seat ? [paragraph({ text: 'Vị trí chỗ ngồi: ', bold: true }, `${a.seat}.`)] : []),
      paragraph(`Rất mong ${who.toLowerCase()} đến dự đúng giờ./.`),
    ],
    recipients: ['Như trên', 'Lưu: VT'],
    signature: d.unit.signature,
  }
}
