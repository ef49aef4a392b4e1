// npm test: every tier, in order, then one closing line "N passed, N failed".
//   1. typecheck and lint          3. database tests on PGlite (embedded)
//   2. unit tests                  4. the same database tests on the PostgreSQL server
//                                  5. browser tests (Playwright driving Debian's Chromium)
// Prerequisites (PostgreSQL started, Chromium installed, client built) are set up here.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-test-'))
const totals = { passed: 0, failed: 0, skipped: 0 }
const failures = []

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) failures.push(label)
  return result.status === 0
}

function vitest(label, project, env = {}) {
  const out = path.join(resultsDir, `${label.replace(/\W+/g, '-')}.json`)
  run(label, process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], env)
  if (!fs.existsSync(out)) {
    totals.failed += 1
    return
  }
  const report = JSON.parse(fs.readFileSync(out, 'utf8'))
  totals.passed += report.numPassedTests
  totals.failed += report.numFailedTests
  totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0)
  if (report.numFailedTests === 0 && report.numFailedTestSuites > 0) totals.failed += report.numFailedTestSuites
}

run('PostgreSQL', 'bash', ['scripts/ensure-postgres.sh'])
run('Chromium', 'bash', ['scripts/ensure-chromium.sh'])
run('Build giao diện', process.execPath, ['scripts/build-client.mjs', '--if-stale'])
run('Typecheck', process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json'])
run('Lint', process.execPath, ['node_modules/eslint/bin/eslint.js', '.'])
vitest('unit', 'unit')
vitest('db (PGlite)', 'db')
vitest('db (PostgreSQL)', 'db', { TDKT_TEST_DB: 'postgres' })
vitest('e2e (Chromium)', 'e2e')

console.log('')
if (failures.length) console.log(`Các bước lỗi: ${failures.join(', ')}`)
const stepFailures = failures.filter((f) => !['unit', 'db (PGlite)', 'db (PostgreSQL)', 'e2e (Chromium)'].includes(f)).length
console.log(`${totals.passed} passed, ${totals.failed + stepFailures} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`)
process.exit(failures.length ? 1 : 0)
