// The year's report on the fund (BÁO CÁO tình hình sử dụng quỹ thi đua, khen thưởng) as a Decree 30 document:
// income and spending by category, the movement share against its ceiling, the bonuses paid under award
// decisions, and the closing balance. Plain data in, a DocumentModel out.
import type { DocumentModel } from '../../../documents/document-model.ts'
import type { DossierUnit } from '../../../documents/nomination/index.ts'
import { heading, item, paragraph, unitHeader } from '../../../documents/nomination/parts.ts'
import { viDate } from '../../../rules/dates.ts'
import { FUND_CATEGORY_LABELS, formatShare, type FundCategory } from '../../../shared/fund.ts'
import type { FundSummary } from './fund-summary.ts'

export interface FundReportData {
  unit: DossierUnit
  /** The level the report goes to: "Ủy ban nhân dân tỉnh Thái Nguyên" (null at the top). */
  recipient: string | null
  date: string
  summary: FundSummary
  /** Bonus lines paid under a decision (net of reversals). */
  decisionPayments: { decisionLabel: string; occurredOn: string; amount: number }[]
}

export const REPORT_TABLE_HEADER = ['STT', 'Nội dung', 'Số tiền (đồng)']

const money = (amount: number) => new Intl.NumberFormat('vi-VN').format(amount)
const categoryRow = (marker: string, summary: FundSummary, category: FundCategory) => [marker, FUND_CATEGORY_LABELS[category], money(summary.byCategory[category])]

export function fundReportDocument(data: FundReportData): DocumentModel {
  const s = data.summary
  const base = s.opening + s.income
  const movementShareUsed = base > 0 ? s.byCategory.movement / base : 0
  return {
    header: unitHeader(data.unit, 'BC', null, data.date),
    documentType: 'BÁO CÁO',
    title: `Tình hình sử dụng quỹ thi đua, khen thưởng năm ${s.year}`,
    body: [
      ...(data.recipient ? [paragraph({ text: 'Kính gửi: ', bold: true }, `${data.recipient}.`)] : []),
      paragraph(`${data.unit.formalName} báo cáo tình hình trích lập, quản lý và sử dụng quỹ thi đua, khen thưởng năm ${s.year} như sau:`),
      heading('I. TÌNH HÌNH THU, CHI QUỸ'),
      {
        type: 'table',
        widths: [10, 60, 30],
        rows: [
          REPORT_TABLE_HEADER,
          ['1', 'Số dư đầu năm', money(s.opening)],
          ['', `Trong đó: ${FUND_CATEGORY_LABELS.carry_over.toLowerCase()} (ghi khi bắt đầu sổ)`, money(s.byCategory.carry_over)],
          ['2', 'Thu trong năm', money(s.income)],
          categoryRow('a)', s, 'allocation'),
          categoryRow('b)', s, 'contribution'),
          ['3', 'Chi trong năm', money(s.spending)],
          categoryRow('a)', s, 'bonus'),
          categoryRow('b)', s, 'award_items'),
          categoryRow('c)', s, 'movement'),
          ['4', 'Số dư cuối năm (1 + 2 − 3)', money(s.closing)],
        ],
      },
      heading('II. CHI TỔ CHỨC PHONG TRÀO, TUYÊN TRUYỀN, HỘI NGHỊ'),
      paragraph(
        `Chi tổ chức phong trào thi đua, tuyên truyền, nhân rộng điển hình, hội nghị sơ kết, tổng kết: ${money(s.byCategory.movement)} đồng, `
          + `bằng ${formatShare(movementShareUsed)} tổng nguồn quỹ trong năm (${money(base)} đồng); mức tối đa ${formatShare(s.movementShare)} là ${money(s.movementCap)} đồng `
          + `(${s.movementShareCitation}).`,
      ),
      ...(s.allocationCap === null ? [] : [paragraph(
        `Ngân sách cấp trong năm ${money(s.byCategory.allocation)} đồng; mức tối đa ${formatShare(s.allocationRate)} tổng chi thường xuyên `
          + `(${money(s.recurrentSpending ?? 0)} đồng) là ${money(s.allocationCap)} đồng (${s.allocationRateCitation}).`,
      )]),
      heading('III. CHI TIỀN THƯỞNG THEO QUYẾT ĐỊNH KHEN THƯỞNG'),
      ...(data.decisionPayments.length > 0
        ? data.decisionPayments.map((p) => item(`Quyết định số ${p.decisionLabel}: ${money(p.amount)} đồng (chi ngày ${viDate(p.occurredOn)})`))
        : [paragraph('(Trong năm chưa chi tiền thưởng theo quyết định khen thưởng nào từ quỹ.)')]),
      paragraph(`Số dư quỹ cuối năm ${s.year}: ${money(s.closing)} đồng, chuyển sang năm ${s.year + 1}./.`),
    ],
    recipients: [...(data.recipient ? [data.recipient] : []), 'Lưu: VT'],
    signature: data.unit.signature,
  }
}
