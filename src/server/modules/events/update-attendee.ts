import { AppError, notFound, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { canChangeAttendees, canRecordOnTheDay } from '../../../shared/events.ts'
import { vietnameseNameSortKey } from '../../../shared/vietnamese.ts'
import { assertChairRoom, assertGroup } from './attendee-checks.ts'
import { findAttendee, updateAttendeeRow } from './attendees.repository.ts'
import { assertOnTheDay, assertStatus, eventPhrase, lockEvent } from './event-access.ts'
import { auditEvent } from './event-audit.ts'
import type { EventDetail } from './event-view.ts'
import type { UpdateAttendeeInput } from './events.schemas.ts'
import { reloadEvent } from './get-event.ts'

/**
 * Changes an attendee (with its version): name, post, unit, group and role while the list may change; the seat
 * and the check-in on the day (present or absent, who checked and when) until the event is settled.
 */
export async function updateAttendee(ctx: UseCaseContext, id: string, attendeeId: string, input: UpdateAttendeeInput): Promise<EventDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const event = await lockEvent(tx, actor, id)
    const current = await findAttendee(tx, actor.provinceId, id, attendeeId)
    if (!current) throw notFound('đại biểu')
    const label = `Đại biểu ${current.fullName}`
    if (input.version !== current.version) throw staleVersion(label)
    const next = {
      fullName: input.fullName ?? current.fullName,
      position: input.position === undefined ? current.position : input.position,
      unitName: input.unitName === undefined ? current.unitName : input.unitName,
      groupId: input.groupId === undefined ? current.groupId : input.groupId,
      role: input.role ?? current.role,
      seat: input.seat === undefined ? current.seat : input.seat,
    }
    const listChanged = next.fullName !== current.fullName || next.position !== current.position || next.unitName !== current.unitName
      || next.groupId !== current.groupId || next.role !== current.role
    if (listChanged) assertStatus(event, canChangeAttendees, 'sửa danh sách đại biểu')
    if (next.seat !== current.seat || input.attended !== undefined) assertStatus(event, canRecordOnTheDay, 'xếp chỗ ngồi, điểm danh')
    if (input.attended !== undefined) assertOnTheDay(event, 'attended', 'điểm danh')
    if (input.attended !== undefined && current.invitedAt === null) {
      throw new AppError('VALIDATION', `${label} chưa được phát hành giấy mời.`, { attended: 'Có mặt: đại biểu chưa được phát hành giấy mời' })
    }
    if (next.groupId !== current.groupId) await assertGroup(tx, actor.provinceId, event, next.groupId)
    if (next.role === 'chair' && current.role !== 'chair') await assertChairRoom(tx, actor.provinceId, event, (n) => n + 1)
    const moved = await updateAttendeeRow(tx, actor.provinceId, id, attendeeId, { ...next, sortKey: vietnameseNameSortKey(next.fullName), attended: input.attended, actorId: actor.accountId }, input.version)
    if (!moved) throw staleVersion(label)
    const checkIn = input.attended === undefined ? '' : input.attended ? ' — có mặt' : ' — vắng mặt'
    await auditEvent(tx, ctx, event, {
      action: input.attended === undefined ? 'update_attendee' : 'check_in', summary: `${label}${checkIn} (${eventPhrase(event)})`,
      before: { ...current, version: undefined }, after: { ...next, ...(input.attended === undefined ? {} : { attended: input.attended }) },
    })
    return reloadEvent(ctx, tx, id)
  })
}
