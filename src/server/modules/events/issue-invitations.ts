import { AppError, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { canChangeAttendees } from '../../../shared/events.ts'
import { markAllInvited } from './attendees.repository.ts'
import { assertStatus, assertVersion, eventLabel, eventPhrase, lockEvent } from './event-access.ts'
import { auditEvent } from './event-audit.ts'
import type { EventDetail } from './event-view.ts'
import { bumpVersion, updateEventStatus } from './events.repository.ts'
import { reloadEvent } from './get-event.ts'

/**
 * Issues the invitations (phát hành giấy mời, seed 001 §VI.8 "Tham mưu phát hành Giấy mời đại biểu"): every invitee
 * without one gets it now; the first issue moves a draft to "planned". Later invitees are issued the same way.
 */
export async function issueInvitations(ctx: UseCaseContext, id: string, version: number): Promise<EventDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const event = await lockEvent(tx, actor, id)
    assertVersion(event, version)
    assertStatus(event, canChangeAttendees, 'phát hành giấy mời')
    const issued = await markAllInvited(tx, actor.provinceId, id)
    if (issued === 0) {
      const message = 'chưa có đại biểu nào chưa được mời'
      throw new AppError('VALIDATION', `${eventLabel(event)}: ${message}; hãy thêm đại biểu trước khi phát hành giấy mời.`, { attendees: `Danh sách đại biểu: ${message}` })
    }
    const moved = event.status === 'draft'
      ? await updateEventStatus(tx, actor.provinceId, id, { from: 'draft', to: 'planned', actorId: actor.accountId }, version)
      : await bumpVersion(tx, actor.provinceId, id, version)
    if (!moved) throw staleVersion(eventLabel(event))
    await auditEvent(tx, ctx, event, { action: 'issue_invitations', summary: `Phát hành ${issued} giấy mời dự ${eventPhrase(event)}`, after: { issued } })
    return reloadEvent(ctx, tx, id)
  })
}
