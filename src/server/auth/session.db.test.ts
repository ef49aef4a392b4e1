// Sessions remembered in the process (session-cache.ts): a burst of requests costs one lookup, and every
// revocation — sign-out, another sign-in over the cookie, a password change, an administrator's reset or
// disabling — stops the remembered session at once, in this process.
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Db } from '../db/client.ts'
import { openTestDb } from '../testing/test-db.ts'
import { createTestTenant, TEST_PASSWORD, type TestTenant } from '../testing/fixtures.ts'
import { ApiClient, testApp } from '../testing/api-client.ts'
import { findSession, forgetSessionsOf } from './session.ts'

let db: Db
let tenant: TestTenant
let app: ReturnType<typeof testApp>
let counter = 0

beforeAll(async () => {
  db = await openTestDb()
  tenant = await createTestTenant(db)
  app = testApp(db)
})
afterAll(() => db.close())

/** A fresh account of the primary school, signed in twice (two sessions), each session looked up once (remembered). */
async function accountWithTwoSessions() {
  const admin = await ApiClient.signIn(app, tenant.accounts.admin!.username)
  const username = `session.test.${++counter}`
  const created = await admin.post('/api/accounts', { username, displayName: 'Cán bộ thử', password: TEST_PASSWORD, role: 'unit', organizationId: tenant.org.schoolA.id })
  expect(created.status).toBe(201)
  const first = await ApiClient.signIn(app, username)
  const second = await ApiClient.signIn(app, username)
  expect((await first.get('/api/auth/me')).status).toBe(200)
  expect((await second.get('/api/auth/me')).status).toBe(200)
  return { admin, id: created.body.id as string, first, second }
}

const tokenOf = (client: ApiClient) => (client as unknown as { cookie: string }).cookie.replace('tdkt_session=', '')
/** Removes the client's session row behind the app's back, as another process would. */
const dropRow = (client: ApiClient) => db.query(`DELETE FROM sessions WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`, [tokenOf(client)])

it('remembers a session found in the database: the next requests do not read it again', async () => {
  const { first } = await accountWithTwoSessions()
  await dropRow(first)
  expect((await first.get('/api/auth/me')).status).toBe(200) // still remembered for a few seconds
  expect(await findSession(db, 'no-such-token')).toBeNull()
})

it('signing out stops the remembered session at once, and only that one', async () => {
  const { first, second } = await accountWithTwoSessions()
  expect((await first.post('/api/auth/logout')).status).toBe(204)
  expect((await first.get('/api/auth/me')).status).toBe(401)
  expect((await second.get('/api/auth/me')).status).toBe(200)
})

it('changing the password stops the other remembered sessions at once; the one that changed it goes on', async () => {
  const { first, second } = await accountWithTwoSessions()
  expect((await first.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'MatKhauMoi-2026' })).status).toBe(204)
  expect((await second.get('/api/auth/me')).status).toBe(401)
  expect((await first.get('/api/auth/me')).status).toBe(200)
})

it('disabling an account or resetting its password stops every remembered session at once', async () => {
  const disabled = await accountWithTwoSessions()
  const off = await disabled.admin.patch(`/api/accounts/${disabled.id}`, { version: 1, disabled: true })
  expect(off.status).toBe(200)
  expect((await disabled.first.get('/api/auth/me')).status).toBe(401)
  expect((await disabled.second.get('/api/auth/me')).status).toBe(401)

  const reset = await accountWithTwoSessions()
  expect((await reset.admin.patch(`/api/accounts/${reset.id}`, { version: 1, password: 'DatLaiMatKhau-2026' })).status).toBe(200)
  expect((await reset.first.get('/api/auth/me')).status).toBe(401)
  expect((await reset.second.get('/api/auth/me')).status).toBe(401)
})

it('forgetSessionsOf makes the next request read the account again (a role or unit change)', async () => {
  const { id, first } = await accountWithTwoSessions()
  await db.query(`UPDATE accounts SET role = 'officer' WHERE province_id = $1 AND id = $2`, [tenant.provinceId, id])
  expect((await first.get('/api/auth/me')).body.role).toBe('unit') // remembered
  forgetSessionsOf(tenant.provinceId, id)
  expect((await first.get('/api/auth/me')).body.role).toBe('officer')
})
