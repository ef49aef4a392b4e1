import { AppError, notFound, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { canRecordOnTheDay } from '../../../shared/events.ts'
import { findAttendee } from './attendees.repository.ts'
import { assertOnTheDay, assertStatus, eventPhrase, lockEvent } from './event-access.ts'
import { auditEvent } from './event-audit.ts'
import type { EventDetail } from './event-view.ts'
import { reloadEvent } from './get-event.ts'
import { assertCeremony } from './pledge-checks.ts'
import { findSigner, markSigned } from './pledges.repository.ts'

/** Records at the ceremony that the signer signed the pledge (or the witness witnessed it): who recorded it, and when. */
export async function signPledge(ctx: UseCaseContext, id: string, signerId: string, version: number): Promise<EventDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const event = await lockEvent(tx, actor, id)
    assertCeremony(event)
    assertStatus(event, canRecordOnTheDay, 'ghi nhận ký cam kết (cần phát hành giấy mời trước)')
    assertOnTheDay(event, 'signedAt', 'ghi nhận ký cam kết')
    const signer = await findSigner(tx, actor.provinceId, id, signerId)
    if (!signer) throw notFound('người ký cam kết')
    if (signer.signedAt) throw new AppError('CONFLICT', `${signer.fullName} đã ký cam kết (${signer.unitName}).`)
    if ((await findAttendee(tx, actor.provinceId, id, signer.attendeeId))?.attended === false) {
      throw new AppError('VALIDATION', `${signer.fullName} được điểm danh vắng mặt: không ghi nhận ký được.`, { signedAt: 'Đại biểu vắng mặt' })
    }
    if (!(await markSigned(tx, actor.provinceId, id, signerId, actor.accountId, version))) throw staleVersion(`Dòng ký cam kết của ${signer.fullName}`)
    await auditEvent(tx, ctx, event, {
      action: 'sign_pledge', summary: `${signer.fullName} ${signer.role === 'signer' ? `ký cam kết thi đua thay mặt ${signer.unitName}` : 'chứng kiến ký cam kết'} tại ${eventPhrase(event)}`,
      after: { signerId, attendeeId: signer.attendeeId, unitName: signer.unitName, role: signer.role },
    })
    return reloadEvent(ctx, tx, id)
  })
}
