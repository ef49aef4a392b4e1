// The demo walks the commendation workflow (seed-commendation.ts): Bắc Sơn's closed council session, its ended
// posting with a resolved comment, the issued Giấy khen decision with its certificates and the Bằng khen sent
// up to the province (journey C); Bình Thành's open posting and its session with voting in progress (journey E).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db/client.ts'
import { openTestDb } from '../testing/test-db.ts'
import { ApiClient, testApp } from '../testing/api-client.ts'
import { todayInVietnam } from '../../shared/people.ts'
import { DEMO_PASSWORD, seedDemo } from './seed-demo.ts'

let db: Db
let app: ReturnType<typeof testApp>
const signIn = (username: string) => ApiClient.signIn(app, username, DEMO_PASSWORD)

interface Item { id: string; nominee: { name: string }; targetShort: string; nominationStatus: string; received: { ballots: number; writtenOpinions: number }; tally: { total: { for: number } } | null; result: string | null }

beforeAll(async () => {
  db = await openTestDb()
  await seedDemo(db, { replace: false })
  app = testApp(db)
})
afterAll(() => db.close())

describe('demo commendation workflow', () => {
  it('journey C: Bắc Sơn\'s council voted by secret ballot with one written opinion, and the session is closed', async () => {
    const officer = await signIn('bacson.vanphong')
    const { council } = (await officer.get('/api/councils')).body
    expect(council.members).toHaveLength(9)
    expect(council.members[0]).toMatchObject({ fullName: 'Trịnh Minh Tuấn', roleLabel: 'Chủ tịch Hội đồng', accountUsername: 'bacson.chutich' })
    expect(council.members.map((m: { position: string }) => m.position)).toContain('Chủ tịch Ủy ban MTTQ Việt Nam xã')
    expect(council.members.filter((m: { role: string }) => m.role === 'secretary')).toHaveLength(1)
    const session = (await officer.get(`/api/council-sessions/${council.sessions[0].id}`)).body
    expect(session).toMatchObject({ status: 'closed', totalMembers: 9, quorum: { present: 8 } })
    expect(session.items.map((i: Item) => [i.nominee.name, i.result, i.tally!.total.for, i.received])).toEqual([
      ['Lê Thị Hiền', 'passed', 8, { ballots: 8, writtenOpinions: 1 }],
      ['Thôn Kim Sơn', 'passed', 9, { ballots: 8, writtenOpinions: 1 }],
      [expect.stringMatching(/^Hộ /), 'failed', 3, { ballots: 8, writtenOpinions: 1 }],
      ['Trường Mầm non Bắc Sơn', 'passed', 7, { ballots: 8, writtenOpinions: 1 }],
    ])
    // The ballots were cast by the members' own accounts: one receipt per member and item, no choice beside a member.
    const receipts = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ballot_receipts r JOIN council_items i ON i.province_id = r.province_id AND i.id = r.item_id WHERE i.session_id = $1`, [session.id])
    expect(receipts[0]!.n).toBe(32)
  })

  it('journey C: the passed list was posted, the posting has ended and its one comment is resolved', async () => {
    const officer = await signIn('bacson.vanphong')
    const [posting] = (await officer.get('/api/postings')).body.items
    expect(posting).toMatchObject({ phase: 'closed', itemCount: 3, commentCount: 1, unresolvedCount: 0 })
    expect(posting.endsOn < todayInVietnam()).toBe(true)
    const detail = (await officer.get(`/api/postings/${posting.id}`)).body
    expect(detail.comments).toEqual([expect.objectContaining({ authorName: 'Hoàng Văn Thắng', nominationName: 'Thôn Kim Sơn', resolution: expect.stringMatching(/^Đã xác minh/) })])
    const pub = await app.request(`/api/public/postings/${posting.id}`)
    expect((await pub.json()).commentsOpen).toBe(false)
  })

  it('journey C: the chairman issued the Giấy khen decision with registry rows and two verifiable certificates', async () => {
    const officer = await signIn('bacson.vanphong')
    const { items } = (await officer.get('/api/decisions?status=issued')).body
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ numberAndSymbol: '01/QĐ-UBND', title: 'Về việc tặng Giấy khen năm 2025', lineCount: 2, organization: { name: 'Xã Bắc Sơn' } })
    const decision = (await officer.get(`/api/decisions/${items[0].id}`)).body
    expect(decision).toMatchObject({ signerName: 'Trịnh Minh Tuấn', issuedByName: expect.stringContaining('Trịnh Minh Tuấn'), problems: [] })
    const meetsOn = (await officer.get('/api/councils')).body.council.sessions[0].meetsOn as string
    expect(decision.bases).toContain(`Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng ngày ${meetsOn.split('-').reverse().join('/')}`)
    // the units' proposals (tờ trình) came before the council, the decision after the posting
    const proposed = decision.bases.filter((b: string) => b.startsWith('Xét đề nghị')).map((b: string) => b.slice(-10).split('/').reverse().join('-'))
    expect(proposed).toHaveLength(2)
    for (const on of proposed) expect(on < meetsOn).toBe(true)
    const { certificates } = (await officer.get(`/api/decisions/${items[0].id}/certificates`)).body
    expect(certificates.map((c: { serial: number; awardeeName: string; status: string }) => [c.serial, c.awardeeName, c.status])).toEqual([[1, 'Thôn Kim Sơn', 'valid'], [2, 'Bà Lê Thị Hiền', 'valid']])
    const awards = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM award_records WHERE decision_id = $1`, [items[0].id])
    expect(awards[0]!.n).toBe(2)
    const verified = await app.request(`/api/public/certificates/${certificates[1].code}`)
    expect(verified.status).toBe(200)
    expect(JSON.stringify(await verified.json())).toContain('Lê Thị Hiền')
  })

  it('journey C: the Bằng khen went up to the province, which sees it as incoming', async () => {
    const province = await signIn('tinh.thuongtruc')
    const incoming = (await province.get('/api/proposals?direction=incoming')).body.items
    expect(incoming).toEqual([expect.objectContaining({ status: 'sent', from: expect.objectContaining({ name: 'Xã Bắc Sơn' }), itemCount: 1, itemCounts: { proposed: 1 } })])
    const detail = (await province.get(`/api/proposals/${incoming[0].id}`)).body
    expect(JSON.stringify(detail.items)).toContain('Trường Mầm non Bắc Sơn')
    const bacSon = await signIn('bacson.vanphong')
    expect((await bacSon.get('/api/proposals/candidates')).body.items).toEqual([])
  })

  it('journey E: Bình Thành\'s first list is posted and open for comments today', async () => {
    const officer = await signIn('binhthanh.vanphong')
    const [posting] = (await officer.get('/api/postings')).body.items
    expect(posting).toMatchObject({ phase: 'open', itemCount: 1, commentCount: 0 })
    const pub = await (await app.request(`/api/public/postings/${posting.id}`)).json()
    expect(pub).toMatchObject({ commentsOpen: true, organizationName: 'Xã Bình Thành' })
    expect(pub.items.map((i: { targetName: string }) => i.targetName)).toEqual(['Lao động tiên tiến'])
  })

  it('journey E: the second session is open, binhthanh.hoidong has not voted yet and nobody sees a count', async () => {
    const member = await signIn('binhthanh.hoidong')
    const mine = (await member.get('/api/council-sessions/mine')).body
    expect(mine).toEqual([expect.objectContaining({ title: 'Xét danh hiệu thi đua năm 2025 (đợt 2)' })])
    const session = (await member.get(`/api/council-sessions/${mine[0].id}`)).body
    expect(session).toMatchObject({ status: 'open', totalMembers: 7, quorum: { present: 5 }, seat: { present: true } })
    expect(session.items.map((i: Item) => [i.targetShort, i.received, i.tally, i.result])).toEqual([
      ['LĐTT', { ballots: 2, writtenOpinions: 1 }, null, null],
      ['TTLĐTT', { ballots: 2, writtenOpinions: 0 }, null, null],
    ])
    const paper = (await member.get(`/api/council-sessions/${mine[0].id}/my-ballot`)).body
    expect(paper.items.map((i: { voted: boolean }) => i.voted)).toEqual([false, false])
    const chairman = (await (await signIn('binhthanh.chutich')).get(`/api/council-sessions/${mine[0].id}/my-ballot`)).body
    expect(chairman.items.map((i: { voted: boolean }) => i.voted)).toEqual([true, true])
  })
})
