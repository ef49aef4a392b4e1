// Thresholds at their edges, as shares of ALL members (Nghị định 98/2023 Điều 30 khoản 7; the council's
// majority rule): 8/11 fails an 80% item and 6/11 passes the majority; with ten members 8/10 passes the 80%
// item — counting an absentee's written opinion — and 5/10 fails the majority.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { created } from '../nominations/nominations.testing.ts'
import { communeCouncil, markAttendance, seatMembers, submittedNomination, vote, type Seat } from './council.testing.ts'

let t: HistoryTestContext
let council: { id: string }
let seats: Seat[]

beforeAll(async () => {
  t = await openHistoryTest()
  council = await communeCouncil(t)
  seats = await seatMembers(t, council.id, 11)
})
afterAll(() => t.db.close())

/** A session with the nominations, everyone in `present` present, opened. */
async function openSession(title: string, nominations: { id: string }[], members: readonly Seat[], present: readonly Seat[]) {
  const officer = await t.as('officerA')
  const draft = await created(await officer.post(`/api/councils/${council.id}/sessions`, { title, meetsOn: '2025-12-15' }))
  for (const n of nominations) await created(await officer.post(`/api/council-sessions/${draft.id}/items`, { nominationId: n.id }))
  const marked = await markAttendance(t, draft.id, members, present)
  return created(await officer.post(`/api/council-sessions/${draft.id}/open`, { version: marked.version }), 200)
}

const close = async (session: { id: string; version: number }) => created(await (await t.as('officerA')).post(`/api/council-sessions/${session.id}/close`, { version: session.version }), 200)

it('eleven members: 8/11 fails the 80% item, 6/11 passes the majority', async () => {
  const cstdcs = await submittedNomination(t, 'Hoàng Thị Dung', 'CSTDCS')
  const ldtt = await submittedNomination(t, 'Lý Văn Phúc', 'LDTT')
  const session = await openSession('Phiên mười một thành viên', [cstdcs, ldtt], seats, seats)
  expect(session.totalMembers).toBe(11)
  const [eighty, majority] = session.items
  expect([eighty.threshold.votesNeeded, majority.threshold.votesNeeded]).toEqual([9, 6])
  await vote(seats.slice(0, 8), eighty.id, 'for')
  await vote(seats.slice(8), eighty.id, 'against')
  await vote(seats.slice(0, 6), majority.id, 'for')
  await vote(seats.slice(6, 9), majority.id, 'against')
  await vote(seats.slice(9), majority.id, 'abstain')
  const closed = await close(session)
  expect(closed.items.map((i: { tally: { shareFor: string }; result: string }) => [i.tally.shareFor, i.result])).toEqual([['72,7%', 'failed'], ['54,5%', 'passed']])
  expect(closed.items[0].resultReason).toMatch(/^Hội đồng: 8\/11 thành viên đồng ý \(72,7%\); cần ít nhất 80% tổng số thành viên/)
  expect(closed.items[1].tally.total).toEqual({ for: 6, against: 3, abstain: 2 })
})

it('ten members: 8/10 passes the 80% item with a written opinion counted, 5/10 fails the majority', async () => {
  const officer = await t.as('officerA')
  const leaving = (await officer.get(`/api/councils/${council.id}`)).body.members.find((m: { id: string }) => m.id === seats[10]!.memberId)
  await created(await officer.patch(`/api/council-members/${leaving.id}`, { version: leaving.version, active: false }), 200)
  const ten = seats.slice(0, 10)
  const absent = ten[9]!
  const cstdcs = await submittedNomination(t, 'Nông Văn Quý', 'CSTDCS')
  const ldtt = await submittedNomination(t, 'Bế Thị Loan', 'LDTT')
  const session = await openSession('Phiên mười thành viên', [cstdcs, ldtt], ten, ten.slice(0, 9))
  expect(session.totalMembers).toBe(10)
  expect(session.members.map((m: { id: string }) => m.id)).not.toContain(seats[10]!.memberId)
  const [eighty, majority] = session.items
  await vote(ten.slice(0, 7), eighty.id, 'for')
  await vote(ten.slice(7, 9), eighty.id, 'against')
  await created(await officer.put(`/api/council-items/${eighty.id}/written-opinion`, { memberId: absent.memberId, choice: 'for' }), 200)
  await vote(ten.slice(0, 4), majority.id, 'for')
  await vote(ten.slice(4, 9), majority.id, 'against')
  await created(await officer.put(`/api/council-items/${majority.id}/written-opinion`, { memberId: absent.memberId, choice: 'abstain' }), 200)
  // The officer corrects the opinion as written on paper: it replaces the first record.
  await created(await officer.put(`/api/council-items/${majority.id}/written-opinion`, { memberId: absent.memberId, choice: 'for', note: 'Bản ký ngày 14/12' }), 200)
  const closed = await close(session)
  expect(closed.items[0].tally).toMatchObject({ ballots: { for: 7, against: 2 }, written: { for: 1 }, total: { for: 8 }, shareFor: '80%', reachedThreshold: true })
  expect(closed.items[0].result).toBe('passed')
  expect(closed.items[1].tally).toMatchObject({ total: { for: 5, against: 5, abstain: 0 }, shareFor: '50%', reachedThreshold: false })
  expect(closed.items[1].result).toBe('failed')
  expect(closed.items[1].resultReason).toBe('Hội đồng: 5/10 thành viên đồng ý (50%); cần quá nửa tổng số thành viên (Quy chế làm việc của Hội đồng Thi đua – Khen thưởng (biểu quyết theo đa số; Nghị định 98/2023/NĐ-CP, Điều 49))')
  expect(closed.items[1].writtenOpinions).toEqual([{ memberId: absent.memberId, fullName: absent.fullName, choice: 'for', choiceLabel: 'Đồng ý', note: 'Bản ký ngày 14/12' }])
})
