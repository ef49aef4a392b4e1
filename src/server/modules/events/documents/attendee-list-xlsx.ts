// The list of delegates as a spreadsheet (for the reception desk and the seating plan): one row per attendee with
// the group, post, unit, role, seat, invitation and attendance.
import ExcelJS from 'exceljs'
import { ATTENDEE_ROLE_LABELS } from '../../../../shared/events.ts'
import { attendanceText, byGroup } from './attendee-list-document.ts'
import type { EventDocumentData } from './event-document-data.ts'

const COLUMNS = [
  { header: 'STT', width: 6 },
  { header: 'Họ và tên', width: 28 },
  { header: 'Chức vụ', width: 30 },
  { header: 'Đơn vị', width: 34 },
  { header: 'Thành phần', width: 34 },
  { header: 'Vai trò', width: 16 },
  { header: 'Chỗ ngồi', width: 12 },
  { header: 'Giấy mời', width: 12 },
  { header: 'Có mặt', width: 10 },
] as const

export async function attendeeWorkbook(d: EventDocumentData): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'tdkt'
  const sheet = workbook.addWorksheet('Đại biểu')
  sheet.columns = COLUMNS.map((c) => ({ width: c.width }))
  sheet.addRow([`Danh sách đại biểu dự ${d.title}`]).font = { bold: true }
  sheet.addRow([`${d.unit.formalName} — ngày ${d.eventDate.split('-').reverse().join('/')}${d.venue ? `, ${d.venue}` : ''}`]).font = { italic: true }
  sheet.addRow(COLUMNS.map((c) => c.header)).font = { bold: true }
  let n = 0
  for (const part of byGroup(d)) {
    for (const a of part.attendees) {
      sheet.addRow([++n, a.fullName, a.position ?? '', a.unitName ?? '', part.name, ATTENDEE_ROLE_LABELS[a.role], a.seat ?? '', a.invitedAt ? 'Đã phát hành' : 'Chưa', attendanceText(a)])
    }
  }
  sheet.addRow([null, `Tổng số: ${n} đại biểu`]).font = { bold: true }
  sheet.views = [{ state: 'frozen', ySplit: 3 }]
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
