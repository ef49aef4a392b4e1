// Đối tượng thi đua: the items under an "Đối tượng thi đua" heading ("a) Tập thể: các cơ quan …"),
// or the "Đối với …" sub-headings of the criteria section ("1.1. Đối với các sở, ban, ngành").

import type { Doc, Paragraph } from './document.ts'
import { foundList, type Found } from './found.ts'
import { findHeadings, innermost, isHeading, sectionBody, sectionItems, textOf, trimSpan } from './sections.ts'

const SUBJECTS = /^(?:đối tượng|phạm vi,? đối tượng|đối tượng,? phạm vi)(?: thi đua| tham gia| áp dụng)?(?![\p{L}\d])/iu
const CRITERIA = /(?:tiêu chí|tiêu chuẩn|nội dung)[^.]*thi đua/iu
const ADDRESSEE = /^(?:Đối với|Đề nghị)\s+/u

function item(doc: Doc, p: Paragraph, skip: number) {
  const span = trimSpan(doc, p.contentStart + skip, p.end)
  return { value: textOf(doc, span), span }
}

/** "Đối tượng thi đua: Các xã, thị trấn; các cơ quan …" → one item per ";"-separated part. */
function inlineItems(doc: Doc, p: Paragraph, skip: number) {
  const items: ReturnType<typeof item>[] = []
  let start = p.contentStart + skip
  for (const part of p.content.slice(skip).split(';')) {
    const span = trimSpan(doc, start, start + part.length)
    if (span.end > span.start) items.push({ value: textOf(doc, span), span })
    start += part.length + 1
  }
  return items
}

export function readTargetGroups(doc: Doc, from: number, to: number): Found<string[]> {
  const items: { value: string; span: { start: number; end: number } }[] = []
  const used = new Set<number>()
  const subjects = findHeadings(doc, SUBJECTS, from, to).filter((h) => !/khen thưởng/iu.test(h.contentMatch))
  for (const head of innermost(doc, subjects)) {
    const colon = head.contentMatch.indexOf(':')
    if (colon > 0 && head.contentMatch.slice(colon + 1).trim()) items.push(...inlineItems(doc, head, colon + 1))
    const children = sectionItems(doc, head.index)
    for (const p of children.length ? children : sectionBody(doc, head.index).slice(0, 1)) {
      // "Tập thể: các cơ quan …" → the part after the short label.
      const label = /^[^:]{1,20}:\s*/u.exec(p.contentMatch)?.[0].length ?? 0
      items.push(...(children.length ? [item(doc, p, label)] : inlineItems(doc, p, label)))
      used.add(p.index)
    }
  }
  for (const p of doc.paragraphs.slice(from, to)) {
    const label = /^Đối tượng(?: thi đua| tham gia)?\s*:\s*/iu.exec(p.contentMatch)
    if (label && !used.has(p.index) && !subjects.includes(p)) items.push(...inlineItems(doc, p, label[0].length))
  }
  if (items.length) return foundList(items)
  for (const head of findHeadings(doc, CRITERIA, from, to)) {
    for (const p of sectionBody(doc, head.index)) {
      const m = ADDRESSEE.exec(p.contentMatch)
      if (m && isHeading(p) && p.level <= 5) items.push(item(doc, p, m[0].length))
    }
  }
  return foundList(items)
}
