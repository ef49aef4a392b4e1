// The list attached to an award decision (danh sách kèm theo quyết định), printed as the decision's annex after
// its signature: STT | name | post and unit or address | title or form | amount | serial in the award register
// (số sổ vàng, law.md §5.4), the total, and the notes of lines not paid.
import type { Annex } from '../document-model.ts'
import { italic } from '../nomination/parts.ts'
import type { DecisionDocumentData, DecisionLine } from './decision-data.ts'
import { attachedTo, awardsOf, countByKind, money } from './text.ts'

export const ANNEX_HEADERS = ['STT', 'Họ và tên / Tên tập thể', 'Chức vụ, đơn vị hoặc địa chỉ', 'Danh hiệu, hình thức', 'Số tiền (đồng)', 'Số sổ vàng'] as const

/** The amount cell: the amount, "Không nhận (*)" when a higher title of the period is paid, "Chưa xác định" when unknown. */
export const amountCell = (l: DecisionLine) => (!l.paid ? 'Không nhận (*)' : l.amount === null ? 'Chưa xác định' : money(l.amount))

/** "Danh sách tập thể, cá nhân được tặng Giấy khen" (the annex prints it in capitals). */
export const annexTitle = (data: DecisionDocumentData) =>
  `Danh sách ${countByKind(data.lines).replace(/\d+\s/g, '')} được tặng ${awardsOf(data.lines).join(', ')}`

export function decisionAnnex(data: DecisionDocumentData): Annex {
  const rows = data.lines.map((l, i) => [String(i + 1), l.name, l.positionAndUnit, l.award, amountCell(l), l.serial === null ? '' : String(l.serial)])
  const notes = data.lines.filter((l) => !l.paid && l.note !== null)
  return {
    title: annexTitle(data),
    reference: attachedTo(data),
    body: [
      { type: 'table', rows: [[...ANNEX_HEADERS], ...rows, ['', 'Tổng cộng', countByKind(data.lines), '', money(data.total), '']], widths: [6, 24, 26, 18, 14, 12] },
      ...notes.map((l) => italic(`(*) ${l.name}: ${l.note}`)),
    ],
  }
}
