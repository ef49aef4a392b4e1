// The review form of a parsed document: which fields it shows and how, their values as the form
// holds them (empty text instead of null) and back to the parser's shape for applying. Pure.
import type { ParsedDocument, ParsedFields, Span } from '../../../documents/parse/index.ts'

export type ReviewFieldKind = 'docType' | 'text' | 'longText' | 'list' | 'period' | 'phases'

export interface ReviewField {
  key: keyof ParsedFields
  label: string
  kind: ReviewFieldKind
}

/** The fields of a plan, a decision or a proposal the officer checks, in the order of the document. */
export const REVIEW_FIELDS: ReviewField[] = [
  { key: 'doc_type', label: 'Loại văn bản', kind: 'docType' },
  { key: 'issuer', label: 'Cơ quan ban hành', kind: 'text' },
  { key: 'number', label: 'Số', kind: 'text' },
  { key: 'symbol', label: 'Ký hiệu', kind: 'text' },
  { key: 'place', label: 'Địa danh', kind: 'text' },
  { key: 'date', label: 'Ngày ban hành (YYYY-MM-DD)', kind: 'text' },
  { key: 'title', label: 'Trích yếu', kind: 'longText' },
  { key: 'legal_bases', label: 'Căn cứ (số, ký hiệu văn bản)', kind: 'list' },
  { key: 'theme', label: 'Chủ đề thi đua', kind: 'longText' },
  { key: 'slogans', label: 'Khẩu hiệu', kind: 'list' },
  { key: 'period', label: 'Thời gian thi đua', kind: 'period' },
  { key: 'phases', label: 'Giai đoạn', kind: 'phases' },
  { key: 'target_groups', label: 'Đối tượng thi đua', kind: 'list' },
  { key: 'award_forms', label: 'Hình thức khen thưởng', kind: 'list' },
  { key: 'standards', label: 'Tiêu chuẩn khen thưởng', kind: 'longText' },
  { key: 'dossier_items', label: 'Thành phần hồ sơ', kind: 'list' },
  { key: 'deadlines', label: 'Thời hạn', kind: 'list' },
  { key: 'assignments', label: 'Phân công thực hiện', kind: 'list' },
  { key: 'recipients', label: 'Nơi nhận', kind: 'list' },
  { key: 'signer_title', label: 'Chức vụ người ký', kind: 'text' },
  { key: 'signer_name', label: 'Người ký', kind: 'text' },
]

type TextKey = 'number' | 'symbol' | 'issuer' | 'place' | 'date' | 'title' | 'theme' | 'standards' | 'signer_title' | 'signer_name'
type ListKey = 'legal_bases' | 'slogans' | 'target_groups' | 'award_forms' | 'dossier_items' | 'deadlines' | 'assignments' | 'recipients'

export type ReviewValues = { doc_type: ParsedFields['doc_type'] } & Record<TextKey, string> &
  Record<ListKey, string[]> & {
    period: { from: string; to: string; as_written: string }
    phases: { name: string; from: string; to: string; review: string; review_date: string }[]
  }

/** The fields the officer edits, with the document as read. */
export type ReviewedFields = Omit<ParsedFields, 'event' | 'awardees'>

const TEXT_KEYS: TextKey[] = ['number', 'symbol', 'issuer', 'place', 'date', 'title', 'theme', 'standards', 'signer_title', 'signer_name']
const LIST_KEYS: ListKey[] = ['legal_bases', 'slogans', 'target_groups', 'award_forms', 'dossier_items', 'deadlines', 'assignments', 'recipients']

const text = (value: string | null | undefined) => value ?? ''
const orNull = (value: string | undefined) => value?.normalize('NFC').trim() || null

export function toReviewValues(document: ParsedDocument): ReviewValues {
  return {
    doc_type: document.doc_type,
    ...(Object.fromEntries(TEXT_KEYS.map((key) => [key, text(document[key])])) as Record<TextKey, string>),
    ...(Object.fromEntries(LIST_KEYS.map((key) => [key, [...document[key]]])) as Record<ListKey, string[]>),
    period: { from: text(document.period?.from), to: text(document.period?.to), as_written: text(document.period?.as_written) },
    phases: document.phases.map((p) => ({ name: p.name, from: text(p.from), to: text(p.to), review: text(p.review), review_date: text(p.review_date) })),
  }
}

/** The form's values in the parser's shape: blanks become null, empty lines and unnamed phases are dropped. */
export function fromReviewValues(values: ReviewValues): ReviewedFields {
  const period = { from: orNull(values.period?.from), to: orNull(values.period?.to), as_written: orNull(values.period?.as_written) }
  return {
    doc_type: values.doc_type,
    ...(Object.fromEntries(TEXT_KEYS.map((key) => [key, orNull(values[key])])) as Record<TextKey, string | null>),
    ...(Object.fromEntries(LIST_KEYS.map((key) => [key, (values[key] ?? []).map((line) => orNull(line)).filter((line): line is string => line !== null)])) as Record<ListKey, string[]>),
    period: period.from || period.to || period.as_written ? period : null,
    phases: (values.phases ?? []).flatMap((p) =>
      orNull(p.name) ? [{ name: orNull(p.name) as string, from: orNull(p.from), to: orNull(p.to), review: orNull(p.review), review_date: orNull(p.review_date) }] : [],
    ),
  }
}

/** What the text pane marks: one list entry's span when `item` is given and known, else all of the field's spans. */
export interface ActiveField {
  field: keyof ParsedFields
  item?: number
}

export function activeSpans(sources: ParsedDocument['_meta']['sources'], active: ActiveField | null): Span[] {
  if (!active) return []
  const spans = sources[active.field] ?? []
  const one = active.item === undefined ? undefined : spans[active.item]
  return one ? [one] : active.item === undefined ? spans : []
}

export const isFound = (sources: ParsedDocument['_meta']['sources'], field: keyof ParsedFields) => (sources[field]?.length ?? 0) > 0
