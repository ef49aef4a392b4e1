// Smoke run of the benchmark harness on a tiny province: it must produce a complete report, and the generated
// histories must be ones the eligibility engine accepts. (No timing is asserted: benchmarks are not tests.)
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { runBench } from './run.ts'

// The harness is driver-agnostic and builds its own database; running it once (PGlite) is enough.
it.skipIf(process.env.TDKT_TEST_DB === 'postgres')('writes BENCHMARKS-style markdown with every measurement', async () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-bench-')), 'BENCHMARKS.md')
  fs.writeFileSync(out, '# old\n<!-- notes: kept across runs -->\nGhi chú cũ\n')
  const saved = process.env.DATABASE_URL
  delete process.env.DATABASE_URL
  try {
    await runBench([
      '--people', '300', '--communes', '3', '--years', '3', '--runs', '3', '--eligibility-runs', '1', '--clients', '4', '--http-requests', '8', '--http-seconds', '5',
      '--council-members', '4', '--council-items', '2', '--nominations', '1', '--certificates', '3', '--parse-seconds', '0.2', '--out', out,
    ])
  } finally {
    if (saved !== undefined) process.env.DATABASE_URL = saved
  }
  const report = fs.readFileSync(out, 'utf8')
  expect(report).toMatch(/^# Benchmarks/)
  expect(report).toContain('300 people')
  expect(report).toMatch(/^\| Đọc văn bản \(tài liệu\/giây\): \d+ /m)
  expect(report.match(/^\| [^|]+ \| [0-9.]+ \| [0-9.]+ \| [0-9.]+ \|$/gm)).toHaveLength(10)
  expect(report).toMatch(/^\| Báo cáo sơ kết tổng hợp của tỉnh — Đợt 1, cả tầng kế hoạch \(GET \/api\/reports\/compiled, 3 lần\) \| [0-9.]+ \| [0-9.]+ \| [0-9.]+ \|$/m)
  expect(report).toMatch(/^\| Sơ kết roll-up report for the province ≤ 1 s on PostgreSQL \| p50 [0-9.]+ ms, p99 [0-9.]+ ms on PGlite \(in memory\) \| /m)
  expect(report).toMatch(/; [0-9,]+ registrations of the cascade \([0-9,]+ approved, .*\) and [0-9,]+ sơ kết reports of Đợt 1 \([0-9,]+ accepted, /)
  expect(report).toMatch(/the reports of [1-9][0-9,]* units answering the period, the [1-9][0-9,]* accepted ones that count/)
  expect(report).toMatch(/300 candidates — .*; 0 with a contradictory history/)
  expect(report.match(/^\| GET \/api\/.+ \| 8 \| /gm)).toHaveLength(4)
  expect(report).toMatch(/4 members, .* 8 ballots/)
  expect(report).toMatch(/8 ballots in [0-9.]+ s \([0-9,]+ ballots\/s; 0 answered "busy"/)
  expect(report).toContain('3 certificates')
  expect(report).not.toContain('Not measured yet')
  expect(report).toMatch(/<!-- notes: kept across runs -->\nGhi chú cũ\n$/)
}, 180_000)
