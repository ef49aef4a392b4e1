import { AppError, notFound, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { canChangeAttendees } from '../../../shared/events.ts'
import { deleteAttendee, findAttendee } from './attendees.repository.ts'
import { assertStatus, eventPhrase, lockEvent } from './event-access.ts'
import { auditEvent } from './event-audit.ts'
import type { EventDetail } from './event-view.ts'
import { reloadEvent } from './get-event.ts'
import { hasSigned } from './pledges.repository.ts'

/** Takes an attendee off the list (with its version); one who already signed the pledge stays. */
export async function removeAttendee(ctx: UseCaseContext, id: string, attendeeId: string, version: number): Promise<EventDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const event = await lockEvent(tx, actor, id)
    assertStatus(event, canChangeAttendees, 'bớt đại biểu')
    const current = await findAttendee(tx, actor.provinceId, id, attendeeId)
    if (!current) throw notFound('đại biểu')
    if (await hasSigned(tx, actor.provinceId, attendeeId)) {
      throw new AppError('CONFLICT', `${current.fullName} đã ký cam kết thi đua tại buổi lễ: không bớt khỏi danh sách được.`)
    }
    if (!(await deleteAttendee(tx, actor.provinceId, id, attendeeId, version))) throw staleVersion(`Đại biểu ${current.fullName}`)
    await auditEvent(tx, ctx, event, { action: 'remove_attendee', summary: `Bớt ${current.fullName} khỏi danh sách đại biểu ${eventPhrase(event)}`, before: current })
    return reloadEvent(ctx, tx, id)
  })
}
