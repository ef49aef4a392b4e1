// Generated from the route table: a new endpoint is covered the moment it is added to src/server/routes.ts.
// Without a session every protected route answers 401; every role the PERMISSIONS table leaves out answers 403.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db/client.ts'
import { openTestDb } from '../testing/test-db.ts'
import { createTestTenant, type TestTenant } from '../testing/fixtures.ts'
import { ApiClient, testApp } from '../testing/api-client.ts'
import { routes } from '../routes.ts'
import { PERMISSIONS, ROLES, type Role } from './policy.ts'

/** The fixture account that plays each role. */
const ACCOUNT_OF: Record<Role, string> = { admin: 'admin', officer: 'officerA', signer: 'signerA', council_member: 'councilA', unit: 'unitSchoolA' }

const label = (route: { method: string; path: string }) => `${route.method.toUpperCase()} ${route.path}`
/** A concrete URL: every :param becomes a random uuid. */
const urlOf = (path: string) => path.replace(/:\w+/g, () => randomUUID())
const bodyOf = (method: string) => (method === 'get' ? undefined : {})

const protectedRoutes = routes.filter((route) => route.access !== 'public')
const forbiddenCases = routes.flatMap((route) =>
  route.access === 'public' || route.access === 'signed-in'
    ? []
    : ROLES.filter((role) => !(PERMISSIONS[route.access as keyof typeof PERMISSIONS] as readonly Role[]).includes(role)).map((role) => ({ route, role })),
)

let db: Db
let tenant: TestTenant
let app: ReturnType<typeof testApp>
const clients = {} as Record<Role, ApiClient>

beforeAll(async () => {
  db = await openTestDb()
  tenant = await createTestTenant(db)
  app = testApp(db)
  for (const role of ROLES) clients[role] = await ApiClient.signIn(app, tenant.accounts[ACCOUNT_OF[role]]!.username)
})
afterAll(() => db.close())

it('the matrix is not empty', () => {
  expect(protectedRoutes.length).toBeGreaterThan(0)
  expect(forbiddenCases.length).toBeGreaterThan(0)
})

it('only the reviewed routes are public (a new public route must be added here on purpose)', () => {
  expect(routes.filter((route) => route.access === 'public').map(label).sort()).toEqual([
    'GET /api/public/certificates/:code', 'GET /api/public/honours', 'GET /api/public/honours/:id', 'GET /api/public/honours/:id/photo',
    'GET /api/public/postings', 'GET /api/public/postings/:id', 'POST /api/auth/login', 'POST /api/auth/logout', 'POST /api/public/postings/:id/comments',
  ])
})

describe('without a session → 401', () => {
  it.each(protectedRoutes.map((route) => [label(route), route] as const))('%s', async (_label, route) => {
    for (const cookie of [undefined, 'tdkt_session=khong-hop-le']) {
      const body = bodyOf(route.method)
      const res = await app.request(urlOf(route.path), {
        method: route.method.toUpperCase(),
        headers: { ...(cookie ? { cookie } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body && JSON.stringify(body),
      })
      expect(res.status).toBe(401)
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED')
    }
  })
})

describe('roles lacking the permission → 403', () => {
  it.each(forbiddenCases.map(({ route, role }) => [role, label(route), route] as const))('%s: %s', async (role, _label, route) => {
    const res = await clients[role].request(route.method.toUpperCase(), urlOf(route.path), bodyOf(route.method))
    expect(res.status).toBe(403)
    expect(res.body.error.code).toBe('FORBIDDEN')
  })
})
