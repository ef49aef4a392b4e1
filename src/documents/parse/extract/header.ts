// The Decree 30 header and opening (law.md §8): issuer, "Số: 27/KH-UBND", "<Place>, ngày …",
// document type line, trích yếu (title, or "V/v …" for a công văn) and the preamble ("Căn cứ …",
// "Thực hiện …") that ends before the first section or with a line ending "như sau:".

import { headerDate } from './dates.ts'
import type { Doc, Paragraph, Span } from './document.ts'
import { found, type Found } from './found.ts'
import { textOf, trimSpan } from './sections.ts'
import { endsClause, PLACE_DATE_LINE } from '../text/line-shape.ts'

export type DocType = 'ke_hoach' | 'quyet_dinh' | 'to_trinh' | 'bao_cao' | 'huong_dan' | 'other'

const TYPE_WORDS = [
  'KẾ HOẠCH', 'QUYẾT ĐỊNH', 'TỜ TRÌNH', 'BÁO CÁO', 'HƯỚNG DẪN', 'THÔNG BÁO', 'CHƯƠNG TRÌNH', 'NGHỊ QUYẾT', 'CHỈ THỊ',
  'QUY CHẾ', 'QUY ĐỊNH', 'BIÊN BẢN', 'GIẤY MỜI', 'CÔNG VĂN', 'ĐỀ ÁN', 'PHƯƠNG ÁN', 'CÔNG ĐIỆN', 'THÔNG CÁO', 'DỰ ÁN',
  'GIẤY GIỚI THIỆU', 'BẢN GHI NHỚ',
]
const TYPE_LINE = new RegExp(`^(${TYPE_WORDS.join('|')})(?:\\s+([^:]+))?$`, 'u')
const TYPE_BY_WORD: Record<string, DocType> = { 'KẾ HOẠCH': 'ke_hoach', 'QUYẾT ĐỊNH': 'quyet_dinh', 'TỜ TRÌNH': 'to_trinh', 'BÁO CÁO': 'bao_cao', 'HƯỚNG DẪN': 'huong_dan' }
const TYPE_BY_ABBREVIATION: Record<string, DocType> = { KH: 'ke_hoach', QĐ: 'quyet_dinh', TTr: 'to_trinh', BC: 'bao_cao', HD: 'huong_dan' }
const TYPE_BY_NAME: Record<string, DocType> = { 'kế hoạch': 'ke_hoach', 'quyết định': 'quyet_dinh', 'tờ trình': 'to_trinh', 'báo cáo': 'bao_cao', 'hướng dẫn': 'huong_dan' }

// The preamble or body, not the title: "Căn cứ …", "Kính gửi …", or a sentence opening with
// "Thực hiện …" / "Để …" ("Thực hiện phong trào thi đua …" without a full stop can be a title).
const ALWAYS_BODY = /^(?:Căn cứ|Kính gửi|Xét)/u
const BODY_OPENING = /^(?:Thực hiện|Theo|Trên cơ sở|Triển khai|Nhằm|Để|Năm \d{4})/u
const opensBody = (p: Paragraph) => ALWAYS_BODY.test(p.match) || (BODY_OPENING.test(p.match) && endsClause(p.text))
const HEADER_SCAN = 40

export interface Header {
  typeIndex: number | null
  numberIndex: number | null
  dateIndex: number | null
  /** First paragraph after the header block and the title. */
  afterTitle: number
  /** Preamble paragraphs (after the title, before the first section). */
  preamble: Paragraph[]
  /** Index of the first paragraph after the preamble. */
  bodyStart: number
  typeWord: string | null
  number: Found<string | null>
  symbol: Found<string | null>
  place: Found<string | null>
  date: Found<string | null>
  title: Found<string | null>
}

function spanOf(doc: Doc, p: Paragraph, from: number, to: number): Span {
  return trimSpan(doc, p.start + from, p.start + to)
}

/** The type line in capitals ("KẾ HOẠCH"), or a line that is only a type name in any case (upper-case legacy fonts). */
function findType(doc: Doc): { index: number; word: string; rest: string | null } | null {
  for (const p of doc.paragraphs.slice(0, HEADER_SCAN)) {
    if (p.level !== 9) continue
    const line = p.match.trim()
    const m = p.upper ? TYPE_LINE.exec(line) : TYPE_LINE.exec(line.toUpperCase())
    if (m?.[1] && (p.upper || !m[2])) return { index: p.index, word: m[1], rest: m[2] ?? null }
  }
  return null
}

const NUMBER = /^Số(?![\p{L}\d])\s*:?\s*[.…_\s]*(\d{1,5}[a-z]?)?[.…_\s]*(?:\/\s*(\d{4})\s*)?[/-]\s*([\p{Lu}][\p{L}\d&]*(?:\s*[-/]\s*[\p{Lu}\d][\p{L}\d&]*)*)/u

function findNumber(doc: Doc, end: number): { index: number; number: Found<string | null>; symbol: Found<string | null> } | null {
  for (const p of doc.paragraphs.slice(0, end)) {
    const m = NUMBER.exec(p.match)
    if (!m?.[3]) continue
    const symbolStart = m[0].length - m[3].length
    const number = m[1] ? found(m[1], [spanOf(doc, p, m[0].indexOf(m[1]), m[0].indexOf(m[1]) + m[1].length)]) : found(null)
    return { index: p.index, number, symbol: found(m[3].replace(/\s+/g, ''), [spanOf(doc, p, symbolStart, m[0].length)]) }
  }
  return null
}

function findDateLine(doc: Doc, end: number): { index: number; place: Found<string | null>; date: Found<string | null> } | null {
  for (const p of doc.paragraphs.slice(0, end)) {
    if (p.text.length > 90 || !/ngày(?![\p{L}\d]).*(?:tháng|\/)/u.test(p.match)) continue
    const placeMatch = PLACE_DATE_LINE.exec(p.match)
    if (!placeMatch && !/^ngày(?![\p{L}\d])/u.test(p.match)) continue
    const comma = p.match.indexOf(',')
    const place = placeMatch && comma > 0 ? found(p.text.slice(0, comma).trim(), [spanOf(doc, p, 0, comma)]) : found(null)
    const iso = headerDate(p.match)
    const at = p.match.search(/ngày(?![\p{L}\d])/u)
    return { index: p.index, place, date: found(iso, iso ? [spanOf(doc, p, at, p.text.length)] : []) }
  }
  return null
}

/** A title set over several paragraphs: more capitals, or a short line without a sentence end. */
function continuesTitle(parts: Paragraph[], p: Paragraph): boolean {
  if (/^(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|BAN|HỘI ĐỒNG|ỦY BAN|BỘ TRƯỞNG)/u.test(p.match)) return false
  if (parts.every((q) => q.upper)) return p.upper
  const last = parts[parts.length - 1] as Paragraph
  return !p.upper && !endsClause(last.text) && !endsClause(p.text) && p.text.length <= 150
}

function findTitle(doc: Doc, type: { index: number; rest: string | null } | null, end: number): { title: Found<string | null>; last: number } {
  if (type?.rest) {
    const p = doc.paragraphs[type.index] as Paragraph
    const span = spanOf(doc, p, p.text.length - type.rest.length, p.text.length)
    return { title: found(textOf(doc, span), [span]), last: type.index }
  }
  if (type) {
    const parts: Paragraph[] = []
    for (const p of doc.paragraphs.slice(type.index + 1, type.index + 5)) {
      if (opensBody(p) || p.level < 9 || /^Số(?![\p{L}\d])/u.test(p.match)) break
      if (parts.length && !continuesTitle(parts, p)) break
      parts.push(p)
    }
    if (!parts.length) return { title: found(null), last: type.index }
    const first = parts[0] as Paragraph
    const last = parts[parts.length - 1] as Paragraph
    const span = trimSpan(doc, first.start, last.end)
    return { title: found(textOf(doc, span).replace(/\n/g, ' '), [span]), last: last.index }
  }
  const subject = doc.paragraphs.slice(0, end).find((p) => /^V\/v(?![\p{L}\d])/u.test(p.match))
  if (!subject) return { title: found(null), last: -1 }
  const span = spanOf(doc, subject, 0, subject.text.length)
  return { title: found(textOf(doc, span), [span]), last: subject.index }
}

function findPreamble(doc: Doc, from: number): Paragraph[] {
  // The "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …" line of a decision and the "Kính gửi" block come first.
  let i = from
  let addressing = false
  for (; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i] as Paragraph
    if (/^Kính gửi/u.test(p.match)) addressing = true
    else if (!(p.upper && p.level === 9) && !(addressing && p.level === 7)) break
  }
  const out: Paragraph[] = []
  for (const p of doc.paragraphs.slice(i, i + 12)) {
    if (p.level <= 5 || (p.upper && p.text.length < 80) || /^Nơi nhận/u.test(p.match)) break
    out.push(p)
    if (/:\s*$/.test(p.text)) break
  }
  return out
}

export function readHeader(doc: Doc): Header {
  const type = findType(doc)
  const scanEnd = type ? type.index + 1 : Math.min(HEADER_SCAN, doc.paragraphs.length)
  const number = findNumber(doc, Math.max(scanEnd, 15))
  const dateLine = findDateLine(doc, Math.max(scanEnd, 15))
  const { title, last } = findTitle(doc, type, Math.max(scanEnd, 15))
  const afterTitle = Math.max(last, type?.index ?? -1, number?.index ?? -1, dateLine?.index ?? -1) + 1
  const preamble = findPreamble(doc, afterTitle)
  const lastPreamble = preamble[preamble.length - 1]
  return {
    typeIndex: type?.index ?? null,
    numberIndex: number?.index ?? null,
    dateIndex: dateLine?.index ?? null,
    afterTitle,
    preamble,
    bodyStart: lastPreamble ? lastPreamble.index + 1 : afterTitle,
    typeWord: type?.word ?? null,
    number: number?.number ?? found(null),
    symbol: number?.symbol ?? found(null),
    place: dateLine?.place ?? found(null),
    date: dateLine?.date ?? found(null),
    title,
  }
}

/** Document type from the type line, else the symbol ("KH-UBND"), else how the text names itself. */
export function readDocType(doc: Doc, header: Header): Found<DocType> {
  if (header.typeWord !== null && header.typeIndex !== null) {
    const p = doc.paragraphs[header.typeIndex] as Paragraph
    return found(TYPE_BY_WORD[header.typeWord] ?? 'other', [spanOf(doc, p, 0, header.typeWord.length)])
  }
  const abbreviation = header.symbol.value?.split(/[-/]/)[0]
  if (header.symbol.value && abbreviation) return found(TYPE_BY_ABBREVIATION[abbreviation] ?? 'other', header.symbol.spans)
  const naming = /(?:Trên đây là|ban hành|xây dựng)\s+(kế hoạch|quyết định|tờ trình|báo cáo|hướng dẫn)(?![\p{L}\d])/iu
  for (const p of doc.paragraphs) {
    const m = naming.exec(p.match)
    if (m?.[1]) return found(TYPE_BY_NAME[m[1].toLowerCase()] ?? 'other', [spanOf(doc, p, m.index, m.index + m[0].length)])
  }
  return found('other')
}
