// Thời hạn: when reviews take place ("sơ kết … trong tháng 8/2025"), when the event is held
// ("Thời gian tổ chức: … quý I năm 2025"), and when reports or dossiers are due ("Hồ sơ … gửi về …
// sau 20 ngày …", "gửi báo cáo … trước ngày 15/11"). Near-identical repeats are kept once.

import { firstTimeRange } from './dates.ts'
import type { Doc, Paragraph, Span } from './document.ts'
import { found, type Found } from './found.ts'
import { DOCUMENT_NUMBER } from './legal-bases.ts'
import { isHeading, sectionBody, trimSpan } from './sections.ts'
import { wordOverlap } from './similarity.ts'

const REVIEW = /(sơ kết|tổng kết)/giu
const REVIEW_TIME = /^[^.;]*?\s(?:trong|vào|trước|chậm nhất|dự kiến|cuối|đầu)\s+(?:ngày|tháng|quý|năm)\s*\d/iu
const SUBMIT = /(?:gửi|nộp)\s+(?:báo cáo|hồ sơ|văn bản|danh sách|kết quả|bản đăng ký|đăng ký|về|đến|lên)|(?:hồ sơ|báo cáo|danh sách|kết quả)[^.;]{0,80}?\s(?:gửi|nộp)\s/iu
const DUE = /(?:^|\s)(?:sau khi|khi kết thúc|sau \d+ ngày|chậm nhất|trước ngày|trong vòng)(?:\s|$)/iu
const DUE_LABEL = /(?:Thời hạn|Thời gian)\s+(?:gửi|nộp)[^:]{0,80}:\s*/iu
const EVENT_HEADING = /^thời gian tổ chức/iu
const EVENT_LABEL = /Thời gian tổ chức[^:.;]{0,60}:\s*/iu
const DUE_HEADING = /^(?:thời gian|thời hạn)[^.]{0,20}(?:gửi|nộp)|^thời hạn/iu

const CITED_DATE = new RegExp(`${DOCUMENT_NUMBER.source}[\\s,]*ngày\\s+[\\d/.-]+`, 'gu')

/** A time the text sets itself, not the date of a cited document ("Kế hoạch số 133/KH-UBND ngày 13/7/2023"). */
function ownTime(text: string) {
  return firstTimeRange(text.replace(CITED_DATE, ' '))
}

interface Candidate {
  value: string
  span: Span
  keys: string[]
}

function clauses(p: Paragraph): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = []
  let start = p.contentStart - p.start
  for (const part of p.match.slice(start).split(/(?<=[.;])\s+/u)) {
    out.push({ text: part, start: p.start + start })
    start += part.length + 1
  }
  return out
}

function clean(text: string): string {
  return text
    .replace(/\s*\([^)]*\)/gu, '')
    .replace(/^(?:Dự kiến\s+)?(?:Tổ chức\s+)?(?=(?:sơ|tổng) kết)/iu, '')
    .replace(/\s+để\s+.*$/u, '')
    .replace(/^(?:Đối với|Thời gian|Thời hạn)[^:]{0,120}:\s*/iu, '')
    .replace(/[\s.;,]+$/u, '')
    .trim()
}

export function readDeadlines(doc: Doc, from: number, to: number): Found<string[]> {
  const out: Candidate[] = []
  const add = (start: number, end: number, keys: string[] = []) => {
    const span = trimSpan(doc, start, end)
    const value = clean(doc.text.slice(span.start, span.end))
    if (!value) return
    // Reviews are told apart by kind and date ("sơ kết 2025-08" ≠ "tổng kết 2026-08"), other items by wording.
    if (keys.length && keys.every((k) => out.some((c) => c.keys.includes(k)))) return
    if (out.some((c) => (!keys.length || !c.keys.length) && wordOverlap(c.value, value) >= 0.6)) return
    out.push({ value, span, keys })
  }
  const paragraphs = doc.paragraphs.slice(from, to)
  for (const p of paragraphs) {
    if (isHeading(p) && (EVENT_HEADING.test(p.contentMatch) || DUE_HEADING.test(p.contentMatch))) {
      for (const q of sectionBody(doc, p.index)) if (ownTime(q.match) || DUE.test(q.match)) add(q.contentStart, q.end)
    }
    const label = EVENT_LABEL.exec(p.match) ?? DUE_LABEL.exec(p.match)
    if (label && (ownTime(p.match) || DUE.test(p.match))) add(p.start + label.index + label[0].length, p.end)
  }
  for (const p of paragraphs) {
    for (const c of clauses(p)) {
      const keys: string[] = []
      for (const r of c.text.matchAll(REVIEW)) {
        const tail = c.text.slice(r.index)
        const when = REVIEW_TIME.test(tail) ? ownTime(tail) : null
        if (when?.from) keys.push(`${(r[1] as string).toLowerCase()} ${when.from}`)
      }
      if (keys.length) {
        add(c.start, c.start + c.text.length, keys)
        continue
      }
      const submit = SUBMIT.exec(c.text)
      if (submit && (DUE.test(c.text) || ownTime(c.text))) {
        const start = /^(?:hồ sơ|báo cáo)/iu.test(submit[0]) ? submit.index : 0
        add(c.start + start, c.start + c.text.length)
      }
    }
  }
  return found(
    out.map((c) => c.value),
    out.map((c) => c.span),
  )
}
