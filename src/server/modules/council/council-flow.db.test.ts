// The commune council from setup to minutes: eleven members (the head of the primary school among them), a
// session with a CSTĐCS (80% of all members, Nghị định 98/2023 Điều 30 khoản 7) and an LĐTT (the council's
// majority), automatic recusal of the school's head, attendance with one absentee who sends a written
// opinion, secret ballots by the members' own accounts with no count shown while voting is open, the close
// moving both nominations with the figures as reason, and the minutes in Word.
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../../testing/api-client.ts'
import { TEST_PASSWORD } from '../../testing/fixtures.ts'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { created } from '../nominations/nominations.testing.ts'
import { communeCouncil, markAttendance, seatMembers, submittedNomination, vote, type Seat } from './council.testing.ts'

let t: HistoryTestContext
let council: { id: string; version: number }
let seats: Seat[]
let cstdcs: { id: string }
let ldtt: { id: string }
let session: { id: string; version: number; items: { id: string; nominationId: string }[] }

beforeAll(async () => {
  t = await openHistoryTest()
  cstdcs = await submittedNomination(t, 'Nguyễn Thị Lan', 'CSTDCS')
  ldtt = await submittedNomination(t, 'Triệu Văn Minh', 'LDTT')
})
afterAll(() => t.db.close())

const itemOf = (nominationId: string) => session.items.find((i) => i.nominationId === nominationId)!

describe('a council session from the agenda to the minutes', () => {
  it('sets up the council with its rules as settings (❓) and eleven members', async () => {
    council = await communeCouncil(t, { establishedBy: 'Quyết định số 15/QĐ-UBND ngày 02/01/2025 của Chủ tịch UBND xã Bình Thành' })
    expect(council).toMatchObject({ organizationName: 'Xã Bình Thành', quorumShare: 0.6667, majorityShare: 0.5, members: [], sessions: [], canManage: true })
    expect((council as unknown as { settingsNote: string }).settingsNote).toMatch(/^Chưa xác nhận: tỷ lệ dự họp/)
    seats = await seatMembers(t, council.id, 11)
    const officer = await t.as('officerA')
    const head = (await officer.get(`/api/councils/${council.id}`)).body.members.find((m: { id: string }) => m.id === seats[10]!.memberId)
    const led = await officer.patch(`/api/council-members/${head.id}`, { version: head.version, leadsOrganizationId: t.tenant.org.schoolA.id, position: 'Hiệu trưởng Trường Tiểu học Bình Thành' })
    expect(led.status).toBe(200)
    expect(led.body).toMatchObject({ leadsOrganizationName: 'Trường Tiểu học Bình Thành', roleLabel: 'Ủy viên' })
    const mine = (await officer.get('/api/councils')).body
    expect(mine.council.activeMembers).toBe(11)
    expect(mine.council.members[0]).toMatchObject({ fullName: 'Ma Văn Hùng', roleLabel: 'Chủ tịch Hội đồng' })
  })

  it('prepares a session: the eligible nominations, thresholds, automatic recusals, and the nominations move to the council', async () => {
    const officer = await t.as('officerA')
    const draft = await created(await officer.post(`/api/councils/${council.id}/sessions`, { title: 'Xét khen thưởng năm 2025', meetsOn: '2025-12-15', place: 'Hội trường UBND xã Bình Thành' }))
    expect(draft).toMatchObject({ status: 'draft', statusLabel: 'Đang chuẩn bị', totalMembers: null, quorum: { members: 11, present: 0, needed: 8, met: false } })
    const eligible = (await officer.get(`/api/council-sessions/${draft.id}/eligible-nominations`)).body
    expect(eligible.map((n: { id: string }) => n.id).sort()).toEqual([cstdcs.id, ldtt.id].sort())
    await created(await officer.post(`/api/council-sessions/${draft.id}/items`, { nominationId: cstdcs.id }))
    session = await created(await officer.post(`/api/council-sessions/${draft.id}/items`, { nominationId: ldtt.id }))
    expect(session.items.map((i) => (i as unknown as { threshold: { label: string; votesNeeded: number } }).threshold)).toMatchObject([
      { label: 'Ít nhất 80% tổng số thành viên Hội đồng đồng ý (bỏ phiếu)', strict: false, votesNeeded: 9 },
      { label: 'Quá nửa tổng số thành viên Hội đồng đồng ý (quy chế Hội đồng)', strict: true, votesNeeded: 6 },
    ])
    for (const item of session.items as unknown as { recusals: unknown[] }[]) {
      expect(item.recusals).toEqual([{ memberId: seats[10]!.memberId, fullName: 'Mông Văn Tuấn', reason: 'Là người đứng đầu đơn vị đề nghị (Trường Tiểu học Bình Thành)', automatic: true }])
    }
    const moved = (await officer.get(`/api/nominations/${cstdcs.id}`)).body
    expect(moved.status).toBe('to_council')
    expect(moved.history.at(-1).reason).toBe('Đưa vào chương trình phiên họp «Xét khen thưởng năm 2025» ngày 15/12/2025 của Hội đồng Thi đua – Khen thưởng xã Bình Thành')
    expect((await officer.get(`/api/council-sessions/${draft.id}/eligible-nominations`)).body).toEqual([])
  })

  it('takes attendance and opens voting with the number of members fixed', async () => {
    const officer = await t.as('officerA')
    const present = seats.filter((_, i) => i !== 9)
    const marked = await markAttendance(t, session.id, seats, present)
    expect(marked.quorum).toMatchObject({ members: 11, present: 10, needed: 8, met: true, problem: null })
    const opened = await officer.post(`/api/council-sessions/${session.id}/open`, { version: marked.version })
    expect(opened.status).toBe(200)
    expect(opened.body).toMatchObject({ status: 'open', statusLabel: 'Đang bỏ phiếu', totalMembers: 11 })
    session = opened.body
  })

  it('lets each present member vote once with their own account, showing only "đã bỏ phiếu"', async () => {
    const lan = itemOf(cstdcs.id).id
    const minh = itemOf(ldtt.id).id
    await vote(seats.slice(0, 8), lan, 'for')
    await vote(seats.slice(8, 9), lan, 'against')
    await vote(seats.slice(0, 6), minh, 'for')
    await vote(seats.slice(6, 9), minh, 'against')
    const paper = (await (await seats[0]!.client()).get(`/api/council-sessions/${session.id}/my-ballot`)).body
    expect(paper).toMatchObject({ present: true, member: { fullName: 'Ma Văn Hùng', roleLabel: 'Chủ tịch Hội đồng' } })
    expect(paper.items.map((i: { voted: boolean; recusal: string | null }) => [i.voted, i.recusal])).toEqual([[true, null], [true, null]])
    expect(JSON.stringify(paper)).not.toMatch(/"(for|against|abstain|choice)"/)
    const recused = (await (await seats[10]!.client()).get(`/api/council-sessions/${session.id}/my-ballot`)).body
    expect(recused.items.map((i: { voted: boolean; recusal: string | null }) => [i.voted, i.recusal])).toEqual([
      [false, 'Là người đứng đầu đơn vị đề nghị (Trường Tiểu học Bình Thành)'], [false, 'Là người đứng đầu đơn vị đề nghị (Trường Tiểu học Bình Thành)'],
    ])
  })

  it('records the absentee\'s written opinions', async () => {
    const officer = await t.as('officerA')
    const absent = seats[9]!
    await created(await officer.put(`/api/council-items/${itemOf(cstdcs.id).id}/written-opinion`, { memberId: absent.memberId, choice: 'for', note: 'Đồng ý theo hồ sơ' }), 200)
    const res = await officer.put(`/api/council-items/${itemOf(ldtt.id).id}/written-opinion`, { memberId: absent.memberId, choice: 'against' })
    expect(res.status).toBe(200)
    session = res.body
  })

  it('shows no count while voting is open, only how many ballots and opinions each item received', async () => {
    for (const reader of [await t.as('officerA'), await seats[0]!.client()]) {
      const detail = (await reader.get(`/api/council-sessions/${session.id}`)).body
      expect(detail.items.map((i: { received: unknown; tally: unknown; result: unknown }) => [i.received, i.tally, i.result])).toEqual([
        [{ ballots: 9, writtenOpinions: 1 }, null, null],
        [{ ballots: 9, writtenOpinions: 1 }, null, null],
      ])
      expect(JSON.stringify(detail)).not.toMatch(/votes(For|Against|Abstain)|"ballots":\{/)
    }
    const member = (await (await seats[0]!.client()).get(`/api/council-sessions/${session.id}`)).body
    expect(member.items[0].writtenOpinions).toBeNull()
    expect(member.seat).toMatchObject({ memberId: seats[0]!.memberId, present: true })
  })

  it('keeps no column that pairs a member with a secret choice, and no time of a ballot', async () => {
    const columns = await t.db.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name IN ('ballot_receipts', 'council_items')`,
    )
    expect(columns.filter((c) => c.table_name === 'ballot_receipts').map((c) => c.column_name).sort()).toEqual(['item_id', 'member_id', 'province_id'])
    expect(columns.filter((c) => c.table_name === 'council_items').map((c) => c.column_name)).not.toEqual(expect.arrayContaining([expect.stringMatching(/_at$|time|member/)]))
    // Only written opinions (signed, not secret) hold a member next to a choice, and no member who voted has one.
    const paired = await t.db.query<{ table_name: string }>(
      `SELECT DISTINCT c.table_name FROM information_schema.columns c JOIN information_schema.columns m ON m.table_schema = c.table_schema AND m.table_name = c.table_name
        WHERE c.table_schema = current_schema() AND c.column_name = 'choice' AND m.column_name LIKE '%member%'`,
    )
    expect(paired.map((r) => r.table_name)).toEqual(['written_opinions'])
    const overlap = await t.db.query(`SELECT 1 FROM written_opinions w JOIN ballot_receipts r ON r.province_id = w.province_id AND r.item_id = w.item_id AND r.member_id = w.member_id`)
    expect(overlap).toEqual([])
    const ballots = await t.db.query<{ summary: string; before: unknown; after: unknown }>(`SELECT summary, before, after FROM audit_log WHERE action = 'ballot'`)
    expect(ballots).toHaveLength(18)
    for (const row of ballots) {
      expect(row).toMatchObject({ before: null, after: null })
      expect(row.summary).toMatch(/đã bỏ phiếu nội dung/)
      expect(row.summary).not.toMatch(/Đồng ý|Không đồng ý|Không biểu quyết/)
    }
  })

  it('closes: 9/11 passes the 80% item, 6/11 the majority item; the nominations move with the figures as reason', async () => {
    const officer = await t.as('officerA')
    const closed = await officer.post(`/api/council-sessions/${session.id}/close`, { version: session.version })
    expect(closed.status).toBe(200)
    expect(closed.body.status).toBe('closed')
    const [lan, minh] = closed.body.items
    expect(lan.tally).toEqual({
      ballots: { for: 8, against: 1, abstain: 0 }, written: { for: 1, against: 0, abstain: 0 }, total: { for: 9, against: 1, abstain: 0 }, totalMembers: 11, shareFor: '81,8%', reachedThreshold: true,
    })
    expect(lan.result).toBe('passed')
    expect(lan.resultReason).toMatch(/^Hội đồng: 9\/11 thành viên đồng ý \(81,8%\); cần ít nhất 80% tổng số thành viên \(/)
    expect(minh.tally.total).toEqual({ for: 6, against: 4, abstain: 0 })
    expect(minh.resultReason).toBe('Hội đồng: 6/11 thành viên đồng ý (54,5%); cần quá nửa tổng số thành viên (Quy chế làm việc của Hội đồng Thi đua – Khen thưởng (biểu quyết theo đa số; Nghị định 98/2023/NĐ-CP, Điều 49))')
    expect(minh.writtenOpinions).toEqual([{ memberId: seats[9]!.memberId, fullName: 'Hà Thị Yến', choice: 'against', choiceLabel: 'Không đồng ý', note: null }])
    const nomination = (await officer.get(`/api/nominations/${cstdcs.id}`)).body
    expect(nomination.status).toBe('passed')
    expect(nomination.history.at(-1)).toMatchObject({ fromStatus: 'to_council', toStatus: 'passed', reason: lan.resultReason })
    expect(closed.body.quota).toBeNull()
  })

  it('writes the minutes: attendance, the absentee\'s opinions, the votes as shares of all members, recusals, signatures', async () => {
    const app = testApp(t.db)
    const login = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: t.tenant.accounts.officerA!.username, password: TEST_PASSWORD }) })
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!
    const res = await app.request(`/api/council-sessions/${session.id}/minutes.docx`, { headers: { cookie } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toContain('Bien-ban-hop-Hoi-dong')
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) })
    for (const expected of [
      'HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG', 'BIÊN BẢN', 'Hôm nay, ngày 15/12/2025, tại Hội trường UBND xã Bình Thành',
      'Chủ trì: Đồng chí Ma Văn Hùng, Chức vụ 1 — Chủ tịch Hội đồng.', 'Thư ký: Đồng chí Lục Thị Hoa, Chức vụ 2 — Ủy viên, Thư ký.',
      'Thành phần: 10/11 thành viên Hội đồng có mặt, 1 thành viên vắng mặt.', 'Đồng chí Hà Thị Yến, Chức vụ 10 — Ủy viên — có ý kiến bằng văn bản.',
      'Nguyễn Thị Lan (Trường Tiểu học Bình Thành)', '81,8%', '54,5%', 'Ít nhất 80% tổng số thành viên Hội đồng đồng ý (bỏ phiếu)',
      'Hà Thị Yến: Đồng ý đề nghị Chiến sĩ thi đua cơ sở cho Nguyễn Thị Lan (Đồng ý theo hồ sơ).',
      'Mông Văn Tuấn không biểu quyết trường hợp Nguyễn Thị Lan: Là người đứng đầu đơn vị đề nghị (Trường Tiểu học Bình Thành).',
      'Các trường hợp được thông qua không vượt tỷ lệ khen thưởng theo quy định.', 'Hội đồng thống nhất thông qua 2/2 trường hợp',
      'THƯ KÝ: Lục Thị Hoa', 'TM. HỘI ĐỒNG', 'CHỦ TỊCH',
    ]) expect(text).toContain(expected)
    const pdf = await app.request(`/api/council-sessions/${session.id}/minutes.pdf`, { headers: { cookie } })
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
  })
})
