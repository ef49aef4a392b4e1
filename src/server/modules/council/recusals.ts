// The chair's own recusals (miễn biểu quyết) with their reason, before the member has voted or given an opinion on the item.
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadItem } from './council-access.ts'
import { findMember } from './council.repository.ts'
import { deleteRecusal, findRecusal, insertRecusal } from './agenda.repository.ts'
import { hasOpinion, hasReceipt } from './ballot.repository.ts'
import { assertNotClosed, meetingLabel } from './session-rules.ts'
import { touchSession } from './session.repository.ts'
import { freshDetail, type SessionDetail } from './session-view.ts'

async function loadTarget(ctx: UseCaseContext, itemId: string, memberId: string) {
  const context = await loadItem(ctx.db, ctx.actor, itemId, 'council.manage', 'update')
  assertNotClosed(context.session, 'thay đổi việc miễn biểu quyết')
  const member = await findMember(ctx.db, ctx.actor.provinceId, memberId)
  if (!member || member.councilId !== context.council.id) throw new AppError('VALIDATION', 'Thành viên: không thuộc Hội đồng này.', { memberId: 'Thành viên: không thuộc Hội đồng này' })
  if ((await hasReceipt(ctx.db, ctx.actor.provinceId, itemId, memberId)) || (await hasOpinion(ctx.db, ctx.actor.provinceId, itemId, memberId))) {
    throw new AppError('CONFLICT', `${member.fullName} đã biểu quyết nội dung «${context.item.subjectName}»: không thay đổi việc miễn biểu quyết được nữa.`)
  }
  return { ...context, member }
}

export async function addRecusal(ctx: UseCaseContext, itemId: string, input: { memberId: string; reason: string }): Promise<SessionDetail> {
  return ctx.db.transaction(async (tx) => {
    const t = { ...ctx, db: tx }
    const { item, session, council, member } = await loadTarget(t, itemId, input.memberId)
    if (await findRecusal(tx, ctx.actor.provinceId, itemId, member.id)) {
      throw new AppError('DUPLICATE', `${member.fullName} đã được miễn biểu quyết nội dung này.`, { memberId: 'Thành viên: đã được miễn biểu quyết nội dung này' })
    }
    await insertRecusal(tx, ctx.actor.provinceId, { itemId, memberId: member.id, reason: input.reason, automatic: false })
    await touchSession(tx, ctx.actor.provinceId, session.id)
    await recordAudit(tx, ctx, {
      action: 'recuse', entity: 'council_session', entityId: session.id, organizationId: council.organizationId,
      summary: `${meetingLabel(session, council)}: ${member.fullName} không tham gia biểu quyết đề nghị «${item.subjectName}» (${input.reason})`,
      after: { itemId, memberId: member.id, reason: input.reason },
    })
    return freshDetail(t, council, session.id)
  })
}

export async function removeRecusal(ctx: UseCaseContext, itemId: string, memberId: string): Promise<SessionDetail> {
  return ctx.db.transaction(async (tx) => {
    const t = { ...ctx, db: tx }
    const { item, session, council, member } = await loadTarget(t, itemId, memberId)
    const recusal = await findRecusal(tx, ctx.actor.provinceId, itemId, memberId)
    if (!recusal) throw notFound('việc miễn biểu quyết này')
    if (recusal.automatic) throw new AppError('CONFLICT', `${member.fullName} được miễn biểu quyết tự động (${recusal.reason}): không gỡ được.`)
    await deleteRecusal(tx, ctx.actor.provinceId, itemId, memberId)
    await touchSession(tx, ctx.actor.provinceId, session.id)
    await recordAudit(tx, ctx, {
      action: 'unrecuse', entity: 'council_session', entityId: session.id, organizationId: council.organizationId,
      summary: `${meetingLabel(session, council)}: ${member.fullName} tham gia lại biểu quyết đề nghị «${item.subjectName}»`,
      before: { itemId, memberId, reason: recusal.reason },
    })
    return freshDetail(t, council, session.id)
  })
}
