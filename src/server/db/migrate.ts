// Applies src/server/db/migrations/*.sql in name order, each in its own transaction.
// One folder serves both PGlite and PostgreSQL: the SQL is their common subset.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Db } from './client.ts'

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations')

/** Applies the pending migrations (upTo: only those named up to and including it — a restore's level). */
export async function migrate(db: Db, options: { upTo?: string | undefined } = {}): Promise<string[]> {
  await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`)
  const done = new Set((await db.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name))
  const files = fs.readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql') && (!options.upTo || f <= options.upTo)).sort()
  const applied: string[] = []
  for (const file of files) {
    if (done.has(file)) continue
    const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, file), 'utf8')
    await db.transaction(async (tx) => {
      for (const statement of splitStatements(sql)) await tx.query(statement)
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file])
    })
    applied.push(file)
  }
  return applied
}

/** Splits on semicolons outside $$-quoted bodies and comments. */
export function splitStatements(sql: string): string[] {
  const statements: string[] = []
  let current = ''
  let inDollar = false
  for (const line of sql.split('\n')) {
    if (!inDollar && /^\s*--/.test(line)) continue
    current += line + '\n'
    const dollars = line.match(/\$\$/g)?.length ?? 0
    if (dollars % 2 === 1) inDollar = !inDollar
    if (!inDollar && /;\s*$/.test(line)) {
      statements.push(current.trim())
      current = ''
    }
  }
  if (current.trim()) statements.push(current.trim())
  return statements
}
