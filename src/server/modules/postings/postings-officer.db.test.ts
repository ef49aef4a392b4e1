// The officer posts the nominations the council passed (one by one or a whole closed session), lists and reads
// the postings, resolves the public's comments and withdraws a posting; the refusals say what is wrong in
// Vietnamese; the decision readiness follows the period and the comments.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { created } from '../nominations/nominations.testing.ts'
import { postingReadiness } from './posting-readiness.ts'
import { dayFromToday, nominationsAt } from './postings.testing.ts'

let t: HistoryTestContext
let passed: { id: string }[]
let submitted: { id: string }[]

beforeAll(async () => {
  t = await openHistoryTest()
  passed = await nominationsAt(t, ['Nguyễn Thị Lan', 'Triệu Văn Minh', 'Hoàng Thị Mai'])
  submitted = await nominationsAt(t, ['Lò Văn Sinh'], 'submitted')
})
afterAll(() => t.db.close())

const posting = (fields: Record<string, unknown> = {}) => ({
  organizationId: t.tenant.org.communeA.id, title: 'Danh sách đề nghị khen thưởng năm 2025 của xã Bình Thành',
  startsOn: dayFromToday(0), endsOn: dayFromToday(9), nominationIds: passed.slice(0, 2).map((n) => n.id), ...fields,
})

const readiness = async (ids: { id: string }[], onDate: string, kind = 'cong_trang') =>
  Object.fromEntries(await postingReadiness(t.db, t.tenant.provinceId, ids.map((n) => ({ id: n.id, kind })), onDate))

describe('posting the passed nominations', () => {
  let id: string

  it('creates a posting with its items in order, counts and public path, and audits it', async () => {
    const officer = await t.as('officerA')
    const body = await created(await officer.post('/api/postings', posting()))
    id = body.id
    expect(body).toMatchObject({
      organizationName: 'Xã Bình Thành', phase: 'open', phaseLabel: 'Đang công khai', itemCount: 2, commentCount: 0, unresolvedCount: 0,
      publicPath: `/cong-khai/${id}`, publicUrl: `http://localhost:3000/cong-khai/${id}`, withdrawnAt: null, version: 1,
    })
    expect(body.items.map((i: { position: number; subjectName: string; targetShort: string }) => [i.position, i.subjectName, i.targetShort])).toEqual([
      [1, 'Nguyễn Thị Lan', 'LĐTT'], [2, 'Triệu Văn Minh', 'LĐTT'],
    ])
    expect(body.items[0]).toMatchObject({ targetName: 'Lao động tiên tiến', description: 'Trường Tiểu học Bình Thành', status: 'passed' })
    const audit = await t.db.query<{ summary: string }>(`SELECT summary FROM audit_log WHERE entity = 'public_posting' AND entity_id = $1`, [id])
    expect(audit[0]!.summary).toMatch(/^Công khai danh sách «Danh sách đề nghị khen thưởng năm 2025 của xã Bình Thành» \(2 đề nghị\) từ /)
  })

  it('lists it with its counts for the commune and the province, not for another commune', async () => {
    const mine = await (await t.as('officerA')).get('/api/postings')
    expect(mine.body).toMatchObject({ total: 1, items: [{ id, itemCount: 2, unresolvedCount: 0, phase: 'open' }] })
    expect((await (await t.as('provinceOfficer')).get('/api/postings')).body.total).toBe(1)
    expect((await (await t.as('officerB')).get('/api/postings')).body.total).toBe(0)
    expect((await (await t.as('officerB')).get(`/api/postings/${id}`)).status).toBe(403)
  })

  it('keeps the decision waiting while the posting runs, then until every comment is resolved', async () => {
    const [lan, minh, mai] = passed as [{ id: string }, { id: string }, { id: string }]
    const endsOn = dayFromToday(9).split('-').reverse().join('/')
    expect(await readiness([lan, mai], dayFromToday(1))).toEqual({ [lan.id]: [`đang công khai đến hết ngày ${endsOn}`], [mai.id]: ['chưa được công khai danh sách'] })
    expect(await readiness([mai], dayFromToday(1), 'dot_xuat')).toEqual({ [mai.id]: [] })
    expect(await readiness([lan], dayFromToday(10))).toEqual({ [lan.id]: [] })

    const visitor = testVisitor()
    for (const comment of [{ nominationId: lan.id, content: 'Bà Lan năm nay nghỉ ốm dài ngày, đề nghị xem lại.' }, { content: 'Đề nghị niêm yết thêm tại nhà văn hóa các xóm.' }]) {
      expect((await visitor.post(`/api/public/postings/${id}/comments`, { authorName: 'Nguyễn Văn Dân', ...comment })).status).toBe(201)
    }
    expect(await readiness([lan, minh], dayFromToday(10))).toEqual({ [lan.id]: ['còn 2 góp ý chưa xử lý'], [minh.id]: ['còn 1 góp ý chưa xử lý'] })

    const officer = await t.as('officerA')
    const detail = (await officer.get(`/api/postings/${id}`)).body
    expect(detail).toMatchObject({ commentCount: 2, unresolvedCount: 2 })
    expect(detail.items.map((i: { unresolvedCount: number }) => i.unresolvedCount)).toEqual([1, 0])
    expect(detail.comments).toMatchObject([
      { authorName: 'Nguyễn Văn Dân', nominationId: lan.id, nominationName: 'Nguyễn Thị Lan', resolution: null, resolvedAt: null },
      { nominationId: null, nominationName: null, content: 'Đề nghị niêm yết thêm tại nhà văn hóa các xóm.' },
    ])
    const [aboutLan, general] = detail.comments as { id: string }[]

    const empty = await officer.post(`/api/postings/${id}/comments/${aboutLan!.id}/resolve`, { resolution: '  ' })
    expect(empty.status).toBe(400)
    expect(empty.body.error.fields.resolution).toBe('Kết quả xử lý: không được để trống')

    const resolved = await officer.post(`/api/postings/${id}/comments/${aboutLan!.id}/resolve`, { resolution: 'Đã xác minh: bà Lan nghỉ ốm 10 ngày, vẫn đủ tiêu chuẩn.' })
    expect(resolved.status).toBe(200)
    expect(resolved.body).toMatchObject({ unresolvedCount: 1 })
    expect(resolved.body.comments.find((c: { id: string }) => c.id === aboutLan!.id)).toMatchObject({
      resolution: 'Đã xác minh: bà Lan nghỉ ốm 10 ngày, vẫn đủ tiêu chuẩn.', resolvedByName: 'Người dùng officerA', resolvedAt: expect.any(String),
    })
    const again = await officer.post(`/api/postings/${id}/comments/${aboutLan!.id}/resolve`, { resolution: 'Lần hai' })
    expect(again.status).toBe(409)
    expect(again.body.error.message).toMatch(/^Góp ý của «Nguyễn Văn Dân» đã được xử lý bởi Người dùng officerA\./)
    expect(await readiness([lan], dayFromToday(10))).toEqual({ [lan.id]: ['còn 1 góp ý chưa xử lý'] })

    expect((await officer.post(`/api/postings/${id}/comments/${general!.id}/resolve`, { resolution: 'Đã niêm yết thêm tại 14 nhà văn hóa xóm.' })).status).toBe(200)
    expect(await readiness([lan, minh], dayFromToday(10))).toEqual({ [lan.id]: [], [minh.id]: [] })
    const audit = await t.db.query<{ summary: string }>(`SELECT summary FROM audit_log WHERE action = 'resolve_comment' ORDER BY at`)
    expect(audit.map((a) => a.summary)).toEqual([
      'Xử lý góp ý của «Nguyễn Văn Dân» về danh sách công khai «Danh sách đề nghị khen thưởng năm 2025 của xã Bình Thành»',
      'Xử lý góp ý của «Nguyễn Văn Dân» về danh sách công khai «Danh sách đề nghị khen thưởng năm 2025 của xã Bình Thành»',
    ])
  })

  it('withdraws with the current version and a reason; the posting then no longer counts', async () => {
    const officer = await t.as('officerA')
    const stale = await officer.post(`/api/postings/${id}/withdraw`, { version: 7, reason: 'Lập lại danh sách' })
    expect(stale.status).toBe(409)
    expect(stale.body.error.fields).toEqual({ version: 'Phiên bản dữ liệu đã cũ' })
    const res = await officer.post(`/api/postings/${id}/withdraw`, { version: 1, reason: 'Lập lại danh sách sau khi bổ sung' })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ phase: 'withdrawn', phaseLabel: 'Đã thu hồi', version: 2, withdrawnAt: expect.any(String) })
    expect((await officer.post(`/api/postings/${id}/withdraw`, { version: 2, reason: 'Lần hai' })).status).toBe(409)
    expect(await readiness([passed[0]!], dayFromToday(10))).toEqual({ [passed[0]!.id]: ['chưa được công khai danh sách'] })
    expect((await officer.get('/api/postings')).body.total).toBe(0)
    expect((await officer.get('/api/postings?withdrawn=true')).body.total).toBe(1)
    const audit = await t.db.query<{ summary: string }>(`SELECT summary FROM audit_log WHERE action = 'withdraw' AND entity_id = $1`, [id])
    expect(audit[0]!.summary).toBe('Thu hồi danh sách công khai «Danh sách đề nghị khen thưởng năm 2025 của xã Bình Thành» (Lập lại danh sách sau khi bổ sung)')
  })
})

describe('refusals', () => {
  const refused = async (account: string, body: Record<string, unknown>) => (await t.as(account)).post('/api/postings', posting(body))

  it('names the field when the dates are reversed or the list is empty', async () => {
    const reversed = await refused('officerA', { startsOn: dayFromToday(5), endsOn: dayFromToday(4) })
    expect(reversed.status).toBe(400)
    expect(reversed.body.error.fields.endsOn).toBe('Ngày kết thúc công khai: không được trước ngày bắt đầu công khai')
    const empty = await refused('officerA', { nominationIds: [] })
    expect(empty.body.error.fields.nominationIds).toBe('Các đề nghị công khai: chưa chọn đề nghị nào')
    const both = await refused('officerA', { sessionId: randomUUID() })
    expect(both.body.error.fields.sessionId).toBe('Phiên họp Hội đồng: chọn các đề nghị hoặc một phiên họp Hội đồng, không chọn cả hai')
  })

  it('posts only passed nominations', async () => {
    const res = await refused('officerA', { nominationIds: [passed[2]!.id, submitted[0]!.id, randomUUID()] })
    expect(res.status).toBe(400)
    expect(res.body.error.fields.nominationIds).toMatch(/^Đề nghị «Lò Văn Sinh» — LĐTT: đang ở trạng thái «Đã trình», chỉ công khai đề nghị đã được Hội đồng thông qua; Đề nghị [0-9a-f-]+: không tồn tại$/)
  })

  it('refuses an organization or nominations outside the caller\'s subtree, and roles without the permission', async () => {
    const otherCommune = await refused('officerB', { organizationId: t.tenant.org.communeB.id })
    expect(otherCommune.status).toBe(403)
    expect(otherCommune.body.error.message).toBe('Đề nghị «Nguyễn Thị Lan» — LĐTT: thuộc đơn vị ngoài phạm vi quản lý của bạn.')
    const outside = await refused('officerB', {})
    expect(outside.status).toBe(403)
    expect(outside.body.error.message).toBe('Đối tượng này thuộc đơn vị ngoài phạm vi quản lý của bạn.')
    expect((await refused('unitSchoolA', {})).status).toBe(403)
  })

  it('changed nothing', async () => {
    expect((await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM public_postings WHERE province_id = $1`, [t.tenant.provinceId]))[0]!.n).toBe(1)
  })
})

describe('posting a closed council session', () => {
  it('posts every nomination the session passed, and refuses an open session', async () => {
    const [lan, minh, mai] = passed as [{ id: string }, { id: string }, { id: string }]
    const councilId = randomUUID()
    const closedId = randomUUID()
    const openId = randomUUID()
    const p = t.tenant.provinceId
    await t.db.query(`INSERT INTO councils (province_id, id, organization_id, name) VALUES ($1, $2, $3, 'Hội đồng TĐKT xã Bình Thành')`, [p, councilId, t.tenant.org.communeA.id])
    await t.db.query(
      `INSERT INTO council_sessions (province_id, id, council_id, title, meets_on, status, total_members, opened_at, closed_at, created_by)
       VALUES ($1, $2, $3, 'Phiên họp xét khen thưởng cuối năm 2025', '2025-12-15', 'closed', 9, now(), now(), $4),
              ($1, $5, $3, 'Phiên họp bổ sung', '2025-12-20', 'open', 9, now(), NULL, $4)`,
      [p, closedId, councilId, t.tenant.accounts.officerA!.id, openId],
    )
    const item = (session: string, nomination: string, position: number, result: string) => t.db.query(
      `INSERT INTO council_items (province_id, id, session_id, nomination_id, position, threshold_share, threshold_strict, threshold_label, threshold_citation, result)
       VALUES ($1, $2, $3, $4, $5, 0.5, true, 'Quá bán', 'Quy chế Hội đồng', $6)`,
      [p, randomUUID(), session, nomination, position, result],
    )
    await item(closedId, mai.id, 1, 'passed')
    await item(closedId, lan.id, 2, 'passed')
    await item(closedId, submitted[0]!.id, 3, 'failed')
    await item(openId, minh.id, 1, 'passed')

    const officer = await t.as('officerA')
    const sessions = (await officer.get('/api/postings/council-sessions')).body
    expect(sessions).toMatchObject([{ id: closedId, title: 'Phiên họp xét khen thưởng cuối năm 2025', councilName: 'Hội đồng TĐKT xã Bình Thành', passedCount: 2 }])
    expect((await (await t.as('officerB')).get('/api/postings/council-sessions')).body).toEqual([])

    const body = await created(await officer.post('/api/postings', posting({ nominationIds: undefined, sessionId: closedId })))
    expect(body).toMatchObject({ sessionId: closedId, itemCount: 2 })
    expect(body.items.map((i: { subjectName: string }) => i.subjectName)).toEqual(['Hoàng Thị Mai', 'Nguyễn Thị Lan'])

    const open = await officer.post('/api/postings', posting({ nominationIds: undefined, sessionId: openId }))
    expect(open.status).toBe(400)
    expect(open.body.error.fields.sessionId).toBe('Phiên họp Hội đồng: không tồn tại hoặc chưa kết thúc bỏ phiếu')
    expect((await (await t.as('officerB')).post('/api/postings', posting({ organizationId: t.tenant.org.communeB.id, nominationIds: undefined, sessionId: closedId }))).status).toBe(403)
  })
})

/** A visitor without an account. */
function testVisitor() {
  return {
    post: async (url: string, body: unknown) => {
      const res = await t.app.request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      return { status: res.status, body: await res.json() as any } // eslint-disable-line @typescript-eslint/no-explicit-any
    },
  }
}
