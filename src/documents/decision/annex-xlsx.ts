// The annex list as a spreadsheet (for the accounts office and the certificate printer): the caption, one row
// per line with the coefficient, base salary, product before rounding and amount, whether it is paid and
// why not, the serial, and the total.
import ExcelJS from 'exceljs'
import type { DecisionDocumentData } from './decision-data.ts'
import { annexTitle } from './annex-document.ts'
import { attachedTo, countByKind } from './text.ts'

const COLUMNS = [
  { header: 'STT', width: 6 },
  { header: 'Họ và tên / Tên tập thể', width: 30 },
  { header: 'Chức vụ, đơn vị hoặc địa chỉ', width: 36 },
  { header: 'Danh hiệu, hình thức', width: 24 },
  { header: 'Hệ số', width: 8 },
  { header: 'Mức lương cơ sở (đồng)', width: 16 },
  { header: 'Tích chưa làm tròn (đồng)', width: 16 },
  { header: 'Số tiền (đồng)', width: 14 },
  { header: 'Nhận tiền thưởng', width: 10 },
  { header: 'Ghi chú', width: 50 },
  { header: 'Số sổ vàng', width: 10 },
] as const

export async function annexWorkbook(data: DecisionDocumentData): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'tdkt'
  const sheet = workbook.addWorksheet('Danh sách')
  sheet.columns = COLUMNS.map((c) => ({ width: c.width }))
  sheet.addRow([annexTitle(data)]).font = { bold: true }
  sheet.addRow([attachedTo(data)]).font = { italic: true }
  const header = sheet.addRow(COLUMNS.map((c) => c.header))
  header.font = { bold: true }
  for (const [i, l] of data.lines.entries()) {
    sheet.addRow([i + 1, l.name, l.positionAndUnit, l.award, l.coefficient, l.baseSalary, l.unrounded, l.paid ? l.amount : null, l.paid ? 'Có' : 'Không', l.note, l.serial])
  }
  sheet.addRow([null, 'Tổng cộng', countByKind(data.lines), null, null, null, null, data.total]).font = { bold: true }
  for (const column of [6, 7, 8]) sheet.getColumn(column).numFmt = '#,##0'
  sheet.views = [{ state: 'frozen', ySplit: 3 }]
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
