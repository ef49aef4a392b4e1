// A fresh migrated database per test file, on the driver chosen by TDKT_TEST_DB (pglite | postgres).
import fs from 'node:fs'
import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'
import { openPglite, openPostgres, type Db } from '../db/client.ts'
import { adminUrl } from './global-setup.ts'

export async function openTestDb(): Promise<Db> {
  if (process.env.TDKT_TEST_DB === 'postgres') {
    const name = `tdkt_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`
    const admin = new pg.Client({ connectionString: adminUrl() })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`)
    await admin.end()
    const url = new URL(adminUrl())
    url.pathname = `/${name}`
    const db = openPostgres(url.toString(), 5)
    return {
      ...db,
      driver: 'postgres',
      query: db.query.bind(db),
      transaction: db.transaction.bind(db),
      async close() {
        await db.close()
        const cleanup = new pg.Client({ connectionString: adminUrl() })
        await cleanup.connect()
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await cleanup.end()
      },
    }
  }
  const snapshot = fs.readFileSync(inject('pgliteSnapshot'))
  return openPglite(undefined, new Blob([snapshot]))
}
