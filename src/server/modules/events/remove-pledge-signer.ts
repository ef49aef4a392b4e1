import { AppError, notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { canChangeAttendees } from '../../../shared/events.ts'
import { assertStatus, eventPhrase, lockEvent } from './event-access.ts'
import { auditEvent } from './event-audit.ts'
import type { EventDetail } from './event-view.ts'
import { reloadEvent } from './get-event.ts'
import { deleteUnsignedSigner, findSigner } from './pledges.repository.ts'

/** Takes a line off the pledge before it is signed; a signed line stays. */
export async function removePledgeSigner(ctx: UseCaseContext, id: string, signerId: string): Promise<EventDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const event = await lockEvent(tx, actor, id)
    assertStatus(event, canChangeAttendees, 'sửa danh sách ký cam kết')
    const signer = await findSigner(tx, actor.provinceId, id, signerId)
    if (!signer) throw notFound('người ký cam kết')
    if (!(await deleteUnsignedSigner(tx, actor.provinceId, id, signerId))) throw new AppError('CONFLICT', `${signer.fullName} đã ký cam kết: không bỏ khỏi danh sách được.`)
    await auditEvent(tx, ctx, event, { action: 'remove_pledge_signer', summary: `Bỏ ${signer.fullName} (${signer.unitName}) khỏi danh sách ký cam kết ${eventPhrase(event)}`, before: signer })
    return reloadEvent(ctx, tx, id)
  })
}
