// Migrates once per test run: a PGlite snapshot (dumped data dir) or a PostgreSQL template
// database. Each test file then gets a fresh copy (see test-db.ts).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { createPgliteClient, wrapPglite } from '../db/client.ts'
import { migrate } from '../db/migrate.ts'

export const TEMPLATE_DB = 'tdkt_test_template'
export const adminUrl = () => process.env.TDKT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

export default async function setup({ provide }: { provide: (key: string, value: string) => void }) {
  if (process.env.TDKT_TEST_DB === 'postgres') {
    const admin = new pg.Client({ connectionString: adminUrl() })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`)
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`)
    await admin.end()
    const url = new URL(adminUrl())
    url.pathname = `/${TEMPLATE_DB}`
    const { openPostgres } = await import('../db/client.ts')
    const db = openPostgres(url.toString(), 1)
    await migrate(db)
    await db.close()
    provide('pgTemplate', TEMPLATE_DB)
    return
  }
  const client = await createPgliteClient()
  await migrate(wrapPglite(client))
  const dump = await client.dumpDataDir('none')
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-snapshot-')), 'migrated.tar')
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()))
  await client.close()
  provide('pgliteSnapshot', file)
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string
    pgTemplate: string
  }
}
