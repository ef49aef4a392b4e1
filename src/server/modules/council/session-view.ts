// A session as the API shows it. While voting is open nobody sees a count: only how many ballots and
// written opinions each item has received, so no one can match a moving count with who just voted. The
// counts, shares and results appear once the session is closed.
import { CATALOGUE } from '../../../rules/index.ts'
import {
  BALLOT_CHOICE_LABELS, COUNCIL_ROLE_LABELS, itemPasses, percentText, quorumNeeded, quorumProblem, SESSION_STATUS_LABELS, votesNeeded, type BallotChoice,
  type CouncilRole, type SessionStatus,
} from '../../../shared/council-rules.ts'
import { NOMINATION_STATUS_LABELS, type NominationStatus } from '../../../shared/nomination-lifecycle.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { managesCouncil } from './council-access.ts'
import { findSeat, listMembers, type Council, type CouncilMember } from './council.repository.ts'
import { findSession, listAttendance, type CouncilSession } from './session.repository.ts'
import { listCloseReasons, listItems, listRecusals, type AgendaItem } from './agenda.repository.ts'
import { listOpinions, receiptCounts, type WrittenOpinion } from './ballot.repository.ts'
import { previewQuotas, type QuotaPreview } from './quota-recheck.ts'

export interface SessionMember {
  id: string
  fullName: string
  position: string | null
  role: CouncilRole
  roleLabel: string
  hasAccount: boolean
  /** null: not yet marked. */
  present: boolean | null
}

type Counts = Record<BallotChoice, number>

export interface ItemTally {
  ballots: Counts
  written: Counts
  total: Counts
  totalMembers: number
  /** "81,8%" of all members. */
  shareFor: string
  reachedThreshold: boolean
}

export interface ItemView {
  id: string
  position: number
  nominationId: string
  nominee: { kind: AgendaItem['subjectKind']; name: string; unitName: string }
  nominatingOrganizationName: string
  year: number
  target: string
  targetName: string
  targetShort: string
  nominationStatus: NominationStatus
  nominationStatusLabel: string
  threshold: { share: number; strict: boolean; label: string; citation: string; votesNeeded: number | null }
  recusals: { memberId: string; fullName: string; reason: string; automatic: boolean }[]
  received: { ballots: number; writtenOpinions: number }
  /** The officer's record of absentees' signed opinions (everyone sees them after the close). */
  writtenOpinions: { memberId: string; fullName: string; choice: BallotChoice; choiceLabel: string; note: string | null }[] | null
  tally: ItemTally | null
  result: 'passed' | 'failed' | null
  resultReason: string | null
}

export interface SessionDetail {
  id: string
  title: string
  meetsOn: string
  place: string | null
  status: SessionStatus
  statusLabel: string
  totalMembers: number | null
  openedAt: string | null
  closedAt: string | null
  version: number
  council: { id: string; name: string; organizationId: string; organizationName: string; quorumShare: number; majorityShare: number }
  quorum: { members: number; present: number; needed: number; met: boolean; problem: string | null }
  members: SessionMember[]
  items: ItemView[]
  /** Before the close, for the officer: the quotas if every item passed. */
  quota: QuotaPreview | null
  /** The caller's own seat on this council, if any. */
  seat: { memberId: string; fullName: string; present: boolean | null } | null
  canManage: boolean
}

const zero = (): Counts => ({ for: 0, against: 0, abstain: 0 })

/** Members of the session: the active ones while it is prepared; from the opening, those its attendance recorded. */
export function sessionMembers(session: CouncilSession, members: readonly CouncilMember[], attendance: ReadonlyMap<string, boolean>): SessionMember[] {
  return members
    .filter((m) => (session.status === 'draft' ? m.active : attendance.has(m.id)))
    .map((m) => ({ id: m.id, fullName: m.fullName, position: m.position, role: m.role, roleLabel: COUNCIL_ROLE_LABELS[m.role], hasAccount: m.accountId !== null, present: attendance.get(m.id) ?? null }))
}

export function itemTally(item: AgendaItem, opinions: readonly WrittenOpinion[], totalMembers: number): ItemTally {
  const ballots = { for: item.votesFor, against: item.votesAgainst, abstain: item.votesAbstain }
  const written = zero()
  for (const o of opinions) written[o.choice] += 1
  const total = { for: ballots.for + written.for, against: ballots.against + written.against, abstain: ballots.abstain + written.abstain }
  const threshold = { share: item.thresholdShare, strict: item.thresholdStrict }
  return { ballots, written, total, totalMembers, shareFor: percentText(total.for, totalMembers), reachedThreshold: itemPasses(total.for, totalMembers, threshold) }
}

export async function sessionDetail(ctx: UseCaseContext, council: Council, session: CouncilSession, seat: CouncilMember | undefined): Promise<SessionDetail> {
  const { db, actor } = ctx
  const provinceId = actor.provinceId
  const [allMembers, attendance, items, recusals, opinions, receipts] = await Promise.all([
    listMembers(db, provinceId, council.id), listAttendance(db, provinceId, session.id), listItems(db, provinceId, session.id),
    listRecusals(db, provinceId, session.id), listOpinions(db, provinceId, session.id), receiptCounts(db, provinceId, session.id),
  ])
  const closed = session.status === 'closed'
  const canManage = managesCouncil(actor, council)
  const reasons = closed ? await listCloseReasons(db, provinceId, session.id) : new Map<string, string>()
  const members = sessionMembers(session, allMembers, attendance)
  const total = session.totalMembers ?? members.length
  const present = members.filter((m) => m.present === true).length
  const itemViews = items.map((item): ItemView => {
    const own = opinions.filter((o) => o.itemId === item.id)
    const entry = CATALOGUE[item.target]
    return {
      id: item.id, position: item.position, nominationId: item.nominationId,
      nominee: { kind: item.subjectKind, name: item.subjectName, unitName: item.subjectOrganizationName },
      nominatingOrganizationName: item.nominatingOrganizationName, year: item.year, target: item.target, targetName: entry.name, targetShort: entry.short,
      nominationStatus: item.nominationStatus, nominationStatusLabel: NOMINATION_STATUS_LABELS[item.nominationStatus],
      threshold: {
        share: item.thresholdShare, strict: item.thresholdStrict, label: item.thresholdLabel, citation: item.thresholdCitation,
        votesNeeded: total > 0 ? votesNeeded({ share: item.thresholdShare, strict: item.thresholdStrict }, total) : null,
      },
      recusals: recusals.filter((r) => r.itemId === item.id).map(({ itemId: _item, ...r }) => r),
      received: { ballots: receipts.get(item.id) ?? 0, writtenOpinions: own.length },
      writtenOpinions: closed || canManage ? own.map((o) => ({ memberId: o.memberId, fullName: o.fullName, choice: o.choice, choiceLabel: BALLOT_CHOICE_LABELS[o.choice], note: o.note })) : null,
      tally: closed ? itemTally(item, own, session.totalMembers!) : null,
      result: item.result,
      resultReason: reasons.get(item.id) ?? null,
    }
  })
  const quota = !closed && canManage && items.length > 0
    ? await previewQuotas(ctx, council, items.map((i) => ({ itemId: i.id, nominationId: i.nominationId, subjectKind: i.subjectKind, subjectId: i.subjectId, target: i.target, year: i.year, votesFor: 0 })))
    : null
  return {
    id: session.id, title: session.title, meetsOn: session.meetsOn, place: session.place, status: session.status, statusLabel: SESSION_STATUS_LABELS[session.status],
    totalMembers: session.totalMembers, openedAt: session.openedAt, closedAt: session.closedAt, version: session.version,
    council: { id: council.id, name: council.name, organizationId: council.organizationId, organizationName: council.organizationName, quorumShare: council.quorumShare, majorityShare: council.majorityShare },
    quorum: { members: total, present, needed: quorumNeeded(total, council.quorumShare), met: quorumProblem(present, total, council.quorumShare) === null, problem: total > 0 ? quorumProblem(present, total, council.quorumShare) : 'Hội đồng chưa có thành viên đang hoạt động.' },
    members,
    items: itemViews,
    quota,
    seat: seat ? { memberId: seat.id, fullName: seat.fullName, present: attendance.get(seat.id) ?? null } : null,
    canManage,
  }
}

/** The session as it now stands, with the caller's seat, read inside the transaction that changed it. */
export async function freshDetail(ctx: UseCaseContext, council: Council, sessionId: string): Promise<SessionDetail> {
  const [session, seat] = await Promise.all([findSession(ctx.db, ctx.actor.provinceId, sessionId), findSeat(ctx.db, ctx.actor.provinceId, council.id, ctx.actor.accountId)])
  return sessionDetail(ctx, council, session!, seat)
}
