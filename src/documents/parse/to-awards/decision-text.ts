// What a decision's own words say about all of its awardees: the form Điều 1 grants ("Tặng Giấy khen
// của Chủ tịch UBND xã cho …"), the year of the achievement ("đã có thành tích … năm 2024", else the
// year of the decision) and the kind of commendation (đột xuất, theo đợt or chuyên đề, else công trạng).
// Pure: `text` is the parser's normalized text, one paragraph per line.
import type { CommendationKind } from '../../../rules/index.ts'

export interface DecisionText {
  title: string | null
  text: string
  /** The year of the decision date, when known. */
  decisionYear: number | null
}

const lines = (text: string, start: RegExp) => text.split('\n').filter((line) => start.test(line.trim()))

/** "Điều 1. …" (the article that grants), or null. */
function articleOne(text: string): string | null {
  return lines(text, /^Điều\s+1(?![\p{L}\d])/u)[0]?.trim() ?? null
}

const GRANT = /(?:Tặng(?: thưởng)?|Trao tặng|Công nhận)\s+(.+?)(?=\s+(?:cho|đối với|vì|đã|có thành tích)\s|$)/iu

/** A form as written, without quotes, "danh hiệu", the year or a note in brackets: "Lao động tiên tiến". */
export function cleanForm(form: string | null): string | null {
  const cleaned = (form ?? '')
    .replace(/\([^)]*\)/gu, ' ')
    .replace(/[“”"«»]/gu, '')
    .replace(/^danh hiệu\s+/iu, '')
    .replace(/\s+năm(?: học)?\s+\d{4}.*$/iu, '')
    .replace(/[\s.,;:]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim()
  return cleaned || null
}

/** The form a sentence grants ("Tặng Giấy khen của Chủ tịch UBND xã cho …"), cleaned. */
const grantedForm = (sentence: string | null) => cleanForm((sentence && GRANT.exec(sentence)?.[1]) || null)

/** The form Điều 1 grants, else the one the title names ("Về việc tặng Giấy khen cho …"). */
export function decisionForm(d: DecisionText): string | null {
  return grantedForm(articleOne(d.text)) ?? grantedForm(d.title)
}

const ACHIEVEMENT_YEAR = /(?:thành tích|danh hiệu|hoàn thành)[^.;\n]{0,200}?(?<![\p{L}\d])năm(?: học)?\s+(\d{4})(?:\s*[-–]\s*(\d{4}))?/iu

/**
 * The year the achievement refers to: as Điều 1, the title or an attached list heading writes it (a school
 * year counts as its second year), never after the decision; else the decision's year.
 */
export function achievementYear(d: DecisionText): number | null {
  return yearWritten([articleOne(d.text), d.title, ...lines(d.text, /^DANH SÁCH(?![\p{L}\d])/u)], d.decisionYear) ?? d.decisionYear
}

/** The first achievement year the sources write (a school year counts as its second year), never after `latest`. */
export function yearWritten(sources: readonly (string | null)[], latest: number | null): number | null {
  for (const source of sources) {
    const m = source ? ACHIEVEMENT_YEAR.exec(source) : null
    if (!m) continue
    const year = Number(m[2] ?? m[1])
    if (latest === null || year <= latest) return year
  }
  return null
}

/** Đột xuất, theo đợt or chuyên đề, as Điều 1 or the title says; else công trạng (the year's work). */
export function commendationKind(d: DecisionText): CommendationKind {
  const said = `${articleOne(d.text) ?? ''}\n${d.title ?? ''}`
  if (/đột xuất/iu.test(said)) return 'dot_xuat'
  if (/chuyên đề|theo đợt|đợt thi đua|phong trào(?: thi đua)?\s+[“"«]/iu.test(said)) return 'phong_trao'
  return 'cong_trang'
}
