// The officer's side of the honour board: an exemplar is drafted with its subject from the registry (or a typed
// name), its awards and decision; published, withdrawn with the reason and published again; every write has its
// audit row and a version; bad input and other subtrees are refused with nothing written.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { awardOf, decisionOf, openHonoursTest, type HonoursTestContext } from './honours.testing.ts'

let t: HonoursTestContext
let lan: { id: string; fullName: string }
let other: { id: string; fullName: string }
let lanAward: string

const STORY = 'Chị Lan dạy lớp ghép ở điểm trường Khuổi Nọi.\n\n\n\nMỗi sáng chị đi bộ 6 km đến lớp.'
const draft = (fields: Record<string, unknown> = {}) => ({
  organizationId: t.tenant.org.communeA.id, kind: 'advanced', subjectKind: 'individual', subjectId: lan.id,
  title: 'Cô giáo cắm bản Khuổi Nọi', summary: 'Mười năm dạy lớp ghép ở điểm trường xa nhất xã.', story: STORY, year: 2025, awardRecordIds: [lanAward], ...fields,
})
const counts = async () => (await t.db.query<{ exemplars: number; links: number; audit: number }>(
  `SELECT (SELECT count(*)::int FROM exemplars) AS exemplars, (SELECT count(*)::int FROM exemplar_awards) AS links,
          (SELECT count(*)::int FROM audit_log WHERE entity = 'exemplar') AS audit`,
))[0]!

beforeAll(async () => {
  t = await openHonoursTest()
  lan = await t.person({ fullName: 'Nguyễn Thị Lan', sex: 'nu', birthDate: '1988-03-02', cccd: '001188012345' })
  other = await t.person({ fullName: 'Hoàng Văn Tú' })
  lanAward = await awardOf(t, { kind: 'individual', id: lan.id, name: lan.fullName })
})
afterAll(() => t.db.close())

describe('the exemplar\'s life', () => {
  it('drafts an exemplar of a person of the registry with her award, keeping the story\'s paragraphs, with an audit row', async () => {
    const officer = await t.as('officerA')
    const res = await officer.post('/api/honours', draft())
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      status: 'draft', statusLabel: 'Dự thảo', kind: 'advanced', kindLabel: 'Điển hình tiên tiến', subjectKind: 'individual', subjectId: lan.id,
      subjectName: 'Nguyễn Thị Lan', unitName: 'Trường Tiểu học Bình Thành', organizationName: 'Xã Bình Thành', version: 1, photoUrl: null, publicPath: null,
      story: 'Chị Lan dạy lớp ghép ở điểm trường Khuổi Nọi.\n\nMỗi sáng chị đi bộ 6 km đến lớp.', canPublish: true, canWithdraw: false,
      linkedAwards: [{ id: lanAward, name: 'Giấy khen của Chủ tịch UBND xã', year: 2025, decisionNumber: '15/QĐ-UBND', linked: true, certificateCode: null }],
    })
    const audit = await t.db.query<{ action: string; summary: string }>(`SELECT action, summary FROM audit_log WHERE entity = 'exemplar' AND entity_id = $1`, [res.body.id])
    expect(audit).toEqual([{ action: 'create', summary: 'Xã Bình Thành lập dự thảo gương điển hình tiên tiến: Nguyễn Thị Lan — «Cô giáo cắm bản Khuổi Nọi»' }])
  })

  it('publishes, withdraws with the reason, and publishes again — each move with its version and audit row', async () => {
    const officer = await t.as('officerA')
    const created = (await officer.post('/api/honours', draft({ title: 'Gương thứ hai' }))).body
    const published = await officer.post(`/api/honours/${created.id}/publish`, { version: created.version })
    expect(published.status).toBe(200)
    expect(published.body).toMatchObject({ status: 'published', version: 2, publicPath: `/vinh-danh/${created.id}`, canPublish: false, canWithdraw: true })
    expect(published.body.publishedByName).toMatch(/officerA/)

    const noReason = await officer.post(`/api/honours/${created.id}/withdraw`, { version: 2, reason: '  ' })
    expect(noReason.status).toBe(400)
    expect(noReason.body.error.fields).toEqual({ reason: 'Lý do gỡ: Lý do gỡ là bắt buộc' })
    const withdrawn = await officer.post(`/api/honours/${created.id}/withdraw`, { version: 2, reason: 'Gia đình đề nghị không đăng ảnh' })
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', withdrawnReason: 'Gia đình đề nghị không đăng ảnh', version: 3, publicPath: null })
    expect((await officer.post(`/api/honours/${created.id}/withdraw`, { version: 3, reason: 'Lần nữa' })).status).toBe(409)

    const again = await officer.post(`/api/honours/${created.id}/publish`, { version: 3 })
    expect(again.body).toMatchObject({ status: 'published', withdrawnReason: null, version: 4 })
    const actions = await t.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY at`, [created.id])
    expect(actions.map((a) => a.action)).toEqual(['create', 'publish', 'withdraw', 'publish'])
  })

  it('corrects a published story in place; a stale version is refused and nothing changes', async () => {
    const officer = await t.as('officerA')
    const created = (await officer.post('/api/honours', draft({ title: 'Gương sẽ sửa' }))).body
    const { organizationId: _o, ...content } = draft({ title: 'Gương đã sửa', awardRecordIds: [] })
    const saved = await officer.put(`/api/honours/${created.id}`, { ...content, version: 1 })
    expect(saved.status).toBe(200)
    expect(saved.body).toMatchObject({ title: 'Gương đã sửa', version: 2, linkedAwards: [] })
    const before = await counts()
    const stale = await officer.put(`/api/honours/${created.id}`, { ...content, title: 'Bản cũ ghi đè', version: 1 })
    expect(stale.status).toBe(409)
    expect(stale.body.error.fields).toEqual({ version: 'Phiên bản dữ liệu đã cũ' })
    expect(stale.body.error.message).toMatch(/^Gương «Gương đã sửa» vừa được người khác cập nhật/)
    expect((await officer.get(`/api/honours/${created.id}`)).body.title).toBe('Gương đã sửa')
    expect(await counts()).toEqual(before)
  })

  it('lets a registry row entered by mistake be deleted: the story loses the link, not its text', async () => {
    const officer = await t.as('officerA')
    const mistaken = await awardOf(t, { kind: 'individual', id: lan.id, name: lan.fullName }, { name: 'Ghi nhầm' })
    const created = (await officer.post('/api/honours', draft({ title: 'Gương có khen thưởng ghi nhầm', awardRecordIds: [lanAward, mistaken] }))).body
    expect(created.linkedAwards.map((a: { id: string }) => a.id)).toEqual([lanAward, mistaken])
    expect((await officer.delete(`/api/history/awards/${mistaken}?version=1`)).status).toBe(204)
    expect((await officer.get(`/api/honours/${created.id}`)).body).toMatchObject({ title: 'Gương có khen thưởng ghi nhầm', linkedAwards: [{ id: lanAward }] })
  })

  it('takes a typed name and unit for someone outside the registry, with an issued decision', async () => {
    const officer = await t.as('officerA')
    const decisionId = await decisionOf(t, 'issued', 7)
    const res = await officer.post('/api/honours', draft({
      kind: 'good_deed', subjectKind: 'named', subjectId: null, subjectName: 'Anh Lò Văn Pấng', subjectUnit: 'Lái xe ôm, xóm Đồng Tâm', awardRecordIds: [], decisionId,
      title: 'Trả lại 50 triệu đồng nhặt được',
    }))
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ subjectKind: 'named', subjectId: null, subjectName: 'Anh Lò Văn Pấng', unitName: 'Lái xe ôm, xóm Đồng Tâm', decision: { id: decisionId, numberAndSymbol: '07/QĐ-UBND', decisionDate: '2025-12-20' } })
  })
})

describe('bad input, each message naming its field, nothing written', () => {
  const refusals: [string, () => Record<string, unknown>, Record<string, string>][] = [
    ['no subject chosen', () => draft({ subjectId: null }), { subjectId: 'Cá nhân, tập thể, hộ được vinh danh: hãy chọn cá nhân, tập thể hoặc hộ được vinh danh' }],
    ['no typed name', () => draft({ subjectKind: 'named', subjectId: null, awardRecordIds: [] }), { subjectName: 'Tên người, tập thể được vinh danh: hãy nhập tên người, tập thể được vinh danh' }],
    ['an award on a typed name', () => draft({ subjectKind: 'named', subjectId: null, subjectName: 'Bà Lường Thị Mai' }), { awardRecordIds: 'Khen thưởng trong sổ: chỉ gắn được khen thưởng trong sổ cho cá nhân, tập thể, hộ có trong danh sách' }],
    ['an empty story and a bad kind', () => draft({ story: ' \n ', kind: 'hero' }), { kind: 'Loại gương: chỉ nhận một trong: good_deed, advanced, model, initiative', story: 'Câu chuyện: không được để trống' }],
  ]
  it.each(refusals)('%s', async (_label, body, fields) => {
    const before = await counts()
    const res = await (await t.as('officerA')).post('/api/honours', body())
    expect(res.status).toBe(400)
    expect(res.body.error.fields).toEqual(fields)
    expect(await counts()).toEqual(before)
  })

  it('refuses another subject\'s award, a cancelled award and a decision not yet issued', async () => {
    const officer = await t.as('officerA')
    const before = await counts()
    const others = await awardOf(t, { kind: 'individual', id: other.id, name: other.fullName })
    const cancelled = await awardOf(t, { kind: 'individual', id: lan.id, name: lan.fullName }, { revoked: true })
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ awardRecordIds: [others] }, { awardRecordIds: 'Khen thưởng trong sổ: khen thưởng được chọn không phải của Nguyễn Thị Lan' }],
      [{ awardRecordIds: [cancelled] }, { awardRecordIds: 'Khen thưởng trong sổ: khen thưởng được chọn đã bị hủy bỏ (Luật TĐKT 2022, Điều 93)' }],
      [{ awardRecordIds: [randomUUID()] }, { awardRecordIds: 'Khen thưởng trong sổ: không tìm thấy khen thưởng được chọn' }],
      [{ decisionId: await decisionOf(t, 'draft') }, { decisionId: 'Quyết định khen thưởng: quyết định chưa ban hành (chưa có số), chưa công bố được' }],
      [{ decisionId: randomUUID() }, { decisionId: 'Quyết định khen thưởng: không tìm thấy quyết định được chọn' }],
    ]
    for (const [fields, expected] of cases) {
      const res = await officer.post('/api/honours', draft(fields))
      expect(res.status, JSON.stringify(fields)).toBe(400)
      expect(res.body.error.fields).toEqual(expected)
    }
    expect(await counts()).toEqual(before)
  })
})

describe('scope', () => {
  it('keeps each commune\'s exemplars to its own officers; the province sees all; a unit account has no access', async () => {
    const a = await t.as('officerA')
    const mine = (await a.post('/api/honours', draft({ title: 'Chỉ Bình Thành thấy khi chưa công bố' }))).body
    const b = await t.as('officerB')
    expect((await b.get('/api/honours?pageSize=100')).body.items.map((e: { id: string }) => e.id)).not.toContain(mine.id)
    for (const [method, url, body] of [
      ['GET', `/api/honours/${mine.id}`, undefined], ['PUT', `/api/honours/${mine.id}`, { ...draft(), version: 1 }],
      ['POST', `/api/honours/${mine.id}/publish`, { version: 1 }], ['GET', `/api/honours/${mine.id}/photo`, undefined],
    ] as const) {
      const res = await b.request(method, url, body)
      expect(res.status, `${method} ${url}`).toBe(403)
      expect(res.body.error.message).toBe('Đối tượng này thuộc đơn vị ngoài phạm vi quản lý của bạn.')
    }
    expect((await (await t.as('provinceOfficer')).get(`/api/honours/${mine.id}`)).status).toBe(200)
    const unit = await t.as('unitSchoolA')
    expect((await unit.get('/api/honours')).status).toBe(403)
    expect((await a.get(`/api/honours/${randomUUID()}`)).status).toBe(404)
  })

  it('refuses to keep an exemplar for another commune, or a subject outside the keeping organization', async () => {
    const before = await counts()
    const a = await t.as('officerA')
    const elsewhere = await a.post('/api/honours', draft({ organizationId: t.tenant.org.communeB.id }))
    expect(elsewhere.status).toBe(403)
    const village = await a.post('/api/honours', draft({ organizationId: t.tenant.org.villageA1.id }))
    expect(village.status).toBe(400)
    expect(village.body.error.fields).toEqual({ subjectId: 'Cá nhân, tập thể, hộ được vinh danh: Nguyễn Thị Lan không thuộc Xóm Đồng Tâm' })
    const bSubject = await (await t.as('provinceOfficer')).post('/api/honours', draft({ organizationId: t.tenant.org.communeB.id }))
    expect(bSubject.status).toBe(400)
    expect(await counts()).toEqual(before)
  })

  it('lists by status, kind, year and a name typed without diacritics', async () => {
    const a = await t.as('officerA')
    const found = (await a.get(`/api/honours?q=${encodeURIComponent('nguyen thi lan')}&status=draft&kind=advanced&year=2025&pageSize=100`)).body
    expect(found.total).toBeGreaterThan(0)
    expect(found.items.every((e: { subjectName: string; status: string }) => e.subjectName === 'Nguyễn Thị Lan' && e.status === 'draft')).toBe(true)
    expect(found.items[0]).not.toHaveProperty('story')
    expect((await a.get('/api/honours?q=khong+co+ai+ten+nay')).body.total).toBe(0)
  })
})
