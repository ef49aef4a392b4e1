// npm run bench: builds a synthetic province and measures the foundation's hot paths through the
// real HTTP app (in-process), then writes BENCHMARKS.md. Not a test: nothing here asserts a time.
//   --people N (default 100000)  --communes N (default 100)  --out FILE (default BENCHMARKS.md)
//   --parse-seconds N (default 3): how long document reading is measured
// Uses a fresh in-memory PGlite, or DATABASE_URL (an empty database you can throw away).
import fs from 'node:fs'
import os from 'node:os'
import { parseArgs } from 'node:util'
import { openPglite, openPostgres, type Db } from '../src/server/db/client.ts'
import { migrate } from '../src/server/db/migrate.ts'
import { ApiClient, testApp } from '../src/server/testing/api-client.ts'
import { foldAccents } from '../src/shared/vietnamese.ts'
import { generateProvince } from './generate-people.ts'
import { parseThroughput } from './parse-throughput.ts'
import { timeRuns, type Timing } from './stats.ts'

interface Result { name: string; timing: Timing; note?: string }

const NOTES_MARKER = '<!-- notes: kept across runs -->'

export async function runBench(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { people: { type: 'string', default: '100000' }, communes: { type: 'string', default: '100' }, out: { type: 'string', default: 'BENCHMARKS.md' }, runs: { type: 'string', default: '200' }, 'parse-seconds': { type: 'string', default: '3' } } })
  const people = Number(values.people)
  const runs = Number(values.runs)
  const db: Db = process.env.DATABASE_URL ? openPostgres(process.env.DATABASE_URL) : await openPglite()
  const driver = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'PGlite (in memory)'
  await migrate(db)
  if ((await db.query('SELECT 1 FROM people LIMIT 1')).length > 0) throw new Error('Cơ sở dữ liệu đo hiệu năng phải trống (DATABASE_URL trỏ tới một cơ sở dữ liệu riêng).')

  console.log(`Tạo dữ liệu: ${values.communes} xã, ${people} người trên ${driver}…`)
  const started = performance.now()
  const province = await generateProvince(db, { communes: Number(values.communes), villagesPerCommune: 10, people, onProgress: (n) => process.stdout.write(`\r  ${n}/${people} người`) })
  const generateSeconds = (performance.now() - started) / 1000
  console.log(`\n  xong trong ${generateSeconds.toFixed(1)} s`)

  const app = testApp(db)
  const provinceOfficer = await ApiClient.signIn(app, province.officerUsername, province.password)
  const communeOfficer = await ApiClient.signIn(app, province.communeOfficerUsername, province.password)
  const names = await db.query<{ full_name: string }>('SELECT full_name FROM people ORDER BY random() LIMIT $1', [runs])
  const queries = names.map((n) => encodeURIComponent(foldAccents(n.full_name)))
  const expectOk = async (promise: ReturnType<ApiClient['get']>) => {
    const res = await promise
    if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${JSON.stringify(res.body)}`)
    return res
  }

  const results: Result[] = []
  const measure = async (name: string, fn: (i: number) => Promise<unknown>, note?: string) => {
    await fn(0) // warm-up
    const timing = await timeRuns(runs, fn)
    results.push({ name, timing, note })
    console.log(`${name}: p50 ${timing.p50.toFixed(1)} ms, p99 ${timing.p99.toFixed(1)} ms`)
  }
  await measure('Tìm cá nhân theo họ tên không dấu — cả tỉnh (GET /api/people?q=)', (i) => expectOk(provinceOfficer.get(`/api/people?q=${queries[i % queries.length]}&pageSize=20`)), 'full name typed without diacritics')
  await measure('Tìm cá nhân theo một phần tên — cả tỉnh', (i) => expectOk(provinceOfficer.get(`/api/people?q=${queries[i % queries.length]!.split('%20').slice(-2).join('%20')}&pageSize=20`)), 'middle + given name')
  await measure('Danh sách cá nhân trang 1, thứ tự tiếng Việt — cả tỉnh', () => expectOk(provinceOfficer.get('/api/people?page=1&pageSize=20')))
  await measure('Tìm cá nhân — một xã (phạm vi cây con)', (i) => expectOk(communeOfficer.get(`/api/people?q=${queries[i % queries.length]!.split('%20').slice(-1)[0]}&pageSize=20`)), 'given name only')
  await measure('Cây tổ chức cả tỉnh (GET /api/organizations/tree)', () => expectOk(provinceOfficer.get('/api/organizations/tree')))
  const parsing = await parseThroughput({ seconds: Number(values['parse-seconds']) })
  results.push({ name: `Đọc văn bản (tài liệu/giây): ${parsing.documentsPerSecond.toFixed(0)} — ${parsing.source}, một lõi; cột ms: mỗi tài liệu`, timing: parsing.perDocument })
  console.log(`Đọc văn bản: ${parsing.documentsPerSecond.toFixed(0)} tài liệu/giây (${parsing.source})`)

  const memory = process.memoryUsage()
  const lines = [
    '# Benchmarks',
    '',
    'Produced by `npm run bench` (`node bin/tdkt.mjs bench' + (argv.length ? ' ' + argv.join(' ') : '') + '`). Benchmarks are not tests: nothing here is asserted in `npm test`.',
    '',
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM; ${os.type()} ${os.release()}`,
    `- Node ${process.version}; database: ${driver}`,
    `- Data: ${values.communes} communes × 11 organizations, ${people.toLocaleString('en')} people (generated in ${generateSeconds.toFixed(1)} s)`,
    `- Method: requests go through the whole Hono app in-process (session lookup, zod validation, scoping, SQL, JSON), ${runs} runs each after one warm-up; nearest-rank percentiles.`,
    '',
    '| Measurement | p50 (ms) | p99 (ms) | mean (ms) |',
    '|---|---:|---:|---:|',
    ...results.map((r) => `| ${r.name} | ${r.timing.p50.toFixed(1)} | ${r.timing.p99.toFixed(1)} | ${r.timing.mean.toFixed(1)} |`),
    '',
    `Process memory after the run: RSS ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB.`,
    '',
    'Goal from the roadmap: name search p99 ≤ 50 ms at province scale. Province-scale benchmarks (eligibility, roll-ups, HTTP concurrency) arrive with issue 8.',
    '',
  ]
  // Hand-written notes (before/after of fixes) below the marker survive a new run.
  const previous = fs.existsSync(values.out!) ? fs.readFileSync(values.out!, 'utf8') : ''
  const notes = previous.includes(NOTES_MARKER) ? previous.slice(previous.indexOf(NOTES_MARKER)) : `${NOTES_MARKER}\n`
  fs.writeFileSync(values.out!, lines.join('\n') + '\n' + notes)
  console.log(`Đã ghi ${values.out}`)
  await db.close()
}
