// HTTP under load: a real server on loopback (@hono/node-server) and N concurrent clients, each sending its
// next request as soon as the previous one answered, until a request count or a time limit is reached.
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import type { Db } from '../src/server/db/client.ts'
import { findPerson, searchPeople } from '../src/server/modules/people/people.repository.ts'
import { percentile } from './stats.ts'

export interface Server {
  url: string
  close(): Promise<void>
}

export async function startServer(fetch: (request: Request) => Response | Promise<Response>): Promise<Server> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({ url: `http://127.0.0.1:${info.port}`, close: () => new Promise<void>((done) => server.close(() => done())) })
    })
  })
}

/**
 * The same SQL as the app's people search and person lookup (the repository functions themselves), behind a
 * bare Hono route: no session, no CSRF, no validation, no scoping, no audit — what the app's layers cost.
 */
export function bareApp(db: Db, provinceId: string, rootPath: string): Hono {
  const app = new Hono()
  app.get('/people', async (c) => c.json(await searchPeople(db, provinceId, { scopePath: rootPath, q: c.req.query('q') ?? null, category: null, limit: 20, offset: 0 })))
  app.get('/people/:id', async (c) => c.json(await findPerson(db, provinceId, c.req.param('id'))))
  return app
}

export interface LoadResult {
  requests: number
  seconds: number
  perSecond: number
  p50: number
  p99: number
  errors: number
  /** Highest process RSS seen during the run (bytes). */
  maxRss: number
}

export async function load(url: (i: number) => string, options: { clients: number; requests: number; seconds: number; headers?: Record<string, string> }): Promise<LoadResult> {
  const times: number[] = []
  let issued = 0
  let errors = 0
  let maxRss = process.memoryUsage().rss
  const sampler = setInterval(() => (maxRss = Math.max(maxRss, process.memoryUsage().rss)), 50)
  const started = performance.now()
  const deadline = started + options.seconds * 1000
  const worker = async () => {
    while (issued < options.requests && performance.now() < deadline) {
      const i = issued++
      const start = performance.now()
      const res = await fetch(url(i), { headers: options.headers })
      await res.arrayBuffer()
      times.push(performance.now() - start)
      if (res.status !== 200) errors++
    }
  }
  await Promise.all(Array.from({ length: options.clients }, worker))
  clearInterval(sampler)
  const seconds = (performance.now() - started) / 1000
  times.sort((a, b) => a - b)
  return { requests: times.length, seconds, perSecond: times.length / seconds, p50: percentile(times, 50), p99: percentile(times, 99), errors, maxRss: Math.max(maxRss, process.memoryUsage().rss) }
}

/** Signs in over HTTP and returns the cookie header. */
export async function signInCookie(baseUrl: string, username: string, password: string): Promise<Record<string, string>> {
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) })
  if (res.status !== 200) throw new Error(`sign-in failed: HTTP ${res.status}`)
  const cookie = res.headers.get('set-cookie')?.match(/tdkt_session=[^;]*/)?.[0]
  if (!cookie) throw new Error('sign-in returned no session cookie')
  return { cookie }
}
