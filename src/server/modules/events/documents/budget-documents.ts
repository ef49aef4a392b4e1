// The budget of an event from the commendation fund (seed 002 §III; 001 §VI.8 "Lập dự trù kinh phí … làm đầu mối
// thực hiện công tác quyết toán"): the estimate (DỰ TOÁN) with quantity × unit price per line, and the settlement
// (QUYẾT TOÁN) of estimate against actual spending, each line's difference and the totals.
import type { DocumentModel } from '../../../../documents/document-model.ts'
import { paragraph, unitHeader } from '../../../../documents/nomination/parts.ts'
import { formatVnd } from '../../../../shared/events.ts'
import type { EventDocumentData } from './event-document-data.ts'

export const ESTIMATE_HEADER = ['STT', 'Nội dung chi', 'Đơn vị tính', 'Số lượng', 'Đơn giá (đồng)', 'Thành tiền (đồng)']
export const SETTLEMENT_HEADER = ['STT', 'Nội dung chi', 'Dự toán (đồng)', 'Thực chi (đồng)', 'Chênh lệch (đồng)']

const source = (d: EventDocumentData) => paragraph({ text: 'Nguồn kinh phí: ', bold: true }, `${d.fund.label}.`)

export function estimateDocument(d: EventDocumentData): DocumentModel {
  const total = d.budget.reduce((s, l) => s + l.amount, 0)
  return {
    header: unitHeader(d.unit, 'DT', null, d.issuedOn),
    documentType: 'DỰ TOÁN',
    title: `Kinh phí tổ chức ${d.title}`,
    draft: true,
    body: [
      source(d),
      {
        type: 'table',
        rows: [ESTIMATE_HEADER, ...d.budget.map((l, i) => [String(i + 1), l.item, l.unit ?? '', String(l.quantity), formatVnd(l.unitPrice), formatVnd(l.amount)]), ['', 'Tổng cộng', '', '', '', formatVnd(total)]],
        widths: [7, 37, 12, 10, 16, 18],
      },
      ...(d.fund.balance === null ? [] : [paragraph(`Số dư quỹ tại thời điểm lập dự toán: ${formatVnd(d.fund.balance)} đồng.`)]),
    ],
    recipients: ['Bộ phận Tài chính – Kế toán', 'Lưu: VT'],
    signature: d.unit.signature,
  }
}

export function settlementDocument(d: EventDocumentData): DocumentModel {
  const estimate = d.budget.reduce((s, l) => s + l.amount, 0)
  const actual = d.budget.reduce((s, l) => s + (l.actualAmount ?? 0), 0)
  const settled = d.budget.some((l) => l.actualAmount !== null)
  const money = (n: number | null) => (n === null ? '' : formatVnd(n))
  return {
    header: unitHeader(d.unit, 'QT', null, null),
    documentType: 'QUYẾT TOÁN',
    title: `Kinh phí tổ chức ${d.title}`,
    draft: !settled,
    body: [
      source(d),
      {
        type: 'table',
        rows: [
          SETTLEMENT_HEADER,
          ...d.budget.map((l, i) => [String(i + 1), l.item, formatVnd(l.amount), money(l.actualAmount), l.actualAmount === null ? '' : formatVnd(l.amount - l.actualAmount)]),
          ['', 'Tổng cộng', formatVnd(estimate), settled ? formatVnd(actual) : '', settled ? formatVnd(estimate - actual) : ''],
        ],
        widths: [7, 39, 18, 18, 18],
      },
      paragraph(settled ? `Số thực chi ${formatVnd(actual)} đồng đã được ghi chi vào sổ quỹ thi đua, khen thưởng./.` : '(Chưa quyết toán.)'),
    ],
    recipients: ['Bộ phận Tài chính – Kế toán', 'Lưu: VT'],
    signature: d.unit.signature,
  }
}
