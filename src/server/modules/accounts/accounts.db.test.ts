import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../db/client.ts'
import { openTestDb } from '../../testing/test-db.ts'
import { createTestTenant, TEST_PASSWORD, type TestTenant } from '../../testing/fixtures.ts'
import { ApiClient, testApp } from '../../testing/api-client.ts'

let db: Db
let tenant: TestTenant

beforeAll(async () => {
  db = await openTestDb()
  tenant = await createTestTenant(db)
})
afterAll(() => db.close())

// Each test gets its own app, so the per-address sign-in limit (20 per 5 minutes) is never shared.
const as = (name: string, app = testApp(db)) => ApiClient.signIn(app, tenant.accounts[name]!.username)
const usernames = (body: { items: { username: string }[] }) => body.items.map((a) => a.username)
let counter = 0
const newUser = (overrides: Record<string, unknown> = {}) => ({
  username: `can.bo_${++counter}`, displayName: 'Nguyễn Văn Đức', password: TEST_PASSWORD, role: 'unit', organizationId: tenant.org.schoolA.id, ...overrides,
})

describe('listing accounts', () => {
  it('shows the accounts of the caller subtree with labels and never a password hash', async () => {
    const officer = await as('officerA')
    const res = await officer.get('/api/accounts?pageSize=200')
    expect(res.status).toBe(200)
    const { officerA, signerA, councilA, unitSchoolA, officerB, admin } = tenant.accounts
    expect(usernames(res.body)).toEqual(expect.arrayContaining([officerA!.username, signerA!.username, councilA!.username, unitSchoolA!.username]))
    expect(usernames(res.body)).not.toContain(officerB!.username)
    expect(usernames(res.body)).not.toContain(admin!.username)
    const unit = res.body.items.find((a: { id: string }) => a.id === unitSchoolA!.id)
    expect(Object.keys(unit).sort()).toEqual(
      ['id', 'username', 'displayName', 'email', 'role', 'roleLabel', 'organizationId', 'organizationName', 'disabled', 'lockedUntil', 'failedLogins', 'version', 'createdAt'].sort(),
    )
    expect(unit).toMatchObject({ role: 'unit', roleLabel: 'Tài khoản đơn vị', organizationName: 'Trường Tiểu học Bình Thành', disabled: false, lockedUntil: null, failedLogins: 0 })
    expect(JSON.stringify(res.body)).not.toMatch(/password|argon2/i)
  })

  it('searches without diacritics and pages', async () => {
    const admin = await as('admin')
    const found = await admin.get('/api/accounts?q=NGUOI%20DUNG%20signera')
    expect(usernames(found.body)).toEqual([tenant.accounts.signerA!.username])
    const page = await admin.get('/api/accounts?pageSize=2&page=2')
    expect(page.body).toMatchObject({ page: 2, pageSize: 2 })
    expect(page.body.items).toHaveLength(2)
    expect(page.body.total).toBeGreaterThanOrEqual(7)
  })
})

describe('creating accounts', () => {
  it('creates an account with a lower-cased user name that can sign in, and audits it without the hash', async () => {
    const app = testApp(db)
    const officer = await as('officerA', app)
    const res = await officer.post('/api/accounts', newUser({ username: '  Ke.Toan_Xa-1 ', role: 'signer', organizationId: tenant.org.communeA.id }))
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ username: 'ke.toan_xa-1', role: 'signer', roleLabel: 'Lãnh đạo ký duyệt', organizationName: 'Xã Bình Thành', version: 1 })
    expect(res.body).not.toHaveProperty('passwordHash')
    await ApiClient.signIn(app, 'ke.toan_xa-1')
    const audit = await db.query<{ action: string; after: { username: string } }>(`SELECT action, after FROM audit_log WHERE entity = 'account' AND entity_id = $1`, [res.body.id])
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ action: 'create', after: { username: 'ke.toan_xa-1' } })
    expect(JSON.stringify(audit)).not.toMatch(/password|argon2/i)

    const duplicate = await officer.post('/api/accounts', newUser({ username: 'KE.TOAN_XA-1' }))
    expect(duplicate.status).toBe(409)
    expect(duplicate.body.error.code).toBe('DUPLICATE')
    expect(duplicate.body.error.fields.username).toMatch(/Tên đăng nhập "ke.toan_xa-1" đã tồn tại/)
  })

  it('names each bad field, including a password that breaks the policy', async () => {
    const admin = await as('admin')
    const res = await admin.post('/api/accounts', { username: 'Đức', displayName: ' ', password: 'ngan', role: 'king', organizationId: 'x' })
    expect(res.status).toBe(400)
    expect(res.body.error.fields.username).toMatch(/^Tên đăng nhập: .*chữ thường/)
    expect(res.body.error.fields.displayName).toMatch(/Họ và tên/)
    expect(res.body.error.fields.password).toMatch(/^Mật khẩu: .*10 ký tự/)
    expect(res.body.error.fields.role).toMatch(/Vai trò/)
    expect(res.body.error.fields.organizationId).toMatch(/Đơn vị/)
    const letters = await admin.post('/api/accounts', newUser({ password: 'chikhongcoso' }))
    expect(letters.body.error.fields.password).toMatch(/cả chữ và số/)
    const missingOrg = await admin.post('/api/accounts', newUser({ organizationId: crypto.randomUUID() }))
    expect(missingOrg.status).toBe(400)
    expect(missingOrg.body.error.fields.organizationId).toBe('Đơn vị: không tồn tại')
  })

  it('an officer cannot create an admin nor place an account outside the subtree', async () => {
    const officer = await as('provinceOfficer')
    const adminRole = await officer.post('/api/accounts', newUser({ role: 'admin', organizationId: tenant.org.province.id }))
    expect(adminRole.status).toBe(403)
    expect(adminRole.body.error.message).toBe('Bạn không được cấp vai trò "Quản trị hệ thống".')
    const officerA = await as('officerA')
    const outside = await officerA.post('/api/accounts', newUser({ organizationId: tenant.org.communeB.id }))
    expect(outside.status).toBe(403)
    expect(outside.body.error.message).toMatch(/ngoài phạm vi/)
    const signer = await as('signerA')
    expect((await signer.post('/api/accounts', newUser())).status).toBe(403)
  })
})

describe('editing accounts', () => {
  async function created(client: ApiClient, overrides: Record<string, unknown> = {}) {
    const res = await client.post('/api/accounts', newUser(overrides))
    expect(res.status).toBe(201)
    return res.body as { id: string; username: string; version: number }
  }

  it('edits, moves and re-roles, and rejects a stale version', async () => {
    const officer = await as('officerA')
    const account = await created(officer)
    const res = await officer.patch(`/api/accounts/${account.id}`, { version: 1, displayName: 'Trần Thị Hoa', role: 'council_member', organizationId: tenant.org.villageA1.id })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ displayName: 'Trần Thị Hoa', role: 'council_member', roleLabel: 'Thành viên Hội đồng TĐKT', organizationName: 'Xóm Đồng Tâm', version: 2 })
    const stale = await officer.patch(`/api/accounts/${account.id}`, { version: 1, displayName: 'Khác' })
    expect(stale.status).toBe(409)
    expect(stale.body.error.fields.version).toBeDefined()
    const audit = await db.query<{ before: { role: string }; after: { role: string } }>(`SELECT before, after FROM audit_log WHERE entity_id = $1 AND action = 'update'`, [account.id])
    expect(audit).toMatchObject([{ before: { role: 'unit' }, after: { role: 'council_member' } }])
  })

  it('sets, keeps and clears the e-mail address for the daily digest, naming the field when it is malformed', async () => {
    const officer = await as('officerA')
    const account = await created(officer, { email: ' vanphong@binhthanh.gov.vn ' })
    expect(account).toMatchObject({ email: 'vanphong@binhthanh.gov.vn' })
    const bad = await officer.patch(`/api/accounts/${account.id}`, { version: 1, email: 'khong-phai-thu' })
    expect(bad.status).toBe(400)
    expect(bad.body.error.fields.email).toMatch(/Thư điện tử/)
    const kept = await officer.patch(`/api/accounts/${account.id}`, { version: 1, displayName: 'Trần Thị Hoa' })
    expect(kept.body).toMatchObject({ email: 'vanphong@binhthanh.gov.vn', version: 2 })
    const cleared = await officer.patch(`/api/accounts/${account.id}`, { version: 2, email: '' })
    expect(cleared.body).toMatchObject({ email: null, version: 3 })
  })

  it('resetting the password or disabling signs the account out', async () => {
    const app = testApp(db)
    const admin = await as('admin', app)
    const account = await created(admin)
    const user = await ApiClient.signIn(app, account.username)
    const reset = await admin.patch(`/api/accounts/${account.id}`, { version: 1, password: 'MatKhauMoi-2026' })
    expect(reset.status).toBe(200)
    expect((await user.get('/api/auth/me')).status).toBe(401)
    const again = await ApiClient.signIn(app, account.username, 'MatKhauMoi-2026')
    const weak = await admin.patch(`/api/accounts/${account.id}`, { version: 2, password: '123' })
    expect(weak.status).toBe(400)
    expect(weak.body.error.fields.password).toMatch(/^Mật khẩu: .*10 ký tự/)
    const badFields = await admin.patch(`/api/accounts/${account.id}`, { version: 2, displayName: ' ', role: 'king', organizationId: 'x', disabled: 'có' })
    expect(Object.values(badFields.body.error.fields)).toEqual(['Họ và tên: Họ và tên là bắt buộc', 'Vai trò: Vai trò không hợp lệ', 'Đơn vị: Đơn vị không hợp lệ', 'Vô hiệu hóa: Vô hiệu hóa phải là true hoặc false'])
    const disabled = await admin.patch(`/api/accounts/${account.id}`, { version: 2, disabled: true })
    expect(disabled.body.disabled).toBe(true)
    expect((await again.get('/api/auth/me')).status).toBe(401)
    const audit = await db.query<{ summary: string; row: string }>(`SELECT summary, row_to_json(audit_log)::text AS row FROM audit_log WHERE entity_id = $1 AND action = 'update' ORDER BY at`, [account.id])
    expect(audit.map((a) => a.summary)).toEqual([`Sửa tài khoản "${account.username}" (đặt lại mật khẩu)`, `Sửa tài khoản "${account.username}" (vô hiệu hóa)`])
    expect(audit.map((a) => a.row).join()).not.toMatch(/argon2|MatKhau/)
  })

  it('refuses to disable, demote, move or reset oneself', async () => {
    const admin = await as('admin')
    const me = tenant.accounts.admin!
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ disabled: true }, 'disabled', /tự vô hiệu hóa/],
      [{ role: 'officer' }, 'role', /tự đổi vai trò/],
      [{ organizationId: tenant.org.communeA.id }, 'organizationId', /tự chuyển/],
      [{ password: 'MatKhauMoi-2026' }, 'password', /Đổi mật khẩu/],
    ]
    for (const [change, field, message] of cases) {
      const res = await admin.patch(`/api/accounts/${me.id}`, { version: 1, ...change })
      expect(res.status).toBe(403)
      expect(res.body.error.message).toMatch(message)
      expect(res.body.error.fields[field]).toMatch(message)
    }
    expect((await admin.patch(`/api/accounts/${me.id}`, { version: 1, displayName: 'Quản trị viên' })).status).toBe(200)
  })

  it('an officer cannot touch admin accounts, promote to admin, or edit outside the subtree', async () => {
    const officer = await as('provinceOfficer')
    const onAdmin = await officer.patch(`/api/accounts/${tenant.accounts.admin!.id}`, { version: 1, displayName: 'X' })
    expect(onAdmin.status).toBe(403)
    expect(onAdmin.body.error.message).toMatch(/Quản trị hệ thống/)
    expect((await officer.post(`/api/accounts/${tenant.accounts.admin!.id}/unlock`)).status).toBe(403)
    const promote = await officer.patch(`/api/accounts/${tenant.accounts.unitSchoolA!.id}`, { version: 1, role: 'admin' })
    expect(promote.status).toBe(403)
    expect(promote.body.error.fields.role).toMatch(/Quản trị hệ thống/)
    const officerB = await as('officerB')
    const outside = await officerB.patch(`/api/accounts/${tenant.accounts.unitSchoolA!.id}`, { version: 1, displayName: 'X' })
    expect(outside.status).toBe(403)
    expect(outside.body.error.message).toMatch(/ngoài phạm vi/)
    const intoOther = await (await as('officerA')).patch(`/api/accounts/${tenant.accounts.unitSchoolA!.id}`, { version: 1, organizationId: tenant.org.communeB.id })
    expect(intoOther.status).toBe(403)
    expect((await officer.patch(`/api/accounts/${crypto.randomUUID()}`, { version: 1 })).status).toBe(404)
  })

  it('unlocks an account locked by failed sign-ins', async () => {
    const officer = await as('officerA')
    const account = await created(officer)
    await db.query(`UPDATE accounts SET failed_logins = 5, locked_until = now() + interval '10 minutes' WHERE id = $1`, [account.id])
    const locked = (await officer.get(`/api/accounts?q=${account.username}`)).body.items[0]
    expect(locked.failedLogins).toBe(5)
    expect(Date.parse(locked.lockedUntil)).toBeGreaterThan(Date.now())
    const res = await officer.post(`/api/accounts/${account.id}/unlock`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ lockedUntil: null, failedLogins: 0, version: 1 })
    const audit = await db.query<{ summary: string }>(`SELECT summary FROM audit_log WHERE entity_id = $1 AND action = 'unlock'`, [account.id])
    expect(audit).toEqual([{ summary: `Mở khóa đăng nhập tài khoản "${account.username}"` }])
  })
})

describe('account detail', () => {
  it('reads one account in scope and refuses one outside it', async () => {
    const db2 = await openTestDb()
    try {
      const t = await createTestTenant(db2)
      const app2 = testApp(db2)
      const officerA = await ApiClient.signIn(app2, t.accounts.officerA!.username)
      const own = await officerA.get(`/api/accounts/${t.accounts.unitSchoolA!.id}`)
      expect(own.status).toBe(200)
      expect(own.body.username).toBe(t.accounts.unitSchoolA!.username)
      expect(own.body).not.toHaveProperty('passwordHash')
      expect(own.body).not.toHaveProperty('organizationPath')
      const other = await officerA.get(`/api/accounts/${t.accounts.officerB!.id}`)
      expect(other.status).toBe(403)
    } finally {
      await db2.close()
    }
  })
})
