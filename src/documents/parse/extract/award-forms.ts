// Hình thức khen thưởng: in sections about commendation, items that name a form ("Bằng khen của
// Chủ tịch UBND tỉnh", "Huân chương Lao động") and sentences "<authority> tặng giấy khen …",
// read as "Giấy khen của <authority>".

import type { Doc } from './document.ts'
import { foundList, type Found } from './found.ts'
import { findHeadings, sectionBody, textOf, trimSpan } from './sections.ts'

const FORM_NAMES =
  'Huân chương|Huy chương|Bằng khen|Giấy khen|Cờ thi đua|Chiến sĩ thi đua|Lao động tiên tiến|Chiến sĩ tiên tiến|Tập thể lao động|Đơn vị quyết thắng|Danh hiệu|Kỷ niệm chương|Giấy chứng nhận|Giải thưởng|Anh hùng|Gia đình văn hóa|Thôn văn hóa|Khu dân cư văn hóa'
export const FORM_NOUN = new RegExp(`^(?:${FORM_NAMES})`, 'iu')
// "…, Giấy khen …": a list of forms on one line.
const FORM_SEPARATOR = new RegExp(`(?<=[,;])(?=\\s+(?:${FORM_NAMES}))`, 'iu')
const GIVES =
  /((?:Chủ tịch|Giám đốc|Thủ tướng|Bộ trưởng|Trưởng ban|Hiệu trưởng|Bí thư|Ban Thường vụ|Thường trực|Thủ trưởng)[^,;:.()]*?)\s+(?:tặng|tặng thưởng|khen thưởng bằng)\s+(giấy khen|bằng khen|cờ thi đua|kỷ niệm chương)/giu
const SECTION = /khen thưởng/iu
const NOT_SECTION = /hồ sơ|thủ tục|quy trình|thời gian|thời hạn/iu

export function readAwardForms(doc: Doc, from: number, to: number): Found<string[]> {
  const items: { value: string; span: { start: number; end: number } }[] = []
  const seen = new Set<number>()
  for (const head of findHeadings(doc, SECTION, from, to)) {
    if (NOT_SECTION.test(head.contentMatch)) continue
    for (const p of [head, ...sectionBody(doc, head.index)]) {
      if (seen.has(p.index)) continue
      seen.add(p.index)
      const content = p.contentMatch
      const label = p === head ? content.indexOf(':') + 1 : 0
      const rest = content.slice(label).trimStart()
      const restStart = p.contentStart + content.length - rest.length
      if (FORM_NOUN.test(rest)) {
        const end = rest.search(/[;:]|\s(?:cho|đối với)\s|\.\s*$/u)
        // "Bằng khen của Chủ tịch UBND tỉnh, Giấy khen của Chủ tịch UBND huyện": one form each.
        let start = restStart
        for (const part of rest.slice(0, end > 0 ? end : rest.length).split(FORM_SEPARATOR)) {
          const span = trimSpan(doc, start, start + part.length)
          items.push({ value: textOf(doc, span).replace(/[“”"]/g, ''), span })
          start += part.length
        }
        continue
      }
      for (const m of content.matchAll(GIVES)) {
        const shown = (offset: number, part: string) => p.content.slice(offset, offset + part.length)
        const authority = shown(m.index, m[1] as string).trim()
        const noun = shown(m.index + m[0].length - (m[2] as string).length, m[2] as string)
        const span = trimSpan(doc, p.contentStart + m.index, p.contentStart + m.index + m[0].length)
        items.push({ value: `${noun.charAt(0).toUpperCase()}${noun.slice(1).toLowerCase()} của ${authority}`, span })
      }
    }
  }
  return foundList(items)
}
