// The event a plan organises (lễ phát động, hội nghị điển hình tiên tiến, đại hội thi đua): its
// kind, when it is held, how many programme items and participant groups it lists, the cap on
// delegates, how many chair it and where the money comes from.

import { firstTimeRange } from './dates.ts'
import type { Doc } from './document.ts'
import { found, type Found } from './found.ts'
import { findHeadings, sectionItems, sectionBody } from './sections.ts'

export interface PlanEvent {
  kind: string
  when: string | null
  agenda_items: number | null
  participants_groups: number | null
  max_delegates: number | null
  chairs: number | null
  funding: string | null
}

const KINDS: [RegExp, string][] = [
  [/lễ phát động/iu, 'le_phat_dong'],
  [/hội nghị[^.;]*điển hình tiên tiến/iu, 'hoi_nghi_dien_hinh_tien_tien'],
  [/đại hội thi đua/iu, 'dai_hoi_thi_dua'],
  [/hội nghị/iu, 'hoi_nghi'],
  [/lễ/iu, 'le'],
]

function count(doc: Doc, pattern: RegExp, from: number, to: number): number | null {
  const head = findHeadings(doc, pattern, from, to)[0]
  if (!head) return null
  const items = sectionItems(doc, head.index)
  return items.length || null
}

export function readEvent(doc: Doc, title: string | null, from: number, to: number): Found<PlanEvent | null> {
  const agenda = findHeadings(doc, /^chương trình(?![\p{L}\d])/iu, from, to)[0]
  if (!agenda) return found(null)
  const named = `${agenda.contentMatch} ${title ?? ''}`
  const kind = KINDS.find(([pattern]) => pattern.test(named))?.[1]
  if (!kind) return found(null)
  const base = doc.paragraphs[from]?.start ?? 0
  const body = doc.match.slice(base, doc.paragraphs[to - 1]?.end ?? doc.match.length)
  const timing = /Thời gian tổ chức[^:\n]*:\s*([^\n]*)/iu.exec(body)?.[1] ?? sectionBody(doc, findHeadings(doc, /^thời gian tổ chức/iu, from, to)[0]?.index ?? -1).map((p) => p.match).join(' ')
  const quarter = /quý\s+(IV|I{1,3}|[1-4])\s*(?:\/|năm)\s*(\d{4})/iu.exec(timing)
  const quarters: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 }
  const when = quarter ? `${quarter[2]}-Q${quarters[(quarter[1] as string).toLowerCase()] ?? quarter[1]}` : (firstTimeRange(timing)?.from ?? null)
  const delegates = /không quá\s+(\d+)\s+đại biểu/iu.exec(body)
  const chairs = /chủ trì[^\n]*?\((\d+)\s+người\)/iu.exec(body)
  const funding = /từ\s+(quỹ [^.;,\n]+)/iu.exec(body)
  const fundingStart = funding ? base + funding.index + funding[0].length - (funding[1] as string).length : 0
  return found(
    {
      kind,
      when,
      agenda_items: sectionItems(doc, agenda.index).length || null,
      participants_groups: count(doc, /^thành phần/iu, from, to),
      max_delegates: delegates ? Number(delegates[1]) : null,
      chairs: chairs ? Number(chairs[1]) : null,
      funding: funding ? doc.text.slice(fundingStart, fundingStart + (funding[1] as string).length).trim() : null,
    },
    [{ start: agenda.start, end: agenda.end }],
  )
}
