import fs from 'node:fs'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../db/client.ts'
import { openTestDb } from '../../testing/test-db.ts'
import { createTestTenant, type TestTenant } from '../../testing/fixtures.ts'
import { ApiClient, testApp } from '../../testing/api-client.ts'
import { routes } from '../../routes.ts'

let db: Db
let tenant: TestTenant
let other: TestTenant
let app: ReturnType<typeof testApp>
let admin: ApiClient
let officerA: ApiClient
let officerB: ApiClient

/** Appends an entry with a chosen time (INSERT is the one thing the log allows). */
async function entry(t: TestTenant, organizationId: string | null, at: string, action = 'import') {
  const id = randomUUID()
  await db.query(
    `INSERT INTO audit_log (province_id, id, at, actor_id, actor_name, action, entity, entity_id, organization_id, summary, request_id)
     VALUES ($1, $2, $3, $4, 'Người dùng admin (admin)', $5, 'person', $6, $7, 'Nhập danh sách', 'req-1')`,
    [t.provinceId, id, at, t.accounts.admin!.id, action, randomUUID(), organizationId],
  )
  return id
}

const ids = (body: { items: { id: string }[] }) => body.items.map((e) => e.id)

beforeAll(async () => {
  db = await openTestDb()
  tenant = await createTestTenant(db)
  other = await createTestTenant(db)
  app = testApp(db)
  const signIn = (name: string) => ApiClient.signIn(app, tenant.accounts[name]!.username)
  ;[admin, officerA, officerB] = await Promise.all([signIn('admin'), signIn('officerA'), signIn('officerB')])
})
afterAll(() => db.close())

describe('reading the audit log', () => {
  it('admin sees the whole province, an officer only the own subtree, nobody another province; newest first', async () => {
    const inA = await officerA.post('/api/organizations', { parentId: tenant.org.communeA.id, name: 'Xóm Mới', kind: 'village' })
    const inB = await officerB.post('/api/organizations', { parentId: tenant.org.communeB.id, name: 'Xóm Bắc', kind: 'village' })
    const provinceWide = await entry(tenant, tenant.org.province.id, new Date().toISOString())
    const noOrganization = await entry(tenant, null, new Date().toISOString())
    const elsewhere = await entry(other, other.org.communeA.id, new Date().toISOString())

    const all = (await admin.get('/api/audit?pageSize=200')).body
    expect(ids(all)).toEqual(expect.arrayContaining([provinceWide, noOrganization]))
    expect(all.items.map((e: { entityId: string }) => e.entityId)).toEqual(expect.arrayContaining([inA.body.id, inB.body.id]))
    expect(ids(all)).not.toContain(elsewhere)
    const times = all.items.map((e: { at: string }) => Date.parse(e.at))
    expect(times).toEqual([...times].sort((a, b) => b - a))

    const mine = (await officerA.get('/api/audit?pageSize=200')).body
    expect(mine.items.map((e: { entityId: string }) => e.entityId)).toContain(inA.body.id)
    expect(mine.items.map((e: { entityId: string }) => e.entityId)).not.toContain(inB.body.id)
    expect(ids(mine)).not.toContain(provinceWide)
    expect(ids(mine)).not.toContain(noOrganization)
  })

  it('returns the documented fields', async () => {
    const created = await officerA.post('/api/organizations', { parentId: tenant.org.communeA.id, name: 'Tổ dân phố 3', kind: 'village' })
    const res = await officerA.get(`/api/audit?entity=organization&entityId=${created.body.id}`)
    expect(res.body.total).toBe(1)
    const [item] = res.body.items
    expect(Object.keys(item).sort()).toEqual(
      ['id', 'at', 'actorId', 'actorName', 'action', 'entity', 'entityId', 'organizationId', 'organizationName', 'summary', 'before', 'after', 'requestId'].sort(),
    )
    expect(item).toMatchObject({
      actorId: tenant.accounts.officerA!.id, actorName: `Người dùng officerA (${tenant.accounts.officerA!.username})`, action: 'create',
      entity: 'organization', organizationId: created.body.id, organizationName: 'Tổ dân phố 3', before: null, after: { name: 'Tổ dân phố 3' },
    })
    expect(item.requestId).toBeTruthy()
    expect(Number.isNaN(Date.parse(item.at))).toBe(false)
  })

  it('filters by actor, action and Vietnamese calendar days, and pages', async () => {
    const lateOn10th = await entry(tenant, tenant.org.villageA1.id, '2024-03-10T23:30:00+07:00', 'export') // 16:30 UTC on the 10th
    const earlyOn11th = await entry(tenant, tenant.org.villageA1.id, '2024-03-11T00:30:00+07:00', 'export') // 17:30 UTC on the 10th
    const on12th = await entry(tenant, tenant.org.villageA1.id, '2024-03-12T09:00:00+07:00', 'export')
    expect(ids((await officerA.get('/api/audit?from=2024-03-11&to=2024-03-11')).body)).toEqual([earlyOn11th])
    expect(ids((await officerA.get('/api/audit?to=2024-03-10')).body)).toEqual([lateOn10th])
    expect(ids((await officerA.get('/api/audit?from=2024-03-11&to=2024-03-31')).body)).toEqual([on12th, earlyOn11th])
    const byAction = await officerA.get(`/api/audit?action=export&actorId=${tenant.accounts.admin!.id}&pageSize=2&page=2`)
    expect(byAction.body).toMatchObject({ total: 3, page: 2, pageSize: 2 })
    expect(ids(byAction.body)).toEqual([lateOn10th])
    expect((await officerA.get(`/api/audit?actorId=${tenant.accounts.officerB!.id}`)).body.total).toBe(0)
  })

  it('names a bad filter in Vietnamese', async () => {
    const res = await admin.get('/api/audit?from=2024-03-12&to=2024-03-11&actorId=abc')
    expect(res.status).toBe(400)
    expect(res.body.error.fields.to).toMatch(/^Đến ngày: /)
    expect(res.body.error.fields.actorId).toMatch(/^Người thực hiện: /)
  })
})

describe('the audit log is append-only', () => {
  it.each([
    ['UPDATE', `UPDATE audit_log SET summary = 'sửa'`],
    ['DELETE', 'DELETE FROM audit_log'],
    ['TRUNCATE', 'TRUNCATE audit_log'],
  ])('the database refuses %s', async (_name, sql) => {
    await entry(tenant, null, new Date().toISOString())
    await expect(db.query(sql)).rejects.toThrow(/append-only/)
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log'))[0]!.n).toBeGreaterThan(0)
  })

  it('no route writes to it: every audit route is a GET', () => {
    const auditRoutes = routes.filter((r) => r.path.startsWith('/api/audit'))
    expect(auditRoutes.length).toBeGreaterThan(0)
    expect(auditRoutes.filter((r) => r.method !== 'get')).toEqual([])
  })

  it('no server code updates, deletes or truncates it', () => {
    const root = path.resolve('src/server')
    const offenders = (fs.readdirSync(root, { recursive: true }) as string[])
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .filter((file) => /\b(UPDATE|DELETE\s+FROM|TRUNCATE(\s+TABLE)?)\s+audit_log\b/i.test(fs.readFileSync(path.join(root, file), 'utf8')))
    expect(offenders).toEqual([])
  })
})
