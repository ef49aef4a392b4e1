// The council, session or agenda item a request points at: it must exist, and the council's organization
// lie in the caller's subtree — or, for reading a session and for voting, the caller holds a seat on it.
import { assertCan, can, inScope, type Actor, type Permission } from '../../auth/policy.ts'
import { forbidden, notFound } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import { findCouncil, findSeat, type Council, type CouncilMember } from './council.repository.ts'
import { findSession, type CouncilSession } from './session.repository.ts'
import { findItem, type AgendaItem } from './agenda.repository.ts'

export async function loadCouncil(db: Db, actor: Actor, id: string, permission: Permission): Promise<Council> {
  const council = await findCouncil(db, actor.provinceId, id)
  if (!council) throw notFound('Hội đồng Thi đua – Khen thưởng')
  assertCan(actor, permission, council.organizationPath)
  return council
}

export interface SessionContext {
  session: CouncilSession
  council: Council
}

/** The session and its council; lock: see findSession. Scope by the council's organization. */
export async function loadSession(db: Db, actor: Actor, id: string, permission: Permission, lock?: 'update' | 'share'): Promise<SessionContext> {
  const session = await findSession(db, actor.provinceId, id, lock)
  if (!session) throw notFound('phiên họp Hội đồng')
  const council = await loadCouncil(db, actor, session.councilId, permission)
  return { session, council }
}

/** A session for reading: in the caller's subtree, or on a council where the caller holds a seat. Returns the seat too. */
export async function loadSessionForReader(db: Db, actor: Actor, id: string): Promise<SessionContext & { seat: CouncilMember | undefined }> {
  const session = await findSession(db, actor.provinceId, id)
  if (!session) throw notFound('phiên họp Hội đồng')
  const council = (await findCouncil(db, actor.provinceId, session.councilId))!
  const seat = await findSeat(db, actor.provinceId, council.id, actor.accountId)
  if (!seat || !can(actor, 'council.vote')) assertCan(actor, 'council.read', council.organizationPath)
  return { session, council, seat }
}

export interface ItemContext extends SessionContext {
  item: AgendaItem
}

export async function loadItem(db: Db, actor: Actor, id: string, permission: Permission, lock?: 'update' | 'share'): Promise<ItemContext> {
  const item = await findItem(db, actor.provinceId, id)
  if (!item) throw notFound('nội dung trong chương trình phiên họp')
  return { item, ...(await loadSession(db, actor, item.sessionId, permission, lock)) }
}

/** The caller's own active seat on the council: voting needs the permission AND the seat. */
export async function requireSeat(db: Db, actor: Actor, council: Council): Promise<CouncilMember> {
  assertCan(actor, 'council.vote')
  const seat = await findSeat(db, actor.provinceId, council.id, actor.accountId)
  if (!seat) throw forbidden(`Tài khoản của đồng chí không gắn với thành viên nào đang hoạt động của ${council.name}, nên không bỏ phiếu được.`)
  return seat
}

/** Whether the caller reads the council with the officer's rights (counts of written opinions, manage buttons). */
export const managesCouncil = (actor: Actor, council: Council) => can(actor, 'council.manage') && inScope(actor, council.organizationPath)
