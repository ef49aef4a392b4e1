// The HTTP part of `npm run bench` on a database that `tdkt bench-data` filled (PostgreSQL): the key read endpoints
// under concurrent clients, the app against the bare endpoint, and the server's RSS (the server in its own process).
//   DATABASE_URL=postgres://… npx tsx bench/http-check.ts [--clients N (64)] [--requests N (3000)] [--seconds N (15)]
import { parseArgs } from 'node:util'
import { openPostgres } from '../src/server/db/client.ts'
import { loadKeyEndpoints, sampleEndpoints, signInCookie, startServerProcess } from './http-load.ts'
import { BENCH_PASSWORD, BENCH_PROVINCE_OFFICER } from './province-workflow.ts'

const { values } = parseArgs({ options: { clients: { type: 'string', default: '64' }, requests: { type: 'string', default: '3000' }, seconds: { type: 'string', default: '15' } } })
if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL: cơ sở dữ liệu đã nạp bằng `tdkt bench-data`')
const db = openPostgres(process.env.DATABASE_URL, 2)
const [officer] = await db.query<{ province_id: string; path: string }>(
  `SELECT a.province_id, o.path FROM accounts a JOIN organizations o ON o.province_id = a.province_id AND o.id = a.organization_id WHERE a.username = $1`,
  [BENCH_PROVINCE_OFFICER],
)
if (!officer) throw new Error(`Không có tài khoản ${BENCH_PROVINCE_OFFICER}: cơ sở dữ liệu chưa nạp bằng \`tdkt bench-data\``)
// The same samples as `npm run bench` (its default 200 runs): names of people and of registry rows, 1,000 people, the
// first commune (bench.xa1's).
const communeId = (await db.query<{ id: string }>(`SELECT organization_id AS id FROM accounts WHERE username = 'bench.xa1'`))[0]!.id
const date = `${(await db.query<{ y: number }>('SELECT max(year) AS y FROM history_ratings'))[0]!.y}-12-20`
const sample = await sampleEndpoints(db, 200, communeId, date)
await db.close()
const servers = await startServerProcess(officer.province_id, officer.path)
try {
  const headers = await signInCookie(servers.appUrl, BENCH_PROVINCE_OFFICER, BENCH_PASSWORD)
  const { maxRss } = await loadKeyEndpoints(servers, { clients: Number(values.clients), requests: Number(values.requests), seconds: Number(values.seconds), headers }, sample)
  console.log(`RSS cao nhất của tiến trình máy chủ: ${(maxRss / 2 ** 20).toFixed(0)} MiB`)
} finally {
  await servers.close()
}
