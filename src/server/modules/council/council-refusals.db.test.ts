// What the council refuses, in Vietnamese and without writing anything: opening without a quorum or an
// agenda, an agenda item outside the council's subtree or decided below its level, a second ballot, a
// ballot by someone without a seat, by an absent or a recused member, and a ballot after the close.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { created } from '../nominations/nominations.testing.ts'
import { communeCouncil, markAttendance, seatMembers, submittedNomination, type Seat } from './council.testing.ts'

let t: HistoryTestContext
let council: { id: string }
let seats: Seat[]
let nomination: { id: string }
let session: { id: string; version: number; items: { id: string; recusals: unknown[] }[] }

const ballotRows = async () => (await t.db.query<{ n: number }>(`SELECT (SELECT count(*)::int FROM ballot_receipts) + (SELECT coalesce(sum(votes_for + votes_against + votes_abstain), 0)::int FROM council_items) AS n`))[0]!.n

beforeAll(async () => {
  t = await openHistoryTest()
  council = await communeCouncil(t)
  seats = await seatMembers(t, council.id, 11)
  nomination = await submittedNomination(t, 'Nguyễn Thị Lan', 'LDTT')
  const officer = await t.as('officerA')
  const draft = await created(await officer.post(`/api/councils/${council.id}/sessions`, { title: 'Phiên họp tháng 12', meetsOn: '2025-12-15' }))
  session = draft
})
afterAll(() => t.db.close())

describe('preparing and opening', () => {
  it('does not open a session without an agenda', async () => {
    const res = await (await t.as('officerA')).post(`/api/council-sessions/${session.id}/open`, { version: session.version })
    expect(res.status).toBe(409)
    expect(res.body.error.message).toBe('Phiên họp «Phiên họp tháng 12» chưa có nội dung nào trong chương trình: chưa khai mạc bỏ phiếu được.')
  })

  it('refuses an item outside the council\'s subtree and one its level does not decide', async () => {
    const officer = await t.as('officerA')
    const village = await created(await officer.post('/api/councils', { organizationId: t.tenant.org.villageA1.id, name: 'Hội đồng xóm Đồng Tâm' }))
    const villageSession = await created(await officer.post(`/api/councils/${village.id}/sessions`, { title: 'Họp xóm', meetsOn: '2025-12-10' }))
    const outside = await officer.post(`/api/council-sessions/${villageSession.id}/items`, { nominationId: nomination.id })
    expect(outside.status).toBe(400)
    expect(outside.body.error.message).toBe('Đề nghị «Nguyễn Thị Lan» — LĐTT của Trường Tiểu học Bình Thành, không thuộc Xóm Đồng Tâm: Hội đồng chỉ xét đề nghị của các đơn vị thuộc phạm vi mình.')
    expect(outside.body.error.fields).toHaveProperty('nominationId')

    const province = await t.as('provinceOfficer')
    const upper = await created(await province.post('/api/councils', { organizationId: t.tenant.org.province.id, name: 'Hội đồng Thi đua – Khen thưởng tỉnh', quorumShare: 0.8 }))
    const upperSession = await created(await province.post(`/api/councils/${upper.id}/sessions`, { title: 'Phiên họp tỉnh', meetsOn: '2025-12-20' }))
    const below = await province.post(`/api/council-sessions/${upperSession.id}/items`, { nominationId: nomination.id })
    expect(below.status).toBe(400)
    expect(below.body.error.message).toBe('Đề nghị «Nguyễn Thị Lan» — LĐTT thuộc thẩm quyền quyết định của Xã Bình Thành (cấp dưới): Hội đồng Thi đua – Khen thưởng tỉnh không xét thay Hội đồng cấp đó.')
    expect((await province.get(`/api/council-sessions/${upperSession.id}/eligible-nominations`)).body).toEqual([])
    expect((await officer.get(`/api/nominations/${nomination.id}`)).body.status).toBe('submitted')
  })

  it('refuses a council whose organization is out of scope, and bad settings naming the field', async () => {
    const other = await (await t.as('officerB')).post('/api/councils', { organizationId: t.tenant.org.communeA.id, name: 'Hội đồng' })
    expect(other.status).toBe(403)
    const bad = await (await t.as('officerA')).patch(`/api/councils/${council.id}`, { version: 1, majorityShare: 0.4 })
    expect(bad.status).toBe(400)
    expect(bad.body.error.fields.majorityShare).toBe('Tỷ lệ biểu quyết theo quy chế: không được nhỏ hơn 0,5 (quá nửa)')
  })

  it('does not open without a quorum: 7 of 11 present when 8 are needed', async () => {
    const officer = await t.as('officerA')
    session = await created(await officer.post(`/api/council-sessions/${session.id}/items`, { nominationId: nomination.id }))
    const marked = await markAttendance(t, session.id, seats, seats.slice(0, 7))
    expect(marked.quorum).toMatchObject({ present: 7, needed: 8, met: false })
    const res = await officer.post(`/api/council-sessions/${session.id}/open`, { version: marked.version })
    expect(res.status).toBe(409)
    expect(res.body.error.message).toBe('Chưa đủ số thành viên dự họp: có mặt 7/11 thành viên, cần ít nhất 8 (66,67% tổng số thành viên theo quy chế Hội đồng; Nghị định 98/2023/NĐ-CP, Điều 49).')
    expect((await officer.get(`/api/council-sessions/${session.id}`)).body.status).toBe('draft')
  })

  it('refuses a stale version when opening', async () => {
    const officer = await t.as('officerA')
    const marked = await markAttendance(t, session.id, seats, seats.slice(0, 10))
    const stale = await officer.post(`/api/council-sessions/${session.id}/open`, { version: marked.version - 1 })
    expect(stale.status).toBe(409)
    expect(stale.body.error.fields).toHaveProperty('version')
    const recused = await officer.post(`/api/council-items/${marked.items[0].id}/recusals`, { memberId: seats[2]!.memberId, reason: 'Là vợ của người được đề nghị' })
    expect(recused.status).toBe(201)
    session = recused.body
    const opened = await officer.post(`/api/council-sessions/${session.id}/open`, { version: session.version })
    expect(opened.status).toBe(200)
    session = opened.body
  })
})

describe('ballots', () => {
  const ballot = async (seat: Seat, choice = 'for') => (await seat.client()).post(`/api/council-items/${session.items[0]!.id}/ballot`, { choice })

  it('takes one ballot per member and refuses the second', async () => {
    expect((await ballot(seats[0]!)).status).toBe(200)
    const before = await ballotRows()
    const again = await ballot(seats[0]!, 'against')
    expect(again.status).toBe(409)
    expect(again.body.error.message).toBe('Đồng chí đã bỏ phiếu cho nội dung này; mỗi thành viên chỉ bỏ phiếu một lần.')
    expect(await ballotRows()).toBe(before)
  })

  it('refuses a member marked absent, a recused member and an account without a seat', async () => {
    const before = await ballotRows()
    const absent = await ballot(seats[10]!)
    expect(absent.status).toBe(409)
    expect(absent.body.error.message).toBe('Đồng chí chưa được ghi có mặt tại phiên họp: thành viên vắng mặt gửi ý kiến bằng văn bản, không bỏ phiếu trực tuyến.')
    const recused = await ballot(seats[2]!)
    expect(recused.status).toBe(409)
    expect(recused.body.error.message).toBe('Đồng chí không tham gia biểu quyết nội dung này (Là vợ của người được đề nghị).')
    for (const account of ['councilA', 'officerA']) {
      const stranger = await (await t.as(account)).post(`/api/council-items/${session.items[0]!.id}/ballot`, { choice: 'for' })
      expect(stranger.status).toBe(403)
      expect(stranger.body.error.message).toBe('Tài khoản của đồng chí không gắn với thành viên nào đang hoạt động của Hội đồng Thi đua – Khen thưởng xã Bình Thành, nên không bỏ phiếu được.')
    }
    const unit = await (await t.as('unitSchoolA')).post(`/api/council-items/${session.items[0]!.id}/ballot`, { choice: 'for' })
    expect(unit.status).toBe(403)
    const bad = await (await seats[1]!.client()).post(`/api/council-items/${session.items[0]!.id}/ballot`, { choice: 'yes' })
    expect(bad.status).toBe(400)
    expect(bad.body.error.fields.choice).toMatch(/^Phiếu biểu quyết: chỉ nhận for/)
    expect(await ballotRows()).toBe(before)
  })

  it('refuses a written opinion for a present member and members changes while voting', async () => {
    const officer = await t.as('officerA')
    const present = await officer.put(`/api/council-items/${session.items[0]!.id}/written-opinion`, { memberId: seats[1]!.memberId, choice: 'for' })
    expect(present.status).toBe(400)
    expect(present.body.error.fields.memberId).toBe('Thành viên vắng mặt: thành viên này có mặt')
    const added = await officer.post(`/api/councils/${council.id}/members`, { fullName: 'Người Mới', role: 'member' })
    expect(added.status).toBe(409)
    expect(added.body.error.message).toBe('Hội đồng Thi đua – Khen thưởng xã Bình Thành đang có phiên họp bỏ phiếu: thay đổi thành viên sau khi kết thúc phiên họp.')
    const away = await officer.put(`/api/council-sessions/${session.id}/attendance/${seats[0]!.memberId}`, { present: false })
    expect(away.status).toBe(409)
    expect(away.body.error.message).toBe('Ma Văn Hùng đã bỏ phiếu tại phiên họp: không ghi vắng mặt được.')
  })

  it('refuses a ballot after the close', async () => {
    const officer = await t.as('officerA')
    const closed = await officer.post(`/api/council-sessions/${session.id}/close`, { version: session.version })
    expect(closed.status).toBe(200)
    expect(closed.body.items[0]).toMatchObject({ result: 'failed', tally: { total: { for: 1 } } })
    const late = await ballot(seats[1]!)
    expect(late.status).toBe(409)
    expect(late.body.error.message).toBe('Phiên họp «Phiên họp tháng 12» đã kết thúc: không bỏ phiếu được nữa.')
    expect((await officer.get(`/api/nominations/${nomination.id}`)).body.status).toBe('failed')
  })
})
