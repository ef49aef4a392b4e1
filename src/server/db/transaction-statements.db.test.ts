// Statements issued side by side inside a transaction (Promise.all, as the history loader does) each get their own
// answer and run in order on the transaction's one connection; node-postgres is never asked to queue a statement
// behind another (deprecated, removed in pg 9). A failing one still rolls the whole transaction back.
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Db } from './client.ts'
import { openTestDb } from '../testing/test-db.ts'

let db: Db
beforeAll(async () => {
  db = await openTestDb()
})
afterAll(() => db.close())

const numbers = Array.from({ length: 20 }, (_, n) => n)

it('answers each statement of a Promise.all inside a transaction, in the order issued, without a deprecation warning', async () => {
  const warnings: string[] = []
  const onWarning = (warning: Error) => warnings.push(warning.message)
  process.on('warning', onWarning)
  try {
    const { answers, stored } = await db.transaction(async (tx) => {
      await tx.query('CREATE TEMP TABLE side_by_side (n int) ON COMMIT DROP')
      const answers = await Promise.all(numbers.map((n) => tx.query<{ n: number }>('INSERT INTO side_by_side VALUES ($1) RETURNING n', [n])))
      const stored = await tx.query<{ n: number }>('SELECT n FROM side_by_side ORDER BY ctid')
      return { answers: answers.map((rows) => rows[0]!.n), stored: stored.map((r) => r.n) }
    })
    expect(answers).toEqual(numbers)
    expect(stored).toEqual(numbers)
    await new Promise((resolve) => setImmediate(resolve))
    expect(warnings.filter((w) => /already executing a query/.test(w))).toEqual([])
  } finally {
    process.off('warning', onWarning)
  }
})

it('rolls the transaction back when one of the statements side by side fails', async () => {
  await db.query('CREATE TABLE side_by_side_kept (n int)')
  const failed = await db.transaction((tx) => Promise.all([tx.query('INSERT INTO side_by_side_kept VALUES (1)'), tx.query('SELECT 1 / 0'), tx.query('INSERT INTO side_by_side_kept VALUES (2)')])).catch((error: unknown) => error)
  expect(failed).toBeInstanceOf(Error)
  expect(await db.query('SELECT n FROM side_by_side_kept')).toEqual([])
})
