// Chủ đề (theme) and khẩu hiệu (slogans) of a campaign: quoted after "chủ đề:" / "khẩu hiệu", or
// the paragraph under a "Chủ đề thi đua" / "Khẩu hiệu" heading; "thi đua với tinh thần “…”" is a slogan.

import type { Doc, Paragraph } from './document.ts'
import { found, foundList, type Found } from './found.ts'
import { quotesIn } from './quotes.ts'
import { findHeadings, innermost, isHeading, trimSpan, textOf } from './sections.ts'

function quoted(doc: Doc, p: Paragraph, from: number) {
  return quotesIn(p.match, from).map((q) => {
    const span = trimSpan(doc, p.start + q.start, p.start + q.end)
    return { value: textOf(doc, span), span }
  })
}

export function readTheme(doc: Doc, from: number): Found<string | null> {
  const paragraphs = doc.paragraphs.slice(from)
  for (const p of paragraphs) {
    if (isHeading(p) && /^chủ đề(?: thi đua)?\s*$/iu.test(p.contentMatch.replace(/[:.]\s*$/, ''))) {
      const next = doc.paragraphs[p.index + 1]
      if (!next) continue
      const [q] = quoted(doc, next, 0)
      const span = q ? q.span : trimSpan(doc, next.contentStart, next.end)
      return found(textOf(doc, span), [span])
    }
    const label = /chủ đề[^“”":.;]{0,40}:?\s*(?=[“"])/iu.exec(p.match)
    if (label) {
      const [q] = quoted(doc, p, label.index + label[0].length)
      if (q) return found(q.value, [q.span])
    }
  }
  return found(null)
}

export function readSlogans(doc: Doc, from: number): Found<string[]> {
  const items: ReturnType<typeof quoted> = []
  const headings = innermost(doc, findHeadings(doc, /khẩu hiệu/iu, from))
  for (const p of doc.paragraphs.slice(from)) {
    if (isHeading(p) && /khẩu hiệu/iu.test(p.contentMatch)) {
      if (!headings.includes(p)) continue
      const inline = quoted(doc, p, 0)
      const next = doc.paragraphs[p.index + 1]
      if (inline.length) items.push(...inline)
      else if (next && !isHeading(next)) {
        const listed = quoted(doc, next, 0)
        // An unquoted slogan on its own line under the heading.
        const span = trimSpan(doc, next.contentStart, next.end)
        items.push(...(listed.length ? listed : next.text.length <= 200 ? [{ value: textOf(doc, span), span }] : []))
      }
      continue
    }
    const slogan = /khẩu hiệu|thi đua[^.;“”"]{0,40}với tinh thần\s*(?=[“"])/iu.exec(p.match)
    if (slogan) items.push(...quoted(doc, p, slogan.index))
  }
  return foundList(items)
}
