import { randomUUID } from 'node:crypto'
import { AppError, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { canChangeAttendees } from '../../../shared/events.ts'
import { listAttendees } from './attendees.repository.ts'
import { assertStatus, assertVersion, eventLabel, eventPhrase, lockEvent } from './event-access.ts'
import { auditEvent } from './event-audit.ts'
import type { EventDetail } from './event-view.ts'
import { bumpVersion } from './events.repository.ts'
import type { ProgrammeInput } from './events.schemas.ts'
import { reloadEvent } from './get-event.ts'
import { listProgramme, replaceProgramme } from './programme.repository.ts'

/**
 * Saves the programme as a whole in the order given (reordering is saving it in the new order): each item with
 * its speaker — one of the event's attendees, or a text such as "Đại diện Thường trực Đảng ủy" — and duration.
 */
export async function saveProgramme(ctx: UseCaseContext, id: string, input: ProgrammeInput): Promise<EventDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const event = await lockEvent(tx, actor, id)
    assertVersion(event, input.version)
    assertStatus(event, canChangeAttendees, 'sửa chương trình')
    const attendees = new Set((await listAttendees(tx, actor.provinceId, id)).map((a) => a.id))
    const stranger = input.items.findIndex((i) => i.speakerAttendeeId && !attendees.has(i.speakerAttendeeId))
    if (stranger >= 0) {
      const message = 'người thực hiện phải là đại biểu của sự kiện'
      throw new AppError('VALIDATION', `Chương trình, mục ${stranger + 1}: ${message}.`, { [`items.${stranger}.speakerAttendeeId`]: message })
    }
    const before = await listProgramme(tx, actor.provinceId, id)
    if (!(await bumpVersion(tx, actor.provinceId, id, input.version))) throw staleVersion(eventLabel(event))
    const items = input.items.map((i) => ({
      id: randomUUID(), title: i.title, speakerAttendeeId: i.speakerAttendeeId ?? null, speakerText: i.speakerText ?? null, durationMinutes: i.durationMinutes ?? null,
    }))
    await replaceProgramme(tx, actor.provinceId, id, items)
    await auditEvent(tx, ctx, event, {
      action: 'update_programme', summary: `Sửa chương trình ${eventPhrase(event)} (${items.length} mục)`,
      before: before.map((i) => ({ title: i.title, speaker: i.speaker, durationMinutes: i.durationMinutes })),
      after: items.map((i) => ({ title: i.title, speakerAttendeeId: i.speakerAttendeeId, speakerText: i.speakerText, durationMinutes: i.durationMinutes })),
    })
    return reloadEvent(ctx, tx, id)
  })
}
