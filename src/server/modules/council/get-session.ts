import type { UseCaseContext } from '../../http/route.ts'
import { loadSessionForReader } from './council-access.ts'
import { listOpenSessionsOfAccount, type OpenSessionOfMember } from './session.repository.ts'
import { sessionDetail, type SessionDetail } from './session-view.ts'

export async function getSession(ctx: UseCaseContext, id: string): Promise<SessionDetail> {
  const { session, council, seat } = await loadSessionForReader(ctx.db, ctx.actor, id)
  return sessionDetail(ctx, council, session, seat)
}

/** Sessions now voting where the caller holds a seat (the member's way in). */
export async function listMyOpenSessions(ctx: UseCaseContext): Promise<OpenSessionOfMember[]> {
  return listOpenSessionsOfAccount(ctx.db, ctx.actor.provinceId, ctx.actor.accountId)
}
