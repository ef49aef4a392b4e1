// Smoke run of the benchmark harness on a tiny province: it must produce a complete report.
// (No timing is asserted: benchmarks are not tests.)
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { runBench } from './run.ts'

// The harness is driver-agnostic and builds its own database; running it once (PGlite) is enough.
it.skipIf(process.env.TDKT_TEST_DB === 'postgres')('writes BENCHMARKS-style markdown with every measurement', async () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-bench-')), 'BENCHMARKS.md')
  const saved = process.env.DATABASE_URL
  delete process.env.DATABASE_URL
  try {
    await runBench(['--people', '300', '--communes', '3', '--runs', '3', '--parse-seconds', '0.2', '--out', out])
  } finally {
    if (saved !== undefined) process.env.DATABASE_URL = saved
  }
  const report = fs.readFileSync(out, 'utf8')
  expect(report).toMatch(/^# Benchmarks/)
  expect(report).toContain('300 people')
  expect(report).toMatch(/^\| Đọc văn bản \(tài liệu\/giây\): \d+ /m)
  expect(report.match(/^\| .+ \| [0-9.]+ \| [0-9.]+ \| [0-9.]+ \|$/gm)).toHaveLength(6)
}, 60_000)
