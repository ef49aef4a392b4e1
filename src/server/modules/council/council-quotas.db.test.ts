// The quota again at the council: with the province's rule "Giấy khen of the commune chairman at most half
// the number of LĐTT" (per subtree), four LĐTT and two Giấy khen go through submission; the council fails
// two LĐTT, so only one Giấy khen fits, and the one with fewer votes in favour fails with the rule as reason.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { created } from '../nominations/nominations.testing.ts'
import { communeCouncil, markAttendance, seatMembers, submittedNomination, vote, type Seat } from './council.testing.ts'

let t: HistoryTestContext
let seats: Seat[]
let council: { id: string }

beforeAll(async () => {
  t = await openHistoryTest()
  const rules = await (await t.as('provinceOfficer')).put('/api/rules/province', {
    instrument: 'Quyết định 12/2025/QĐ-UBND của UBND tỉnh Thử nghiệm',
    validFrom: '2025-01-01',
    standards: [],
    quotas: [{ target: 'GIAY_KHEN_CHU_TICH_XA', relativeTo: 'LDTT', maxShare: 0.5, per: 'subtree', citation: 'Điều 9, khoản 1' }],
    version: 0,
  })
  expect(rules.status).toBe(200)
  council = await communeCouncil(t)
  seats = await seatMembers(t, council.id, 5)
})
afterAll(() => t.db.close())

it('keeps the most-voted Giấy khen within the quota and fails the other with the rule and its figures', async () => {
  const ldtt = [await submittedNomination(t, 'Lục Văn Bình'), await submittedNomination(t, 'Nông Thị Hà'), await submittedNomination(t, 'Hoàng Văn Nam'), await submittedNomination(t, 'Đàm Thị Xuân')]
  const giayKhen = [await submittedNomination(t, 'Hà Thị Mai', 'GIAY_KHEN_CHU_TICH_XA'), await submittedNomination(t, 'Vi Văn Đức', 'GIAY_KHEN_CHU_TICH_XA')]
  const officer = await t.as('officerA')
  const draft = await created(await officer.post(`/api/councils/${council.id}/sessions`, { title: 'Xét khen thưởng cuối năm', meetsOn: '2025-12-15' }))
  let session
  for (const n of [...ldtt, ...giayKhen]) session = await created(await officer.post(`/api/council-sessions/${draft.id}/items`, { nominationId: n.id }))
  // Before the close, if every item passed: 2 Giấy khen on 4 LĐTT is within the quota.
  expect(session.quota.checks).toContainEqual(expect.objectContaining({ targetShort: expect.any(String), count: 2, limit: 2, passed: true, unitName: 'Xã Bình Thành' }))
  const marked = await markAttendance(t, draft.id, seats, seats)
  session = await created(await officer.post(`/api/council-sessions/${draft.id}/open`, { version: marked.version }), 200)
  const item = (id: string) => session.items.find((i: { nominationId: string }) => i.nominationId === id).id
  await vote(seats, item(ldtt[0]!.id), 'for')
  await vote(seats, item(ldtt[1]!.id), 'for')
  await vote(seats, item(ldtt[2]!.id), 'against')
  await vote(seats, item(ldtt[3]!.id), 'against')
  await vote(seats, item(giayKhen[0]!.id), 'for')
  await vote(seats.slice(0, 4), item(giayKhen[1]!.id), 'for')
  await vote(seats.slice(4), item(giayKhen[1]!.id), 'against')
  const closed = await created(await officer.post(`/api/council-sessions/${draft.id}/close`, { version: session.version }), 200)
  const byNominee = Object.fromEntries(closed.items.map((i: { nominee: { name: string }; result: string; resultReason: string; tally: { reachedThreshold: boolean } }) => [i.nominee.name, i]))
  expect(byNominee['Hà Thị Mai'].result).toBe('passed')
  expect(byNominee['Vi Văn Đức'].tally.reachedThreshold).toBe(true)
  expect(byNominee['Vi Văn Đức'].result).toBe('failed')
  expect(byNominee['Vi Văn Đức'].resultReason).toMatch(
    /^Hội đồng: 4\/5 thành viên đồng ý \(80%\); cần quá nửa tổng số thành viên \(.*\)\. Vượt tỷ lệ khen thưởng — Xã Bình Thành: .*không quá 50% số LĐTT.*; 2 trường hợp, tối đa 1 \(Quyết định 12\/2025\/QĐ-UBND .*Điều 9, khoản 1\); Hội đồng giữ 1 trường hợp nhiều phiếu đồng ý nhất$/,
  )
  expect((await officer.get(`/api/nominations/${giayKhen[1]!.id}`)).body).toMatchObject({ status: 'failed' })
  expect(closed.items.filter((i: { result: string }) => i.result === 'passed')).toHaveLength(3)
})
