import { BALLOT_CHOICE_LABELS } from '../../../shared/council-rules.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadItem } from './council-access.ts'
import { findMember } from './council.repository.ts'
import { findRecusal } from './agenda.repository.ts'
import { saveOpinion } from './ballot.repository.ts'
import { assertOpen, meetingLabel } from './session-rules.ts'
import { listAttendance } from './session.repository.ts'
import { freshDetail, type SessionDetail } from './session-view.ts'
import type { WrittenOpinionInput } from './council.schemas.ts'

/**
 * The officer records an ABSENT member's written opinion on an item (ý kiến bằng văn bản, law.md §4.2) while
 * voting is open; it is signed, so kept by name, counted in the tally and listed in the minutes.
 */
export async function recordWrittenOpinion(ctx: UseCaseContext, itemId: string, input: WrittenOpinionInput): Promise<SessionDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const { item, session, council } = await loadItem(tx, actor, itemId, 'council.manage', 'update')
    assertOpen(session, 'ghi ý kiến bằng văn bản')
    const member = await findMember(tx, actor.provinceId, input.memberId)
    const present = (await listAttendance(tx, actor.provinceId, session.id)).get(input.memberId)
    if (!member || member.councilId !== council.id || present === undefined) {
      throw new AppError('VALIDATION', 'Thành viên vắng mặt: không có trong thành phần phiên họp.', { memberId: 'Thành viên vắng mặt: không có trong thành phần phiên họp' })
    }
    if (present) throw new AppError('VALIDATION', `${member.fullName} có mặt tại phiên họp: bỏ phiếu kín, không ghi ý kiến bằng văn bản.`, { memberId: 'Thành viên vắng mặt: thành viên này có mặt' })
    const recusal = await findRecusal(tx, actor.provinceId, itemId, member.id)
    if (recusal) throw new AppError('CONFLICT', `${member.fullName} không tham gia biểu quyết nội dung này (${recusal.reason}).`)
    await saveOpinion(tx, actor.provinceId, { itemId, memberId: member.id, choice: input.choice, note: input.note ?? null, recordedBy: actor.accountId })
    await recordAudit(tx, ctx, {
      action: 'written_opinion', entity: 'council_item', entityId: itemId, organizationId: council.organizationId,
      summary: `${meetingLabel(session, council)}: ghi ý kiến bằng văn bản của ${member.fullName} (vắng mặt) về đề nghị «${item.subjectName}»: ${BALLOT_CHOICE_LABELS[input.choice]}`,
      after: { memberId: member.id, choice: input.choice, note: input.note ?? null },
    })
    return freshDetail({ ...ctx, db: tx }, council, session.id)
  })
}
