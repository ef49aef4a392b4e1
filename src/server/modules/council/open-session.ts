import { quorumProblem } from '../../../shared/council-rules.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { notifyAccounts } from '../notifications/notify.ts'
import { loadSession } from './council-access.ts'
import { listMembers } from './council.repository.ts'
import { listItems } from './agenda.repository.ts'
import { assertDraft, meetingLabel } from './session-rules.ts'
import { listAttendance, markOpen, saveAttendance } from './session.repository.ts'
import { freshDetail, type SessionDetail } from './session-view.ts'

/**
 * Opens voting (khai mạc bỏ phiếu): the agenda must not be empty and enough members present (quorum, Nghị
 * định 98/2023 Điều 49 as the council's setting). The number of active members is fixed as the session's
 * total (every threshold is a share of it) and every member not marked is recorded absent.
 */
export async function openSession(ctx: UseCaseContext, sessionId: string, version: number): Promise<SessionDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const { session, council } = await loadSession(tx, actor, sessionId, 'council.manage', 'update')
    assertDraft(session, 'khai mạc bỏ phiếu')
    if (version !== session.version) throw staleVersion(`Phiên họp «${session.title}»`)
    const items = await listItems(tx, actor.provinceId, sessionId)
    if (items.length === 0) throw new AppError('CONFLICT', `Phiên họp «${session.title}» chưa có nội dung nào trong chương trình: chưa khai mạc bỏ phiếu được.`)
    const members = (await listMembers(tx, actor.provinceId, council.id)).filter((m) => m.active)
    const attendance = await listAttendance(tx, actor.provinceId, sessionId)
    const present = members.filter((m) => attendance.get(m.id) === true).length
    if (members.length === 0) throw new AppError('CONFLICT', `${council.name} chưa có thành viên đang hoạt động.`)
    const problem = quorumProblem(present, members.length, council.quorumShare)
    if (problem) throw new AppError('CONFLICT', problem)
    for (const m of members) if (!attendance.has(m.id)) await saveAttendance(tx, actor.provinceId, sessionId, m.id, false)
    if (!(await markOpen(tx, actor.provinceId, sessionId, members.length, version))) throw staleVersion(`Phiên họp «${session.title}»`)
    await notifyAccounts(tx, actor.provinceId, members.flatMap((m) => (attendance.get(m.id) === true && m.accountId ? [m.accountId] : [])), { kind: 'council.voting_opened', title: `Khai mạc bỏ phiếu ${meetingLabel(session, council)}`, body: `${items.length} nội dung chờ thành viên có mặt bỏ phiếu kín.`, link: `/hoi-dong/phien/${sessionId}` })
    await recordAudit(tx, ctx, {
      action: 'open', entity: 'council_session', entityId: sessionId, organizationId: council.organizationId,
      summary: `${meetingLabel(session, council)}: khai mạc bỏ phiếu, ${present}/${members.length} thành viên có mặt, ${items.length} nội dung`,
      after: { totalMembers: members.length, present, items: items.length },
    })
    return freshDetail({ ...ctx, db: tx }, council, sessionId)
  })
}
