// A secret ballot (bỏ phiếu kín) by a member's own account: the receipt (that the member voted on the item)
// and the item's counter are written in ONE transaction, and nothing else — no row pairs the member with the
// choice, and neither the receipt nor the counter carries a time. The audit row says only "đã bỏ phiếu".
import { CATALOGUE } from '../../../rules/index.ts'
import type { BallotChoice } from '../../../shared/council-rules.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { requireSeat } from './council-access.ts'
import { findCouncil } from './council.repository.ts'
import { findItem, findRecusal } from './agenda.repository.ts'
import { castBallot as writeBallot, hasReceipt } from './ballot.repository.ts'
import { assertOpen } from './session-rules.ts'
import { findSession, listAttendance } from './session.repository.ts'
import { myBallot, type MyBallot } from './my-ballot.ts'

const ALREADY = 'Đồng chí đã bỏ phiếu cho nội dung này; mỗi thành viên chỉ bỏ phiếu một lần.'

export async function castBallot(ctx: UseCaseContext, itemId: string, choice: BallotChoice): Promise<MyBallot> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const item = await findItem(tx, actor.provinceId, itemId)
    if (!item) throw notFound('nội dung trong chương trình phiên họp')
    // FOR SHARE: ballots go side by side, the close waits for them (and they for it).
    const session = (await findSession(tx, actor.provinceId, item.sessionId, 'share'))!
    const council = (await findCouncil(tx, actor.provinceId, session.councilId))!
    const seat = await requireSeat(tx, actor, council)
    assertOpen(session, 'bỏ phiếu')
    if ((await listAttendance(tx, actor.provinceId, session.id)).get(seat.id) !== true) {
      throw new AppError('CONFLICT', 'Đồng chí chưa được ghi có mặt tại phiên họp: thành viên vắng mặt gửi ý kiến bằng văn bản, không bỏ phiếu trực tuyến.')
    }
    const recusal = await findRecusal(tx, actor.provinceId, itemId, seat.id)
    if (recusal) throw new AppError('CONFLICT', `Đồng chí không tham gia biểu quyết nội dung này (${recusal.reason}).`)
    if (await hasReceipt(tx, actor.provinceId, itemId, seat.id)) throw new AppError('CONFLICT', ALREADY)
    await writeBallot(tx, actor.provinceId, itemId, seat.id, choice).catch((error: unknown) => {
      throw (error as { code?: string }).code === '23505' ? new AppError('CONFLICT', ALREADY) : error
    })
    await recordAudit(tx, ctx, {
      action: 'ballot', entity: 'council_item', entityId: itemId, organizationId: council.organizationId,
      summary: `${seat.fullName} đã bỏ phiếu nội dung «${item.subjectName}» — ${CATALOGUE[item.target].short}`,
    })
    return myBallot(tx, actor.provinceId, council, session, seat)
  })
}
