// The annex list of an award decision (danh sách kèm theo quyết định): STT | name | post and unit or address |
// title or form | amount | serial in the award register (số sổ vàng, law.md §5.4), the total, and the notes
// of lines not paid. Written as its own page under the issuer's header.
import type { DocumentModel } from '../document-model.ts'
import { italic, paragraph } from '../nomination/parts.ts'
import type { DecisionDocumentData, DecisionLine } from './decision-data.ts'
import { attachedTo, awardsOf, countByKind, DRAFT_MARK, money } from './text.ts'

export const ANNEX_HEADERS = ['STT', 'Họ và tên / Tên tập thể', 'Chức vụ, đơn vị hoặc địa chỉ', 'Danh hiệu, hình thức', 'Số tiền (đồng)', 'Số sổ vàng'] as const

/** The amount cell: the amount, "Không nhận (*)" when a higher title of the period is paid, "Chưa xác định" when unknown. */
export const amountCell = (l: DecisionLine) => (!l.paid ? 'Không nhận (*)' : l.amount === null ? 'Chưa xác định' : money(l.amount))

/** "Danh sách tập thể, cá nhân được tặng Giấy khen" */
export const annexTitle = (data: DecisionDocumentData) =>
  `Danh sách ${countByKind(data.lines).replace(/\d+\s/g, '')} được tặng ${awardsOf(data.lines).join(', ')}`

export function annexDocument(data: DecisionDocumentData): DocumentModel {
  const { issuer } = data
  const rows = data.lines.map((l, i) => [String(i + 1), l.name, l.positionAndUnit, l.award, amountCell(l), l.serial === null ? '' : String(l.serial)])
  const notes = data.lines.filter((l) => !l.paid && l.note !== null)
  return {
    header: { track: issuer.track, governingBody: issuer.governingBody, issuer: issuer.heading, number: data.number, symbol: data.symbol, place: issuer.place, date: data.date },
    documentType: 'PHỤ LỤC',
    title: annexTitle(data),
    body: [
      ...(data.number === null ? [paragraph({ text: DRAFT_MARK, bold: true })] : []),
      italic(attachedTo(data)),
      { type: 'table', rows: [[...ANNEX_HEADERS], ...rows, ['', 'Tổng cộng', countByKind(data.lines), '', money(data.total), '']], widths: [6, 24, 26, 18, 14, 12] },
      ...notes.map((l) => italic(`(*) ${l.name}: ${l.note}`)),
    ],
    recipients: [],
    signature: data.signature,
  }
}
