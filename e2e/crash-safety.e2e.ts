// Crash safety: a real `tdkt serve` takes a burst of concurrent writes and is killed with SIGKILL in the middle
// of it; started again on the same data, every write it acknowledged is there, each with its audit entry from
// the same transaction (nothing half-written), the audit chain verifies, and the server takes writes again.
// On the embedded database and on PostgreSQL.
import { spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from './support/server.ts'
import { adminUrl } from '../src/server/testing/global-setup.ts'

const PASSWORD = 'Tdkt@2025demo'
const WORKERS = 12
/** Kill once this many writes were acknowledged (the burst is still running). */
const KILL_AFTER = 60

class Session {
  private cookie = ''
  private csrf = ''
  constructor(private readonly url: string) {}

  static async signIn(url: string, username: string): Promise<Session> {
    const s = new Session(url)
    const res = await s.send('POST', '/api/auth/login', { username, password: PASSWORD })
    if (res.status !== 200) throw new Error(`sign-in ${username}: ${res.status}`)
    return s
  }

  async send(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
    const res = await fetch(`${this.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie: this.cookie, 'x-csrf-token': this.csrf },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const cookie = res.headers.get('set-cookie')?.match(/tdkt_session=[^;]*/)?.[0]
    if (cookie) this.cookie = cookie
    const parsed = res.headers.get('content-type')?.includes('json') ? await res.json() : null
    if (path === '/api/auth/login' && res.ok) this.csrf = parsed.csrfToken
    return { status: res.status, body: parsed }
  }
}

/** Writes people until the server dies; returns the ids it acknowledged. */
async function burst(server: RunningServer, officer: Session, organizationId: string, tag: string): Promise<string[]> {
  const acknowledged: string[] = []
  let killing: Promise<void> | null = null
  const worker = async (w: number) => {
    for (let i = 0; ; i++) {
      try {
        const res = await officer.send('POST', '/api/people', {
          fullName: `Người Thử ${tag} ${w}-${i}`, sex: i % 2 ? 'nam' : 'nu', organizationId, category: 'cong_chuc', birthDate: '1990-01-01',
        })
        if (res.status !== 201) throw new Error(`unexpected ${res.status}: ${JSON.stringify(res.body)}`)
        acknowledged.push(res.body.id)
        if (acknowledged.length >= KILL_AFTER && !killing) killing = server.kill()
      } catch (error) {
        if (killing) return // the connection died with the server
        throw error
      }
    }
  }
  await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)))
  await killing
  return acknowledged
}

async function crashAndRecover(env: Record<string, string>) {
  const first = await startServer(env)
  const tag = randomUUID().slice(0, 8)
  const officer = await Session.signIn(first.url, 'binhthanh.vanphong')
  const me = (await officer.send('GET', '/api/auth/me')).body
  const acknowledged = await burst(first, officer, me.organizationId, tag)
  expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER)

  const second = await startServer(env, { dataDir: first.dataDir })
  try {
    const again = await Session.signIn(second.url, 'binhthanh.vanphong')
    for (const id of acknowledged) {
      const person = await again.send('GET', `/api/people/${id}`)
      expect(person.status, `acknowledged person ${id} lost`).toBe(200)
      const audit = await again.send('GET', `/api/audit?entity=person&entityId=${id}`)
      expect(audit.body.total, `person ${id} without its audit entry`).toBe(1)
    }
    // whatever committed without an acknowledgement is whole too: every burst person has its audit entry
    const found = await again.send('GET', `/api/people?q=${encodeURIComponent(`Người Thử ${tag}`)}&pageSize=200`)
    expect(found.body.total).toBeGreaterThanOrEqual(acknowledged.length)
    const audited = await again.send('GET', `/api/audit?entity=person&action=create&pageSize=200`)
    const auditedIds = new Set(audited.body.items.map((e: { entityId: string }) => e.entityId))
    for (const p of found.body.items) expect(auditedIds.has(p.id), `${p.fullName} without its audit entry`).toBe(true)
    // and it takes writes again
    expect((await again.send('POST', '/api/people', { fullName: `Sau Sự Cố ${tag}`, sex: 'nu', organizationId: me.organizationId, category: 'cong_chuc' })).status).toBe(201)
  } finally {
    await second.stop()
  }
  const verify = spawnSync(process.execPath, ['bin/tdkt.mjs', 'audit', 'verify'], { env: { ...process.env, TDKT_DATA_DIR: first.dataDir, DATABASE_URL: env.DATABASE_URL ?? '' }, encoding: 'utf8' })
  expect(verify.status, verify.stdout + verify.stderr).toBe(0)
  expect(verify.stdout).toMatch(/✓ Tỉnh/)
}

const databases: string[] = []
afterAll(async () => {
  if (databases.length === 0) return
  const admin = new pg.Client({ connectionString: adminUrl() })
  await admin.connect()
  for (const name of databases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await admin.end()
})

describe('crash safety (kill -9 during a burst of writes)', () => {
  it('loses nothing acknowledged on the embedded database', async () => {
    await crashAndRecover({})
  })

  it('loses nothing acknowledged on PostgreSQL', async () => {
    const name = `tdkt_crash_${randomUUID().replace(/-/g, '').slice(0, 12)}`
    const admin = new pg.Client({ connectionString: adminUrl() })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    databases.push(name)
    const url = new URL(adminUrl())
    url.pathname = `/${name}`
    await crashAndRecover({ DATABASE_URL: url.toString() })
  })
})
