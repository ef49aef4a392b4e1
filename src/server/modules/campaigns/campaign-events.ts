// Event dates as they stand now. A plan's event gets its date, in this order, from:
//   1. a date entered after issue (campaign_event_dates; issued content stays immutable),
//   2. the date written in the plan's content,
//   3. the same event (same local id) of a parent plan, recursively — an answering plan copies its
//      parent's events with their ids, so "Đại hội XIV" dated on the provincial plan dates every
//      commune plan that reuses it (journey A4).
// Pure: the caller loads the plans and their ancestors.
import type { PlanEvent } from '../../../shared/campaign-plan.ts'

export interface EventSource {
  id: string
  parentIds: readonly string[]
  events: readonly PlanEvent[]
  /** Dates entered after issue, by event id. */
  entered: Readonly<Record<string, string>>
}

/** Effective dates of the plan's own events, by event id (undated events are left out). */
export function effectiveEventDates(id: string, sources: ReadonlyMap<string, EventSource>, cache = new Map<string, Record<string, string>>(), visiting = new Set<string>()): Record<string, string> {
  const cached = cache.get(id)
  if (cached) return cached
  const source = sources.get(id)
  if (!source || visiting.has(id)) return {}
  visiting.add(id)
  let inherited: Record<string, string> | undefined
  const dates: Record<string, string> = {}
  for (const event of source.events) {
    let date = source.entered[event.id] ?? event.date ?? undefined
    if (!date) {
      inherited ??= Object.assign({}, ...[...source.parentIds].reverse().map((parentId) => effectiveEventDates(parentId, sources, cache, visiting))) as Record<string, string>
      date = inherited[event.id]
    }
    if (date) dates[event.id] = date
  }
  visiting.delete(id)
  cache.set(id, dates)
  return dates
}

/** The plan's events carrying their effective dates, ready for resolveDateRef. */
export function datedEvents(events: readonly PlanEvent[], dates: Readonly<Record<string, string>>): PlanEvent[] {
  return events.map((e) => ({ ...e, date: dates[e.id] ?? null }))
}
