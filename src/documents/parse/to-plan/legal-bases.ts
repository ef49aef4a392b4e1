// The documents a plan cites, as outside documents of the plan model: the number as parsed, and —
// where the text cites it as "<number> ngày 15/10/2024 của Thủ tướng Chính phủ về …" — its date,
// issuer and subject, read from the clause of the citation. Pure.

import type { PlanContent } from '../../../shared/campaign-plan.ts'
import { isoDate } from '../extract/dates.ts'

type DocumentBasis = Extract<PlanContent['legalBases'][number], { kind: 'document' }>

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** The number as the text may space it: "213/KH-UBND" also matches "213 /KH- UBND". */
const numberPattern = (number: string) => number.split('').map((c) => (/[/-]/.test(c) ? `\\s?${escape(c)}\\s?` : escape(c))).join('')

const DATE = /^[\s,]*ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u
const ISSUER = /^[\s,]*của\s+(.+?)(?=\s+(?:về|v\/v|ban hành|phê duyệt|triển khai|hướng dẫn)(?![\p{L}\d])|$)/u
// The citation ends at a new clause: a semicolon, a sentence end, or the next cited document.
const CLAUSE_END = /;|\.(?:\s|$)|,?\s+(?:và\s+)?(?:Kế hoạch|Chỉ thị|Quyết định|Nghị quyết|Nghị định|Thông tư|Luật|Hướng dẫn|Công văn|Kết luận|Thông báo|Chương trình)\s+số\s/u

function clauseAfter(text: string, number: string): string | null {
  const at = new RegExp(`(?<![\\p{L}\\d/-])${numberPattern(number)}(?![\\p{L}\\d])`, 'u').exec(text)
  if (!at) return null
  const rest = text.slice(at.index + at[0].length)
  const end = CLAUSE_END.exec(rest)
  return end ? rest.slice(0, end.index) : rest
}

const bounded = (text: string | undefined, max: number) => {
  const value = text?.replace(/\s+/g, ' ').trim()
  return value && value.length <= max ? value : null
}

/** One cited number → the document as the plan model holds it; `text` is the plan's text. */
export function documentBasis(number: string, text: string): DocumentBasis {
  const clause = clauseAfter(text, number) ?? ''
  const date = DATE.exec(clause)
  const afterDate = date ? clause.slice(date[0].length) : clause
  const issuer = ISSUER.exec(afterDate)
  const subject = (issuer ? afterDate.slice(issuer[0].length) : afterDate).trim()
  return {
    kind: 'document',
    number,
    date: date ? isoDate(Number(date[3]), Number(date[2]), Number(date[1])) : null,
    issuer: bounded(issuer?.[1], 300),
    title: /^(?:về|v\/v|ban hành|phê duyệt|triển khai|hướng dẫn)(?![\p{L}\d])/u.test(subject) ? bounded(subject, 1000) : null,
  }
}
