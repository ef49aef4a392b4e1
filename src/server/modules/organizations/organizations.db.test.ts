import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../db/client.ts'
import { openTestDb } from '../../testing/test-db.ts'
import { createTestTenant, type TestTenant } from '../../testing/fixtures.ts'
import { ApiClient, testApp } from '../../testing/api-client.ts'

let db: Db
let tenant: TestTenant
let app: ReturnType<typeof testApp>

beforeAll(async () => {
  db = await openTestDb()
  tenant = await createTestTenant(db)
  app = testApp(db)
})
afterAll(() => db.close())

describe('organization tree', () => {
  it('a commune officer sees only the commune subtree', async () => {
    const officer = await ApiClient.signIn(app, tenant.accounts.officerA!.username)
    const res = await officer.get('/api/organizations/tree')
    expect(res.status).toBe(200)
    const names = res.body.items.map((o: { name: string }) => o.name)
    expect(names).toContain('Xóm Đồng Tâm')
    expect(names).not.toContain('Xã Bắc Sơn')
    expect(names).not.toContain('Tỉnh Thử nghiệm')
  })

  it('creates a unit, finds it without diacritics, and audits the write', async () => {
    const officer = await ApiClient.signIn(app, tenant.accounts.officerA!.username)
    const created = await officer.post('/api/organizations', { parentId: tenant.org.communeA.id, name: 'Hội Nông dân xã Bình Thành', kind: 'mass_organization' })
    expect(created.status).toBe(201)
    expect(created.body.track).toBe('mass')
    const found = await officer.get('/api/organizations?q=hoi%20nong%20dan')
    expect(found.body.items.map((o: { id: string }) => o.id)).toContain(created.body.id)
    const audit = await db.query<{ action: string; entity_id: string }>(`SELECT action, entity_id FROM audit_log WHERE entity_id = $1`, [created.body.id])
    expect(audit).toEqual([{ action: 'create', entity_id: created.body.id }])
  })

  it('refuses to create under another commune', async () => {
    const officer = await ApiClient.signIn(app, tenant.accounts.officerA!.username)
    const res = await officer.post('/api/organizations', { parentId: tenant.org.communeB.id, name: 'Xóm lạ', kind: 'village' })
    expect(res.status).toBe(403)
    expect(res.body.error.message).toMatch(/ngoài phạm vi/)
  })

  it('names each bad field in Vietnamese', async () => {
    const officer = await ApiClient.signIn(app, tenant.accounts.officerA!.username)
    const res = await officer.post('/api/organizations', { parentId: tenant.org.communeA.id, name: '  ', kind: 'spaceship', validFrom: '2025-07-01', validTo: '2025-01-01' })
    expect(res.status).toBe(400)
    expect(res.body.error.fields.name).toMatch(/Tên tổ chức/)
    expect(res.body.error.fields.kind).toMatch(/Loại tổ chức/)
  })

  it('rejects a stale edit and a move into its own subtree', async () => {
    const officer = await ApiClient.signIn(app, tenant.accounts.officerA!.username)
    const org = (await officer.get(`/api/organizations/${tenant.org.villageA1.id}`)).body
    const first = await officer.patch(`/api/organizations/${org.id}`, { version: org.version, name: 'Xóm Đồng Tâm 1' })
    expect(first.status).toBe(200)
    const stale = await officer.patch(`/api/organizations/${org.id}`, { version: org.version, name: 'Xóm Đồng Tâm 2' })
    expect(stale.status).toBe(409)
    expect(stale.body.error.message).toMatch(/người khác cập nhật/)
    const child = await officer.post('/api/organizations', { parentId: org.id, name: 'Tổ 1', kind: 'village' })
    const cycle = await officer.patch(`/api/organizations/${org.id}`, { version: first.body.version, parentId: child.body.id })
    expect(cycle.status).toBe(400)
    expect(cycle.body.error.fields.parentId).toMatch(/vòng lặp/)
  })

  it('moves a subtree and merges a unit into its successor', async () => {
    const admin = await ApiClient.signIn(app, tenant.accounts.admin!.username)
    const school = (await admin.get(`/api/organizations/${tenant.org.schoolA.id}`)).body
    const moved = await admin.patch(`/api/organizations/${school.id}`, { version: school.version, parentId: tenant.org.communeB.id })
    expect(moved.body.path.startsWith(tenant.org.communeB.path)).toBe(true)
    const old = await admin.post('/api/organizations', { parentId: tenant.org.communeB.id, name: 'Xóm Cũ', kind: 'village', validFrom: '2000-01-01' })
    const merged = await admin.patch(`/api/organizations/${old.body.id}`, { version: old.body.version, validTo: '2025-06-30', successorId: tenant.org.villageA1.id })
    expect(merged.status).toBe(200)
    const detail = await admin.get(`/api/organizations/${old.body.id}`)
    expect(detail.body.currentSuccessor.id).toBe(tenant.org.villageA1.id)
    const activeNow = await admin.get(`/api/organizations/tree?activeOn=2025-07-01`)
    expect(activeNow.body.items.map((o: { id: string }) => o.id)).not.toContain(old.body.id)
  })

  it('keeps emulation clusters of units', async () => {
    const officer = await ApiClient.signIn(app, tenant.accounts.provinceOfficer!.username)
    const res = await officer.post('/api/clusters', { name: 'Cụm thi đua số 1', kind: 'cluster', year: 2025, ownerId: tenant.org.province.id, memberIds: [tenant.org.communeA.id, tenant.org.communeB.id], leaderId: tenant.org.communeA.id })
    expect(res.status).toBe(201)
    expect(res.body.members).toHaveLength(2)
    const list = await officer.get('/api/clusters')
    expect(list.body.items[0].name).toBe('Cụm thi đua số 1')
  })
})
