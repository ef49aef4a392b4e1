// How a plan words its dates: "ngày 31/08/2025", or relative to an event whose date is not
// set yet: "20 ngày sau Đại hội Đảng bộ xã" (the event's date, once known, resolves it).
import { resolveDateRef, type DateRef, type PlanEvent } from '../../shared/campaign-plan.ts'

/** "2025-08-31" → "31/08/2025". */
export function formatShortDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-')
  return `${day}/${month}/${year}`
}

/** The plan's events with dates known outside the plan (the calendar) filled in. */
export function eventsWithDates(events: readonly PlanEvent[], eventDates: Record<string, string> = {}): PlanEvent[] {
  return events.map((event) => ({ ...event, date: eventDates[event.id] ?? event.date }))
}

/**
 * "ngày 31/08/2025" when the date is known; otherwise the relative wording:
 * "20 ngày sau Đại hội …", "5 ngày trước Đại hội …", "ngày diễn ra Đại hội …".
 */
export function dateRefPhrase(ref: DateRef, events: readonly PlanEvent[]): string {
  if (ref.kind === 'date') return `ngày ${formatShortDate(ref.date)}`
  const resolved = resolveDateRef(ref, events)
  if (resolved !== null) return `ngày ${formatShortDate(resolved)}`
  const name = events.find((e) => e.id === ref.eventId)?.name ?? 'sự kiện chưa xác định'
  if (ref.offsetDays === 0) return `ngày diễn ra ${name}`
  return `${Math.abs(ref.offsetDays)} ngày ${ref.offsetDays > 0 ? 'sau' : 'trước'} ${name}`
}
