// Name searches on a database that `tdkt bench-data` filled: the people search and the registry search for names
// typed without diacritics — whole names, their last two words, one word in a commune — with the SHA-256 of every
// answer (ids in order, totals: to prove a change leaves the results identical) and p50/p99 of each kind.
//   DATABASE_URL=postgres://… npx tsx bench/search-check.ts
import { createHash, randomUUID } from 'node:crypto'
import { openPostgres } from '../src/server/db/client.ts'
import type { Actor } from '../src/server/auth/policy.ts'
import { searchPeople } from '../src/server/modules/people/people.repository.ts'
import { searchRegistryQuery } from '../src/server/modules/registry/registry.schemas.ts'
import { searchRegistry } from '../src/server/modules/registry/search-registry.ts'
import { foldAccents } from '../src/shared/vietnamese.ts'
import { percentile } from './stats.ts'
import { BENCH_PROVINCE_OFFICER } from './province-workflow.ts'

if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL: cơ sở dữ liệu đã nạp bằng `tdkt bench-data`')
const db = openPostgres(process.env.DATABASE_URL, 4)
const actorOf = async (username: string): Promise<Actor> => {
  const [a] = await db.query<{ id: string; province_id: string; organization_id: string; path: string }>(
    `SELECT a.id, a.province_id, a.organization_id, o.path FROM accounts a JOIN organizations o ON o.province_id = a.province_id AND o.id = a.organization_id WHERE a.username = $1`,
    [username],
  )
  if (!a) throw new Error(`Không có tài khoản ${username}: cơ sở dữ liệu chưa nạp bằng \`tdkt bench-data\``)
  return { accountId: a.id, provinceId: a.province_id, username, displayName: username, role: 'officer', organizationId: a.organization_id, organizationPath: a.path }
}
try {
  const province = await actorOf(BENCH_PROVINCE_OFFICER)
  const commune = await actorOf('bench.xa1')
  const folded = (rows: { name: string }[]) => rows.map((r) => foldAccents(r.name))
  const people = folded(await db.query<{ name: string }>('SELECT full_name AS name FROM people ORDER BY md5(id::text) LIMIT 200'))
  const awarded = folded(await db.query<{ name: string }>(`SELECT subject_name AS name FROM award_records WHERE subject_kind = 'individual' ORDER BY md5(id::text) LIMIT 200`))
  const lastWords = (name: string, n: number) => name.split(' ').slice(-n).join(' ')
  const findPeople = (actor: Actor) => async (q: string) => {
    const page = await searchPeople(db, actor.provinceId, { scopePath: actor.organizationPath, q, category: null, limit: 20, offset: 0 })
    return [page.total, page.totalCapped, page.items.map((p) => p.id)]
  }
  const findAwards = (actor: Actor) => async (q: string) => {
    const page = await searchRegistry({ db, actor, requestId: randomUUID() }, searchRegistryQuery.parse({ q, pageSize: 20 }))
    return [page.total, page.totalCapped, page.items.map((a) => a.id)]
  }
  const kinds: [string, string[], (q: string) => Promise<unknown>][] = [
    ['Cá nhân — họ tên, cả tỉnh', people, findPeople(province)],
    ['Cá nhân — hai chữ cuối, cả tỉnh', people.map((n) => lastWords(n, 2)), findPeople(province)],
    ['Cá nhân — một chữ, một xã', people.slice(0, 100).map((n) => lastWords(n, 1)), findPeople(commune)],
    ['Sổ khen thưởng — họ tên, cả tỉnh', awarded, findAwards(province)],
    ['Sổ khen thưởng — hai chữ cuối, cả tỉnh', awarded.map((n) => lastWords(n, 2)), findAwards(province)],
    ['Sổ khen thưởng — họ tên, một xã', awarded.slice(0, 100), findAwards(commune)],
  ]
  const hash = createHash('sha256')
  let searches = 0
  for (const [label, queries, find] of kinds) {
    for (const q of queries) hash.update(JSON.stringify([label, q, await find(q)])) // also the warm-up
    const times: number[] = []
    for (const q of queries) {
      const started = performance.now()
      await find(q)
      times.push(performance.now() - started)
    }
    searches += queries.length
    times.sort((a, b) => a - b)
    console.log(`${label}: ${queries.length} lần, p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms`)
  }
  console.log(`${searches} lượt tìm; SHA-256 của mọi kết quả ${hash.digest('hex')}`)
} finally {
  await db.close()
}
