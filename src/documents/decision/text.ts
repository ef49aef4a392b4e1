// Small pieces of wording the decision, its annex and its spreadsheet share: counts by subject kind,
// money and coefficients written the Vietnamese way, the "kèm theo" line.
import { formatDateWords } from '../decree30/index.ts'
import type { DecisionDocumentData, DecisionLine } from './decision-data.ts'

const KIND_LABELS = { collective: 'tập thể', individual: 'cá nhân', household: 'hộ gia đình' } as const

/** "01 tập thể, 02 cá nhân": each subject once, whatever it receives. */
export function countByKind(lines: readonly Pick<DecisionLine, 'kind' | 'subjectId'>[]): string {
  return (['collective', 'individual', 'household'] as const)
    .map((kind) => [new Set(lines.filter((l) => l.kind === kind).map((l) => l.subjectId)).size, KIND_LABELS[kind]] as const)
    .filter(([count]) => count > 0)
    .map(([count, label]) => `${String(count).padStart(2, '0')} ${label}`)
    .join(', ')
}

/** 710000 → "710.000" */
export const money = (amount: number) => amount.toLocaleString('vi-VN')

/** 0.45 → "0,45" */
export const coefficientText = (coefficient: number) => String(coefficient).replace('.', ',')

/**
 * "Quyết định số 05/QĐ-UBND ngày 20 tháng 12 năm 2025", the number and date as the decision's header prints them
 * (a draft, not numbered yet: "Quyết định số …/QĐ-UBND ngày …"; Party: "Quyết định số 05-QĐ/ĐU ngày …").
 */
export function decisionReference(data: Pick<DecisionDocumentData, 'number' | 'symbol' | 'date' | 'issuer'>): string {
  return `Quyết định số ${data.number ?? '…'}${data.issuer.track === 'party' ? '-' : '/'}${data.symbol} ${formatDateWords(data.date)}`
}

/** "(Kèm theo Quyết định số 05/QĐ-UBND ngày 20 tháng 12 năm 2025 của Chủ tịch Ủy ban nhân dân xã Bình Thành)" */
export const attachedTo = (data: DecisionDocumentData) => `(Kèm theo ${decisionReference(data)} của ${data.issuer.decider})`

/** What a line receives, as the decision words it: "danh hiệu Lao động tiên tiến", "Giấy khen". */
export const awardPhrase = (line: Pick<DecisionLine, 'award' | 'isTitle'>) => (line.isTitle ? `danh hiệu ${line.award}` : line.award)

/** The distinct awards of the lines, in annex order. */
export const awardsOf = (lines: readonly DecisionLine[]) => [...new Set(lines.map(awardPhrase))]
