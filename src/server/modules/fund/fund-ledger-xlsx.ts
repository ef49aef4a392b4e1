// The fund's ledger as a spreadsheet (sổ theo dõi quỹ thi đua, khen thưởng): the caption, the opening balance,
// one row per line in the order written with its income or spending and the running balance, the reversal it
// is or that corrected it, and the year's totals.
import ExcelJS from 'exceljs'
import { viDate } from '../../../rules/dates.ts'
import { FUND_CATEGORY_LABELS } from '../../../shared/fund.ts'
import type { FundSummary } from './fund-summary.ts'
import type { FundLine } from './fund.repository.ts'

const COLUMNS = [
  { header: 'STT', width: 6 },
  { header: 'Ngày ghi sổ', width: 12 },
  { header: 'Loại', width: 34 },
  { header: 'Nội dung', width: 60 },
  { header: 'Tổ chức, cá nhân', width: 24 },
  { header: 'Quyết định', width: 14 },
  { header: 'Thu (đồng)', width: 16 },
  { header: 'Chi (đồng)', width: 16 },
  { header: 'Số dư (đồng)', width: 16 },
  { header: 'Điều chỉnh', width: 40 },
  { header: 'Người ghi', width: 22 },
] as const

function correction(line: FundLine, lines: readonly FundLine[]): string {
  const position = (id: string) => lines.findIndex((l) => l.id === id) + 1
  if (line.reversesId) return `Ghi đảo dòng ${position(line.reversesId)}: ${line.reason ?? ''}`
  if (line.reversedById) return `Đã ghi đảo ở dòng ${position(line.reversedById)}`
  return ''
}

export async function ledgerWorkbook(organizationName: string, summary: FundSummary, lines: readonly FundLine[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'tdkt'
  const sheet = workbook.addWorksheet(`Sổ quỹ ${summary.year}`)
  sheet.columns = COLUMNS.map((c) => ({ width: c.width }))
  sheet.addRow([`SỔ THEO DÕI QUỸ THI ĐUA, KHEN THƯỞNG NĂM ${summary.year}`]).font = { bold: true }
  sheet.addRow([organizationName]).font = { italic: true }
  sheet.addRow(COLUMNS.map((c) => c.header)).font = { bold: true }
  const carried = summary.byCategory.carry_over
  let balance = summary.opening - carried
  sheet.addRow([null, null, null, 'Số dư năm trước chuyển sang (theo sổ)', null, null, null, null, balance]).font = { italic: true }
  for (const [i, l] of lines.entries()) {
    balance += l.kind === 'income' ? l.amount : -l.amount
    sheet.addRow([
      i + 1, viDate(l.occurredOn), FUND_CATEGORY_LABELS[l.category], l.description, l.counterparty, l.decisionLabel,
      l.kind === 'income' ? l.amount : null, l.kind === 'spending' ? l.amount : null, balance, correction(l, lines), l.createdByName,
    ])
  }
  sheet.addRow([null, null, null, 'Cộng trong năm', null, null, summary.income + carried, summary.spending, summary.closing]).font = { bold: true }
  for (const column of [7, 8, 9]) sheet.getColumn(column).numFmt = '#,##0'
  sheet.views = [{ state: 'frozen', ySplit: 3 }]
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
