import { randomUUID } from 'node:crypto'
import { inScope } from '../../auth/policy.ts'
import { forbidden, fromDatabaseError, notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { ATTENDEE_ROLE_LABELS, canChangeAttendees } from '../../../shared/events.ts'
import { vietnameseNameSortKey } from '../../../shared/vietnamese.ts'
import { findPersonWithPath } from '../people/people.repository.ts'
import { assertChairRoom, assertGroup, assertRoom } from './attendee-checks.ts'
import { insertAttendee } from './attendees.repository.ts'
import { assertStatus, eventPhrase, lockEvent } from './event-access.ts'
import { auditEvent } from './event-audit.ts'
import type { EventDetail } from './event-view.ts'
import type { AddAttendeeInput } from './events.schemas.ts'
import { reloadEvent } from './get-event.ts'

/**
 * Invites one attendee: a person of the registry in the caller's scope (name, post and unit taken from it unless
 * typed) or a name, post and unit typed in (an official from outside). Beyond the delegate cap or the chairs'
 * limit nothing is written. Once the invitations went out, a late invitee's invitation is issued at once.
 */
export async function addAttendee(ctx: UseCaseContext, id: string, input: AddAttendeeInput): Promise<EventDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const event = await lockEvent(tx, actor, id)
    assertStatus(event, canChangeAttendees, 'thêm đại biểu')
    const found = input.personId ? await findPersonWithPath(tx, actor.provinceId, input.personId) : undefined
    if (input.personId && !found) throw notFound('cá nhân')
    if (found && !inScope(actor, found.organizationPath)) throw forbidden('Cá nhân này thuộc đơn vị ngoài phạm vi quản lý của bạn; hãy nhập họ tên, chức vụ, đơn vị.')
    await assertGroup(tx, actor.provinceId, event, input.groupId)
    assertRoom(event, 1)
    if (input.role === 'chair') await assertChairRoom(tx, actor.provinceId, event, (n) => n + 1)
    const fullName = input.fullName ?? found!.person.fullName
    const attendee = {
      id: randomUUID(), groupId: input.groupId ?? null, personId: found?.person.id ?? null, fullName,
      position: input.position === undefined ? (found?.person.position ?? null) : input.position,
      unitName: input.unitName === undefined ? (found?.person.organizationName ?? null) : input.unitName,
      role: input.role, seat: input.seat ?? null, sortKey: vietnameseNameSortKey(fullName), invited: event.status !== 'draft',
    }
    await insertAttendee(tx, actor.provinceId, id, attendee).catch((error: unknown) => {
      const message = `${fullName} đã có trong danh sách đại biểu`
      throw fromDatabaseError(error, { event_attendees_person_once: { field: 'personId', message } })
    })
    await auditEvent(tx, ctx, event, {
      action: 'add_attendee', summary: `Mời ${fullName} (${ATTENDEE_ROLE_LABELS[input.role].toLowerCase()}) dự ${eventPhrase(event)}`, after: attendee,
    })
    return reloadEvent(ctx, tx, id)
  })
}
