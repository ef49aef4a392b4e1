// Beyond one machine (docs/scale.md): a PostgreSQL primary and a streaming replica, made here with Debian's
// PostgreSQL on loopback ports, and a real `tdkt serve` with DATABASE_URL on the primary and DATABASE_READ_URL
// on the replica. Report reads (registry search, audit list, eligible list) come from the replica: with its
// replay paused, a write acknowledged by the API is on the primary but not yet in those lists, and appears once
// replay resumes. The replica refuses writes. When the primary stops, the running app answers 503 in
// Vietnamese and stays up, and takes writes again when the primary is back. Then the primary stops for good,
// the replica is promoted, the app is started against it: every row written before is there, the audit
// chain verifies up to the head recorded before the failover, and new writes work.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort, startServer, type RunningServer } from './support/server.ts'

const PG_BIN = '/usr/lib/postgresql/15/bin'
const PASSWORD = 'Tdkt@2025demo'
const UNAVAILABLE = 'Cơ sở dữ liệu tạm thời không truy cập được, vui lòng thử lại'
const available = fs.existsSync(path.join(PG_BIN, 'initdb')) && fs.existsSync(path.join(PG_BIN, 'pg_basebackup'))

/** PostgreSQL refuses to run as root: as root, its commands run as the `postgres` user (runuser). */
const asRoot = process.getuid?.() === 0
function pgCommand(command: string, args: string[]): SpawnSyncReturns<string> {
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(PG_BIN, command), ...args]] : [path.join(PG_BIN, command), args]
  const result = spawnSync(file, argv, { encoding: 'utf8', timeout: 60_000 })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} → ${result.status ?? result.signal}\n${result.stdout}\n${result.stderr}`)
  return result
}

class Cluster {
  constructor(readonly dir: string, readonly port: number, private readonly socketDir: string) {}
  get url() {
    return `postgres://postgres@127.0.0.1:${this.port}/tdkt`
  }
  start() {
    pgCommand('pg_ctl', ['-D', this.dir, '-l', `${this.dir}.log`, '-w', '-t', '30', '-o', `-p ${this.port} -c unix_socket_directories=${this.socketDir}`, 'start'])
  }
  stop(mode: 'fast' | 'immediate' = 'fast') {
    pgCommand('pg_ctl', ['-D', this.dir, '-m', mode, '-w', '-t', '30', 'stop'])
  }
  running() {
    return fs.existsSync(path.join(this.dir, 'postmaster.pid'))
  }
  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = [], database = 'tdkt'): Promise<T[]> {
    const client = new pg.Client({ host: '127.0.0.1', port: this.port, user: 'postgres', database })
    await client.connect()
    try {
      return (await client.query(sql, params)).rows as T[]
    } finally {
      await client.end()
    }
  }
}

class Session {
  private cookie = ''
  private csrf = ''
  constructor(private readonly url: string) {}

  static async signIn(url: string, username: string): Promise<Session> {
    const s = new Session(url)
    const res = await s.send('POST', '/api/auth/login', { username, password: PASSWORD })
    if (res.status !== 200) throw new Error(`sign-in ${username}: ${res.status} ${JSON.stringify(res.body)}`)
    return s
  }

  async send(method: string, route: string, body?: unknown): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
    const res = await fetch(`${this.url}${route}`, {
      method,
      headers: { 'content-type': 'application/json', cookie: this.cookie, 'x-csrf-token': this.csrf },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const cookie = res.headers.get('set-cookie')?.match(/tdkt_session=[^;]*/)?.[0]
    if (cookie) this.cookie = cookie
    const parsed = res.headers.get('content-type')?.includes('json') ? await res.json() : null
    if (route === '/api/auth/login' && res.ok) this.csrf = parsed.csrfToken
    return { status: res.status, body: parsed }
  }
}

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 5))
  }
}

/** The replica has replayed everything the primary has written so far. */
async function caughtUp(primary: Cluster, standby: Cluster) {
  const [{ lsn }] = (await primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')) as [{ lsn: string }]
  await until('the replica to catch up', async () => {
    const [row] = await standby.query<{ behind: boolean }>('SELECT pg_last_wal_replay_lsn() < $1::pg_lsn AS behind', [lsn])
    return row?.behind === false
  })
}

describe.skipIf(!available)('a primary and a streaming replica (Debian PostgreSQL 15 on loopback)', () => {
  let root = ''
  const servers: RunningServer[] = []
  let primary: Cluster
  let standby: Cluster
  let server: RunningServer
  let officer: Session
  let organizationId: string
  const tag = randomUUID().slice(0, 8)
  /** Every person the API acknowledged, with the award entered for the first one. */
  const written: string[] = []
  const decisionNumber = `${tag}/QĐ-UBND`
  const started = Date.now()

  const person = async (s: Session, n: number) => {
    const res = await s.send('POST', '/api/people', { fullName: `Người Bản Sao ${tag} ${n}`, sex: n % 2 ? 'nam' : 'nu', organizationId, category: 'cong_chuc', birthDate: '1990-01-01' })
    return res
  }

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-replica-'))
    if (asRoot) {
      const [uid, gid] = ['-u', '-g'].map((flag) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim()))
      fs.chownSync(root, uid!, gid!)
    }
    const [primaryPort, standbyPort] = [await freePort(), await freePort()]
    primary = new Cluster(path.join(root, 'primary'), primaryPort, root)
    standby = new Cluster(path.join(root, 'standby'), standbyPort, root)
    pgCommand('initdb', ['-D', primary.dir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'])
    fs.writeFileSync(path.join(primary.dir, 'pg_hba.conf'), [
      'local all all trust',
      'host all all 127.0.0.1/32 trust',
      'host replication all 127.0.0.1/32 trust',
      '',
    ].join('\n'))
    // fsync off: a test cluster on a temp dir (the promoted server is checked after clean stops, not power cuts).
    fs.appendFileSync(path.join(primary.dir, 'postgresql.conf'), [
      "listen_addresses = '127.0.0.1'", 'wal_level = replica', 'max_wal_senders = 4', 'hot_standby = on', 'fsync = off',
      // a replica whose primary restarted reconnects within half a second (default 5 s)
      'wal_retrieve_retry_interval = 500ms', '',
    ].join('\n'))
    primary.start()
    await primary.query('CREATE DATABASE tdkt', [], 'postgres')
    pgCommand('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', standby.dir, '-R', '-X', 'stream', '-c', 'fast'])
    standby.start()
    console.log(`[replica] primary :${primary.port} and replica :${standby.port} ready after ${((Date.now() - started) / 1000).toFixed(1)} s`)
    // The demo province is seeded through the primary on first start.
    server = await startServer({ DATABASE_URL: primary.url, DATABASE_READ_URL: standby.url }, { dataDir: path.join(root, 'app-1') })
    servers.push(server)
    console.log(`[replica] tdkt serve seeded and up after ${((Date.now() - started) / 1000).toFixed(1)} s`)
    officer = await Session.signIn(server.url, 'binhthanh.vanphong')
    organizationId = (await officer.send('GET', '/api/auth/me')).body.organizationId
  })

  afterAll(async () => {
    for (const s of servers) await s.stop().catch(() => {})
    for (const cluster of [standby, primary]) {
      if (cluster?.running()) {
        try {
          cluster.stop('immediate')
        } catch (error) {
          console.error(error)
        }
      }
    }
    if (root) fs.rmSync(root, { recursive: true, force: true })
    console.log(`[replica] total ${((Date.now() - started) / 1000).toFixed(1)} s`)
  })

  it('serves report reads from the replica, which lags behind the primary and refuses writes', async () => {
    await caughtUp(primary, standby)
    const [replicaFlag] = await standby.query<{ r: boolean }>('SELECT pg_is_in_recovery() AS r')
    expect(replicaFlag!.r).toBe(true)

    // Freeze the replica: what the API writes now reaches the primary only.
    await standby.query('SELECT pg_wal_replay_pause()')
    let resumedAt = 0
    const created = await person(officer, 0).catch(async (error) => {
      await standby.query('SELECT pg_wal_replay_resume()')
      throw error
    })
    const audit = () => officer.send('GET', `/api/audit?entityId=${created.body.id}`)
    const registry = () => officer.send('GET', `/api/registry?q=${encodeURIComponent(decisionNumber)}`)
    try {
      expect(created.status).toBe(201)
      written.push(created.body.id)
      const award = await officer.send('POST', '/api/history/awards', {
        subjectKind: 'individual', subjectId: created.body.id, code: 'LDTT', year: 2024, decisionNumber, decisionDate: '2025-01-10', level: 'commune',
      })
      expect(award.status, JSON.stringify(award.body)).toBe(201)
      expect(await primary.query('SELECT id FROM people WHERE id = $1', [created.body.id])).toHaveLength(1)
      expect(await standby.query('SELECT id FROM people WHERE id = $1', [created.body.id])).toHaveLength(0)

      // Read-your-own-write paths stay on the primary…
      expect((await officer.send('GET', `/api/people/${created.body.id}`)).status).toBe(200)
      // …the report reads come from the (paused) replica: not there yet.
      expect((await audit()).body.total).toBe(0)
      expect((await registry()).body.items).toEqual([])
      const eligible = await officer.send('GET', `/api/eligible?organizationId=${organizationId}&target=LDTT&subjectKind=individual&pageSize=1000`)
      expect(eligible.status, JSON.stringify(eligible.body)).toBe(200)
      expect(eligible.body.items.some((i: { subjectId: string }) => i.subjectId === created.body.id)).toBe(false)
      // The read pool's connections are on the replica, named so an operator can tell them apart.
      const readers = await standby.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'tdkt-read'`)
      expect(readers[0]!.n).toBeGreaterThan(0)
    } finally {
      resumedAt = Date.now()
      await standby.query('SELECT pg_wal_replay_resume()')
    }
    await until('the write on the replica-served lists', async () => (await audit()).body.total === 1 && (await registry()).body.items.length === 1)
    console.log(`[replica] write visible through the replica ${Date.now() - resumedAt} ms after replay resumed`)
    expect((await registry()).body.items[0]).toMatchObject({ subjectId: created.body.id, decisionNumber })
    const after = await officer.send('GET', `/api/eligible?organizationId=${organizationId}&target=LDTT&subjectKind=individual&pageSize=1000`)
    expect(after.body.items.some((i: { subjectId: string }) => i.subjectId === created.body.id)).toBe(true)

    // How stale a report read is in steady state, as the app sees it: a write acknowledged by the API, then
    // the replica-served audit list polled until it shows the entry (loopback, no load).
    const lags: number[] = []
    for (let n = 0; n < 10; n++) {
      const res = await person(officer, 100 + n)
      expect(res.status).toBe(201)
      written.push(res.body.id)
      const acknowledged = Date.now()
      await until('a write on the replica', async () => (await officer.send('GET', `/api/audit?entityId=${res.body.id}`)).body.total === 1)
      lags.push(Date.now() - acknowledged)
    }
    lags.sort((a, b) => a - b)
    console.log(`[replica] write → visible on the replica-served audit list: median ${lags[4]} ms, max ${lags[9]} ms (10 writes)`)

    // The replica itself is read-only.
    await expect(standby.query(`INSERT INTO schema_migrations (name) VALUES ('written-on-the-replica')`)).rejects.toMatchObject({ code: '25006' })
  })

  it('answers 503 in Vietnamese while the primary is down, stays up, and writes again once it is back', async () => {
    primary.stop('fast')
    const write = await person(officer, 1)
    expect(write.status).toBe(503)
    expect(write.body.error.message).toContain(UNAVAILABLE)
    const read = await officer.send('GET', '/api/people?pageSize=5')
    expect(read.status).toBe(503)
    expect(read.body.error.code).toBe('DATABASE_UNAVAILABLE')
    // The process is alive (a route that needs no database answers).
    expect((await fetch(`${server.url}/api/openapi.json`)).status).toBe(200)

    primary.start()
    const again = await until('a write after the primary came back', async () => {
      const res = await person(officer, 2)
      return res.status === 201 ? res : res.status === 503 ? undefined : expect.fail(`unexpected ${res.status}: ${JSON.stringify(res.body)}`)
    })
    written.push(again.body.id)
    for (let n = 3; n < 8; n++) {
      const res = await person(officer, n)
      expect(res.status).toBe(201)
      written.push(res.body.id)
    }
    expect(server.output()).not.toMatch(/Server exited|uncaught/i)
  })

  it('fails over: the replica, promoted, has every row written before and takes new writes', async () => {
    const waited = Date.now()
    await caughtUp(primary, standby)
    console.log(`[replica] replica caught up with the restarted primary after ${Date.now() - waited} ms`)
    const [head] = await primary.query<{ province_id: string; seq: number; hash: string }>(
      `SELECT h.province_id, h.seq::int AS seq, h.hash FROM audit_chain_heads h JOIN audit_log l ON l.province_id = h.province_id AND l.entity_id = $1`,
      [written[0]],
    )
    primary.stop('fast')
    pgCommand('pg_ctl', ['-D', standby.dir, '-w', '-t', '30', 'promote'])
    const [promoted] = await standby.query<{ r: boolean }>('SELECT pg_is_in_recovery() AS r')
    expect(promoted!.r).toBe(false)

    await server.stop()
    const restarting = Date.now()
    const failedOver = await startServer({ DATABASE_URL: standby.url, DATABASE_READ_URL: '' }, { dataDir: path.join(root, 'app-2') })
    servers.push(failedOver)
    console.log(`[replica] tdkt serve up on the promoted server after ${Date.now() - restarting} ms`)
    const s = await Session.signIn(failedOver.url, 'binhthanh.vanphong')
    for (const id of written) expect((await s.send('GET', `/api/people/${id}`)).status, id).toBe(200)
    expect((await s.send('GET', `/api/registry?q=${encodeURIComponent(decisionNumber)}`)).body.items).toHaveLength(1)

    // The audit chain reaches the head recorded on the old primary.
    const verify = spawnSync(process.execPath, ['bin/tdkt.mjs', 'audit', 'verify', '--province', head!.province_id, '--expect-head', `${head!.seq}:${head!.hash}`], {
      env: { ...process.env, DATABASE_URL: standby.url, DATABASE_READ_URL: '' }, encoding: 'utf8', timeout: 60_000,
    })
    expect(verify.status, verify.stdout + verify.stderr).toBe(0)

    const fresh = await person(s, 99)
    expect(fresh.status).toBe(201)
    expect(await standby.query('SELECT id FROM people WHERE id = $1', [fresh.body.id])).toHaveLength(1)
  })
})
