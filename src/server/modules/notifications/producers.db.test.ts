// Each producer notifies the right accounts inside its own transaction, and "Việc sắp đến hạn" follows the
// same work: a reminder and a review reach the registering unit; a returned nomination its unit; a session
// opened for voting its present members (due: the items a member has not voted on — by receipt only); a
// public comment the posting organization's managers (due: unresolved); a proposal the level above, and its
// answer the sender.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { communeCouncil, markAttendance, seatMembers, submittedNomination, vote, type Seat } from '../council/council.testing.ts'
import { created } from '../nominations/nominations.testing.ts'
import { dayFromToday, nominationsAt } from '../postings/postings.testing.ts'
import { passedAtCommune } from '../proposals/proposals.testing.ts'
import { notifyAccounts } from './notify.ts'
import { notificationClients, notificationsOf } from './notifications.testing.ts'
import { getDue } from './get-due.ts'

let t: HistoryTestContext
let as: ReturnType<typeof notificationClients>

beforeAll(async () => {
  t = await openHistoryTest()
  as = notificationClients(t)
})
afterAll(() => t.db.close())

const due = async (account: string) => (await (await as(account)).get('/api/notifications/due?days=30')).body as { items: { kind: string; title: string; detail: string | null; link: string }[] }
const dueOf = async (account: string, kind: string) => (await due(account)).items.filter((i) => i.kind === kind)

describe('registrations', () => {
  it('a reminder reaches the reminded unit with the officer\'s note', async () => {
    const officer = await t.as('officerA')
    await created(await officer.post('/api/registrations/reminders', { organizationId: t.tenant.org.schoolA.id, year: 2026, note: 'Hạn cuối ngày 15/01' }))
    expect((await notificationsOf(t, 'unitSchoolA'))[0]).toEqual({ kind: 'registration.reminded', title: 'Nhắc đăng ký thi đua năm 2026', body: 'Hạn cuối ngày 15/01', link: '/dang-ky-thi-dua', read_at: null })
    expect(await notificationsOf(t, 'officerB')).toEqual([])
  })

  it('returning and approving reach the registering unit, with the reason', async () => {
    const unit = await t.as('unitSchoolA')
    const officer = await t.as('officerA')
    let r = await created(await unit.post('/api/registrations', { organizationId: t.tenant.org.schoolA.id, year: 2026, targets: [{ code: 'TTLDTT', scope: 'unit', count: 1 }], commitments: ['Hoàn thành kế hoạch năm học'] }))
    r = await created(await unit.post(`/api/registrations/${r.id}/submit`, { version: r.version }), 200)
    r = await created(await officer.post(`/api/registrations/${r.id}/return`, { version: r.version, reason: 'Bổ sung chỉ tiêu chuyển đổi số' }), 200)
    expect((await notificationsOf(t, 'unitSchoolA'))[0]).toMatchObject({
      kind: 'registration.returned', title: 'Bản đăng ký thi đua của Trường Tiểu học Bình Thành (2026) bị cấp trên trả lại', body: 'Lý do: Bổ sung chỉ tiêu chuyển đổi số', link: `/dang-ky-thi-dua/${r.id}`,
    })
    r = await created(await unit.post(`/api/registrations/${r.id}/submit`, { version: r.version }), 200)
    await created(await officer.post(`/api/registrations/${r.id}/approve`, { version: r.version }), 200)
    expect((await notificationsOf(t, 'unitSchoolA'))[0]).toMatchObject({ kind: 'registration.approved', title: 'Bản đăng ký thi đua của Trường Tiểu học Bình Thành (2026) đã được cấp trên duyệt', body: null })
  })
})

describe('nominations', () => {
  it('an officer sees a submitted nomination as due for checking; returning it reaches the unit and clears it', async () => {
    const n = await submittedNomination(t, 'Hoàng Thị Hoa', 'LDTT')
    expect(await dueOf('officerA', 'nomination_check')).toEqual([expect.objectContaining({ title: 'Kiểm tra hồ sơ đề nghị «Hoàng Thị Hoa» — LĐTT', link: `/de-nghi/${n.id}` })])
    expect(await dueOf('provinceOfficer', 'nomination_check')).toEqual([]) // the commune's level checks it, not the province
    expect(await dueOf('officerB', 'nomination_check')).toEqual([])
    const officer = await t.as('officerA')
    const { version } = (await officer.get(`/api/nominations/${n.id}`)).body
    await created(await officer.post(`/api/nominations/${n.id}/return`, { version, reason: 'Thiếu biên bản họp xét' }), 200)
    expect((await notificationsOf(t, 'unitSchoolA'))[0]).toMatchObject({ kind: 'nomination.returned', title: 'Đề nghị «Hoàng Thị Hoa» — LĐTT: hồ sơ bị trả lại', body: 'Lý do: Thiếu biên bản họp xét', link: `/de-nghi/${n.id}` })
    expect(await dueOf('officerA', 'nomination_check')).toEqual([])
  })
})

describe('a council session', () => {
  let seats: Seat[]
  let session: { id: string; items: { id: string }[] }

  it('opening the vote reaches the present members\' accounts only', async () => {
    const first = await submittedNomination(t, 'Nguyễn Thị Lan', 'LDTT')
    const second = await submittedNomination(t, 'Triệu Văn Minh', 'LDTT')
    const council = await communeCouncil(t)
    seats = await seatMembers(t, council.id, 4)
    const officer = await t.as('officerA')
    const draft = await created(await officer.post(`/api/councils/${council.id}/sessions`, { title: 'Xét khen thưởng năm 2025', meetsOn: '2025-12-15' }))
    await created(await officer.post(`/api/council-sessions/${draft.id}/items`, { nominationId: first.id }))
    await created(await officer.post(`/api/council-sessions/${draft.id}/items`, { nominationId: second.id }))
    const marked = await markAttendance(t, draft.id, seats, seats.slice(0, 3))
    session = await created(await officer.post(`/api/council-sessions/${draft.id}/open`, { version: marked.version }), 200)
    const received = await t.db.query<{ account_id: string; title: string; link: string }>(`SELECT account_id, title, link FROM notifications WHERE kind = 'council.voting_opened'`)
    expect(received.map((r) => r.account_id).sort()).toEqual(seats.slice(0, 3).map((s) => s.accountId).sort())
    expect(received[0]).toMatchObject({
      title: 'Khai mạc bỏ phiếu phiên họp «Xét khen thưởng năm 2025» ngày 15/12/2025 của Hội đồng Thi đua – Khen thưởng xã Bình Thành', link: `/hoi-dong/phien/${draft.id}`,
    })
  })

  it('shows a present member the session as due until they have voted on every item — from receipts, never choices', async () => {
    const [chair, secretary, , absent] = seats
    const digestOf = async (seat: Seat) => {
      const row = (await t.db.query<{ username: string; organization_id: string }>(`SELECT username, organization_id FROM accounts WHERE id = $1`, [seat.accountId]))[0]!
      const actor = { accountId: seat.accountId, provinceId: t.tenant.provinceId, username: row.username, displayName: seat.fullName, role: 'council_member' as const, organizationId: row.organization_id, organizationPath: t.tenant.org.communeA.path }
      return (await getDue({ db: t.db, actor, requestId: 'test' }, 14)).items.filter((i) => i.kind === 'council_vote')
    }
    expect(await digestOf(chair!)).toEqual([expect.objectContaining({ title: 'Bỏ phiếu phiên họp «Xét khen thưởng năm 2025» — Hội đồng Thi đua – Khen thưởng xã Bình Thành', detail: expect.stringMatching(/^Còn 2 nội dung bạn chưa bỏ phiếu/) })])
    await vote([chair!], session.items[0]!.id, 'against')
    expect((await digestOf(chair!))[0]!.detail).toMatch(/^Còn 1 nội dung/)
    await vote([chair!], session.items[1]!.id, 'for')
    expect(await digestOf(chair!)).toEqual([])
    expect(await digestOf(secretary!)).toHaveLength(1)
    expect(await digestOf(absent!)).toEqual([]) // absent members give written opinions instead
  })
})

describe('public postings', () => {
  it('a comment from the public reaches the posting organization\'s managers and stays due until resolved', async () => {
    const passed = await nominationsAt(t, ['Lý Thị Nga'])
    const officer = await t.as('officerA')
    const posting = await created(await officer.post('/api/postings', {
      organizationId: t.tenant.org.communeA.id, title: 'Danh sách đề nghị công nhận Lao động tiên tiến năm 2025', startsOn: dayFromToday(-1), endsOn: dayFromToday(7), nominationIds: passed.map((n) => n.id),
    }))
    const before = (await notificationsOf(t, 'councilA')).length
    const res = await t.app.request(`/api/public/postings/${posting.id}/comments`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ authorName: 'Trần Văn Dân', content: 'Đề nghị xem lại thành tích.' }),
    })
    expect(res.status).toBe(201)
    expect((await notificationsOf(t, 'officerA'))[0]).toMatchObject({
      kind: 'posting.comment_received', title: 'Góp ý mới về danh sách công khai «Danh sách đề nghị công nhận Lao động tiên tiến năm 2025»', body: 'Trần Văn Dân: Đề nghị xem lại thành tích.', link: `/cong-khai-danh-sach/${posting.id}`,
    })
    expect((await notificationsOf(t, 'councilA')).length).toBe(before) // managers only
    expect(await dueOf('officerA', 'public_comments')).toEqual([expect.objectContaining({ title: 'Xử lý 1 góp ý về danh sách công khai «Danh sách đề nghị công nhận Lao động tiên tiến năm 2025»', link: `/cong-khai-danh-sach/${posting.id}` })])
    expect(await dueOf('officerB', 'public_comments')).toEqual([])
  })

  it('a robot\'s comment (honeypot) notifies nobody', async () => {
    const count = (await t.db.query(`SELECT 1 FROM notifications WHERE kind = 'posting.comment_received'`)).length
    const [posting] = await t.db.query<{ id: string }>(`SELECT id FROM public_postings WHERE province_id = $1`, [t.tenant.provinceId])
    await t.app.request(`/api/public/postings/${posting!.id}/comments`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ authorName: 'Bot', content: 'Quảng cáo', website: 'http://spam.example' }),
    })
    expect((await t.db.query(`SELECT 1 FROM notifications WHERE kind = 'posting.comment_received'`)).length).toBe(count)
  })
})

describe('upward proposals', () => {
  it('a proposal sent up reaches the level above\'s managers; its answer reaches the sender\'s', async () => {
    const lan = await passedAtCommune(t, 'Đàm Thị Lan')
    const commune = await t.as('officerA')
    const draft = await created(await commune.post('/api/proposals', { nominationIds: [lan.id] }))
    const sent = await created(await commune.post(`/api/proposals/${draft.id}/send`, { version: draft.version }), 200)
    expect((await notificationsOf(t, 'provinceOfficer'))[0]).toMatchObject({ kind: 'proposal.received', title: expect.stringMatching(/^Nhận Tờ trình số 01\/TTr-UBND ngày .* của Xã Bình Thành$/), link: `/trinh-cap-tren/${draft.id}` })
    await created(await (await t.as('provinceOfficer')).post(`/api/proposals/${draft.id}/answers`, {
      version: sent.version, items: [{ nominationId: lan.id, outcome: 'decided', decisionNumber: '125/QĐ-UBND', decisionDate: '2026-01-15', decisionIssuer: 'Chủ tịch UBND tỉnh Thử nghiệm' }],
    }), 200)
    expect((await notificationsOf(t, 'officerA'))[0]).toMatchObject({ kind: 'proposal.answered', title: `«${draft.title}» đã có kết quả: 1/1 trường hợp được khen thưởng`, link: `/trinh-cap-tren/${draft.id}` })
    expect((await notificationsOf(t, 'signerA')).filter((n) => n.kind.startsWith('proposal.'))).toEqual([]) // managers only
  })
})

it('a producer call with a link that is not an app path fails the producer\'s transaction', async () => {
  await expect(t.db.transaction((tx) => notifyAccounts(tx, t.tenant.provinceId, [t.tenant.accounts.officerA!.id], { kind: 'x', title: 'x', link: 'https://evil.example' }))).rejects.toThrow()
})
