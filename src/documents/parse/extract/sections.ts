// Section structure from markers: a heading's body runs until the next paragraph at the same or a
// higher level; upper-case unnumbered lines and the "Nơi nhận" block close sections too.

import type { Doc, Paragraph, Span } from './document.ts'

/** The level at which a paragraph closes open sections (9: it never does). */
export function boundaryLevel(p: Paragraph): number {
  if (/^Nơi nhận/u.test(p.match)) return 0
  if (p.level < 9) return p.level
  return p.upper && p.text.length <= 120 ? 1 : 9
}

/** Paragraphs under heading `i`, up to the next heading at its level or above. */
export function sectionBody(doc: Doc, i: number): Paragraph[] {
  const head = doc.paragraphs[i]
  if (!head) return []
  const level = Math.min(head.level, boundaryLevel(head))
  const body: Paragraph[] = []
  for (const p of doc.paragraphs.slice(i + 1)) {
    if (boundaryLevel(p) <= level) break
    body.push(p)
  }
  return body
}

/** The top-level items of a section: its marked paragraphs at the highest level present. */
export function sectionItems(doc: Doc, i: number, options: { withDashes?: boolean } = {}): Paragraph[] {
  const body = sectionBody(doc, i)
  const maxLevel = options.withDashes === false ? 5 : 7
  const levels = body.map((p) => p.level).filter((l) => l <= maxLevel)
  if (!levels.length) return []
  const top = Math.min(...levels)
  return body.filter((p) => p.level === top)
}

/** A numbered heading or an upper-case line short enough to be a title, whose content matches. */
export function isHeading(p: Paragraph): boolean {
  return (p.level <= 5 || p.upper) && p.content.length <= 140
}

export function findHeadings(doc: Doc, pattern: RegExp, from = 0, to = doc.paragraphs.length): Paragraph[] {
  return doc.paragraphs.slice(from, to).filter((p) => isHeading(p) && pattern.test(p.contentMatch))
}

/** Of nested matching headings ("III. ĐỐI TƯỢNG, THỜI GIAN" › "1. Đối tượng thi đua") keep the innermost. */
export function innermost(doc: Doc, headings: Paragraph[]): Paragraph[] {
  return headings.filter((h) => !sectionBody(doc, h.index).some((p) => headings.includes(p)))
}

/** Trim whitespace, list punctuation and "./." off [start, end) of the text, and quotes that wrap all of it. */
export function trimSpan(doc: Doc, start: number, end: number): Span {
  let s = start
  let e = end
  const strip = /[\s;,.:!?*/]/u
  while (s < e && strip.test(doc.text[s] as string)) s++
  while (e > s && strip.test(doc.text[e - 1] as string)) e--
  const inner = doc.text.slice(s + 1, e - 1)
  if (e - s > 2 && /[“"]/u.test(doc.text[s] as string) && /[”"]/u.test(doc.text[e - 1] as string) && !/[“”"]/u.test(inner)) return trimSpan(doc, s + 1, e - 1)
  return { start: s, end: e }
}

export function textOf(doc: Doc, span: Span): string {
  return doc.text.slice(span.start, span.end)
}
