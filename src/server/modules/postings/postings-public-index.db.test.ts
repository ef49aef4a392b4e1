// The public index of posted lists (/cong-khai): the lists open for comment and those ended recently, without an
// account; never an upcoming, a withdrawn or a long-ended list; nothing of the comments; paginated.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openHonoursTest, type HonoursTestContext } from '../honours/honours.testing.ts'
import { created } from '../nominations/nominations.testing.ts'
import { dayFromToday, nominationsAt } from './postings.testing.ts'

let t: HonoursTestContext
const ids: Record<string, string> = {}

beforeAll(async () => {
  t = await openHonoursTest()
  const passed = await nominationsAt(t, ['Nguyễn Thị Lan', 'Triệu Văn Minh'])
  const officer = await t.as('officerA')
  const create = async (key: string, startsOn: number, endsOn: number) => {
    const posting = await created(await officer.post('/api/postings', {
      organizationId: t.tenant.org.communeA.id, title: `Danh sách ${key}`, startsOn: dayFromToday(startsOn), endsOn: dayFromToday(endsOn), nominationIds: passed.map((n) => n.id),
    }))
    ids[key] = posting.id
    return posting
  }
  await create('mở lâu', -9, 3)
  await create('mở mới', -1, 8)
  await create('sắp mở', 2, 12)
  await create('vừa hết', -15, -5)
  await create('hết lâu', -80, -60)
  const withdrawn = await create('đã thu hồi', -2, 7)
  await created(await officer.post(`/api/postings/${withdrawn.id}/withdraw`, { version: withdrawn.version, reason: 'Lập nhầm' }), 200)
  await t.db.query(`INSERT INTO public_comments (province_id, id, posting_id, author_name, author_contact, content) VALUES ($1, gen_random_uuid(), $2, 'Trần Văn Dân', '0912 345 678', 'Góp ý riêng')`, [t.tenant.provinceId, ids['mở mới']])
})
afterAll(() => t.db.close())

describe('the public index of posted lists', () => {
  it('lists the open lists (latest start first), then those ended within 30 days, each with its public page', async () => {
    const res = await t.anonymous('/api/public/postings')
    expect(res.status).toBe(200)
    expect(res.body.items.map((p: { title: string }) => p.title)).toEqual(['Danh sách mở mới', 'Danh sách mở lâu', 'Danh sách vừa hết'])
    expect(res.body).toMatchObject({ total: 3, page: 1, pageSize: 20, today: dayFromToday(0) })
    expect(res.body.items[0]).toEqual({
      id: ids['mở mới'], title: 'Danh sách mở mới', organizationName: 'Xã Bình Thành', provinceName: expect.stringMatching(/^Tỉnh Thử nghiệm/),
      startsOn: dayFromToday(-1), endsOn: dayFromToday(8), phase: 'open', phaseLabel: 'Đang công khai', itemCount: 2, publicPath: `/cong-khai/${ids['mở mới']}`,
    })
    expect(res.body.items[2]).toMatchObject({ phase: 'closed', phaseLabel: 'Đã hết thời gian công khai' })
    expect(JSON.stringify(res.body)).not.toMatch(/Trần Văn Dân|0912|comment|version|createdBy|organizationId/i)
  })

  it('reaches further back when asked, and paginates', async () => {
    expect((await t.anonymous('/api/public/postings?endedWithinDays=90')).body.items.map((p: { title: string }) => p.title)).toContain('Danh sách hết lâu')
    expect((await t.anonymous('/api/public/postings?endedWithinDays=0')).body.total).toBe(2)
    const second = (await t.anonymous('/api/public/postings?pageSize=2&page=2')).body
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 })
    expect(second.items.map((p: { title: string }) => p.title)).toEqual(['Danh sách vừa hết'])
    const bad = await t.anonymous('/api/public/postings?endedWithinDays=400')
    expect(bad.status).toBe(400)
    expect(bad.body.error.fields).toEqual({ endedWithinDays: 'Danh sách đã kết thúc trong số ngày gần đây: tối đa 365 ngày' })
  })
})
