// Two hundred members voting at once on two items, each also trying to vote twice at the same moment: every
// first ballot counts, every second one is refused, and the tally is exact. Ballots go straight to the use
// case with each member's own actor (signing 200 accounts in through the password hash would only slow the
// test); on PostgreSQL they run on a pool of connections, truly side by side.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { loadConfig } from '../../config.ts'
import type { Actor } from '../../auth/policy.ts'
import { AppError } from '../../http/errors.ts'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { created } from '../nominations/nominations.testing.ts'
import { castBallot } from './cast-ballot.ts'
import { communeCouncil, submittedNomination } from './council.testing.ts'

const MEMBERS = 200
let t: HistoryTestContext

beforeAll(async () => {
  t = await openHistoryTest()
})
afterAll(() => t.db.close())

it('counts 200 concurrent voters exactly once each, refusing every simultaneous second ballot', { timeout: 180_000 }, async () => {
  const officer = await t.as('officerA')
  const council = await communeCouncil(t)
  const commune = (await t.db.query<{ path: string }>(`SELECT path FROM organizations WHERE province_id = $1 AND id = $2`, [t.tenant.provinceId, t.tenant.org.communeA.id]))[0]!
  const actors: Actor[] = []
  const memberIds: string[] = []
  for (let i = 0; i < MEMBERS; i++) {
    const accountId = randomUUID()
    const username = `bau.${i}.${randomUUID().slice(0, 6)}`
    await t.db.query(
      `INSERT INTO accounts (province_id, id, username, password_hash, display_name, role, organization_id) VALUES ($1, $2, $3, 'x', $4, 'council_member', $5)`,
      [t.tenant.provinceId, accountId, username, `Thành viên ${i + 1}`, t.tenant.org.communeA.id],
    )
    const member = await created(await officer.post(`/api/councils/${council.id}/members`, { fullName: `Thành viên ${i + 1}`, role: i === 0 ? 'chair' : 'member', accountId, sortOrder: i }))
    memberIds.push(member.id)
    actors.push({ accountId, provinceId: t.tenant.provinceId, username, displayName: `Thành viên ${i + 1}`, role: 'council_member', organizationId: t.tenant.org.communeA.id, organizationPath: commune.path })
  }
  const draft = await created(await officer.post(`/api/councils/${council.id}/sessions`, { title: 'Phiên đông thành viên', meetsOn: '2025-12-15' }))
  for (const n of [await submittedNomination(t, 'Sầm Văn Đông'), await submittedNomination(t, 'Lâm Thị Tây')]) {
    await created(await officer.post(`/api/council-sessions/${draft.id}/items`, { nominationId: n.id }))
  }
  let detail
  for (const memberId of memberIds) detail = await created(await officer.put(`/api/council-sessions/${draft.id}/attendance/${memberId}`, { present: true }), 200)
  const session = await created(await officer.post(`/api/council-sessions/${draft.id}/open`, { version: detail.version }), 200)
  const [first, second] = session.items as { id: string }[]

  const ctxOf = (actor: Actor) => ({ db: t.db, actor, requestId: randomUUID(), config: loadConfig({}), clientAddress: '127.0.0.1' })
  // member i votes "for" on the first item when i < 150, and twice at once on it; everyone votes "against" the second once
  const attempts = actors.flatMap((actor, i) => [
    castBallot(ctxOf(actor), first!.id, i < 150 ? 'for' : 'against'),
    castBallot(ctxOf(actor), first!.id, 'for'),
    castBallot(ctxOf(actor), second!.id, 'against'),
  ])
  const settled = await Promise.allSettled(attempts)
  const refused = settled.filter((s) => s.status === 'rejected')
  expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(MEMBERS * 2)
  expect(refused).toHaveLength(MEMBERS)
  for (const r of refused) {
    const error = (r as PromiseRejectedResult).reason
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).message).toMatch(/chỉ bỏ phiếu một lần/)
  }
  const receipts = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ballot_receipts WHERE province_id = $1 AND item_id IN ($2, $3)`, [t.tenant.provinceId, first!.id, second!.id])
  expect(receipts[0]!.n).toBe(MEMBERS * 2)

  const closed = await created(await officer.post(`/api/council-sessions/${draft.id}/close`, { version: session.version }), 200)
  const [a, b] = closed.items as { tally: { total: { for: number; against: number; abstain: number } }; result: string }[]
  const sum = (x: { for: number; against: number; abstain: number }) => x.for + x.against + x.abstain
  expect(sum(a!.tally.total)).toBe(MEMBERS)
  // members 150…199 raced "against" with "for": whichever came first counted, never both
  expect(a!.tally.total.for).toBeGreaterThanOrEqual(150)
  expect(a!.tally.total.against).toBeLessThanOrEqual(50)
  expect(a!.tally.total.abstain).toBe(0)
  expect(b!.tally.total).toEqual({ for: 0, against: MEMBERS, abstain: 0 })
  expect(b!.result).toBe('failed')
})
