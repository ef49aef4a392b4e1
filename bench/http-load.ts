// HTTP under load: a real server on loopback (@hono/node-server) and N concurrent clients, each sending its
// next request as soon as the previous one answered, until a request count or a time limit is reached.
import { fork } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { listen } from '../src/server/http/listen.ts'
import { Hono } from 'hono'
import type { Db } from '../src/server/db/client.ts'
import { findPerson, searchPeople } from '../src/server/modules/people/people.repository.ts'
import { foldAccents } from '../src/shared/vietnamese.ts'
import { percentile } from './stats.ts'

export interface Server {
  url: string
  close(): Promise<void>
}

export async function startServer(fetch: (request: Request) => Response | Promise<Response>): Promise<Server> {
  return new Promise((resolve) => {
    const server = listen(fetch, 0, '127.0.0.1', (info: AddressInfo) => {
      resolve({ url: `http://127.0.0.1:${info.port}`, close: () => new Promise<void>((done) => server.close(() => done())) })
    })
  })
}

/** The app and the bare endpoint under load, and the memory of the process that serves them. */
export interface BenchServers {
  appUrl: string
  bareUrl: string
  pid: number
  /** Whether the servers run in a process of their own (then `maxRss` is the server's alone). */
  separate: boolean
  /** Highest RSS of the serving process since the previous call (bytes). */
  maxRss(): Promise<number>
  close(): Promise<void>
}

/** Both servers in this process (PGlite: the database lives here, so the RSS includes it and the load clients). */
export async function startInProcessServers(app: (request: Request) => Response | Promise<Response>, bare: (request: Request) => Response | Promise<Response>): Promise<BenchServers> {
  const [appServer, bareServer] = await Promise.all([startServer(app), startServer(bare)])
  let maxRss = process.memoryUsage().rss
  const sampler = setInterval(() => (maxRss = Math.max(maxRss, process.memoryUsage().rss)), 50)
  return {
    appUrl: appServer.url,
    bareUrl: bareServer.url,
    pid: process.pid,
    separate: false,
    async maxRss() {
      const highest = Math.max(maxRss, process.memoryUsage().rss)
      maxRss = process.memoryUsage().rss
      return highest
    },
    async close() {
      clearInterval(sampler)
      await Promise.all([appServer.close(), bareServer.close()])
    },
  }
}

/** The V8 heap budget `npm start` gives the server (package.json; a test keeps the two the same). */
export const SERVER_HEAP_FLAG = '--max-old-space-size=384'

/** Starts the benchmark's server in its own process on DATABASE_URL (PostgreSQL), as `npm start` runs it, and waits until it listens. */
export async function startServerProcess(provinceId: string, rootPath: string): Promise<BenchServers> {
  const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), 'server-process.ts')
  const child = fork(entry, [provinceId, rootPath], { execArgv: [SERVER_HEAP_FLAG, '--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const next = <T>(type: string) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (message: { type: string } & T) => {
        if (message.type !== type) return
        child.off('message', onMessage)
        child.off('exit', onExit)
        resolve(message)
      }
      const onExit = (code: number | null) => reject(new Error(`tiến trình máy chủ đo hiệu năng dừng (mã ${code})`))
      child.on('message', onMessage)
      child.once('exit', onExit)
    })
  const { appUrl, bareUrl } = await next<{ appUrl: string; bareUrl: string }>('ready')
  return {
    appUrl,
    bareUrl,
    pid: child.pid!,
    separate: true,
    async maxRss() {
      const answer = next<{ maxRss: number }>('rss')
      child.send({ type: 'rss' })
      return (await answer).maxRss
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.disconnect()
      }),
  }
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
}

export async function load(url: (i: number) => string, options: { clients: number; requests: number; seconds: number; headers?: Record<string, string> }): Promise<LoadResult> {
  const times: number[] = []
  let issued = 0
  let errors = 0
  const started = performance.now()
  const deadline = started + options.seconds * 1000
  const worker = async () => {
    while (issued < options.requests && performance.now() < deadline) {
      const i = issued++
      const start = performance.now()
      try {
        const res = await fetch(url(i), { headers: options.headers })
        await res.arrayBuffer()
        if (res.status !== 200) errors++
      } catch (error) {
        // A connection refused or reset counts as an error of the row (the first one is shown), not as the bench's end.
        if (errors++ === 0) console.error(`  ${url(i)}: ${error instanceof Error ? `${error.message} (${String((error as { cause?: unknown }).cause ?? '')})` : String(error)}`)
      }
      times.push(performance.now() - start)
    }
  }
  await Promise.all(Array.from({ length: options.clients }, worker))
  const seconds = (performance.now() - started) / 1000
  times.sort((a, b) => a - b)
  return { requests: times.length, seconds, perSecond: times.length / seconds, p50: percentile(times, 50), p99: percentile(times, 99), errors }
}

/** Signs in over HTTP and returns the cookie header. */
export async function signInCookie(baseUrl: string, username: string, password: string): Promise<Record<string, string>> {
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) })
  if (res.status !== 200) throw new Error(`sign-in failed: HTTP ${res.status}`)
  const cookie = res.headers.get('set-cookie')?.match(/tdkt_session=[^;]*/)?.[0]
  if (!cookie) throw new Error('sign-in returned no session cookie')
  return { cookie }
}

export interface HttpRow { name: string; app: LoadResult; bare?: LoadResult }

/** What the key endpoints are asked: people and registry names typed without diacritics, people ids, one commune. */
export interface EndpointSample { personIds: string[]; queries: string[]; awardQueries: string[]; communeId: string; date: string }

/** `count` names of people and of registry rows (folded, URL-encoded) and 1,000 people, each in a fixed random order. */
export async function sampleEndpoints(db: Db, count: number, communeId: string, date: string): Promise<EndpointSample> {
  const folded = (rows: { name: string }[]) => rows.map((r) => encodeURIComponent(foldAccents(r.name)))
  return {
    queries: folded(await db.query<{ name: string }>('SELECT full_name AS name FROM people ORDER BY md5(id::text) LIMIT $1', [count])),
    awardQueries: folded(await db.query<{ name: string }>(`SELECT subject_name AS name FROM award_records WHERE subject_kind = 'individual' ORDER BY md5(id::text) LIMIT $1`, [count])),
    personIds: (await db.query<{ id: string }>('SELECT id FROM people ORDER BY md5(id::text) LIMIT 1000')).map((p) => p.id),
    communeId,
    date,
  }
}

/**
 * The app's key read endpoints under concurrent load, each after a warm-up (whose peak is not counted), the bare
 * endpoint measured after the app's on the people reads; the highest RSS of the server under the app's load.
 */
export async function loadKeyEndpoints(servers: BenchServers, options: Parameters<typeof load>[1], sample: EndpointSample): Promise<{ rows: HttpRow[]; maxRss: number }> {
  const pick = (list: string[], i: number) => list[i % list.length]!
  const rows: HttpRow[] = []
  let maxRss = 0
  const run = async (name: string, appUrl: (i: number) => string, bareUrl?: (i: number) => string) => {
    await load(appUrl, { ...options, requests: Math.min(options.requests, 64) })
    await servers.maxRss()
    const app = await load(appUrl, options)
    const rss = await servers.maxRss()
    maxRss = Math.max(maxRss, rss)
    const bare = bareUrl ? await load(bareUrl, options) : undefined
    rows.push({ name, app, ...(bare ? { bare } : {}) })
    console.log(`${name}: ${app.perSecond.toFixed(0)} yêu cầu/s${bare ? ` (trần: ${bare.perSecond.toFixed(0)}/s)` : ''}, p99 ${app.p99.toFixed(1)} ms, lỗi ${app.errors}, RSS ${(rss / 2 ** 20).toFixed(0)} MiB`)
  }
  const { appUrl, bareUrl } = servers
  await run('GET /api/people/:id', (i) => `${appUrl}/api/people/${pick(sample.personIds, i)}`, (i) => `${bareUrl}/people/${pick(sample.personIds, i)}`)
  await run('GET /api/people?q= (họ tên không dấu, cả tỉnh)', (i) => `${appUrl}/api/people?q=${pick(sample.queries, i)}&pageSize=20`, (i) => `${bareUrl}/people?q=${pick(sample.queries, i)}`)
  await run('GET /api/registry?q= (sổ khen thưởng, cả tỉnh)', (i) => `${appUrl}/api/registry?q=${pick(sample.awardQueries, i)}&pageSize=20`)
  await run('GET /api/eligible (LĐTT, một xã)', () => `${appUrl}/api/eligible?organizationId=${sample.communeId}&target=LDTT&date=${sample.date}&pageSize=100`)
  return { rows, maxRss }
}
