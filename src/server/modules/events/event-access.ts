// The event a request points at: it must exist and its organization lie in the caller's subtree. Writes lock
// its row first, so that counting attendees against the cap and the chairs' limit cannot race.
import { assertCan, type Actor, type Permission } from '../../auth/policy.ts'
import { AppError, notFound, staleVersion } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import { viDate } from '../../../rules/dates.ts'
import { EVENT_KIND_LABELS, EVENT_STATUS_LABELS, type EventStatus } from '../../../shared/events.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { findEvent, lockEventRow, type EventRecord } from './events.repository.ts'

/** "Lễ phát động thi đua «…» ngày 20/08/2025" */
export const eventLabel = (e: Pick<EventRecord, 'kind' | 'title' | 'eventDate'>) => `${EVENT_KIND_LABELS[e.kind]} «${e.title}» ngày ${viDate(e.eventDate)}`

/** The label inside a sentence: "lễ phát động thi đua «…» ngày 20/08/2025". */
export const eventPhrase = (e: Pick<EventRecord, 'kind' | 'title' | 'eventDate'>) => {
  const label = eventLabel(e)
  return label.charAt(0).toLowerCase() + label.slice(1)
}

export async function loadEvent(db: Db, actor: Actor, id: string, permission: Permission): Promise<EventRecord> {
  const event = await findEvent(db, actor.provinceId, id)
  if (!event) throw notFound('sự kiện')
  assertCan(actor, permission, event.organizationPath)
  return event
}

/** Inside a write's transaction: checks access, then locks the row and reads it again as it now stands. */
export async function lockEvent(tx: Db, actor: Actor, id: string): Promise<EventRecord> {
  await loadEvent(tx, actor, id, 'event.write')
  await lockEventRow(tx, actor.provinceId, id)
  return (await findEvent(tx, actor.provinceId, id))!
}

export function assertVersion(event: EventRecord, version: number): void {
  if (event.version !== version) throw staleVersion(eventLabel(event))
}

/** Refuses a change the event's status no longer allows, saying what the status is. */
export function assertStatus(event: EventRecord, allowed: (status: EventStatus) => boolean, what: string): void {
  if (!allowed(event.status)) {
    throw new AppError('CONFLICT', `${eventLabel(event)} đang ở trạng thái "${EVENT_STATUS_LABELS[event.status]}": không thể ${what}.`)
  }
}

/** Check-in and pledge signing happen on the day: not before the event's date. */
export function assertOnTheDay(event: EventRecord, field: string, what: string): void {
  if (todayInVietnam() < event.eventDate) {
    const message = `chỉ ${what} từ ngày tổ chức (${viDate(event.eventDate)})`
    throw new AppError('VALIDATION', `${eventLabel(event)}: ${message}.`, { [field]: message })
  }
}
