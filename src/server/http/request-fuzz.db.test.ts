// Property-based fuzzing of every route's request: random path parameters, query strings, JSON bodies (also
// bodies shaped like the schema with wrong values, and text that is not JSON) and uploads, sent by a signed-in
// administrator (who passes every permission check, so the input reaches the schemas and the use cases).
// Whatever arrives, the answer is a 2xx/4xx — never a 500. Generated from the route table, like the
// authorization matrix, so a new endpoint is fuzzed the moment it exists. FUZZ_RUNS and FUZZ_SEED vary it.
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db/client.ts'
import { openTestDb } from '../testing/test-db.ts'
import { createTestTenant, type TestTenant } from '../testing/fixtures.ts'
import { ApiClient, testApp } from '../testing/api-client.ts'
import { routes } from '../routes.ts'
import type { AnyRoute } from './route.ts'

const RUNS = Number(process.env.FUZZ_RUNS ?? 12)
const SEED = Number(process.env.FUZZ_SEED ?? 20261121)
/** Ending the session would stop the run; the rest is fair game. */
const SKIPPED = new Set(['POST /api/auth/logout', 'POST /api/auth/password'])

let db: Db
let tenant: TestTenant
let admin: ApiClient

const keysOf = (schema: unknown): string[] => {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape
  return shape ? Object.keys(shape) : []
}

/** Values that tend to break parsers and queries. */
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('', ' ', '0', '-1', '1e309', 'null', 'true', "'; DROP TABLE people; --", '%', '_', '\\', '../../etc/passwd', '<script>alert(1)</script>', '\u0000', 'Nguyễn Văn An', '2025-02-30', '9999-12-31', '00000000-0000-0000-0000-000000000000'),
  fc.uuid().map(String),
  fc.integer().map(String),
)
const anyValue = fc.oneof(fc.jsonValue(), nasty)

function requestOf(route: AnyRoute) {
  const params = (route.path.match(/:\w+/g) ?? []).map(() => fc.oneof(fc.uuid().map(String), nasty))
  const queryKeys = keysOf(route.query)
  const query = fc.dictionary(fc.oneof(fc.constantFrom(...(queryKeys.length ? queryKeys : ['q'])), fc.string({ maxLength: 8 })), nasty, { maxKeys: 6 })
  const bodyKeys = keysOf(route.body)
  const body = fc.oneof(
    fc.jsonValue().map((value) => ({ json: value })),
    fc.dictionary(fc.oneof(fc.constantFrom(...(bodyKeys.length ? bodyKeys : ['name'])), fc.string({ maxLength: 8 })), anyValue, { maxKeys: 10 }).map((value) => ({ json: value })),
    fc.string().map((text) => ({ raw: text })),
  )
  const upload = fc.record({ name: nasty, bytes: fc.uint8Array({ maxLength: 2048 }) })
  return fc.record({ params: fc.tuple(...params), query, body, upload })
}

function urlOf(route: AnyRoute, params: string[], query: Record<string, string>): string {
  let i = 0
  const path = route.path.replace(/:\w+/g, () => encodeURIComponent(params[i++] ?? 'x') || 'x')
  const search = new URLSearchParams(query).toString()
  return search ? `${path}?${search}` : path
}

beforeAll(async () => {
  db = await openTestDb()
  tenant = await createTestTenant(db)
  admin = await ApiClient.signIn(testApp(db), tenant.accounts.admin!.username)
})
afterAll(() => db.close())

describe('request fuzzing', () => {
  const fuzzed = routes.filter((r) => !SKIPPED.has(`${r.method.toUpperCase()} ${r.path}`))

  it.each(fuzzed.map((route) => [`${route.method.toUpperCase()} ${route.path}`, route] as const))('%s never answers 500', async (_label, route) => {
    await fc.assert(
      fc.asyncProperty(requestOf(route), async ({ params, query, body, upload }) => {
        const url = urlOf(route, params as string[], query)
        const method = route.method.toUpperCase()
        const res = route.upload
          ? await admin.upload(url, upload.name || 'tep.bin', upload.bytes)
          : method === 'GET' || method === 'DELETE'
            ? await admin.request(method, url)
            : 'raw' in body
              ? await admin.request(method, url, undefined, { headers: { 'content-type': 'application/json' }, raw: body.raw })
              : await admin.request(method, url, body.json)
        expect(res.status, `${method} ${url} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`).toBeLessThan(500)
      }),
      { numRuns: RUNS, seed: SEED },
    )
  })

  it('covers every route but the two that end the session', () => {
    expect(fuzzed.length).toBe(routes.length - SKIPPED.size)
  })
})
