// Tiêu chuẩn khen thưởng: the text under a heading about award standards ("Đối tượng, tiêu
// chuẩn khen thưởng"), without a leading "Đối với …:" qualifier.

import type { Doc } from './document.ts'
import { found, type Found } from './found.ts'
import { findHeadings, sectionBody, textOf, trimSpan } from './sections.ts'

export function readStandards(doc: Doc, from: number, to: number): Found<string | null> {
  for (const head of findHeadings(doc, /tiêu chuẩn(?:[^.]*khen thưởng)?/iu, from, to)) {
    if (/thi đua/iu.test(head.contentMatch) && !/khen thưởng/iu.test(head.contentMatch)) continue
    const colon = head.contentMatch.indexOf(':')
    const first = colon > 0 && head.contentMatch.slice(colon + 1).trim() ? head : sectionBody(doc, head.index)[0]
    if (!first) continue
    const skip = first === head ? colon + 1 : (/^Đối với[^:]{0,150}:\s*/u.exec(first.contentMatch)?.[0].length ?? 0)
    const span = trimSpan(doc, first.contentStart + skip, first.end)
    return found(textOf(doc, span), [span])
  }
  return found(null)
}
