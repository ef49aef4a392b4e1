import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../db/client.ts'
import { openTestDb } from '../../testing/test-db.ts'
import { createTestTenant, TEST_PASSWORD, type TestTenant } from '../../testing/fixtures.ts'
import { ApiClient, testApp } from '../../testing/api-client.ts'
import { routes } from '../../routes.ts'

type App = ReturnType<typeof testApp>

let db: Db
let tenant: TestTenant
let counter = 0

beforeAll(async () => {
  db = await openTestDb()
  tenant = await createTestTenant(db)
})
afterAll(() => db.close())

const GENERIC = 'Tên đăng nhập hoặc mật khẩu không đúng.'
const NEW_PASSWORD = 'MatKhauMoi-2026'

/** A fresh account (via the admin API) so lockouts and password changes do not leak between tests. */
async function newAccount(app: App): Promise<{ id: string; username: string }> {
  const admin = await ApiClient.signIn(app, tenant.accounts.admin!.username)
  const username = `auth.test.${++counter}`
  const res = await admin.post('/api/accounts', { username, displayName: 'Cán bộ thử', password: TEST_PASSWORD, role: 'unit', organizationId: tenant.org.schoolA.id })
  expect(res.status).toBe(201)
  return { id: res.body.id, username }
}

const login = (app: App, username: string, password: string, headers: Record<string, string> = {}) =>
  app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ username, password }) })

const sessionCookie = (res: { headers: Headers }) => res.headers.get('set-cookie')?.match(/tdkt_session=[^;]*/)?.[0] ?? ''
const me = (app: App, cookie: string) => app.request('/api/auth/me', { headers: { cookie } })

describe('sign-in', () => {
  it('answers a wrong password and an unknown user with the same generic 401', async () => {
    const app = testApp(db)
    const wrong = await login(app, tenant.accounts.officerA!.username, 'sai-mat-khau-1')
    const unknown = await login(app, 'khong.co.ai', 'sai-mat-khau-1')
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect((await wrong.json()).error.message).toBe(GENERIC)
    expect((await unknown.json()).error.message).toBe(GENERIC)
  })

  it('locks the account after loginMaxFailures, even for the right password, until an admin unlocks it', async () => {
    const app = testApp(db, { loginMaxFailures: 3 })
    const account = await newAccount(app)
    for (let i = 0; i < 3; i++) expect((await login(app, account.username, 'sai-mat-khau-1')).status).toBe(401)
    const locked = await login(app, account.username, TEST_PASSWORD)
    expect(locked.status).toBe(423)
    expect((await locked.json()).error.message).toMatch(/tạm khóa/)

    const admin = await ApiClient.signIn(app, tenant.accounts.admin!.username)
    expect((await admin.post(`/api/accounts/${account.id}/unlock`)).status).toBe(200)
    expect((await login(app, account.username, TEST_PASSWORD)).status).toBe(200)
  })

  it('starts counting afresh once a lock has expired', async () => {
    const app = testApp(db, { loginMaxFailures: 3 })
    const account = await newAccount(app)
    await db.query(`UPDATE accounts SET failed_logins = 3, locked_until = now() - interval '1 minute' WHERE id = $1`, [account.id])
    expect((await login(app, account.username, 'sai-mat-khau-1')).status).toBe(401)
    expect((await login(app, account.username, TEST_PASSWORD)).status).toBe(200)
  })

  it('limits attempts per client address to 20 in 5 minutes, per app instance', async () => {
    const app = testApp(db)
    for (let i = 0; i < 20; i++) expect((await login(app, 'khong.co.ai', 'sai-mat-khau-1')).status).toBe(401)
    const limited = await login(app, tenant.accounts.officerA!.username, TEST_PASSWORD)
    expect(limited.status).toBe(429)
    expect((await limited.json()).error.code).toBe('RATE_LIMITED')
    expect((await login(testApp(db), tenant.accounts.officerA!.username, TEST_PASSWORD)).status).toBe(200)
  })

  it('refuses a disabled account, telling so only to someone who knows the password', async () => {
    const app = testApp(db)
    const account = await newAccount(app)
    const user = await ApiClient.signIn(app, account.username)
    const admin = await ApiClient.signIn(app, tenant.accounts.admin!.username)
    const current = (await admin.get(`/api/accounts?q=${account.username}`)).body.items[0]
    expect((await admin.patch(`/api/accounts/${account.id}`, { version: current.version, disabled: true })).status).toBe(200)
    expect((await user.get('/api/auth/me')).status).toBe(401)
    const right = await login(app, account.username, TEST_PASSWORD)
    expect(right.status).toBe(403)
    expect((await right.json()).error.message).toMatch(/vô hiệu hóa/)
    const wrong = await login(app, account.username, 'sai-mat-khau-1')
    expect((await wrong.json()).error.message).toBe(GENERIC)
  })
})

describe('session cookie and CSRF', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const res = await login(testApp(db), tenant.accounts.officerA!.username, TEST_PASSWORD)
    const header = res.headers.get('set-cookie') ?? ''
    expect(header).toMatch(/^tdkt_session=[\w-]{20,};/)
    expect(header).toMatch(/HttpOnly/i)
    expect(header).toMatch(/SameSite=Lax/i)
    expect(header).toMatch(/Path=\//)
  })

  it('refuses a cookie-authenticated write without the CSRF header or from another site', async () => {
    const client = await ApiClient.signIn(testApp(db), tenant.accounts.officerA!.username)
    const body = { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }
    const crossSite = await client.request('POST', '/api/auth/password', body, { headers: { 'sec-fetch-site': 'cross-site' } })
    expect(crossSite.status).toBe(403)
    expect(crossSite.body.error.code).toBe('CSRF')
    client.csrfToken = ''
    const missing = await client.post('/api/auth/password', body)
    expect(missing.status).toBe(403)
    expect(missing.body.error.code).toBe('CSRF')
    expect(missing.body.error.message).toMatch(/CSRF/)
  })

  it('logout invalidates the session: the old cookie gets 401', async () => {
    const app = testApp(db)
    const client = new ApiClient(app)
    const res = await client.post('/api/auth/login', { username: tenant.accounts.officerA!.username, password: TEST_PASSWORD })
    const cookie = sessionCookie(res)
    expect((await me(app, cookie)).status).toBe(200)
    expect((await client.post('/api/auth/logout')).status).toBe(204)
    expect((await me(app, cookie)).status).toBe(401)
  })

  it('a new sign-in replaces the previous session and never adopts a client-chosen token', async () => {
    const app = testApp(db)
    const client = new ApiClient(app)
    const first = await client.post('/api/auth/login', { username: tenant.accounts.officerA!.username, password: TEST_PASSWORD })
    const second = await client.post('/api/auth/login', { username: tenant.accounts.officerA!.username, password: TEST_PASSWORD })
    const [cookie1, cookie2] = [sessionCookie(first), sessionCookie(second)]
    expect(cookie2).not.toBe(cookie1)
    expect((await me(app, cookie1)).status).toBe(401)
    expect((await me(app, cookie2)).status).toBe(200)

    const planted = await login(app, tenant.accounts.officerA!.username, TEST_PASSWORD, { cookie: 'tdkt_session=chosen-by-attacker' })
    expect(planted.status).toBe(200)
    expect(sessionCookie(planted)).not.toBe('tdkt_session=chosen-by-attacker')
  })
})

describe('current user and password', () => {
  it('/api/auth/me returns the role label, the organization name and the CSRF token', async () => {
    const client = await ApiClient.signIn(testApp(db), tenant.accounts.officerA!.username)
    const res = await client.get('/api/auth/me')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      accountId: tenant.accounts.officerA!.id, role: 'officer', roleLabel: 'Thường trực Hội đồng TĐKT',
      organizationId: tenant.org.communeA.id, organizationName: 'Xã Bình Thành', csrfToken: client.csrfToken,
    })
    expect(res.body).not.toHaveProperty('organizationPath')
  })

  it('changing the password enforces the policy and signs out the other sessions', async () => {
    const app = testApp(db)
    const account = await newAccount(app)
    const here = await ApiClient.signIn(app, account.username)
    const elsewhere = await ApiClient.signIn(app, account.username)

    const weak = await here.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'ngan1' })
    expect(weak.status).toBe(400)
    expect(weak.body.error.fields.newPassword).toMatch(/Mật khẩu mới: .*10 ký tự/)
    const wrongCurrent = await here.post('/api/auth/password', { currentPassword: 'sai-mat-khau-1', newPassword: NEW_PASSWORD })
    expect(wrongCurrent.status).toBe(400)
    expect(wrongCurrent.body.error.fields.currentPassword).toMatch(/không đúng/)

    expect((await here.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })).status).toBe(204)
    expect((await elsewhere.get('/api/auth/me')).status).toBe(401)
    expect((await here.get('/api/auth/me')).status).toBe(200)
    expect((await login(app, account.username, TEST_PASSWORD)).status).toBe(401)
    expect((await login(app, account.username, NEW_PASSWORD)).status).toBe(200)
    const audit = await db.query<{ action: string; before: unknown; after: unknown }>(`SELECT action, before, after FROM audit_log WHERE entity_id = $1 AND action = 'change_password'`, [account.id])
    expect(audit).toEqual([{ action: 'change_password', before: null, after: null }])
  })
})

describe('OpenAPI document', () => {
  it('lists every route of the route table, each with a summary', async () => {
    const res = await testApp(db).request('/api/openapi.json')
    const doc = (await res.json()) as { paths: Record<string, Record<string, { summary?: string }>> }
    for (const route of routes) {
      const operation = doc.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method]
      expect(operation, `${route.method.toUpperCase()} ${route.path}`).toBeDefined()
      expect(operation!.summary?.trim(), `${route.method.toUpperCase()} ${route.path}`).toBeTruthy()
    }
  })
})
