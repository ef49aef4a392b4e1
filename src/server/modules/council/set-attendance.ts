import { recordAudit } from '../../audit/record-audit.ts'
import { AppError } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadSession } from './council-access.ts'
import { findMember } from './council.repository.ts'
import { hasOpinionOfMember, membersWhoVoted } from './ballot.repository.ts'
import { assertNotClosed, meetingLabel } from './session-rules.ts'
import { listAttendance, saveAttendance, touchSession } from './session.repository.ts'
import { freshDetail, type SessionDetail } from './session-view.ts'

/**
 * Marks a member present or absent while the session is prepared or voting (a member may arrive late).
 * A member who has voted stays present; one whose written opinion is recorded stays absent.
 */
export async function setAttendance(ctx: UseCaseContext, sessionId: string, memberId: string, present: boolean): Promise<SessionDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const { session, council } = await loadSession(tx, actor, sessionId, 'council.manage', 'update')
    assertNotClosed(session, 'điểm danh')
    const member = await findMember(tx, actor.provinceId, memberId)
    if (!member || member.councilId !== council.id) throw new AppError('VALIDATION', 'Thành viên: không thuộc Hội đồng này.', { memberId: 'Thành viên: không thuộc Hội đồng này' })
    const seated = session.status === 'draft' ? member.active : (await listAttendance(tx, actor.provinceId, sessionId)).has(memberId)
    if (!seated) throw new AppError('VALIDATION', `${member.fullName} không có trong thành phần phiên họp.`, { memberId: 'Thành viên: không có trong thành phần phiên họp' })
    if (!present && (await membersWhoVoted(tx, actor.provinceId, sessionId)).has(memberId)) {
      throw new AppError('CONFLICT', `${member.fullName} đã bỏ phiếu tại phiên họp: không ghi vắng mặt được.`)
    }
    if (present && (await hasOpinionOfMember(tx, actor.provinceId, sessionId, memberId))) {
      throw new AppError('CONFLICT', `${member.fullName} đã gửi ý kiến bằng văn bản vì vắng mặt: không ghi có mặt được.`)
    }
    await saveAttendance(tx, actor.provinceId, sessionId, memberId, present)
    await touchSession(tx, actor.provinceId, sessionId)
    await recordAudit(tx, ctx, {
      action: 'attendance', entity: 'council_session', entityId: sessionId, organizationId: council.organizationId,
      summary: `${meetingLabel(session, council)}: ${member.fullName} ${present ? 'có mặt' : 'vắng mặt'}`, after: { memberId, present },
    })
    return freshDetail({ ...ctx, db: tx }, council, sessionId)
  })
}
