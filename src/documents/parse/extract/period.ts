// Thời gian thi đua: the campaign period as written ("từ nay đến hết năm 2025") with its ISO ends,
// and the phases ("Đợt 1: Từ khi phát động (tháng 8/2024) đến tháng 7/2025") with their review
// (sơ kết / tổng kết) when the phase names one.

import { firstTimeRange, readPeriod } from './dates.ts'
import type { Doc, Paragraph, Span } from './document.ts'
import { found, type Found } from './found.ts'
import { boundaryLevel, isHeading, sectionBody, textOf, trimSpan } from './sections.ts'

export interface Period {
  from: string | null
  to: string | null
  as_written: string | null
}

export interface Phase {
  name: string
  from: string | null
  to: string | null
  review: string | null
  review_date: string | null
}

const PHASE = /^((?:Đợt|Giai đoạn)\s+(?:\d{1,2}|[IVX]{1,4}|thứ nhất|thứ hai|thứ ba|thứ tư|một|hai|ba|bốn))(?![\p{L}\d])\s*[:(\-–.]?\s*/iu

export function readPhases(doc: Doc, from: number, issued: string | null): Found<Phase[]> {
  const phases: Phase[] = []
  const spans: Span[] = []
  for (const p of doc.paragraphs.slice(from)) {
    const m = PHASE.exec(p.contentMatch)
    if (!m?.[1]) continue
    const range = readPeriod(p.contentMatch.slice(m[0].length), issued)
    if (!range.from && !range.to) continue
    let review: string | null = null
    let reviewDate: string | null = null
    for (const q of sectionBody(doc, p.index)) {
      if (PHASE.test(q.contentMatch)) break
      const r = /(sơ kết|tổng kết)/iu.exec(q.match)
      const when = r ? firstTimeRange(q.match.slice(r.index)) : null
      if (r?.[1] && when) {
        review = r[1].toLowerCase()
        reviewDate = when.from
        break
      }
    }
    phases.push({ name: p.content.slice(0, m[1].length), from: range.from, to: range.to, review, review_date: reviewDate })
    spans.push(trimSpan(doc, p.contentStart, p.end))
  }
  return found(phases, spans)
}

const PERIOD_HEADING = /^thời gian(?: thi đua| thực hiện| phát động| triển khai)?(?:\s|$|:)/iu
const NOT_PERIOD = /^thời gian (?:gửi|nộp|tổ chức (?:lễ|hội nghị|đại hội))/iu
const PERIOD_LABEL = /(?:^|\s)Thời gian(?: (?:thi đua|thực hiện|tổ chức|triển khai|phát động))?\s*:\s*/iu
/** Words that make a text a period even without a date ("từ ngày phát động đến khi …"). */
const PERIOD_WORDS = /(?:^|\s)(?:từ|đến|khi|ngày|tháng|quý|năm)(?:\s|$)/iu

function periodText(doc: Doc, from: number): { paragraph: Paragraph; offset: number } | null {
  const paragraphs = doc.paragraphs.slice(from)
  for (const p of paragraphs) {
    if (!isHeading(p) || !PERIOD_HEADING.test(p.contentMatch) || NOT_PERIOD.test(p.contentMatch)) continue
    const colon = p.contentMatch.indexOf(':')
    if (colon > 0 && p.contentMatch.slice(colon + 1).trim()) return { paragraph: p, offset: p.contentStart - p.start + colon + 1 }
    const next = sectionBody(doc, p.index).find((q) => boundaryLevel(q) > 5 && !PHASE.test(q.contentMatch))
    if (next) return { paragraph: next, offset: next.contentStart - next.start }
  }
  for (const p of paragraphs) {
    const m = PERIOD_LABEL.exec(p.match)
    if (m && !NOT_PERIOD.test(p.contentMatch)) return { paragraph: p, offset: m.index + m[0].length }
  }
  return null
}

/** The period from its own heading or label; with phases, from the first phase's start to the last one's end. */
export function readCampaignPeriod(doc: Doc, from: number, issued: string | null, phases: Found<Phase[]>): Found<Period | null> {
  const first = phases.value[0]
  const last = phases.value[phases.value.length - 1]
  if (first && last) return found({ from: first.from, to: last.to, as_written: null }, phases.spans)
  const text = periodText(doc, from)
  if (!text) return found(null)
  const { paragraph: p, offset } = text
  const sentence = p.match.slice(offset).split(/(?<=\.)\s/)[0] as string
  const since = /(?:^|\s)((?:kể )?từ)\s/iu.exec(sentence)
  const start = p.start + offset + (since ? since.index + since[0].indexOf(since[1] as string) : 0)
  const span = trimSpan(doc, start, p.start + offset + sentence.length)
  const written = doc.match.slice(span.start, span.end)
  const range = readPeriod(written, issued)
  if (!range.from && !range.to && !PERIOD_WORDS.test(written)) return found(null)
  return found({ from: range.from, to: range.to, as_written: textOf(doc, span) }, [span])
}
