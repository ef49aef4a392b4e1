// The public reads a posted list and comments on it without an account: only while the posting is open,
// never on a withdrawn or unknown one, with a honeypot against robots and a limit per address and posting.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { created } from '../nominations/nominations.testing.ts'
import { COMMENT_LIMIT, COMMENT_RECEIVED } from './submit-public-comment.ts'
import { dayFromToday, nominationsAt } from './postings.testing.ts'

let t: HistoryTestContext
let passed: { id: string }[]
const postings: Record<'open' | 'upcoming' | 'closed' | 'withdrawn', string> = { open: '', upcoming: '', closed: '', withdrawn: '' }

/** A request without a session cookie. */
async function anonymous(method: 'GET' | 'POST', url: string, body?: unknown) {
  const res = await t.app.request(url, { method, ...(body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}) })
  return { status: res.status, body: await res.json() as any } // eslint-disable-line @typescript-eslint/no-explicit-any
}

const comment = (fields: Record<string, unknown> = {}) => ({ authorName: 'Trần Văn Dân', authorContact: '0912 345 678', content: 'Đề nghị xem lại thành tích.', ...fields })
const commentsOf = (postingId: string) => t.db.query<{ author_name: string; nomination_id: string | null; content: string }>(
  'SELECT author_name, nomination_id, content FROM public_comments WHERE posting_id = $1 ORDER BY created_at', [postingId],
)

beforeAll(async () => {
  t = await openHistoryTest()
  passed = await nominationsAt(t, ['Nguyễn Thị Lan', 'Triệu Văn Minh'])
  await t.db.query(`UPDATE people SET position = 'Giáo viên' WHERE province_id = $1`, [t.tenant.provinceId])
  const officer = await t.as('officerA')
  const create = async (title: string, startsOn: string, endsOn: string) => (await created(await officer.post('/api/postings', {
    organizationId: t.tenant.org.communeA.id, title, startsOn, endsOn, nominationIds: passed.map((n) => n.id),
  }))) as { id: string; version: number }
  postings.open = (await create('Danh sách đề nghị công nhận Lao động tiên tiến năm 2025', dayFromToday(-2), dayFromToday(7))).id
  postings.upcoming = (await create('Danh sách sắp công khai', dayFromToday(1), dayFromToday(10))).id
  postings.closed = (await create('Danh sách đã hết hạn', dayFromToday(-12), dayFromToday(-1))).id
  const withdrawn = await create('Danh sách đã thu hồi', dayFromToday(-2), dayFromToday(7))
  postings.withdrawn = withdrawn.id
  await created(await officer.post(`/api/postings/${withdrawn.id}/withdraw`, { version: withdrawn.version, reason: 'Lập nhầm' }), 200)
})
afterAll(() => t.db.close())

describe('the public page', () => {
  it('shows the list without an account, and nothing private', async () => {
    const res = await anonymous('GET', `/api/public/postings/${postings.open}`)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      id: postings.open, title: 'Danh sách đề nghị công nhận Lao động tiên tiến năm 2025', organizationName: 'Xã Bình Thành',
      startsOn: dayFromToday(-2), endsOn: dayFromToday(7), today: dayFromToday(0), phase: 'open', phaseLabel: 'Đang công khai', commentsOpen: true,
      items: [
        { position: 1, nominationId: passed[0]!.id, subjectKind: 'individual', name: 'Nguyễn Thị Lan', description: 'Giáo viên, Trường Tiểu học Bình Thành', targetName: 'Lao động tiên tiến', achievement: expect.stringMatching(/^Hoàn thành tốt nhiệm vụ/) },
        { position: 2, nominationId: passed[1]!.id, subjectKind: 'individual', name: 'Triệu Văn Minh', description: 'Giáo viên, Trường Tiểu học Bình Thành', targetName: 'Lao động tiên tiến', achievement: expect.any(String) },
      ],
    })
    expect(JSON.stringify(res.body)).not.toMatch(/birth|cccd|version|organizationId|provinceId/i)
  })

  it('says whether comments are open', async () => {
    expect((await anonymous('GET', `/api/public/postings/${postings.upcoming}`)).body).toMatchObject({ phase: 'upcoming', commentsOpen: false })
    expect((await anonymous('GET', `/api/public/postings/${postings.closed}`)).body).toMatchObject({ phase: 'closed', commentsOpen: false })
  })

  it('answers 404 in Vietnamese for a withdrawn or unknown posting', async () => {
    for (const id of [postings.withdrawn, randomUUID()]) {
      const res = await anonymous('GET', `/api/public/postings/${id}`)
      expect(res.status).toBe(404)
      expect(res.body.error.message).toBe('Không tìm thấy danh sách công khai này (có thể đã được thu hồi).')
    }
    expect((await anonymous('POST', `/api/public/postings/${postings.withdrawn}/comments`, comment())).status).toBe(404)
  })
})

describe('public comments', () => {
  it('stores a comment on an open posting, about one nominee or the whole list, for the officer', async () => {
    const about = await anonymous('POST', `/api/public/postings/${postings.open}/comments`, comment({ nominationId: passed[0]!.id, content: '  Bà Lan  nghỉ ốm\n\n\n\nnhiều ngày.  ' }))
    expect(about).toEqual({ status: 201, body: { message: COMMENT_RECEIVED } })
    expect((await anonymous('POST', `/api/public/postings/${postings.open}/comments`, comment({ authorContact: undefined }))).status).toBe(201)
    expect(await commentsOf(postings.open)).toEqual([
      { author_name: 'Trần Văn Dân', nomination_id: passed[0]!.id, content: 'Bà Lan nghỉ ốm\n\nnhiều ngày.' },
      { author_name: 'Trần Văn Dân', nomination_id: null, content: 'Đề nghị xem lại thành tích.' },
    ])
    const officerView = (await (await t.as('officerA')).get(`/api/postings/${postings.open}`)).body
    expect(officerView).toMatchObject({ commentCount: 2, unresolvedCount: 2 })
  })

  it('refuses before and after the period, naming the dates', async () => {
    const before = await anonymous('POST', `/api/public/postings/${postings.upcoming}/comments`, comment())
    expect(before.status).toBe(409)
    expect(before.body.error.message).toBe(`Danh sách chưa đến thời gian nhận góp ý: công khai từ ngày ${dayFromToday(1).split('-').reverse().join('/')}.`)
    const after = await anonymous('POST', `/api/public/postings/${postings.closed}/comments`, comment())
    expect(after.status).toBe(409)
    expect(after.body.error.message).toBe(`Đã hết thời gian nhận góp ý: danh sách công khai đến hết ngày ${dayFromToday(-1).split('-').reverse().join('/')}.`)
    expect(await commentsOf(postings.upcoming)).toEqual([])
    expect(await commentsOf(postings.closed)).toEqual([])
  })

  it('names the field that is missing, too long or not in the list', async () => {
    const res = await anonymous('POST', `/api/public/postings/${postings.upcoming}/comments`, { authorName: '', content: 'x'.repeat(4001), authorContact: 'y'.repeat(201) })
    expect(res.status).toBe(400)
    expect(res.body.error.fields).toEqual({
      authorName: 'Họ và tên: Họ và tên là bắt buộc',
      authorContact: 'Điện thoại hoặc email: Điện thoại hoặc email tối đa 200 ký tự',
      content: 'Nội dung góp ý: tối đa 4000 ký tự',
    })
  })
})

describe('against robots and floods', () => {
  it('drops a comment whose honeypot is filled, without saying so', async () => {
    const res = await anonymous('POST', `/api/public/postings/${postings.open}/comments`, comment({ website: 'http://spam.example', content: 'Quảng cáo' }))
    expect(res).toEqual({ status: 201, body: { message: COMMENT_RECEIVED } })
    expect((await commentsOf(postings.open)).map((c) => c.content)).not.toContain('Quảng cáo')
  })

  it('refuses a nominee who is not on the list', async () => {
    const res = await anonymous('POST', `/api/public/postings/${postings.open}/comments`, comment({ nominationId: randomUUID() }))
    expect(res.status).toBe(400)
    expect(res.body.error.fields.nominationId).toBe('Đối tượng góp ý: không có trong danh sách công khai này')
  })

  it('limits the comments per address and posting, with a Vietnamese 429', async () => {
    // Four were counted above on this posting (two stored, the honeypot, the unknown nominee).
    expect((await anonymous('POST', `/api/public/postings/${postings.open}/comments`, comment())).status).toBe(201)
    expect(COMMENT_LIMIT).toBe(5)
    const res = await anonymous('POST', `/api/public/postings/${postings.open}/comments`, comment())
    expect(res.status).toBe(429)
    expect(res.body.error).toMatchObject({ code: 'RATE_LIMITED', message: 'Bạn đã gửi quá nhiều góp ý cho danh sách này. Hãy thử lại sau 10 phút.' })
    expect(await commentsOf(postings.open)).toHaveLength(3)
  })
})
