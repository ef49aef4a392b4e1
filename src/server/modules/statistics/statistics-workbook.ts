// A statistical form as an XLSX workbook (exceljs): the form's number and the reporting and receiving units,
// the title, the period and unit of count, the two-level header (groups over their columns) with the column
// codes (A, B, 1, 2 …), the rows, the grand total, the notes, and the signature block (người lập biểu; the
// head of the unit, with the place and a date line to fill in).
import ExcelJS from 'exceljs'
import type { IssuerIdentity } from '../../../shared/issuer-identity.ts'
import { STATISTICS_REGIME, type StatisticsForm } from '../../../shared/statistics-forms.ts'
import type { FormTable } from './form-rows.ts'

export interface FormHeader {
  reportingUnit: string
  receivingUnit: string
  fromYear: number
  toYear: number
  identity: Pick<IssuerIdentity, 'place' | 'signer'>
}

export const TOTAL_LABEL = 'Tổng số'

const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } }
const FONT = { name: 'Times New Roman', size: 12 }

export const periodLabel = (fromYear: number, toYear: number) => (fromYear === toYear ? `Năm ${fromYear}` : `Từ năm ${fromYear} đến năm ${toYear}`)

export async function formWorkbook(form: StatisticsForm, table: FormTable, header: FormHeader): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'tdkt'
  const sheet = workbook.addWorksheet(form.number, { pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } })
  const width = form.columns.length + 2
  sheet.columns = [{ width: 6 }, { width: 48 }, ...form.columns.map(() => ({ width: 14 }))]
  const rightFrom = Math.max(3, width - 2)

  const line = (row: number, from: number, to: number, text: string, style: Partial<ExcelJS.Style> = {}) => {
    if (to > from) sheet.mergeCells(row, from, row, to)
    const cell = sheet.getCell(row, from)
    cell.value = text
    cell.font = { ...FONT, ...style.font }
    cell.alignment = { wrapText: true, vertical: 'middle', ...style.alignment }
  }

  line(1, 1, 2, form.number, { font: { ...FONT, bold: true } })
  line(1, rightFrom, width, `Đơn vị báo cáo: ${header.reportingUnit}`)
  line(2, 1, 2, `Chế độ báo cáo: ${STATISTICS_REGIME}`, { font: { ...FONT, italic: true, size: 10 } })
  line(2, rightFrom, width, `Đơn vị nhận báo cáo: ${header.receivingUnit}`)
  sheet.getRow(2).height = 45
  line(4, 1, width, form.title, { font: { ...FONT, bold: true, size: 14 }, alignment: { horizontal: 'center' } })
  line(5, 1, width, `${periodLabel(header.fromYear, header.toYear)} (${form.periodNote.toLocaleLowerCase('vi')})`, { font: { ...FONT, italic: true }, alignment: { horizontal: 'center' } })
  line(6, 1, width, `Đơn vị tính: ${form.unit}`, { font: { ...FONT, italic: true }, alignment: { horizontal: 'right' } })

  // Header: rows 7–8, column codes on row 9.
  const top = 7
  const headerCell = (row: number, col: number, text: string) => {
    const cell = sheet.getCell(row, col)
    cell.value = text
    cell.font = { ...FONT, bold: true }
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  }
  headerCell(top, 1, 'STT')
  sheet.mergeCells(top, 1, top + 1, 1)
  headerCell(top, 2, 'Chỉ tiêu')
  sheet.mergeCells(top, 2, top + 1, 2)
  form.columns.forEach((column, i) => {
    const col = i + 3
    if (!column.group) {
      headerCell(top, col, column.label)
      sheet.mergeCells(top, col, top + 1, col)
      return
    }
    headerCell(top + 1, col, column.label)
    if (form.columns[i - 1]?.group !== column.group) {
      let last = i
      while (form.columns[last + 1]?.group === column.group) last++
      headerCell(top, col, column.group)
      if (last > i) sheet.mergeCells(top, col, top, last + 3)
    }
  })
  sheet.getRow(top + 1).height = 48
  const codes = sheet.getRow(top + 2)
  codes.values = ['A', 'B', ...form.columns.map((_, i) => String(i + 1))]
  codes.font = { ...FONT, italic: true }
  codes.alignment = { horizontal: 'center' }

  let r = top + 3
  for (const row of table.rows) {
    const excelRow = sheet.getRow(r++)
    if (row.kind === 'section') {
      excelRow.values = [null, row.label]
      excelRow.font = { ...FONT, bold: true, italic: true }
    } else {
      excelRow.values = [row.number, row.label, ...row.cells]
      excelRow.font = FONT
    }
  }
  const totalRow = sheet.getRow(r++)
  totalRow.values = [null, TOTAL_LABEL, ...table.total]
  totalRow.font = { ...FONT, bold: true }
  for (let row = top; row < r; row++) {
    for (let col = 1; col <= width; col++) {
      const cell = sheet.getCell(row, col)
      cell.border = THIN
      if (row > top + 2 && col === 2) cell.alignment = { wrapText: true, vertical: 'middle' }
      if (row > top + 2 && col > 2) cell.numFmt = '#,##0'
    }
  }

  r++
  line(r++, 1, width, 'Ghi chú:', { font: { ...FONT, bold: true, size: 10 } })
  for (const note of form.notes) {
    line(r, 1, width, `- ${note}`, { font: { ...FONT, italic: true, size: 10 } })
    sheet.getRow(r++).height = 30
  }

  r++
  const { signer, place } = header.identity
  line(r, rightFrom, width, `${place}, ngày …… tháng …… năm ……`, { font: { ...FONT, italic: true }, alignment: { horizontal: 'center' } })
  r++
  line(r, 1, 2, 'NGƯỜI LẬP BIỂU', { font: { ...FONT, bold: true }, alignment: { horizontal: 'center' } })
  const onBehalf = signer.mode !== 'none' && signer.onBehalfOf ? `${signer.mode}. ${signer.onBehalfOf}\n` : ''
  line(r, rightFrom, width, `${onBehalf}${signer.title || 'THỦ TRƯỞNG ĐƠN VỊ'}`, { font: { ...FONT, bold: true }, alignment: { horizontal: 'center' } })
  sheet.getRow(r).height = onBehalf ? 32 : 16
  r++
  line(r, 1, 2, '(Ký, ghi rõ họ tên)', { font: { ...FONT, italic: true }, alignment: { horizontal: 'center' } })
  line(r, rightFrom, width, '(Ký, đóng dấu, ghi rõ họ tên)', { font: { ...FONT, italic: true }, alignment: { horizontal: 'center' } })

  sheet.views = [{ state: 'frozen', ySplit: top + 2 }]
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
