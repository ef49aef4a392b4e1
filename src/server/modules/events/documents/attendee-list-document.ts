// The list of delegates (DANH SÁCH ĐẠI BIỂU) by group — the delegate structure of seed 002 §II.2 — with post and
// unit, role, seat and attendance: the seating list for the day and the record of who came.
import type { Block, DocumentModel } from '../../../../documents/document-model.ts'
import { heading, paragraph, unitHeader } from '../../../../documents/nomination/parts.ts'
import { ATTENDEE_ROLE_LABELS } from '../../../../shared/events.ts'
import type { Attendee } from '../attendees.repository.ts'
import { postAndUnit, timeAndDate, type EventDocumentData } from './event-document-data.ts'

export const ATTENDEES_HEADER = ['STT', 'Họ và tên', 'Chức vụ, đơn vị', 'Vai trò', 'Chỗ ngồi', 'Có mặt']

export const attendanceText = (a: Pick<Attendee, 'attended'>) => (a.attended === null ? '' : a.attended ? 'Có mặt' : 'Vắng')

/** The attendees under their group's heading, in the groups' order; those without a group last. */
export function byGroup(d: Pick<EventDocumentData, 'groups' | 'attendees'>): { name: string; attendees: Attendee[] }[] {
  const parts = d.groups.map((g) => ({ name: g.name, attendees: d.attendees.filter((a) => a.groupId === g.id) }))
  const loose = d.attendees.filter((a) => a.groupId === null)
  return [...parts, ...(loose.length > 0 ? [{ name: 'Đại biểu khác', attendees: loose }] : [])].filter((p) => p.attendees.length > 0)
}

export function attendeeListDocument(d: EventDocumentData): DocumentModel {
  let n = 0
  const body: Block[] = byGroup(d).flatMap((part, i) => [
    heading(`${i + 1}. ${part.name} (${part.attendees.length} đại biểu)`, 2),
    { type: 'table' as const, rows: [ATTENDEES_HEADER, ...part.attendees.map((a) => [String(++n), a.fullName, postAndUnit(a), ATTENDEE_ROLE_LABELS[a.role], a.seat ?? '', attendanceText(a)])], widths: [7, 24, 33, 14, 11, 11] },
  ])
  const attended = d.attendees.filter((a) => a.attended === true).length
  return {
    header: unitHeader(d.unit, 'DS', null, d.issuedOn),
    documentType: 'DANH SÁCH',
    title: `Đại biểu dự ${d.title}`,
    draft: d.issuedOn === null,
    body: [
      paragraph({ text: 'Thời gian: ', bold: true }, `${timeAndDate(d)}. `, { text: 'Địa điểm: ', bold: true }, `${d.venue ?? '……………………………………'}.`),
      ...(body.length > 0 ? body : [paragraph('(Chưa có đại biểu.)')]),
      paragraph(`Tổng số: ${d.attendees.length} đại biểu${d.attendees.some((a) => a.attended !== null) ? `, có mặt ${attended}` : ''}./.`),
    ],
    recipients: ['Lưu: VT'],
    signature: d.unit.signature,
  }
}
