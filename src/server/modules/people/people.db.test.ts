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

const person = (overrides: Record<string, unknown> = {}) => ({ fullName: 'Nguyễn Văn A', sex: 'nam', organizationId: tenant.org.villageA1.id, category: 'nhan_dan', ...overrides })
const ids = (body: { items: { id: string }[] }) => body.items.map((p) => p.id)

describe('people', () => {
  it('creates a person, finds them without diacritics or by CCCD prefix, and audits the write', async () => {
    const created = await officerA.post('/api/people', person({ birthDate: '1985-03-15', cccd: '001 085 012345', position: 'Trưởng xóm', directWorker: true }))
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      fullName: 'Nguyễn Văn A', birthDate: '1985-03-15', sex: 'nam', cccd: '001085012345', position: 'Trưởng xóm',
      organizationId: tenant.org.villageA1.id, organizationName: 'Xóm Đồng Tâm', category: 'nhan_dan', directWorker: true,
      householdId: null, householdHeadName: null, version: 1,
    })
    for (const q of ['nguyen van a', 'NGUYỄN văn A', 'van a', '001085']) {
      const found = await officerA.get(`/api/people?q=${encodeURIComponent(q)}`)
      expect(ids(found.body)).toContain(created.body.id)
    }
    expect((await officerA.get('/api/people?q=%25')).body.items).toEqual([]) // LIKE wildcards match literally
    const audit = await db.query<{ action: string; entity: string; after: { cccd: string } }>(`SELECT action, entity, after FROM audit_log WHERE entity_id = $1`, [created.body.id])
    expect(audit).toEqual([expect.objectContaining({ action: 'create', entity: 'person', after: expect.objectContaining({ cccd: '001085012345' }) })])
  })

  it('finds a name cut anywhere in its words, over the province or in a commune, and only inside the caller\'s subtree', async () => {
    const inA = (await officerA.post('/api/people', person({ fullName: 'Hoàng Thị Thanh Xuân' }))).body
    const officerB = await ApiClient.signIn(app, tenant.accounts.officerB!.username)
    const inB = (await officerB.post('/api/people', person({ fullName: 'Hoàng Thị Thanh Xuân', organizationId: tenant.org.communeB.id }))).body
    const province = await ApiClient.signIn(app, tenant.accounts.provinceOfficer!.username)
    // Two words or more (the name keys), one word or a piece of one (the trigram index), cut inside words at both ends.
    for (const q of ['hoang thi thanh xuan', 'ang thi thanh xu', 'thi thanh', 'g thi t', 'thanh xuan', 'xuan', 'anh xu', 'oàng']) {
      const query = `/api/people?q=${encodeURIComponent(q)}`
      expect(ids((await province.get(query)).body), `tỉnh: ${q}`).toEqual(expect.arrayContaining([inA.id, inB.id]))
      const ofA = ids((await officerA.get(query)).body)
      expect(ofA, `xã A: ${q}`).toContain(inA.id)
      expect(ofA, `xã A: ${q}`).not.toContain(inB.id)
      const ofB = ids((await officerB.get(query)).body)
      expect(ofB, `xã B: ${q}`).toContain(inB.id)
      expect(ofB, `xã B: ${q}`).not.toContain(inA.id)
    }
    for (const q of ['thanh thi', 'hoang xuan', 'thi thanhx']) expect((await province.get(`/api/people?q=${encodeURIComponent(q)}`)).body.total, q).toBe(0)
  })

  it('lists in Vietnamese order (given name first, Ă after A, Đ after D) across pages', async () => {
    const admin = await ApiClient.signIn(app, tenant.accounts.admin!.username)
    const group = await admin.post('/api/organizations', { parentId: tenant.org.communeA.id, name: 'Tổ sắp xếp', kind: 'village' })
    for (const fullName of ['Trần Văn Đức', 'Lê Thị Ăn', 'Phạm Văn Dũng', 'Hoàng Bình', 'Nguyễn An']) {
      expect((await officerA.post('/api/people', person({ fullName, organizationId: group.body.id }))).status).toBe(201)
    }
    const names: string[] = []
    for (const page of [1, 2, 3]) {
      const res = await officerA.get(`/api/people?organizationId=${group.body.id}&page=${page}&pageSize=2`)
      expect(res.body).toMatchObject({ total: 5, page, pageSize: 2 })
      names.push(...res.body.items.map((p: { fullName: string }) => p.fullName))
    }
    expect(names).toEqual(['Nguyễn An', 'Lê Thị Ăn', 'Hoàng Bình', 'Phạm Văn Dũng', 'Trần Văn Đức'])
    const teachers = await officerA.get(`/api/people?organizationId=${group.body.id}&category=can_bo`)
    expect(teachers.body.total).toBe(0)
  })

  it('keeps every caller inside their subtree', async () => {
    const villager = (await officerA.post('/api/people', person({ fullName: 'Lê Thị Phạm Vi' }))).body
    const officerB = await ApiClient.signIn(app, tenant.accounts.officerB!.username)
    expect((await officerB.get(`/api/people/${villager.id}`)).status).toBe(403)
    expect(ids((await officerB.get('/api/people?q=pham vi')).body)).not.toContain(villager.id)
    expect((await officerB.get(`/api/people?organizationId=${tenant.org.communeA.id}`)).status).toBe(403)
    const edit = await officerB.patch(`/api/people/${villager.id}`, { version: villager.version, position: 'Lạ' })
    expect(edit.status).toBe(403)
    expect(edit.body.error.message).toMatch(/ngoài phạm vi/)
    expect((await officerB.post('/api/people', person({ organizationId: tenant.org.villageA1.id }))).status).toBe(403)

    const school = await ApiClient.signIn(app, tenant.accounts.unitSchoolA!.username)
    const teacher = await school.post('/api/people', person({ fullName: 'Đỗ Thị Giáo Viên', sex: 'nu', organizationId: tenant.org.schoolA.id, category: 'vien_chuc' }))
    expect(teacher.status).toBe(201)
    const seen = (await school.get('/api/people?pageSize=200')).body
    expect(seen.items.length).toBeGreaterThan(0)
    expect(seen.items.every((p: { organizationId: string }) => p.organizationId === tenant.org.schoolA.id)).toBe(true)
    expect((await school.get(`/api/people/${villager.id}`)).status).toBe(403)
    expect((await school.patch(`/api/people/${teacher.body.id}`, { version: 1, organizationId: tenant.org.villageA1.id })).status).toBe(403)
    const council = await ApiClient.signIn(app, tenant.accounts.councilA!.username)
    expect((await council.get(`/api/people/${villager.id}`)).status).toBe(200)
    expect((await council.post('/api/people', person())).status).toBe(403)
  })

  it('names the field of a bad or duplicate CCCD and of other bad input', async () => {
    const short = await officerA.post('/api/people', person({ cccd: '12345' }))
    expect(short.status).toBe(400)
    expect(short.body.error.fields.cccd).toMatch(/^Số CCCD: .*12 chữ số/)
    const province = await officerA.post('/api/people', person({ cccd: '003085012345' }))
    expect(province.body.error.fields.cccd).toMatch(/Số CCCD: .*mã tỉnh 003/)
    const year = await officerA.post('/api/people', person({ cccd: '001085099999', birthDate: '1990-01-01' }))
    expect(year.status).toBe(400)
    expect(year.body.error.fields.cccd).toMatch(/Số CCCD: .*năm sinh 1985/)
    const sex = await officerA.post('/api/people', person({ cccd: '001085099999', sex: 'nu' }))
    expect(sex.body.error.fields.cccd).toMatch(/giới tính Nam/)

    expect((await officerA.post('/api/people', person({ fullName: 'Bùi Văn Một', cccd: '079090000001' }))).status).toBe(201)
    const duplicate = await officerA.post('/api/people', person({ fullName: 'Bùi Văn Hai', cccd: '079090000001' }))
    expect(duplicate.status).toBe(409)
    expect(duplicate.body.error.code).toBe('DUPLICATE')
    expect(duplicate.body.error.fields.cccd).toBe('Số CCCD 079090000001 đã được dùng cho người khác.')

    const future = await officerA.post('/api/people', person({ birthDate: '2999-01-01' }))
    expect(future.body.error.fields.birthDate).toMatch(/Ngày sinh: .*tương lai/)
    const old = await officerA.post('/api/people', person({ birthDate: '1899-12-31' }))
    expect(old.body.error.fields.birthDate).toMatch(/1900/)
    const missing = await officerA.post('/api/people', { fullName: ' ', organizationId: tenant.org.villageA1.id })
    expect(missing.status).toBe(400)
    expect(missing.body.error.fields).toMatchObject({ fullName: expect.stringMatching(/Họ và tên/), sex: expect.stringMatching(/Giới tính/), category: expect.stringMatching(/Đối tượng/) })
    const badPatch = await officerA.patch(`/api/people/${tenant.org.villageA1.id}`, { version: 1, sex: 'khac' })
    expect(badPatch.body.error.fields.sex).toMatch(/^Giới tính: /)
    expect((await officerA.get(`/api/people/${tenant.org.villageA1.id}`)).status).toBe(404)
  })

  it('edits with the version read and refuses a stale edit', async () => {
    const created = (await officerA.post('/api/people', person({ fullName: 'Vũ Thị Sửa', sex: 'nu', birthDate: '1990-05-01' }))).body
    const first = await officerA.patch(`/api/people/${created.id}`, { version: created.version, fullName: 'Vũ Thị Sửa Đổi', cccd: '001190000123', category: 'dang_vien' })
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ fullName: 'Vũ Thị Sửa Đổi', cccd: '001190000123', category: 'dang_vien', birthDate: '1990-05-01', version: 2 })
    const stale = await officerA.patch(`/api/people/${created.id}`, { version: created.version, position: 'Kế toán' })
    expect(stale.status).toBe(409)
    expect(stale.body.error.code).toBe('CONFLICT')
    expect(stale.body.error.message).toMatch(/^Thông tin cá nhân vừa được người khác cập nhật/)
    const mismatch = await officerA.patch(`/api/people/${created.id}`, { version: 2, birthDate: '1991-05-01' })
    expect(mismatch.body.error.fields.cccd).toMatch(/năm sinh 1990/)
    const cleared = await officerA.patch(`/api/people/${created.id}`, { version: 2, cccd: '', birthDate: null })
    expect(cleared.body).toMatchObject({ cccd: null, birthDate: null, version: 3 })
    const audit = await db.query<{ action: string; before: { fullName: string }; after: { fullName: string } }>(
      `SELECT action, before, after FROM audit_log WHERE entity_id = $1 AND action = 'update' ORDER BY at`,
      [created.id],
    )
    expect(audit).toHaveLength(2)
    expect(audit[0]).toMatchObject({ before: { fullName: 'Vũ Thị Sửa' }, after: { fullName: 'Vũ Thị Sửa Đổi' } })
  })
})
