// Thành phần hồ sơ: the items listed under the dossier heading ("- Tờ trình kèm danh sách …;"),
// or after a sentence ending "hồ sơ … gồm:", or inline "Hồ sơ gồm: a; b; c".

import type { Doc, Paragraph } from './document.ts'
import { foundList, type Found } from './found.ts'
import { findHeadings, innermost, sectionItems, textOf, trimSpan } from './sections.ts'

const DOSSIER = /hồ sơ/iu
const NOT_DOSSIER = /thời gian|thời hạn|số lượng|nơi nhận|gửi|nộp|lưu|tiếp nhận/iu
const COMPOSITION = /thành phần hồ sơ|hồ sơ[^.:]*gồm/iu

export function readDossierItems(doc: Doc, from: number, to: number): Found<string[]> {
  const items: { value: string; span: { start: number; end: number } }[] = []
  const add = (start: number, end: number) => {
    const span = trimSpan(doc, start, end)
    if (span.end > span.start) items.push({ value: textOf(doc, span), span })
  }
  const headings = findHeadings(doc, DOSSIER, from, to).filter((h) => !NOT_DOSSIER.test(h.contentMatch))
  const preferred = headings.filter((h) => COMPOSITION.test(h.contentMatch))
  for (const head of preferred.length ? preferred : innermost(doc, headings)) {
    for (const p of sectionItems(doc, head.index)) add(p.contentStart, p.end)
  }
  if (items.length) return foundList(items)
  for (const p of doc.paragraphs.slice(from, to)) {
    const m = /hồ sơ[^.:;]{0,80}\sgồm(?: có)?\s*:\s*/iu.exec(p.match)
    if (!m) continue
    const rest = p.text.slice(m.index + m[0].length)
    if (rest.trim()) {
      let offset = p.start + m.index + m[0].length
      for (const part of rest.split(';')) {
        add(offset, offset + part.length)
        offset += part.length + 1
      }
    } else {
      for (const q of doc.paragraphs.slice(p.index + 1, to)) {
        if ((q as Paragraph).level !== 7) break
        add(q.contentStart, q.end)
      }
    }
    break
  }
  return foundList(items)
}
