// In-app notifications: who a producer's call reaches (the organization's active accounts, by audience; listed
// accounts once each, only in the province), and the API — an account lists, counts and marks only its own.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { createTestTenant } from '../../testing/fixtures.ts'
import { notifyAccounts, notifyOrganization } from './notify.ts'
import { notificationClients, notificationsOf } from './notifications.testing.ts'

let t: HistoryTestContext
let as: ReturnType<typeof notificationClients>

beforeAll(async () => {
  t = await openHistoryTest()
  as = notificationClients(t)
})
afterAll(() => t.db.close())

const count = async (account: string) => (await notificationsOf(t, account)).length

describe('notifyOrganization and notifyAccounts', () => {
  it('reaches every active account of the organization, or only its unit accounts, or only its managers', async () => {
    const { provinceId, org } = t.tenant
    await t.db.query(`UPDATE accounts SET disabled = true WHERE id = $1`, [t.tenant.accounts.signerA!.id])
    const all = await t.db.transaction((tx) => notifyOrganization(tx, provinceId, org.communeA.id, { kind: 'test.all', title: 'Gửi mọi tài khoản của xã' }))
    expect(all).toBe(2) // officerA, councilA — the disabled signer gets nothing
    const managers = await t.db.transaction((tx) => notifyOrganization(tx, provinceId, org.communeA.id, { kind: 'test.managers', title: 'Gửi cán bộ', audience: 'managers' }))
    expect(managers).toBe(1)
    const units = await t.db.transaction((tx) => notifyOrganization(tx, provinceId, org.schoolA.id, { kind: 'test.unit', title: 'Gửi đơn vị', link: '/dang-ky-thi-dua', audience: 'unit' }))
    expect(units).toBe(1)
    expect((await notificationsOf(t, 'officerA')).map((n) => n.kind).sort()).toEqual(['test.all', 'test.managers'])
    expect((await notificationsOf(t, 'councilA')).map((n) => n.kind)).toEqual(['test.all'])
    expect(await count('signerA')).toBe(0)
    expect(await notificationsOf(t, 'unitSchoolA')).toEqual([{ kind: 'test.unit', title: 'Gửi đơn vị', body: null, link: '/dang-ky-thi-dua', read_at: null }])
    await t.db.query(`UPDATE accounts SET disabled = false WHERE id = $1`, [t.tenant.accounts.signerA!.id])
  })

  it('writes once per listed account, never to an account of another province, and nothing for an empty list', async () => {
    const other = await createTestTenant(t.db)
    const { officerB } = t.tenant.accounts
    const before = await count('officerB')
    const written = await t.db.transaction((tx) =>
      notifyAccounts(tx, t.tenant.provinceId, [officerB!.id, officerB!.id, other.accounts.officerA!.id, randomUUID()], { kind: 'test.accounts', title: 'Một lần' }))
    expect(written).toBe(1)
    expect(await count('officerB')).toBe(before + 1)
    expect(await t.db.query(`SELECT 1 FROM notifications WHERE account_id = $1`, [other.accounts.officerA!.id])).toEqual([])
    expect(await t.db.transaction((tx) => notifyAccounts(tx, t.tenant.provinceId, [], { kind: 'x', title: 'x' }))).toBe(0)
  })

  it('is written with the producer\'s transaction: nothing remains when the producer fails afterwards', async () => {
    const before = await count('officerA')
    await expect(t.db.transaction(async (tx) => {
      await notifyOrganization(tx, t.tenant.provinceId, t.tenant.org.communeA.id, { kind: 'test.rollback', title: 'Không được giữ lại' })
      throw new Error('producer failed')
    })).rejects.toThrow('producer failed')
    expect(await count('officerA')).toBe(before)
  })
})

describe('the notifications API', () => {
  // One notification right after another: on PGlite, whose clock counts milliseconds, they often share created_at,
  // and "newest first" must still follow the order they were written.
  const seed = async (account: string, titles: string[]) => {
    for (const title of titles) {
      await t.db.transaction((tx) => notifyAccounts(tx, t.tenant.provinceId, [t.tenant.accounts[account]!.id], { kind: 'test.api', title, body: `Nội dung ${title}`, link: '/de-nghi' }))
    }
  }

  it('lists only the caller\'s own notifications, unread first and newest first, with the unread count', async () => {
    await seed('provinceOfficer', ['Thứ nhất', 'Thứ hai', 'Thứ ba'])
    await seed('officerB', ['Của người khác'])
    const me = await as('provinceOfficer')
    const first = (await me.get('/api/notifications?pageSize=2')).body
    expect(first).toMatchObject({ total: 3, unread: 3, page: 1, pageSize: 2, items: [{ title: 'Thứ ba', readAt: null }, { title: 'Thứ hai' }] })
    expect(JSON.stringify(first)).not.toContain('Của người khác')
    const oldest = (await me.get('/api/notifications?page=2&pageSize=2')).body.items[0]
    expect(oldest).toMatchObject({ title: 'Thứ nhất', body: 'Nội dung Thứ nhất', link: '/de-nghi', kind: 'test.api' })

    const read = await me.post(`/api/notifications/${oldest.id}/read`)
    expect(read.status).toBe(200)
    expect(read.body).toMatchObject({ id: oldest.id, unread: 2 })
    expect(read.body.readAt).toEqual(expect.any(String))
    const again = await me.post(`/api/notifications/${oldest.id}/read`)
    expect(again.body.readAt).toBe(read.body.readAt) // the first reading is kept
    const list = (await me.get('/api/notifications')).body
    expect(list.items.map((n: { title: string }) => n.title)).toEqual(['Thứ ba', 'Thứ hai', 'Thứ nhất']) // unread first
    expect((await me.get('/api/notifications?filter=read')).body).toMatchObject({ total: 1, items: [{ title: 'Thứ nhất' }] })
    expect((await me.get('/api/notifications?filter=unread')).body.total).toBe(2)
    expect((await me.get('/api/notifications/unread-count')).body).toEqual({ unread: 2 })
  })

  it('refuses to mark another account\'s notification, as if it did not exist, and leaves it unread', async () => {
    const [theirs] = await t.db.query<{ id: string }>(`SELECT id FROM notifications WHERE account_id = $1`, [t.tenant.accounts.officerB!.id])
    const res = await (await as('provinceOfficer')).post(`/api/notifications/${theirs!.id}/read`)
    expect(res.status).toBe(404)
    expect(res.body.error.message).toBe('Không tìm thấy thông báo.')
    expect((await t.db.query<{ read_at: string | null }>(`SELECT read_at FROM notifications WHERE id = $1`, [theirs!.id]))[0]!.read_at).toBeNull()
    expect((await (await as('officerB')).get('/api/notifications/unread-count')).body.unread).toBeGreaterThan(0)
  })

  it('marks all read up to the moment the user saw; a later one stays unread', async () => {
    const me = await as('provinceOfficer')
    const seen = new Date().toISOString()
    await new Promise((resolve) => setTimeout(resolve, 5))
    await seed('provinceOfficer', ['Đến sau'])
    const res = await me.post('/api/notifications/read-all', { upTo: seen })
    expect(res.body).toEqual({ marked: 2, unread: 1 })
    expect((await me.get('/api/notifications?filter=unread')).body.items.map((n: { title: string }) => n.title)).toEqual(['Đến sau'])
    expect((await me.post('/api/notifications/read-all', {})).body).toEqual({ marked: 1, unread: 0 })
    expect((await (await as('officerB')).get('/api/notifications/unread-count')).body.unread).toBeGreaterThan(0) // another's untouched
  })

  it('lists notifications written at the same instant in the order they were written', async () => {
    const officer = t.tenant.accounts.officerB!.id
    for (const title of ['Cùng lúc 1', 'Cùng lúc 2', 'Cùng lúc 3', 'Cùng lúc 4', 'Cùng lúc 5']) {
      await t.db.transaction((tx) => notifyAccounts(tx, t.tenant.provinceId, [officer], { kind: 'test.same-instant', title }))
    }
    await t.db.query(`UPDATE notifications SET created_at = $2 WHERE account_id = $1 AND kind = 'test.same-instant'`, [officer, new Date().toISOString()])
    const items = (await (await as('officerB')).get('/api/notifications?pageSize=5')).body.items
    expect(items.map((n: { title: string }) => n.title)).toEqual(['Cùng lúc 5', 'Cùng lúc 4', 'Cùng lúc 3', 'Cùng lúc 2', 'Cùng lúc 1'])
  })

  it('names the field of bad input', async () => {
    const me = await as('provinceOfficer')
    const bad = await me.get('/api/notifications?filter=moi')
    expect(bad.status).toBe(400)
    expect(bad.body.error.fields.filter).toMatch(/Lọc thông báo/)
    const badTime = await me.post('/api/notifications/read-all', { upTo: 'hôm qua' })
    expect(badTime.body.error.fields.upTo).toMatch(/Đánh dấu đến thời điểm/)
    expect((await me.post('/api/notifications/khong-phai-ma/read')).status).toBe(400)
    expect((await me.get('/api/notifications/due?days=0')).body.error.fields.days).toMatch(/Số ngày tới/)
  })

  it('needs a signed-in account', async () => {
    const { notificationsApp } = await import('./notifications.testing.ts')
    const res = await notificationsApp(t.db).request('/api/notifications/unread-count')
    expect(res.status).toBe(401)
  })
})
