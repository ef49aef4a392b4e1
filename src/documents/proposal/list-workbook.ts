// The list of a proposal to the level above as a spreadsheet (danh sách đề nghị khen thưởng .xlsx): the
// proposal's reference on top, then one row per nominee with the nominating unit.
import ExcelJS from 'exceljs'
import { attachedLine, LIST_HEADER, listRows } from './upward-proposal.ts'
import type { UpwardProposalData } from './proposal-data.ts'

const WIDTHS = [6, 28, 34, 34, 60, 16, 30]

export async function proposalListWorkbook(data: UpwardProposalData): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Danh sách')
  sheet.addRow(['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG']).font = { bold: true, size: 13 }
  sheet.addRow([attachedLine(data)]).font = { italic: true }
  sheet.addRow([])
  sheet.addRow([...LIST_HEADER, 'Đơn vị đề nghị']).font = { bold: true }
  listRows(data).forEach((row, i) => sheet.addRow([Number(row[0]), ...row.slice(1).map((cell) => cell || null), data.entries[i]!.nominatingUnit]))
  WIDTHS.forEach((width, i) => (sheet.getColumn(i + 1).width = width))
  sheet.getColumn(5).alignment = { wrapText: true, vertical: 'top' }
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
