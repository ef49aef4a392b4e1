// A council vote burst: `members` members, each with an account of their own, all present, vote on every
// item of an open session at the same moment (each member's ballots in turn, all members side by side),
// through the ballot use case (no 200 password sign-ins: each member's actor is built as a session would).
// Then the close decides every item and writes the minutes.
import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { DatabaseBusyError, type Db } from '../src/server/db/client.ts'
import type { Actor } from '../src/server/auth/policy.ts'
import { castBallot } from '../src/server/modules/council/cast-ballot.ts'
import { ApiClient, type testApp } from '../src/server/testing/api-client.ts'
import type { SyntheticProvince } from './synthetic-province.ts'
import type { BenchAccounts } from './province-workflow.ts'

export interface BurstResult {
  members: number
  items: number
  ballots: number
  /** Ballots answered "busy" (every connection of the pool taken for 10 s) and cast again a second later. */
  busyRetries: number
  /** Setting up the session through the API (members, items, attendance, open). */
  setupSeconds: number
  voteSeconds: number
  ballotsPerSecond: number
  closeSeconds: number
}

async function ok(res: Promise<{ status: number; body: any }>, status = 200) { // eslint-disable-line @typescript-eslint/no-explicit-any
  const r = await res
  if (r.status !== status) throw new Error(`HTTP ${r.status}: ${JSON.stringify(r.body).slice(0, 500)}`)
  return r.body
}

export async function councilBurst(db: Db, app: ReturnType<typeof testApp>, province: SyntheticProvince, accounts: BenchAccounts, nominationIds: readonly string[], members: number): Promise<BurstResult> {
  const commune = province.communes[0]!
  const setupStart = performance.now()
  const officer = await ApiClient.signIn(app, accounts.communeOfficer, accounts.password)
  const council = await ok(officer.post('/api/councils', { organizationId: commune.committeeId, name: `Hội đồng Thi đua – Khen thưởng ${commune.name}` }), 201)
  const actors: Actor[] = []
  const memberIds: string[] = []
  for (let i = 0; i < members; i++) {
    const accountId = randomUUID()
    const username = `bench.hd${i + 1}.${council.id.slice(0, 6)}`
    await db.query(
      `INSERT INTO accounts (province_id, id, username, password_hash, display_name, role, organization_id) VALUES ($1, $2, $3, 'x', $4, 'council_member', $5)`,
      [province.provinceId, accountId, username, `Thành viên ${i + 1}`, commune.id],
    )
    const member = await ok(officer.post(`/api/councils/${council.id}/members`, { fullName: `Thành viên ${i + 1}`, role: i === 0 ? 'chair' : i === 1 ? 'secretary' : 'member', accountId, sortOrder: i }), 201)
    memberIds.push(member.id)
    actors.push({ accountId, provinceId: province.provinceId, username, displayName: `Thành viên ${i + 1}`, role: 'council_member', organizationId: commune.id, organizationPath: commune.path })
  }
  const draft = await ok(officer.post(`/api/councils/${council.id}/sessions`, { title: 'Phiên họp xét danh hiệu cuối năm', meetsOn: `${province.lastYear}-12-15` }), 201)
  for (const nominationId of nominationIds) await ok(officer.post(`/api/council-sessions/${draft.id}/items`, { nominationId }), 201)
  let detail = draft
  for (const memberId of memberIds) detail = await ok(officer.put(`/api/council-sessions/${draft.id}/attendance/${memberId}`, { present: true }))
  const session = await ok(officer.post(`/api/council-sessions/${draft.id}/open`, { version: detail.version }))
  const items = (session.items as { id: string }[]).map((i) => i.id)
  const setupSeconds = (performance.now() - setupStart) / 1000

  // A ballot answered "busy" (503 SERVER_BUSY over HTTP) is cast again a second later, as its voter would; counted.
  let busyRetries = 0
  const cast = async (actor: Actor, itemId: string, choice: 'for' | 'against'): Promise<void> => {
    for (;;) {
      try {
        await castBallot({ db, actor, requestId: randomUUID() }, itemId, choice)
        return
      } catch (error) {
        if (!(error instanceof DatabaseBusyError)) throw error
        busyRetries++
        await sleep(1000)
      }
    }
  }
  const voteStart = performance.now()
  await Promise.all(actors.map(async (actor, m) => {
    for (let i = 0; i < items.length; i++) await cast(actor, items[i]!, (m + i) % 5 === 0 ? 'against' : 'for')
  }))
  const voteSeconds = (performance.now() - voteStart) / 1000
  const receipts = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ballot_receipts WHERE province_id = $1 AND item_id = ANY($2::uuid[])`, [province.provinceId, items])
  if (receipts[0]!.n !== members * items.length) throw new Error(`Phiếu bầu: ${receipts[0]!.n}, cần ${members * items.length}`)

  const closeStart = performance.now()
  await ok(officer.post(`/api/council-sessions/${draft.id}/close`, { version: session.version }))
  const closeSeconds = (performance.now() - closeStart) / 1000
  const ballots = members * items.length
  return { members, items: items.length, ballots, busyRetries, setupSeconds, voteSeconds, ballotsPerSecond: ballots / voteSeconds, closeSeconds }
}
