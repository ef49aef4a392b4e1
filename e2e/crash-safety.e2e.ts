// Crash safety: a real `tdkt serve` takes a burst of concurrent writes — people, nominations (each with its
// history row), secret ballots in the demo's open council session (receipt and counter) — and is killed with
// SIGKILL in the middle of it; started again on the same data, every write it acknowledged is there, whole
// (with its audit entry and the rows of the same transaction), the audit chain verifies, and the server takes
// writes again. On the embedded database and on PostgreSQL.
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

interface Burst { people: string[]; nominations: string[]; ballots: Map<string, number> }

/** Writes people, nominations and ballots until the server dies; returns what it acknowledged. */
async function burst(server: RunningServer, s: { officer: Session; unit: Session; voters: Session[] }, ids: { commune: string; school: string; staff: string[]; items: string[] }, tag: string): Promise<Burst> {
  const acknowledged: string[] = []
  const nominations: string[] = []
  const ballots = new Map<string, number>()
  let killing: Promise<void> | null = null
  const dying = (error: unknown) => {
    if (!killing) throw error
  }
  const finished = { nominating: false, voting: 0 }
  const ballotCount = () => [...ballots.values()].reduce((a, b) => a + b, 0)
  /** Kill in the middle of the burst, once every kind of write has had acknowledged ones. */
  const maybeKill = () => {
    const enough = acknowledged.length >= KILL_AFTER && (nominations.length >= 3 || finished.nominating) && (ballotCount() >= 2 || finished.voting === s.voters.length)
    if (enough && !killing) killing = server.kill()
  }
  const nominating = async () => {
    for (const subjectId of ids.staff) {
      if (killing) return
      const res = await s.unit.send('POST', '/api/nominations', {
        year: 2026, nominatingOrganizationId: ids.school, subjectKind: 'individual', subjectId, target: 'LDTT', achievement: `Hoàn thành tốt nhiệm vụ năm 2026 (${tag})`,
      }).catch(dying)
      if (!res) return
      if (res.status === 201) nominations.push(res.body.id)
      else if (res.status !== 409 && res.status !== 400) throw new Error(`nomination: ${res.status} ${JSON.stringify(res.body)}`)
      maybeKill()
    }
    finished.nominating = true
    maybeKill()
  }
  const voting = async (voter: Session) => {
    for (const item of ids.items) {
      const res = await voter.send('POST', `/api/council-items/${item}/ballot`, { choice: 'for' }).catch(dying)
      if (!res) return
      if (res.status !== 200) throw new Error(`ballot: ${res.status} ${JSON.stringify(res.body)}`)
      ballots.set(item, (ballots.get(item) ?? 0) + 1)
      maybeKill()
    }
    finished.voting++
    maybeKill()
  }
  const officer = s.officer
  const organizationId = ids.commune
  const worker = async (w: number) => {
    for (let i = 0; ; i++) {
      try {
        const res = await officer.send('POST', '/api/people', {
          fullName: `Người Thử ${tag} ${w}-${i}`, sex: i % 2 ? 'nam' : 'nu', organizationId, category: 'cong_chuc', birthDate: '1990-01-01',
        })
        if (res.status !== 201) throw new Error(`unexpected ${res.status}: ${JSON.stringify(res.body)}`)
        acknowledged.push(res.body.id)
        maybeKill()
      } catch (error) {
        if (killing) return // the connection died with the server
        throw error
      }
    }
  }
  await Promise.all([...Array.from({ length: WORKERS }, (_, w) => worker(w)), nominating(), ...s.voters.map(voting)])
  await killing
  return { people: acknowledged, nominations, ballots }
}

async function crashAndRecover(env: Record<string, string>) {
  const first = await startServer(env)
  const tag = randomUUID().slice(0, 8)
  const officer = await Session.signIn(first.url, 'binhthanh.vanphong')
  const unit = await Session.signIn(first.url, 'binhthanh.truongtieuhoc')
  const voters = await Promise.all(['binhthanh.hoidong', 'binhthanh.hoidong3'].map((u) => Session.signIn(first.url, u)))
  const me = (await officer.send('GET', '/api/auth/me')).body
  const school = (await unit.send('GET', '/api/auth/me')).body.organizationId
  const staff = (await unit.send('GET', `/api/people?organizationId=${school}&pageSize=200`)).body.items.map((p: { id: string }) => p.id)
  const mine = (await voters[0]!.send('GET', '/api/council-sessions/mine')).body
  const open = (Array.isArray(mine) ? mine : mine.items)[0]
  const sessionBefore = (await officer.send('GET', `/api/council-sessions/${open.id}`)).body
  const items: string[] = sessionBefore.items.map((i: { id: string }) => i.id)
  const receivedBefore = new Map<string, number>(sessionBefore.items.map((i: { id: string; received: { ballots: number } }) => [i.id, i.received.ballots]))
  const done = await burst(first, { officer, unit, voters }, { commune: me.organizationId, school, staff, items }, tag)
  const acknowledged = done.people
  expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER)
  expect(done.nominations.length + [...done.ballots.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(0)

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
    // every acknowledged nomination is whole: the row, its creation in the history, its audit entry
    for (const id of done.nominations) {
      const n = await again.send('GET', `/api/nominations/${id}`)
      expect(n.status, `acknowledged nomination ${id} lost`).toBe(200)
      expect(n.body.history.length, `nomination ${id} without its history`).toBeGreaterThanOrEqual(1)
      expect((await again.send('GET', `/api/audit?entity=nomination&entityId=${id}`)).body.total).toBeGreaterThanOrEqual(1)
    }
    // every acknowledged ballot is in (one in flight at the kill may have committed too), and no receipt is
    // without its counter: closing the session counts exactly as many ballots as there are receipts
    const sessionAfter = (await again.send('GET', `/api/council-sessions/${open.id}`)).body
    const receipts = new Map<string, number>()
    for (const item of sessionAfter.items as { id: string; received: { ballots: number } }[]) {
      const before = receivedBefore.get(item.id) ?? 0
      expect(item.received.ballots).toBeGreaterThanOrEqual(before + (done.ballots.get(item.id) ?? 0))
      expect(item.received.ballots).toBeLessThanOrEqual(before + voters.length)
      receipts.set(item.id, item.received.ballots)
    }
    const closed = await again.send('POST', `/api/council-sessions/${open.id}/close`, { version: sessionAfter.version })
    expect(closed.status, JSON.stringify(closed.body)).toBe(200)
    for (const item of closed.body.items as { id: string; tally: { ballots: { for: number; against: number; abstain: number } } }[]) {
      const b = item.tally.ballots
      expect(b.for + b.against + b.abstain).toBe(receipts.get(item.id))
    }
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
