import { notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { canChangeAttendees } from '../../../shared/events.ts'
import { deleteAttendee, findAttendee } from './attendees.repository.ts'
import { assertStatus, eventPhrase, lockEvent } from './event-access.ts'
import { auditEvent } from './event-audit.ts'
import type { EventDetail } from './event-view.ts'
import { reloadEvent } from './get-event.ts'
import { deleteHonouree, findHonouree } from './honourees.repository.ts'

/** Takes an honouree off the conference's list; the invitee goes with it unless they attend in another role. */
export async function removeHonouree(ctx: UseCaseContext, id: string, honoureeId: string): Promise<EventDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const event = await lockEvent(tx, actor, id)
    assertStatus(event, canChangeAttendees, 'sửa danh sách tuyên dương')
    const honouree = await findHonouree(tx, actor.provinceId, id, honoureeId)
    if (!honouree) throw notFound('người được tuyên dương')
    await deleteHonouree(tx, actor.provinceId, id, honoureeId)
    const attendee = await findAttendee(tx, actor.provinceId, id, honouree.attendeeId)
    if (attendee?.role === 'honouree') await deleteAttendee(tx, actor.provinceId, id, attendee.id, attendee.version)
    await auditEvent(tx, ctx, event, { action: 'remove_honouree', summary: `Bỏ ${honouree.subjectName} (${honouree.award}) khỏi danh sách tuyên dương ${eventPhrase(event)}`, before: honouree })
    return reloadEvent(ctx, tx, id)
  })
}
