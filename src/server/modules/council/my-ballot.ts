// A member's own ballot paper: the items of the session, whether the member has voted on each ("đã bỏ
// phiếu" — never the choice) or may not vote on it, and whether the member is marked present.
import { CATALOGUE } from '../../../rules/index.ts'
import { COUNCIL_ROLE_LABELS, SESSION_STATUS_LABELS, type SessionStatus } from '../../../shared/council-rules.ts'
import type { Db } from '../../db/client.ts'
import { notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { requireSeat } from './council-access.ts'
import { findCouncil, type Council, type CouncilMember } from './council.repository.ts'
import { listItems, listRecusals } from './agenda.repository.ts'
import { itemsVotedBy } from './ballot.repository.ts'
import { findSession, listAttendance, type CouncilSession } from './session.repository.ts'

export interface MyBallot {
  sessionId: string
  title: string
  meetsOn: string
  status: SessionStatus
  statusLabel: string
  councilName: string
  member: { id: string; fullName: string; roleLabel: string }
  /** null: not yet marked. Only a member marked present votes online. */
  present: boolean | null
  items: {
    id: string
    position: number
    nomineeName: string
    unitName: string
    targetName: string
    targetShort: string
    thresholdLabel: string
    voted: boolean
    /** Why the member does not vote on it, or null. */
    recusal: string | null
  }[]
}

export async function myBallot(db: Db, provinceId: string, council: Council, session: CouncilSession, seat: CouncilMember): Promise<MyBallot> {
  const [items, recusals, voted, attendance] = await Promise.all([
    listItems(db, provinceId, session.id), listRecusals(db, provinceId, session.id), itemsVotedBy(db, provinceId, session.id, seat.id), listAttendance(db, provinceId, session.id),
  ])
  return {
    sessionId: session.id, title: session.title, meetsOn: session.meetsOn, status: session.status, statusLabel: SESSION_STATUS_LABELS[session.status], councilName: council.name,
    member: { id: seat.id, fullName: seat.fullName, roleLabel: COUNCIL_ROLE_LABELS[seat.role] },
    present: attendance.get(seat.id) ?? null,
    items: items.map((i) => ({
      id: i.id, position: i.position, nomineeName: i.subjectName, unitName: i.subjectOrganizationName, targetName: CATALOGUE[i.target].name, targetShort: CATALOGUE[i.target].short,
      thresholdLabel: i.thresholdLabel, voted: voted.has(i.id), recusal: recusals.find((r) => r.itemId === i.id && r.memberId === seat.id)?.reason ?? null,
    })),
  }
}

export async function getMyBallot(ctx: UseCaseContext, sessionId: string): Promise<MyBallot> {
  const { db, actor } = ctx
  const session = await findSession(db, actor.provinceId, sessionId)
  if (!session) throw notFound('phiên họp Hội đồng')
  const council = (await findCouncil(db, actor.provinceId, session.councilId))!
  const seat = await requireSeat(db, actor, council)
  return myBallot(db, actor.provinceId, council, session, seat)
}
