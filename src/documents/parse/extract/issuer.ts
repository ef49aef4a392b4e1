// The issuing body: the last name in the header's left column ("ỦY BAN NHÂN DÂN / XÃ BÌNH AN";
// a governing body above it is skipped), else the body the preamble names as acting ("UBND xã Bình
// Thành ban hành kế hoạch"), else the signature's "TM. ỦY BAN NHÂN DÂN". A name without its place
// ("Đảng ủy") gets the place the document names most often ("xã Bình Chương").

import type { Doc, Paragraph, Span } from './document.ts'
import { found, type Found } from './found.ts'
import type { Header } from './header.ts'
import { trimSpan } from './sections.ts'
import { shortBodyName, titleCase } from './vietnamese-names.ts'

const MOTTO = /^(?:CỘNG HÒA XÃ HỘI|Độc lập|ĐẢNG CỘNG SẢN VIỆT NAM)/u
const MOTTO_WORDS = [' CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ', ' ĐẢNG CỘNG SẢN VIỆT NAM ']
/** A piece of the motto wrapped onto its own line ("NAM"). */
const isMottoPart = (line: string) => MOTTO.test(line) || MOTTO_WORDS.some((m) => m.includes(` ${line.trim()} `))
const LOCALITY_START = /^(?:XÃ|PHƯỜNG|THỊ TRẤN|HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|TỈNH|TP\.)\s/u

function headerIssuer(doc: Doc, header: Header): Found<string | null> {
  const end = Math.min(header.typeIndex ?? header.afterTitle, header.numberIndex ?? Infinity, header.dateIndex ?? Infinity, header.afterTitle)
  const groups: Paragraph[][] = []
  for (const p of doc.paragraphs.slice(0, end)) {
    if (!p.upper || isMottoPart(p.match) || /^Số(?![\p{L}\d])/u.test(p.match) || p.level < 9) continue
    const last = groups[groups.length - 1]
    if (last && LOCALITY_START.test(p.match)) last.push(p)
    else groups.push([p])
  }
  const issuer = groups[groups.length - 1]
  if (!issuer) return found(null)
  const name = shortBodyName(titleCase(issuer.map((p) => p.text.trim()).join(' ')))
  const spans = issuer.map((p) => trimSpan(doc, p.start, p.end))
  // "UBND TỈNH QUẢNG TRỊ / HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG": the council is the province's.
  const governing = groups[groups.length - 2]
  const place = governing ? PLACE_IN.exec(shortBodyName(titleCase(governing.map((p) => p.text.trim()).join(' ')))) : null
  if (place && !HAS_PLACE.test(name) && !/^(?:UBND|HĐND)$/u.test(name)) return found(`${name} ${place[0]}`, spans)
  return found(name, spans)
}

const PLACE_IN = /(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s.+$/u

const BODY = String.raw`(?:Ban Thường vụ |Thường trực |Chủ tịch |Ban Chấp hành )?(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Đảng ủy|Huyện ủy|Tỉnh ủy|Thành ủy|Quận ủy|Thị ủy|Ủy ban Mặt trận Tổ quốc Việt Nam|Ủy ban MTTQ(?: Việt Nam| VN)?|UBMTTQ(?:VN| Việt Nam)?|Hội đồng Thi đua\s*[-–]\s*Khen thưởng|Ban Thi đua\s*[-–]\s*Khen thưởng|(?:Sở|Phòng|Ban|Trường|Công an|Hội)(?:\s[\p{Lu}][\p{Ll}]*)+)`
const PLACE = String.raw`(?:\s(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|TP\.)(?:\s[\p{Lu}\d][\p{Ll}\d]*){1,4})?`
const ACTING = new RegExp(`(?<![\\p{L}])(${BODY}${PLACE})\\s*,?\\s(?:ban hành|xây dựng|phát động|triển khai|hướng dẫn|báo cáo|kính trình|trân trọng|thông báo|tổ chức|quyết định)`, 'u')
const HAS_PLACE = /(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|TP\.)\s\p{Lu}/u

function bodyIssuer(doc: Doc, paragraphs: Paragraph[]): Found<string | null> {
  for (const p of paragraphs) {
    const m = ACTING.exec(p.match)
    if (!m?.[1]) continue
    const span = trimSpan(doc, p.start + m.index, p.start + m.index + m[1].length)
    return found(shortBodyName(doc.text.slice(span.start, span.end)), [span])
  }
  return found(null)
}

const SIGNING_FOR = /^(?:TM|T\/M|THAY MẶT)\.?\s+(.+)$/u

function signatureIssuer(doc: Doc, from: number): Found<string | null> {
  for (const p of doc.paragraphs.slice(from)) {
    const m = SIGNING_FOR.exec(p.match)
    if (m?.[1] && p.upper) {
      const span = trimSpan(doc, p.end - m[1].length, p.end)
      return found(shortBodyName(titleCase(m[1])), [span])
    }
  }
  return found(null)
}

const LEVELS = ['xã', 'phường', 'thị trấn', 'huyện', 'quận', 'thị xã', 'thành phố', 'tỉnh']
const NAMED_PLACE = /(?<![\p{L}])(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s((?:[\p{Lu}][\p{Ll}]*|\d+)(?:\s[\p{Lu}][\p{Ll}]*){0,3})/gu

/** The place the text names most often ("xã Bình Chương"); ties go to the lower level. */
export function dominantPlace(doc: Doc): { name: string; span: Span } | null {
  const counts = new Map<string, { n: number; span: Span; level: number }>()
  for (const m of doc.match.matchAll(NAMED_PLACE)) {
    const name = `${m[1]} ${m[2]}`
    const entry = counts.get(name) ?? { n: 0, span: { start: m.index, end: m.index + m[0].length }, level: LEVELS.indexOf(m[1] as string) }
    entry.n++
    counts.set(name, entry)
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[1].level - b[1].level)
  const top = ranked[0]
  return top ? { name: doc.text.slice(top[1].span.start, top[1].span.end), span: top[1].span } : null
}

export function readIssuer(doc: Doc, header: Header): Found<string | null> {
  let issuer = headerIssuer(doc, header)
  if (!issuer.value) issuer = bodyIssuer(doc, doc.paragraphs.slice(header.afterTitle, header.bodyStart + 3))
  if (!issuer.value) issuer = signatureIssuer(doc, header.bodyStart)
  if (!issuer.value || HAS_PLACE.test(issuer.value) || /\s\p{Lu}/u.test(issuer.value.replace(/^(?:UBND|HĐND)(?![\p{L}\d])/u, ''))) return issuer
  const place = dominantPlace(doc)
  return place ? found(`${issuer.value} ${place.name}`, [...issuer.spans, place.span]) : issuer
}
