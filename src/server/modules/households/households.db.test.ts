import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../db/client.ts'
import { openTestDb } from '../../testing/test-db.ts'
import { createTestTenant, type TestTenant } from '../../testing/fixtures.ts'
import { ApiClient, testApp } from '../../testing/api-client.ts'

let db: Db
let tenant: TestTenant
let app: ReturnType<typeof testApp>
let officerA: ApiClient

beforeAll(async () => {
  db = await openTestDb()
  tenant = await createTestTenant(db)
  app = testApp(db)
  officerA = await ApiClient.signIn(app, tenant.accounts.officerA!.username)
})
afterAll(() => db.close())

const addPerson = async (fullName: string, overrides: Record<string, unknown> = {}) =>
  (await officerA.post('/api/people', { fullName, sex: 'nam', organizationId: tenant.org.villageA1.id, category: 'nhan_dan', ...overrides })).body

describe('households', () => {
  it('creates a household around its head, lists its members and audits both changes', async () => {
    const head = await addPerson('Nguyễn Văn Chủ', { birthDate: '1960-01-01' })
    const created = await officerA.post('/api/households', { headName: 'Nguyễn Văn Chủ', headPersonId: head.id, address: 'Số 1, Xóm Đồng Tâm', organizationId: tenant.org.villageA1.id })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ headName: 'Nguyễn Văn Chủ', headPersonId: head.id, address: 'Số 1, Xóm Đồng Tâm', organizationId: tenant.org.villageA1.id, organizationName: 'Xóm Đồng Tâm', memberCount: 1, version: 1 })
    const child = await addPerson('Nguyễn Thị Con', { sex: 'nu', birthDate: '1990-01-01', householdId: created.body.id })
    expect(child).toMatchObject({ householdId: created.body.id, householdHeadName: 'Nguyễn Văn Chủ' })
    const detail = await officerA.get(`/api/households/${created.body.id}`)
    expect(detail.body.memberCount).toBe(2)
    expect(detail.body.members).toEqual([
      { id: head.id, fullName: 'Nguyễn Văn Chủ', birthDate: '1960-01-01', sex: 'nam' },
      { id: child.id, fullName: 'Nguyễn Thị Con', birthDate: '1990-01-01', sex: 'nu' },
    ])
    const headNow = (await officerA.get(`/api/people/${head.id}`)).body
    expect(headNow).toMatchObject({ householdId: created.body.id, householdHeadName: 'Nguyễn Văn Chủ', version: 2 })
    const audit = await db.query<{ entity: string; action: string }>(`SELECT entity, action FROM audit_log WHERE entity_id = ANY($1::uuid[]) ORDER BY at`, [[created.body.id, head.id]])
    expect(audit).toEqual([
      { entity: 'person', action: 'create' },
      { entity: 'person', action: 'update' },
      { entity: 'household', action: 'create' },
    ])
  })

  it('finds households without diacritics, in Vietnamese order, page by page', async () => {
    for (const headName of ['Trần Văn Đức', 'Lê Thị Ăn', 'Phạm Văn Dũng', 'Hoàng Bình', 'Nguyễn An']) {
      expect((await officerA.post('/api/households', { headName, organizationId: tenant.org.villageA1.id })).status).toBe(201)
    }
    const found = await officerA.get('/api/households?q=TRAN VAN DUC')
    expect(found.body.items.map((h: { headName: string }) => h.headName)).toEqual(['Trần Văn Đức'])
    const names: string[] = []
    for (const page of [1, 2, 3, 4]) {
      const res = await officerA.get(`/api/households?organizationId=${tenant.org.villageA1.id}&page=${page}&pageSize=2`)
      expect(res.body).toMatchObject({ total: 6, page, pageSize: 2 })
      names.push(...res.body.items.map((h: { headName: string }) => h.headName))
    }
    expect(names).toEqual(['Nguyễn An', 'Lê Thị Ăn', 'Hoàng Bình', 'Nguyễn Văn Chủ', 'Phạm Văn Dũng', 'Trần Văn Đức'])
  })

  it('edits with the version read and refuses a stale edit', async () => {
    const created = (await officerA.post('/api/households', { headName: 'Vũ Văn Cũ', organizationId: tenant.org.villageA1.id })).body
    const newHead = await addPerson('Vũ Văn Mới')
    const first = await officerA.patch(`/api/households/${created.id}`, { version: created.version, headName: 'Vũ Văn Mới', headPersonId: newHead.id, address: 'Số 9' })
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ headName: 'Vũ Văn Mới', headPersonId: newHead.id, address: 'Số 9', memberCount: 1, version: 2 })
    const stale = await officerA.patch(`/api/households/${created.id}`, { version: created.version, address: 'Số 10' })
    expect(stale.status).toBe(409)
    expect(stale.body.error.message).toMatch(/^Hộ gia đình vừa được người khác cập nhật/)
    const bad = await officerA.patch(`/api/households/${created.id}`, { version: 2, headName: '' })
    expect(bad.body.error.fields.headName).toMatch(/^Tên chủ hộ: /)
    const audit = await db.query<{ before: { address: string | null }; after: { address: string } }>(`SELECT before, after FROM audit_log WHERE entity_id = $1 AND action = 'update'`, [created.id])
    expect(audit).toEqual([expect.objectContaining({ before: expect.objectContaining({ address: null }), after: expect.objectContaining({ address: 'Số 9' }) })])
  })

  it('keeps households inside the caller\'s subtree', async () => {
    const household = (await officerA.post('/api/households', { headName: 'Đặng Văn Riêng', organizationId: tenant.org.villageA1.id })).body
    const officerB = await ApiClient.signIn(app, tenant.accounts.officerB!.username)
    expect((await officerB.get(`/api/households/${household.id}`)).status).toBe(403)
    expect((await officerB.get('/api/households?q=dang van rieng')).body.items).toEqual([])
    expect((await officerB.patch(`/api/households/${household.id}`, { version: 1, address: 'Lạ' })).status).toBe(403)
    expect((await officerB.post('/api/households', { headName: 'Lạ', organizationId: tenant.org.villageA1.id })).status).toBe(403)
    const outsider = await addPerson('Người Xóm Khác')
    const foreignHead = await officerB.post('/api/households', { headName: 'Người Xóm Khác', headPersonId: outsider.id, organizationId: tenant.org.communeB.id })
    expect(foreignHead.status).toBe(403)
    const school = await ApiClient.signIn(app, tenant.accounts.unitSchoolA!.username)
    expect((await school.get('/api/households')).body.total).toBe(0)
    const intoForeign = await school.post('/api/people', { fullName: 'Giáo Viên', sex: 'nu', organizationId: tenant.org.schoolA.id, category: 'vien_chuc', householdId: household.id })
    expect(intoForeign.status).toBe(403)
    const missing = await officerA.post('/api/households', { headName: 'Ma', headPersonId: tenant.org.villageA1.id, organizationId: tenant.org.villageA1.id })
    expect(missing.body.error.fields.headPersonId).toMatch(/Chủ hộ: không tồn tại/)
    expect((await officerA.get(`/api/households/${tenant.org.villageA1.id}`)).status).toBe(404)
  })
})
