// Numbers of the documents the preamble cites: "Chỉ thị số 39/CT-TTg", "Kế hoạch số 287-KH/TU",
// "Nghị định số 98/2023/NĐ-CP". A number is digits, an optional year, then a symbol of capitals.

import type { Paragraph } from './document.ts'
import type { Doc } from './document.ts'
import { foundList, type Found } from './found.ts'

export const DOCUMENT_NUMBER = /(?<![\p{L}\d/-])\d{1,5}[a-z]?(?:\/\d{4})?(?:\s?\/|-)\s?[\p{Lu}][\p{L}\d]*(?:\s?[-/]\s?[\p{Lu}\d][\p{L}\d&]*)*/gu

export function readLegalBases(doc: Doc, preamble: Paragraph[]): Found<string[]> {
  const items = preamble.flatMap((p) =>
    [...p.match.matchAll(DOCUMENT_NUMBER)].map((m) => ({
      value: p.text.slice(m.index, m.index + m[0].length).replace(/\s+/g, ''),
      span: { start: p.start + m.index, end: p.start + m.index + m[0].length },
    })),
  )
  return foundList(items)
}
