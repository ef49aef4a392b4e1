// The province's eligibility on a database that `tdkt bench-data` filled: the SHA-256 of the whole "who is
// eligible" list (every subject, every field — to prove a change leaves the results identical) and the
// eligibility throughput against bare SQL (bench/eligibility-throughput.ts), without the rest of the bench.
//   DATABASE_URL=postgres://… npx tsx bench/eligibility-check.ts [--runs N (default 5)] [--date YYYY-MM-DD (default: 20 Dec of the last year with ratings)]
import { createHash, randomUUID } from 'node:crypto'
import { parseArgs } from 'node:util'
import { openPostgres } from '../src/server/db/client.ts'
import type { Actor } from '../src/server/auth/policy.ts'
import { eligibleQuery } from '../src/server/modules/eligibility/eligibility.schemas.ts'
import { listEligible } from '../src/server/modules/eligibility/list-eligible.ts'
import { eligibilityThroughput } from './eligibility-throughput.ts'
import { BENCH_PROVINCE_OFFICER } from './province-workflow.ts'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, date: { type: 'string' } } })
if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL: cơ sở dữ liệu đã nạp bằng `tdkt bench-data`')
const db = openPostgres(process.env.DATABASE_URL, 20)
try {
  const [officer] = await db.query<{ id: string; province_id: string; organization_id: string; path: string }>(
    `SELECT a.id, a.province_id, a.organization_id, o.path FROM accounts a JOIN organizations o ON o.province_id = a.province_id AND o.id = a.organization_id WHERE a.username = $1`,
    [BENCH_PROVINCE_OFFICER],
  )
  if (!officer) throw new Error(`Không có tài khoản ${BENCH_PROVINCE_OFFICER}: cơ sở dữ liệu chưa nạp bằng \`tdkt bench-data\``)
  const date = values.date ?? `${(await db.query<{ y: number }>('SELECT max(year) AS y FROM history_ratings'))[0]!.y}-12-20`
  const actor: Actor = { accountId: officer.id, provinceId: officer.province_id, username: BENCH_PROVINCE_OFFICER, displayName: 'Cán bộ tỉnh', role: 'officer', organizationId: officer.organization_id, organizationPath: officer.path }
  // The whole list in one page (the API caps pageSize at 1000; the use case itself does not).
  const query = { ...eligibleQuery.parse({ organizationId: officer.organization_id, target: 'LDTT', date }), pageSize: 100_000 }
  // The process's resident memory while the province's first page is built (what one such request costs a server),
  // sampled between the steps that yield to the event loop.
  let maxRss = process.memoryUsage.rss()
  const sampler = setInterval(() => (maxRss = Math.max(maxRss, process.memoryUsage.rss())), 5)
  await listEligible({ db, actor, requestId: randomUUID() }, { ...query, pageSize: 100 }).finally(() => clearInterval(sampler))
  maxRss = Math.max(maxRss, process.memoryUsage.rss())
  const list = await listEligible({ db, actor, requestId: randomUUID() }, query)
  const hash = createHash('sha256').update(JSON.stringify(list)).digest('hex')
  console.log(`LĐTT ngày ${date}: ${list.counts.total} đối tượng (${list.counts.eligible} đủ, ${list.counts.unknown} chưa đủ dữ liệu, ${list.counts.notEligible} không đủ); SHA-256 ${hash}; RSS cao nhất khi lập trang đầu: ${(maxRss / 2 ** 20).toFixed(0)} MiB`)
  const result = await eligibilityThroughput(db, actor, { organizationId: officer.organization_id, path: officer.path }, { runs: Number(values.runs), date })
  console.log(`use case ${result.appMs.toFixed(0)} ms, SQL trần ${result.bareMs.toFixed(0)} ms (${result.bareRows} dòng): ${result.ratio.toFixed(2)}×, ${result.checksPerSecond.toFixed(0)} lượt xét/giây`)
} finally {
  await db.close()
}
