// npm run bench: builds a synthetic province (bench/synthetic-province.ts, seeded) and measures the hot paths,
// then writes BENCHMARKS.md. Not a test: nothing here asserts a time.
//   --people N (default 20000)  --communes N (default 100)  --years N (default 10)  --seed N (default 42)
//   --runs N (default 200): runs of each in-process request   --eligibility-runs N (default 5)
//   --clients N (default 64) --http-requests N (default 3000) --http-seconds N (default 15): HTTP load per endpoint
//   --council-members N (default 200) --council-items N (default 10; the burst is 50)   --certificates N (default 1000)
//   --nominations N (default 2): nominations per commune   --parse-seconds N (default 3)   --out FILE (default BENCHMARKS.md)
// Uses a fresh in-memory PGlite, or DATABASE_URL (an empty database you can throw away); with DATABASE_URL the HTTP
// load goes to a server in a process of its own (bench/server-process.ts), whose RSS is then the server's alone.
import fs from 'node:fs'
import os from 'node:os'
import { randomUUID } from 'node:crypto'
import { parseArgs } from 'node:util'
import { openPglite, openPostgres, type Db } from '../src/server/db/client.ts'
import { migrate } from '../src/server/db/migrate.ts'
import { ApiClient, testApp } from '../src/server/testing/api-client.ts'
import type { Actor } from '../src/server/auth/policy.ts'
import { DEFAULT_POSITIONS, renderCertificates, type CertificateData } from '../src/documents/certificate/index.ts'
import { generateSyntheticProvince } from './synthetic-province.ts'
import { createBenchAccounts, createWorkflow } from './province-workflow.ts'
import type { StatusCounts } from './province-reports.ts'
import { eligibilityThroughput, type EligibilityThroughput } from './eligibility-throughput.ts'
import { bareApp, loadKeyEndpoints, sampleEndpoints, signInCookie, startInProcessServers, startServerProcess, type HttpRow } from './http-load.ts'
import { councilBurst } from './council-burst.ts'
import { parseThroughput } from './parse-throughput.ts'
import { timeRuns, type Timing } from './stats.ts'

interface Result { name: string; timing: Timing }

const NOTES_MARKER = '<!-- notes: kept across runs -->'
const ROLL_UP_ROW = 'Báo cáo sơ kết tổng hợp của tỉnh — Đợt 1, cả tầng kế hoạch'
const MiB = 2 ** 20

export async function runBench(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      people: { type: 'string', default: '20000' }, communes: { type: 'string', default: '100' }, years: { type: 'string', default: '10' }, seed: { type: 'string', default: '42' },
      out: { type: 'string', default: 'BENCHMARKS.md' }, runs: { type: 'string', default: '200' }, 'eligibility-runs': { type: 'string', default: '5' },
      clients: { type: 'string', default: '64' }, 'http-requests': { type: 'string', default: '3000' }, 'http-seconds': { type: 'string', default: '15' },
      'council-members': { type: 'string', default: '200' }, 'council-items': { type: 'string', default: '10' }, certificates: { type: 'string', default: '1000' },
      nominations: { type: 'string', default: '2' }, 'parse-seconds': { type: 'string', default: '3' },
    },
  })
  const num = (key: keyof typeof values) => Number(values[key])
  const people = num('people')
  const runs = num('runs')
  const db: Db = process.env.DATABASE_URL ? openPostgres(process.env.DATABASE_URL, 20) : await openPglite()
  const driver = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'PGlite (in memory)'
  const version = (await db.query<{ v: string }>(`SELECT current_setting('server_version') AS v`))[0]!.v
  await migrate(db)
  if ((await db.query('SELECT 1 FROM people LIMIT 1')).length > 0) throw new Error('Cơ sở dữ liệu đo hiệu năng phải trống (DATABASE_URL trỏ tới một cơ sở dữ liệu riêng).')

  console.log(`Tạo dữ liệu: ${values.communes} xã, ${people} người, ${values.years} năm trên ${driver}…`)
  let started = performance.now()
  const province = await generateSyntheticProvince(db, { communes: num('communes'), people, years: num('years'), seed: num('seed'), onProgress: (m) => console.log(`  ${m}`) })
  const generateSeconds = (performance.now() - started) / 1000
  const app = testApp(db)
  const accounts = await createBenchAccounts(db, province)
  started = performance.now()
  const workflow = await createWorkflow(db, app, province, accounts, { nominationsPerCommune: num('nominations'), councilItems: num('council-items'), seed: num('seed'), onProgress: (m) => console.log(`  ${m}`) })
  const workflowSeconds = (performance.now() - started) / 1000
  console.log(`  xong trong ${generateSeconds.toFixed(1)} s + ${workflowSeconds.toFixed(1)} s (kế hoạch, đề nghị qua API; đăng ký thi đua, báo cáo sơ kết)`)

  const date = `${province.lastYear}-12-20`
  const provinceOfficer = await ApiClient.signIn(app, accounts.provinceOfficer, accounts.password)
  const communeOfficer = await ApiClient.signIn(app, accounts.communeOfficer, accounts.password)
  const commune = province.communes[0]!
  const sample = await sampleEndpoints(db, runs, commune.id, date)
  const { queries, awardQueries } = sample
  const expectOk = async (promise: ReturnType<ApiClient['get']>) => {
    const res = await promise
    if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${JSON.stringify(res.body)}`)
    return res
  }

  // 1. Latency of single requests through the whole app, in-process
  const results: Result[] = []
  const measure = async (name: string, fn: (i: number) => Promise<unknown>, count = runs) => {
    await fn(0) // warm-up
    const timing = await timeRuns(count, fn)
    results.push({ name, timing })
    console.log(`${name}: p50 ${timing.p50.toFixed(1)} ms, p99 ${timing.p99.toFixed(1)} ms`)
  }
  const pick = (list: string[], i: number) => list[i % list.length]!
  await measure('Tìm cá nhân theo họ tên không dấu — cả tỉnh (GET /api/people?q=)', (i) => expectOk(provinceOfficer.get(`/api/people?q=${pick(queries, i)}&pageSize=20`)))
  await measure('Tìm cá nhân theo một phần tên — cả tỉnh', (i) => expectOk(provinceOfficer.get(`/api/people?q=${pick(queries, i).split('%20').slice(-2).join('%20')}&pageSize=20`)))
  await measure('Danh sách cá nhân trang 1, thứ tự tiếng Việt — cả tỉnh', () => expectOk(provinceOfficer.get('/api/people?page=1&pageSize=20')))
  await measure('Tìm cá nhân — một xã (phạm vi cây con)', (i) => expectOk(communeOfficer.get(`/api/people?q=${pick(queries, i).split('%20').slice(-1)[0]}&pageSize=20`)))
  await measure('Tìm trong sổ khen thưởng theo họ tên không dấu — cả tỉnh (GET /api/registry?q=)', (i) => expectOk(provinceOfficer.get(`/api/registry?q=${pick(awardQueries, i)}&pageSize=20`)))
  await measure('Cây tổ chức cả tỉnh (GET /api/organizations/tree)', () => expectOk(provinceOfficer.get('/api/organizations/tree')))
  const eligibleRuns = Math.max(3, Math.min(runs, 20))
  await measure(`Ai đủ điều kiện LĐTT — một xã (GET /api/eligible, ${eligibleRuns} lần)`, () => expectOk(communeOfficer.get(`/api/eligible?organizationId=${commune.id}&target=LDTT&date=${date}&pageSize=100`)), eligibleRuns)
  await measure(`Ai đủ điều kiện LĐTT — cả tỉnh (GET /api/eligible, ${num('eligibility-runs')} lần)`, () => expectOk(provinceOfficer.get(`/api/eligible?target=LDTT&date=${date}&pageSize=100`)), num('eligibility-runs'))
  // the province's compiled sơ kết of Đợt 1 (the API's use case compileCampaignReport over the whole cascade)
  const { organizationId, campaignId, periodId } = workflow.reports.rollUp
  const rollUpUrl = `/api/reports/compiled?organizationId=${organizationId}&campaignId=${campaignId}&periodId=${periodId}`
  const compiled = (await expectOk(provinceOfficer.get(rollUpUrl))).body
  const rollUpRuns = Math.max(3, Math.min(runs, 20))
  await measure(`${ROLL_UP_ROW} (GET /api/reports/compiled, ${rollUpRuns} lần)`, () => expectOk(provinceOfficer.get(rollUpUrl)), rollUpRuns)
  const rollUp = { timing: results.at(-1)!.timing, reports: compiled.reports.length as number, counted: compiled.counted.length as number, registrationUnits: compiled.registrations.units as number }

  // 2. Eligibility throughput across the province vs bare SQL reading the same rows
  const officerRow = (await db.query<{ id: string }>('SELECT id FROM accounts WHERE username = $1', [accounts.provinceOfficer]))[0]!
  const actor: Actor = { accountId: officerRow.id, provinceId: province.provinceId, username: accounts.provinceOfficer, displayName: 'Cán bộ tỉnh', role: 'officer', organizationId: province.rootId, organizationPath: province.rootPath }
  const eligibility = await eligibilityThroughput(db, actor, { organizationId: province.rootId, path: province.rootPath }, { runs: num('eligibility-runs'), date })
  console.log(`Xét LĐTT cả tỉnh: ${eligibility.candidates} đối tượng, ${eligibility.checksPerSecond.toFixed(0)}/s, ${eligibility.ratio.toFixed(2)}× SQL trần`)

  // 3. HTTP with concurrent clients on loopback, against a bare Hono endpoint running the same query. On PostgreSQL the
  // servers run in a process of their own (bench/server-process.ts), so the RSS measured is the server's alone.
  const servers = process.env.DATABASE_URL
    ? await startServerProcess(province.provinceId, province.rootPath)
    : await startInProcessServers(app.fetch, bareApp(db, province.provinceId, province.rootPath).fetch)
  const headers = await signInCookie(servers.appUrl, accounts.provinceOfficer, accounts.password)
  const loadOptions = { clients: num('clients'), requests: num('http-requests'), seconds: num('http-seconds'), headers }
  const { rows: http, maxRss } = await loadKeyEndpoints(servers, loadOptions, sample)
  await servers.close()

  // 4. Council vote burst
  const burst = await councilBurst(db, app, province, accounts, workflow.firstCommuneNominations.slice(0, num('council-items')), num('council-members'))
  console.log(`Bỏ phiếu: ${burst.ballots} phiếu trong ${burst.voteSeconds.toFixed(1)} s (${burst.ballotsPerSecond.toFixed(0)}/s, ${burst.busyRetries} lần báo bận rồi bỏ lại), kết thúc phiên ${burst.closeSeconds.toFixed(1)} s`)

  // 5. Certificates as one PDF
  const certificatePeople = await db.query<{ full_name: string; name: string }>(
    `SELECT p.full_name, o.name FROM people p JOIN organizations o ON o.province_id = p.province_id AND o.id = p.organization_id ORDER BY md5(p.id::text) LIMIT $1`, [num('certificates')],
  )
  const certificates: CertificateData[] = certificatePeople.map((p, i) => ({
    track: 'state', issuerTitle: `CHỦ TỊCH ỦY BAN NHÂN DÂN ${commune.name.toUpperCase()}`, award: { kind: 'form', name: 'Giấy khen' },
    awardee: { name: p.full_name, details: p.name }, achievement: `Đã có thành tích xuất sắc trong phong trào thi đua năm ${province.lastYear}`,
    decision: { number: 1, symbol: 'QĐ-UBND', date }, serial: i + 1, place: commune.name.replace(/^Xã /, ''), date,
    signature: { authorityLines: [], title: 'CHỦ TỊCH', name: 'Nguyễn Văn Xã' },
    verification: { code: randomUUID().slice(0, 22).toUpperCase(), url: `https://tdkt.example.vn/xac-minh/${i}` },
  }))
  started = performance.now()
  const pdf = await renderCertificates(certificates, 'full', DEFAULT_POSITIONS)
  const certificateSeconds = (performance.now() - started) / 1000
  console.log(`${certificates.length} giấy khen: ${certificateSeconds.toFixed(1)} s, ${(pdf.byteLength / MiB).toFixed(1)} MiB`)

  // 6. Document reading
  const parsing = await parseThroughput({ seconds: num('parse-seconds') })
  results.push({ name: `Đọc văn bản (tài liệu/giây): ${parsing.documentsPerSecond.toFixed(0)} — ${parsing.source}, một lõi; cột ms: mỗi tài liệu`, timing: parsing.perDocument })
  console.log(`Đọc văn bản: ${parsing.documentsPerSecond.toFixed(0)} tài liệu/giây (${parsing.source})`)

  const memory = process.memoryUsage()
  writeReport(values.out!, {
    argv, driver, version, province, generateSeconds, workflowSeconds, workflow, runs, results, rollUp, eligibility, http, burst, certificates: certificates.length, certificateSeconds,
    pdfBytes: pdf.byteLength, parsing: parsing.documentsPerSecond, maxRss, separateServer: servers.separate, load: os.loadavg(), memory, loadOptions,
  })
  console.log(`Đã ghi ${values.out}`)
  await db.close()
}

interface Report {
  argv: string[]
  driver: string
  version: string
  province: Awaited<ReturnType<typeof generateSyntheticProvince>>
  generateSeconds: number
  workflowSeconds: number
  workflow: Awaited<ReturnType<typeof createWorkflow>>
  runs: number
  results: Result[]
  /** The province's compiled sơ kết: its timing and what it added up. */
  rollUp: { timing: Timing; reports: number; counted: number; registrationUnits: number }
  eligibility: EligibilityThroughput
  http: HttpRow[]
  burst: Awaited<ReturnType<typeof councilBurst>>
  certificates: number
  certificateSeconds: number
  pdfBytes: number
  parsing: number
  /** Highest RSS of the serving process under the app's load (bytes). */
  maxRss: number
  /** The server ran in a process of its own (PostgreSQL runs). */
  separateServer: boolean
  /** Load average (1, 5, 15 min) at the end of the run: other work on the machine skews absolute figures. */
  load: number[]
  memory: NodeJS.MemoryUsage
  loadOptions: { clients: number; requests: number; seconds: number }
}

const f1 = (n: number) => n.toFixed(1)
const int = (n: number) => Math.round(n).toLocaleString('en')
const goal = (met: boolean) => (met ? 'met' : '**not met**')

function writeReport(out: string, r: Report): void {
  const c = r.province.counts
  const history = c.ratings! + c.assessments! + c.initiatives! + c.discipline! + c.proceedings! + c.collectiveYears! + c.exclusions!
  const e = r.eligibility
  const search = r.results.find((x) => x.name.startsWith('Tìm cá nhân theo họ tên'))!.timing
  const registry = r.results.find((x) => x.name.startsWith('Tìm trong sổ khen thưởng'))!.timing
  const ratios = r.http.filter((h) => h.bare).map((h) => ({ name: h.name, ratio: h.app.perSecond / h.bare!.perSecond }))
  const paperwork = r.workflow.reports
  const statuses = (counts: StatusCounts, labels: Record<string, string>) => Object.entries(labels).map(([status, label]) => `${int(counts.byStatus[status] ?? 0)} ${label}`).join(', ')
  const onPostgres = r.driver.startsWith('PostgreSQL')
  const rollUpMet = r.rollUp.timing.p50 <= 1000
  const lines = [
    '# Benchmarks',
    '',
    'Produced by `npm run bench` (`node bin/tdkt.mjs bench' + (r.argv.length ? ' ' + r.argv.join(' ') : '') + '`). Benchmarks are not tests: nothing here is asserted in `npm test` (a smoke run at tiny sizes checks only that the report is complete).',
    '',
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM; ${os.type()} ${os.release()}`,
    `- Node ${process.version}; database: ${r.driver}, server ${r.version}`,
    `- Load average at the end of the run: ${r.load.map((x) => x.toFixed(2)).join(', ')} (1, 5, 15 min; ${os.cpus().length} cores) — with other work on the machine, compare the ratios (app vs bare, measured side by side), not the absolute figures.`,
    `- Data (seeded, \`tdkt bench-data\` writes the same province): ${r.province.communes.length} communes, ${int(c.organizations!)} organizations, ${int(c.people!)} people, ${int(c.households!)} households, ` +
      `${int(c.awards!)} registry rows and ${int(history)} other history rows over ${r.province.lastYear - r.province.firstYear + 1} years (${r.province.firstYear}–${r.province.lastYear}) (bulk load ${f1(r.generateSeconds)} s); ` +
      `${r.workflow.campaigns} campaign plans (provincial plans and each commune's answering plan, sent to the commune's units) and ${r.workflow.nominations} submitted nominations written through the API; ` +
      `${int(paperwork.registrations.total)} registrations of the cascade (${statuses(paperwork.registrations, { approved: 'approved', submitted: 'awaiting approval', returned: 'returned', draft: 'drafts' })}) ` +
      `and ${int(paperwork.reports.total)} sơ kết reports of Đợt 1 (${statuses(paperwork.reports, { accepted: 'accepted', submitted: 'awaiting acceptance', returned: 'returned', draft: 'drafts' })}), ` +
      `the units' ${paperwork.writer === 'bulk' ? 'written in bulk as the rows the use cases write' : 'written through the use cases'} and the communes' own through the use cases (${f1(paperwork.seconds)} s of the ${f1(r.workflowSeconds)} s).`,
    `- Method: the generated province is vacuumed and analysed once loaded (\`VACUUM (ANALYZE)\`, as autovacuum would leave it); in-process requests go through the whole Hono app (session lookup, zod validation, scoping, SQL, JSON), ${r.runs} runs each after one warm-up unless stated; nearest-rank percentiles; eligibility figures are medians of repeated runs.`,
    '',
    '## Goals',
    '',
    '| Goal (issue 8) | Measured | |',
    '|---|---|---|',
    `| Eligibility of the province for one title: ≤ 2× a bare SQL read of the same rows | ${f1(e.ratio)}× (${int(e.checksPerSecond)} checks/s) | ${goal(e.ratio <= 2)} |`,
    `| Sơ kết roll-up report for the province ≤ 1 s on PostgreSQL | p50 ${f1(r.rollUp.timing.p50)} ms, p99 ${f1(r.rollUp.timing.p99)} ms on ${r.driver} | ${goal(rollUpMet)}${onPostgres ? '' : ' (on PGlite; the goal is for PostgreSQL)'} |`,
    `| Name search typed without diacritics, p99 ≤ 50 ms | people ${f1(search.p99)} ms, registry ${f1(registry.p99)} ms | ${goal(search.p99 <= 50 && registry.p99 <= 50)} |`,
    ...ratios.map((x) => `| HTTP, ${r.loadOptions.clients} clients: app ≥ 0.6× bare Hono + same SQL — ${x.name} | ${x.ratio.toFixed(2)}× | ${goal(x.ratio >= 0.6)} |`),
    `| ${r.certificates} certificates as one PDF ≤ 10 s | ${f1(r.certificateSeconds)} s | ${goal(r.certificateSeconds <= 10)} |`,
    `| Import ≥ 50 documents/s (reading, one core) | ${int(r.parsing)}/s | ${goal(r.parsing >= 50)} |`,
    `| Server RSS under load ≤ 400 MB | ${int(r.maxRss / MiB)} MiB (${r.separateServer ? 'server process alone' : 'server, clients and in-memory PGlite in one process'}) | ${goal(r.maxRss / MiB <= 400)} |`,
    '',
    '## Single requests (in-process)',
    '',
    '| Measurement | p50 (ms) | p99 (ms) | mean (ms) |',
    '|---|---:|---:|---:|',
    ...r.results.map((x) => `| ${x.name} | ${f1(x.timing.p50)} | ${f1(x.timing.p99)} | ${f1(x.timing.mean)} |`),
    '',
    '## Sơ kết roll-up',
    '',
    `The province's compiled sơ kết of Đợt 1 under the first provincial plan (\`GET /api/reports/compiled\`, the use case \`compileCampaignReport\`): the reports of ${int(r.rollUp.reports)} units answering the period, ` +
      `the ${int(r.rollUp.counted)} accepted ones that count (a commune's own accepted report stands for its units), the approved registrations of ${int(r.rollUp.registrationUnits)} units, the awards and initiatives of the period in the registry and histories: ` +
      `p50 ${f1(r.rollUp.timing.p50)} ms, p99 ${f1(r.rollUp.timing.p99)} ms over ${r.rollUp.timing.runs} runs on ${r.driver}.`,
    '',
    '## Eligibility across the province',
    '',
    `Lao động tiên tiến on ${r.province.lastYear}-12-20 for every individual of the province, through the "who is eligible" use case (subjects and their histories read in batches of at most 20,000 whose ids lie in one range, several per core, one statement each, validated by the check compiled from the engine's schema and judged on one worker thread per core while the next batch is read; only verdicts kept, the page merged in name order): ` +
      `${int(e.candidates)} candidates — ${int(e.counts.eligible)} eligible, ${int(e.counts.unknown)} undecided, ${int(e.counts.notEligible)} not eligible; ${e.problems} with a contradictory history.`,
    '',
    '| | median (ms) | |',
    '|---|---:|---|',
    `| Use case (read + judge + rank) | ${f1(e.appMs)} | ${int(e.checksPerSecond)} checks/s |`,
    `| Bare SQL reading the same rows (${int(e.bareRows)} rows) | ${f1(e.bareMs)} | |`,
    `| Ratio | ${e.ratio.toFixed(2)}× | goal ≤ 2× |`,
    '',
    `## HTTP, ${r.loadOptions.clients} concurrent clients on loopback`,
    '',
    `A real server (@hono/node-server) on 127.0.0.1, one signed-in session, ${r.loadOptions.clients} clients each sending its next request when the previous one answered; at most ${int(r.loadOptions.requests)} requests or ${r.loadOptions.seconds} s per row. ` +
      'The bare endpoint is a Hono route calling the same repository function (same SQL) without the app\'s layers (session, CSRF, validation, scoping).',
    '',
    '| Endpoint | requests | req/s | p50 (ms) | p99 (ms) | errors | bare req/s | app / bare |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...r.http.map((h) => `| ${h.name} | ${int(h.app.requests)} | ${int(h.app.perSecond)} | ${f1(h.app.p50)} | ${f1(h.app.p99)} | ${h.app.errors} | ${h.bare ? int(h.bare.perSecond) : '—'} | ${h.bare ? (h.app.perSecond / h.bare.perSecond).toFixed(2) : '—'} |`),
    '',
    r.separateServer
      ? `Highest RSS of the server process under the app's load: ${int(r.maxRss / MiB)} MiB — the server alone (\`bench/server-process.ts\`: the app as \`tdkt serve\` builds it, with its own pool); PostgreSQL and the load clients run in other processes.`
      : `Highest RSS of the process under the app's load: ${int(r.maxRss / MiB)} MiB. The server, the load clients and the whole in-memory PGlite database (WebAssembly heap) share this process, so this over-states the server alone; with DATABASE_URL the server runs in a process of its own and is measured alone.`,
    '',
    '## Council vote burst',
    '',
    `${r.burst.members} members, all present, each with an account, vote at the same moment on the ${r.burst.items} items of an open session through the ballot use case (each member's ballots in turn, every member side by side): ` +
      `${int(r.burst.ballots)} ballots in ${f1(r.burst.voteSeconds)} s (${int(r.burst.ballotsPerSecond)} ballots/s; ${int(r.burst.busyRetries)} answered "busy" — every pool connection taken for 10 s — and cast again a second later); closing the session (decide every item, quotas, minutes) ${f1(r.burst.closeSeconds)} s; setting it up through the API ${f1(r.burst.setupSeconds)} s.`,
    '',
    '## Documents',
    '',
    `- ${r.certificates} certificates (Giấy khen, full design with QR codes) as one PDF: ${f1(r.certificateSeconds)} s, ${f1(r.pdfBytes / MiB)} MiB.`,
    `- Import: documents read into structured fields at ${int(r.parsing)} documents/s on one core (row "Đọc văn bản" above).`,
    '',
    `Process memory after the run: RSS ${int(r.memory.rss / MiB)} MiB, heap used ${int(r.memory.heapUsed / MiB)} MiB.`,
    '',
  ]
  // Hand-written notes (before/after of fixes) below the marker survive a new run.
  const previous = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : ''
  const notes = previous.includes(NOTES_MARKER) ? previous.slice(previous.indexOf(NOTES_MARKER)) : `${NOTES_MARKER}\n`
  fs.writeFileSync(out, lines.join('\n') + '\n' + notes)
}
