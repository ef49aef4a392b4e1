// The public honour board, without an account: only published exemplars, by kind and year, searched without
// diacritics, paginated; the story with the subject's awards and nothing private; the photo bounded in size,
// checked by its bytes and served with its own type; reads limited per address.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PUBLIC_READ_LIMITS } from '../../http/public-read-limit.ts'
import { awardOf, decisionOf, openHonoursTest, PHOTO, type HonoursTestContext } from './honours.testing.ts'
import { testApp } from '../../testing/api-client.ts'

let t: HonoursTestContext
let person: { id: string; fullName: string }
let household: { id: string }
const ids: Record<'published' | 'draft' | 'withdrawn' | 'household', string> = { published: '', draft: '', withdrawn: '', household: '' }

async function exemplar(fields: Record<string, unknown>, publish: 'draft' | 'published' | 'withdrawn'): Promise<{ id: string; version: number }> {
  const officer = await t.as('officerA')
  let e = (await officer.post('/api/honours', {
    organizationId: t.tenant.org.communeA.id, kind: 'good_deed', subjectKind: 'individual', subjectId: person.id, year: 2025, awardRecordIds: [],
    title: 'Tiêu đề', summary: 'Tóm tắt.', story: 'Câu chuyện.', ...fields,
  })).body
  if (publish !== 'draft') e = (await officer.post(`/api/honours/${e.id}/publish`, { version: e.version })).body
  if (publish === 'withdrawn') e = (await officer.post(`/api/honours/${e.id}/withdraw`, { version: e.version, reason: 'Đăng nhầm' })).body
  return e
}

beforeAll(async () => {
  t = await openHonoursTest()
  person = await t.person({ fullName: 'Đặng Thị Huệ', sex: 'nu', birthDate: '1979-11-23', cccd: '001179054321', position: 'Giáo viên' })
  household = await t.household({ headName: 'Triệu Văn Sình', address: 'Số 12 ngõ 4, xóm Đồng Tâm' })
  const award = await awardOf(t, { kind: 'individual', id: person.id, name: person.fullName }, { name: 'Giấy khen của Chủ tịch UBND xã', decisionNumber: '15/QĐ-UBND', decisionDate: '2025-12-20' })
  await awardOf(t, { kind: 'individual', id: person.id, name: person.fullName }, { name: 'Lao động tiên tiến', year: 2024, decisionNumber: '88/QĐ-UBND', decisionDate: '2024-12-18' })
  await awardOf(t, { kind: 'individual', id: person.id, name: person.fullName }, { name: 'Giấy khen đã hủy', year: 2023, revoked: true })
  ids.published = (await exemplar({
    kind: 'advanced', title: 'Người mẹ của học trò vùng cao', summary: 'Hai mươi năm gieo chữ ở Khuổi Nọi.', awardRecordIds: [award], decisionId: await decisionOf(t, 'issued', 3),
    story: 'Đoạn thứ nhất.\n\n<script>alert("x")</script> Đoạn thứ hai.',
  }, 'published')).id
  ids.draft = (await exemplar({ title: 'Bản nháp chưa công bố', summary: 'Không ai ngoài cán bộ được thấy.' }, 'draft')).id
  ids.withdrawn = (await exemplar({ title: 'Bài đã gỡ', summary: 'Đã gỡ khỏi bảng.' }, 'withdrawn')).id
  ids.household = (await exemplar({ kind: 'model', subjectKind: 'household', subjectId: household.id, year: 2024, title: 'Vườn mẫu nuôi ong', summary: 'Hộ nuôi ong lấy mật.' }, 'published')).id
})
afterAll(() => t.db.close())

describe('the board', () => {
  it('lists only published exemplars, newest year first, with the counts of each kind and year', async () => {
    const res = await t.anonymous('/api/public/honours')
    expect(res.status).toBe(200)
    expect(res.body.items.map((e: { id: string }) => e.id)).toEqual([ids.published, ids.household])
    expect(res.body).toMatchObject({ total: 2, page: 1, pageSize: 12, years: [{ year: 2025, count: 1 }, { year: 2024, count: 1 }] })
    expect(res.body.kinds).toEqual([
      { kind: 'good_deed', label: 'Người tốt, việc tốt', count: 0 }, { kind: 'advanced', label: 'Điển hình tiên tiến', count: 1 },
      { kind: 'model', label: 'Mô hình hay, cách làm hiệu quả', count: 1 }, { kind: 'initiative', label: 'Sáng kiến', count: 0 },
    ])
    expect(res.body.items[0]).toEqual({
      id: ids.published, kind: 'advanced', kindLabel: 'Điển hình tiên tiến', year: 2025, name: 'Đặng Thị Huệ', unitName: 'Trường Tiểu học Bình Thành',
      organizationName: 'Xã Bình Thành', provinceName: expect.stringMatching(/^Tỉnh Thử nghiệm/), title: 'Người mẹ của học trò vùng cao',
      summary: 'Hai mươi năm gieo chữ ở Khuổi Nọi.', photoUrl: null, publishedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    })
    expect(res.body.items[1]).toMatchObject({ name: 'Hộ Triệu Văn Sình', unitName: 'Xóm Đồng Tâm' })
  })

  it('searches without diacritics, filters by kind and year, and paginates', async () => {
    const search = async (query: string) => (await t.anonymous(`/api/public/honours?${query}`)).body
    expect((await search(`q=${encodeURIComponent('dang thi hue')}`)).items.map((e: { id: string }) => e.id)).toEqual([ids.published])
    expect((await search(`q=${encodeURIComponent('NUOI ONG')}`)).items.map((e: { id: string }) => e.id)).toEqual([ids.household])
    expect((await search('q=ban+nhap')).total).toBe(0) // a draft is never found
    expect((await search('q=%25')).total).toBe(0) // a LIKE wildcard is taken literally
    expect((await search('kind=model')).items.map((e: { id: string }) => e.id)).toEqual([ids.household])
    expect((await search('year=2025')).items.map((e: { id: string }) => e.id)).toEqual([ids.published])
    const second = await search('pageSize=1&page=2')
    expect(second).toMatchObject({ total: 2, page: 2, pageSize: 1 })
    expect(second.items.map((e: { id: string }) => e.id)).toEqual([ids.household])
    const bad = await t.anonymous('/api/public/honours?kind=hero&province=XX')
    expect(bad.status).toBe(400)
    expect(bad.body.error.fields.kind).toMatch(/^Loại gương: chỉ nhận một trong/)
    const unknownProvince = await t.anonymous('/api/public/honours?province=XX')
    expect(unknownProvince.body.error.fields).toEqual({ province: 'Mã tỉnh: không có tỉnh mã "XX"' })
  })
})

describe('one exemplar', () => {
  it('shows the story as written, the subject\'s awards in force with their decisions, the decision, and nothing private', async () => {
    const res = await t.anonymous(`/api/public/honours/${ids.published}`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      name: 'Đặng Thị Huệ', story: 'Đoạn thứ nhất.\n\n<script>alert("x")</script> Đoạn thứ hai.',
      decision: { numberAndSymbol: '03/QĐ-UBND', decisionDate: '2025-12-20', issuer: 'Ủy ban nhân dân xã Bình Thành' },
      awards: [
        { name: 'Giấy khen của Chủ tịch UBND xã', year: 2025, decisionNumber: '15/QĐ-UBND', decisionDate: '2025-12-20', decisionIssuer: 'UBND xã Bình Thành', linked: true, verifyPath: null },
        { name: 'Lao động tiên tiến', year: 2024, decisionNumber: '88/QĐ-UBND', decisionDate: '2024-12-18', decisionIssuer: 'UBND xã Bình Thành', linked: false, verifyPath: null },
      ],
    })
    const text = JSON.stringify(res.body)
    for (const secret of ['001179054321', '001085012345', '1979-11-23', '1985-06-01', 'Giáo viên', 'Giấy khen đã hủy']) expect(text).not.toContain(secret)
    expect(text).not.toMatch(/cccd|birth|version|provinceId|organizationPath|subjectId|createdBy|address/i)
    const home = JSON.stringify((await t.anonymous(`/api/public/honours/${ids.household}`)).body)
    expect(home).not.toContain('Số 12 ngõ 4')
  })

  it('answers 404 in Vietnamese for a draft, a withdrawn and an unknown exemplar', async () => {
    for (const id of [ids.draft, ids.withdrawn, randomUUID()]) {
      const res = await t.anonymous(`/api/public/honours/${id}`)
      expect(res.status).toBe(404)
      expect(res.body.error.message).toBe('Không tìm thấy gương điển hình này (có thể đã được gỡ khỏi bảng vinh danh).')
    }
  })
})

describe('the photo', () => {
  it('refuses a file over the limit and anything that is not a JPEG, PNG or WebP, whatever its name; nothing is stored', async () => {
    const small = testApp(t.db, { uploadLimitBytes: 50 })
    const officer = await t.on(small, 'officerA')
    const before = await t.db.query('SELECT count(*)::int AS n FROM documents')
    const big = await officer.upload(`/api/honours/${ids.draft}/photo?version=1`, 'anh.png', PHOTO.png, 'image/png')
    expect(big.status).toBe(413)
    expect(big.body.error.fields).toEqual({ file: 'Ảnh: tệp "anh.png" vượt quá giới hạn 1 KB' })
    const normal = await t.as('officerA')
    for (const [name, bytes] of [['anh.jpg', PHOTO.gif], ['anh.jpg', PHOTO.svg], ['anh.png', PHOTO.html]] as const) {
      const res = await normal.upload(`/api/honours/${ids.draft}/photo?version=1`, name, bytes, 'image/jpeg')
      expect(res.status, name).toBe(400)
      expect(res.body.error.fields).toEqual({ file: `Ảnh: tệp "${name}" không phải ảnh JPEG, PNG, WebP` })
    }
    expect(await t.db.query('SELECT count(*)::int AS n FROM documents')).toEqual(before)
    expect((await normal.get(`/api/honours/${ids.draft}`)).body).toMatchObject({ version: 1, photoUrl: null })
  })

  it('stores a WebP by its bytes, serves it with its type and nosniff to the officer, and to the public only once published', async () => {
    const officer = await t.as('officerA')
    const stale = await officer.upload(`/api/honours/${ids.draft}/photo?version=9`, 'anh.webp', PHOTO.webp)
    expect(stale.status).toBe(409)
    const saved = await officer.upload(`/api/honours/${ids.draft}/photo?version=1`, 'anh.webp', PHOTO.webp, 'text/html')
    expect(saved.status).toBe(200)
    expect(saved.body).toMatchObject({ version: 2, photoUrl: `/api/honours/${ids.draft}/photo` })
    const own = await officer.request('GET', `/api/honours/${ids.draft}/photo`)
    expect(own.status).toBe(200)
    expect(own.headers.get('content-type')).toBe('image/webp')
    expect(own.headers.get('x-content-type-options')).toBe('nosniff')
    expect(own.headers.get('cache-control')).toBe('private, no-store')
    expect((await t.anonymous(`/api/public/honours/${ids.draft}/photo`)).status).toBe(404)

    const published = (await officer.post(`/api/honours/${ids.draft}/publish`, { version: 2 })).body
    const card = (await t.anonymous('/api/public/honours?q=ban+nhap')).body.items[0]
    expect(card.photoUrl).toBe(`/api/public/honours/${ids.draft}/photo`)
    const photo = await t.anonymous(card.photoUrl)
    expect(photo.status).toBe(200)
    expect(photo.headers.get('content-type')).toBe('image/webp')
    expect(photo.headers.get('x-content-type-options')).toBe('nosniff')
    expect(photo.headers.get('content-disposition')).toBe('inline; filename="anh.webp"')
    expect(photo.headers.get('cache-control')).toBe('public, no-cache')
    expect([...photo.bytes]).toEqual([...PHOTO.webp])

    const removed = await officer.delete(`/api/honours/${ids.draft}/photo?version=${published.version}`)
    expect(removed.status).toBe(200)
    expect((await t.anonymous(card.photoUrl)).status).toBe(404)
    const audit = await t.db.query<{ summary: string }>(`SELECT summary FROM audit_log WHERE entity_id = $1 AND summary LIKE '%ảnh%' ORDER BY at`, [ids.draft])
    expect(audit.map((a) => a.summary)).toEqual(['Thêm ảnh của gương «bản nháp chưa công bố»', 'Bỏ ảnh của gương «bản nháp chưa công bố»'])
  })
})

describe('against floods', () => {
  it('limits the public reads per address with a Vietnamese 429', async () => {
    const app = testApp(t.db)
    for (let i = 0; i < PUBLIC_READ_LIMITS.pages; i += 1) expect((await t.anonymous('/api/public/honours?pageSize=1', app)).status).toBe(200)
    const res = await t.anonymous(`/api/public/honours/${ids.published}`, app)
    expect(res.status).toBe(429)
    expect(res.body.error).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringMatching(/^Bạn đã mở quá nhiều trang trong thời gian ngắn\. Hãy thử lại sau \d+ giây\.$/) })
  })
})
