// Demo commendation workflow after the nominations (seed-nominations.ts), written in the demo seeding's
// transaction through the modules' own use cases, as the demo accounts would (each use case writes its audit
// rows; the ballots are cast by each member's own account, so the secret-ballot rules hold):
//   journey C — Bắc Sơn's council (the commune chairman, the Fatherland Front, a secretary, eight members
//   voting online and one absent member's written opinion) met 20 days ago on the nominations under
//   141/KH-UBND: three Giấy khen and the preschool's Bằng khen; the household's Giấy khen failed. The passed
//   list was posted (ended 8 days ago) with one comment from the public, which the officer resolved; the
//   chairman issued the Giấy khen decision (registry rows and certificates with their codes); the Bằng khen,
//   beyond the commune's authority, was sent up to the province in a proposal (the province sees it as incoming);
//   journey E — Bình Thành's council (the chairman, binhthanh.hoidong of the Fatherland Front, the office, two
//   more members with accounts and two without) passed three 2025 annual titles at a first session whose list
//   is now publicly posted (open for comments), and its second session is open: voting in progress on the
//   primary school's remaining LĐTT and TTLĐTT, with two ballots cast and one written opinion; the other
//   members (binhthanh.hoidong among them) have not voted yet.
// Dates are relative to today (todayInVietnam()); certificates are rows (no PDF is rendered while seeding).
import { randomUUID } from 'node:crypto'
import type { Db } from '../db/client.ts'
import type { Actor } from '../auth/policy.ts'
import { loadConfig } from '../config.ts'
import type { UseCaseContext } from '../http/route.ts'
import type { BallotChoice, CouncilRole } from '../../shared/council-rules.ts'
import { todayInVietnam } from '../../shared/people.ts'
import { addDays } from '../../shared/working-days.ts'
import { findAccount } from '../modules/accounts/accounts.repository.ts'
import { addAgendaItem } from '../modules/council/add-agenda-item.ts'
import { addMember } from '../modules/council/add-member.ts'
import { castBallot } from '../modules/council/cast-ballot.ts'
import { closeSession } from '../modules/council/close-session.ts'
import { createCouncil } from '../modules/council/create-council.ts'
import { createSession } from '../modules/council/create-session.ts'
import { openSession } from '../modules/council/open-session.ts'
import { recordWrittenOpinion } from '../modules/council/record-written-opinion.ts'
import { setAttendance } from '../modules/council/set-attendance.ts'
import type { SessionDetail } from '../modules/council/session-view.ts'
import { createDecision } from '../modules/decisions/create-decision.ts'
import { issueDecision } from '../modules/decisions/issue-decision.ts'
import { findNominations, type NominationRecord } from '../modules/nominations/nominations.repository.ts'
import { createPosting } from '../modules/postings/create-posting.ts'
import { getPosting } from '../modules/postings/get-posting.ts'
import { resolveComment } from '../modules/postings/resolve-comment.ts'
import { submitPublicComment } from '../modules/postings/submit-public-comment.ts'
import { createProposal } from '../modules/proposals/create-proposal.ts'
import { dispatchProposal } from '../modules/proposals/dispatch-proposal.ts'
import type { DemoData } from './demo-data.ts'

/** A council seat: the demo person, the role, and the demo account the member votes with (none: cannot vote online). */
interface SeatSpec { person: string; role: CouncilRole; account?: string }
interface Seat { memberId: string; spec: SeatSpec; ctx: UseCaseContext | null }

export async function seedCommendation(db: Db, provinceId: string, data: DemoData, accountIds: ReadonlyMap<string, string>): Promise<void> {
  const org = (key: string) => data.organizationByKey.get(key) ?? fail('organization', key)
  const person = (key: string) => data.personByKey.get(key) ?? fail('person', key)
  const config = loadConfig()
  const as = async (username: string): Promise<UseCaseContext & { config: { publicUrl: string } }> => {
    const account = (await findAccount(db, provinceId, accountIds.get(username) ?? fail('account', username)))!
    const actor: Actor = { accountId: account.id, provinceId, username: account.username, displayName: account.displayName, role: account.role, organizationId: account.organizationId, organizationPath: account.organizationPath }
    return { db, actor, requestId: randomUUID(), config }
  }
  const today = todayInVietnam()
  const day = (offset: number) => addDays(today, offset)
  /** Nominations of a commune in the demo, found by subject and form. */
  const all = (await db.query<{ id: string }>('SELECT id FROM nominations WHERE province_id = $1', [provinceId])).map((r) => r.id)
  const nominations = await findNominations(db, provinceId, all)
  const nomination = (subjectId: string, target: string): NominationRecord =>
    nominations.find((n) => n.subjectId === subjectId && n.target === target) ?? fail('nomination', `${subjectId} ${target}`)

  /** The council of a commune with its members, seated by its officer. */
  const council = async (officer: UseCaseContext, commune: string, establishedBy: string, seats: readonly SeatSpec[]) => {
    const created = await createCouncil(officer, { organizationId: org(commune).id, name: `Hội đồng Thi đua – Khen thưởng ${org(commune).name.replace(/^Xã/, 'xã')}`, establishedBy, quorumShare: 0.6667, majorityShare: 0.5 })
    const seated: Seat[] = []
    for (const [i, spec] of seats.entries()) {
      const p = person(spec.person)
      const member = await addMember(officer, created.id, {
        fullName: p.fullName, position: p.position, role: spec.role, personId: p.id, accountId: spec.account ? accountIds.get(spec.account) ?? fail('account', spec.account) : null, sortOrder: i,
      })
      seated.push({ memberId: member.id, spec, ctx: spec.account ? await as(spec.account) : null })
    }
    return { id: created.id, seats: seated }
  }
  /** A session with the nominations on its agenda and the attendance taken, voting opened. */
  const openedSession = async (officer: UseCaseContext, councilId: string, seats: readonly Seat[], absent: readonly Seat[], input: { title: string; meetsOn: string; place: string }, agenda: readonly NominationRecord[]) => {
    let session: SessionDetail = await createSession(officer, councilId, input)
    for (const n of agenda) session = await addAgendaItem(officer, session.id, n.id)
    for (const seat of seats) session = await setAttendance(officer, session.id, seat.memberId, !absent.includes(seat))
    return openSession(officer, session.id, session.version)
  }
  /** Each seat's secret ballot on an item, cast with the member's own account. */
  const ballots = async (session: SessionDetail, n: NominationRecord, votes: readonly [Seat, BallotChoice][]) => {
    const item = session.items.find((i) => i.nominationId === n.id) ?? fail('agenda item', n.subjectName)
    for (const [seat, choice] of votes) await castBallot(seat.ctx ?? fail('voting account', seat.spec.person), item.id, choice)
    return item.id
  }

  // C. Bắc Sơn: council, a closed session, the posting, the Giấy khen decision, the Bằng khen sent up.
  const bacSonOfficer = await as('bacson.vanphong')
  const bacSon = await council(bacSonOfficer, 'bacSon', 'Quyết định số 12/QĐ-UBND ngày 05/7/2025 của Chủ tịch UBND xã Bắc Sơn', [
    { person: 'bacSon:chairman', role: 'chair', account: 'bacson.chutich' },
    { person: 'bacSon:vice2', role: 'standing_vice_chair', account: 'bacson.hoidong1' },
    { person: 'bacSon:mttq', role: 'vice_chair', account: 'bacson.hoidong2' },
    { person: 'bacSon:vanphong', role: 'secretary', account: 'bacson.vanphong' },
    { person: 'bacSon:phunu', role: 'member', account: 'bacson.hoidong3' },
    { person: 'bacSon:doan', role: 'member', account: 'bacson.hoidong4' },
    { person: 'bacSon:nongdan', role: 'member', account: 'bacson.hoidong5' },
    { person: 'bacSon:truongVhxh', role: 'member', account: 'bacson.hoidong6' },
    { person: 'bacSon:ccb', role: 'member' },
  ])
  const [bsAbsent] = bacSon.seats.filter((s) => !s.ctx)
  const bsVoters = bacSon.seats.filter((s) => s.ctx)
  const teacher = nomination(person('bacSon:teacherPrimary').id, 'GIAY_KHEN_CHU_TICH_XA')
  const village = nomination(org('bacSon:Thôn Kim Sơn').id, 'GIAY_KHEN_CHU_TICH_XA')
  const household = nomination(data.households.find((h) => h.organizationId === org('bacSon:Thôn Kim Sơn').id)!.id, 'GIAY_KHEN_CHU_TICH_XA')
  const bangKhen = nomination(org('bacSon:mamnon').id, 'BANG_KHEN_CHU_TICH_TINH')
  let bsSession = await openedSession(bacSonOfficer, bacSon.id, bacSon.seats, [bsAbsent!], {
    title: 'Xét khen thưởng Đợt thi đua chào mừng Đại hội XIV của Đảng', meetsOn: day(-20), place: 'Hội trường Ủy ban nhân dân xã Bắc Sơn',
  }, [teacher, village, household, bangKhen])
  const everyone = (choice: BallotChoice) => bsVoters.map((s): [Seat, BallotChoice] => [s, choice])
  const opinion = async (itemId: string, choice: BallotChoice, note: string) => {
    bsSession = await recordWrittenOpinion(bacSonOfficer, itemId, { memberId: bsAbsent!.memberId, choice, note })
  }
  await opinion(await ballots(bsSession, teacher, bsVoters.map((s, i) => [s, i === 5 ? 'against' : 'for'])), 'for', 'Đồng ý theo hồ sơ đề nghị')
  await opinion(await ballots(bsSession, village, everyone('for')), 'for', 'Đồng ý theo hồ sơ đề nghị')
  await opinion(await ballots(bsSession, household, bsVoters.map((s, i) => [s, i < 3 ? 'for' : i < 7 ? 'against' : 'abstain'])), 'against',
    'Phần đất hiến đã được bồi thường một phần khi mở đường; đề nghị xem xét hình thức động viên khác')
  await opinion(await ballots(bsSession, bangKhen, bsVoters.map((s, i) => [s, i < 6 ? 'for' : 'abstain'])), 'for', 'Đồng ý trình Chủ tịch UBND tỉnh')
  bsSession = await closeSession(bacSonOfficer, bsSession.id, bsSession.version)

  const bsPosting = await createPosting(bacSonOfficer, {
    organizationId: org('bacSon').id, title: 'Danh sách đề nghị khen thưởng Đợt thi đua chào mừng Đại hội XIV của Đảng (Kế hoạch 141/KH-UBND)',
    startsOn: day(-17), endsOn: day(-8), sessionId: bsSession.id,
  })
  await submitPublicComment({ db, actor: null, requestId: randomUUID(), config, clientAddress: '203.0.113.7' }, bsPosting.id, {
    authorName: 'Hoàng Văn Thắng', authorContact: 'Thôn Tân Sơn, xã Bắc Sơn', nominationId: village.id,
    content: 'Đường bê tông liên thôn Kim Sơn – Tân Sơn có cả công sức của Nhân dân thôn Tân Sơn; đề nghị ghi rõ trong thành tích.',
  }, day(-12))
  const comment = (await getPosting(bacSonOfficer, bsPosting.id)).comments[0]!
  await resolveComment(bacSonOfficer, bsPosting.id, comment.id, {
    resolution: 'Đã xác minh với Ban công tác Mặt trận hai thôn: thôn Kim Sơn làm 1,2 km trên địa bàn thôn, phần của thôn Tân Sơn đã được ghi nhận riêng. Giữ nguyên đề nghị; đã trả lời ông Thắng tại buổi tiếp dân ngày ' + `${day(-9).split('-').reverse().join('/')}.`,
  })

  const bacSonChairman = await as('bacson.chutich')
  const draft = await createDecision(bacSonOfficer, {
    organizationId: teacher.decidingOrganizationId, campaignId: teacher.campaignId, decisionDate: day(-5),
    signerName: person('bacSon:chairman').fullName, nominationIds: [village.id, teacher.id],
  })
  await issueDecision(bacSonChairman, draft.id, draft.version)

  const proposal = await createProposal(bacSonOfficer, { nominationIds: [bangKhen.id] })
  await dispatchProposal(bacSonOfficer, proposal.id, proposal.version, 'sent')

  // E. Bình Thành: a council, a closed first session whose list is posted now, and an open second session.
  const binhThanhOfficer = await as('binhthanh.vanphong')
  const binhThanh = await council(binhThanhOfficer, 'binhThanh', 'Quyết định số 25/QĐ-UBND ngày 10/7/2025 của Chủ tịch UBND xã Bình Thành', [
    { person: 'binhThanh:chairman', role: 'chair', account: 'binhthanh.chutich' },
    { person: 'binhThanh:vice2', role: 'standing_vice_chair' },
    { person: 'binhThanh:mttq', role: 'vice_chair', account: 'binhthanh.hoidong' },
    { person: 'binhThanh:vanphong', role: 'secretary', account: 'binhthanh.vanphong' },
    { person: 'binhThanh:phunu', role: 'member', account: 'binhthanh.hoidong2' },
    { person: 'binhThanh:doan', role: 'member', account: 'binhthanh.hoidong3' },
    { person: 'binhThanh:police', role: 'member' },
  ])
  const btAbsent = binhThanh.seats.filter((s) => !s.ctx)
  const btVoters = binhThanh.seats.filter((s) => s.ctx)
  const ldtt = (key: string) => nomination(person(key).id, 'LDTT')
  // The school's nominations: the office's are decided through the People's Committee, a level below the commune's council.
  const firstAgenda = [ldtt('binhThanh:teacherPrimary')]
  let first = await openedSession(binhThanhOfficer, binhThanh.id, binhThanh.seats, btAbsent, {
    title: 'Xét danh hiệu thi đua năm 2025 (đợt 1)', meetsOn: day(-8), place: 'Phòng họp Ủy ban nhân dân xã Bình Thành',
  }, firstAgenda)
  for (const [i, n] of firstAgenda.entries()) {
    const itemId = await ballots(first, n, btVoters.map((s, j) => [s, i === 0 && j === 4 ? 'abstain' : 'for']))
    for (const seat of btAbsent) first = await recordWrittenOpinion(binhThanhOfficer, itemId, { memberId: seat.memberId, choice: 'for', note: null })
  }
  first = await closeSession(binhThanhOfficer, first.id, first.version)
  await createPosting(binhThanhOfficer, {
    organizationId: org('binhThanh').id, title: 'Danh sách đề nghị công nhận danh hiệu Lao động tiên tiến năm 2025 (đợt 1)',
    startsOn: day(-3), endsOn: day(7), sessionId: first.id,
  })

  const secondAgenda = [ldtt('binhThanh:teacherPrimary2'), nomination(org('binhThanh:tieuhoc').id, 'TTLDTT')]
  const second = await openedSession(binhThanhOfficer, binhThanh.id, binhThanh.seats, btAbsent, {
    title: 'Xét danh hiệu thi đua năm 2025 (đợt 2)', meetsOn: today, place: 'Phòng họp Ủy ban nhân dân xã Bình Thành',
  }, secondAgenda)
  const early = btVoters.filter((s) => s.spec.account === 'binhthanh.chutich' || s.spec.account === 'binhthanh.hoidong2')
  for (const n of secondAgenda) await ballots(second, n, early.map((s) => [s, 'for']))
  await recordWrittenOpinion(binhThanhOfficer, second.items[0]!.id, { memberId: btAbsent[0]!.memberId, choice: 'for', note: 'Đồng ý; vắng mặt do đi công tác' })
}

function fail(what: string, key: string): never {
  throw new Error(`demo ${what} ${key} not found`)
}
