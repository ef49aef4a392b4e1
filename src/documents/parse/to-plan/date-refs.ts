// Dates of a parsed plan as the plan model holds them: partial ISO dates from the parser ("2025-08",
// "2025") widened to a first or last day, times read from a deadline's wording, and dates written
// relative to an event ("sau 20 ngày tổ chức Đại hội Đảng bộ xã …", "đến khi Đại hội XIV thành công"),
// whose events are collected with no date (it is set later). Pure.

import type { DateRef, PlanEvent } from '../../../shared/campaign-plan.ts'
import { foldAccents } from '../../../shared/vietnamese.ts'
import { firstTimeRange } from '../extract/dates.ts'
import { DOCUMENT_NUMBER } from '../extract/legal-bases.ts'

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

const pad = (n: number) => String(n).padStart(2, '0')
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** "2025-08" → "2025-08-01", "2025" → "2025-01-01"; null for anything else. */
export function firstDayOf(partial: string | null): string | null {
  const m = partial ? PARTIAL.exec(partial) : null
  if (!m) return null
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`
}

/** "2025-08" → "2025-08-31", "2025" → "2025-12-31"; null for anything else. */
export function lastDayOf(partial: string | null): string | null {
  const m = partial ? PARTIAL.exec(partial) : null
  if (!m) return null
  const year = Number(m[1])
  const month = Number(m[2] ?? 12)
  return `${year}-${pad(month)}-${m[3] ?? pad(lastDay(year, month))}`
}

/** The events a plan's dates refer to, each named once. */
export class EventList {
  readonly events: PlanEvent[] = []

  /** The id of the event with this name, added (with no date) the first time it is named. */
  idOf(name: string): string {
    const key = foldAccents(name).toLowerCase()
    const known = this.events.find((e) => foldAccents(e.name).toLowerCase() === key)
    if (known) return known.id
    const id = `su-kien-${this.events.length + 1}`
    this.events.push({ id, name, date: null })
    return id
  }
}

// What closes an event's name: punctuation, a new clause, or the words after it.
const NAME_END = /\s*(?:[,;:.()]|\s(?:thành công|kết thúc|để|và gửi|gửi|về|cho|tại|theo)(?![\p{L}\d])).*$/iu
const EVENT_LEAD = /^(?:khi\s+)?(?:(?:tổ chức|kết thúc|diễn ra|bế mạc|khai mạc)\s+)*(?:thành công\s+)?/iu

/** "tổ chức Đại hội Đảng bộ xã nhiệm kỳ 2025-2030, …" → "Đại hội Đảng bộ xã nhiệm kỳ 2025-2030". */
function eventName(after: string): string | null {
  const name = after.replace(EVENT_LEAD, '').replace(NAME_END, '').trim()
  return /^\p{Lu}/u.test(name) && name.length >= 4 && name.length <= 300 ? name : null
}

const AFTER_DAYS = /(?:sau\s+(\d{1,3})\s+ngày|(\d{1,3})\s+ngày\s+sau|trong vòng\s+(\d{1,3})\s+ngày\s+(?:sau|kể từ)(?:\s+khi)?)\s+(.+)$/iu
const BEFORE_DAYS = /(?:trước\s+(\d{1,3})\s+ngày|(\d{1,3})\s+ngày\s+trước)\s+(?:khi\s+)?(.+)$/iu
const UNTIL_EVENT = /(?:đến|tới)\s+khi\s+(.+)$/iu

/** A date written relative to an event: "20 ngày sau …" (+20), "trước 5 ngày …" (−5). */
export function relativeRef(text: string, events: EventList): DateRef | null {
  const after = AFTER_DAYS.exec(text)
  const before = after ? null : BEFORE_DAYS.exec(text)
  const days = after ? Number(after[1] ?? after[2] ?? after[3]) : before ? -Number(before[1] ?? before[2]) : null
  const name = eventName((after?.[4] ?? before?.[3] ?? '') as string)
  if (days === null || !name || Math.abs(days) > 366) return null
  return { kind: 'event', eventId: events.idOf(name), offsetDays: days }
}

/** The end of a period written as "… đến khi <event> thành công": the event's day. */
export function untilEventRef(text: string, events: EventList): DateRef | null {
  const m = UNTIL_EVENT.exec(text)
  const name = m ? eventName(m[1] as string) : null
  return name ? { kind: 'event', eventId: events.idOf(name), offsetDays: 0 } : null
}

const CITED_DATE = new RegExp(`${DOCUMENT_NUMBER.source}[\\s,]*ngày\\s+[\\d/.-]+`, 'gu')

/** The last day of the first time the text sets itself ("trong tháng 8/2025" → 2025-08-31), not a cited document's date. */
export function absoluteDue(text: string): string | null {
  return lastDayOf(firstTimeRange(text.replace(CITED_DATE, ' '))?.to ?? null)
}
