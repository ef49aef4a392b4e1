// The closed council sessions (phiên họp đã kết thúc) in the caller's subtree a posting can be made from.
import type { UseCaseContext } from '../../http/route.ts'
import { findClosedSessions } from './postings.repository.ts'

export interface ClosedSession {
  id: string
  title: string
  meetsOn: string
  councilName: string
  organizationId: string
  passedCount: number
}

export async function listClosedSessions(ctx: UseCaseContext): Promise<ClosedSession[]> {
  const sessions = await findClosedSessions(ctx.db, ctx.actor.provinceId, { scopePath: ctx.actor.organizationPath })
  return sessions.map(({ organizationPath: _path, passedNominationIds, ...s }) => ({ ...s, passedCount: passedNominationIds.length }))
}
