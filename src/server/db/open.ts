// Opens the configured database (PGlite under a PID lock, or PostgreSQL) and applies migrations.
import type { Config } from '../config.ts'
import { openPglite, openPostgres, type Db } from './client.ts'
import { lockDataDir } from './lock.ts'
import { migrate } from './migrate.ts'

export interface OpenedDatabase {
  db: Db
  /** Where lag-tolerant reads go: the replica of DATABASE_READ_URL (read-only sessions), else `db` itself. */
  readDb: Db
  description: string
  close(): Promise<void>
}

export async function openDatabase(config: Config, options: { migrate?: boolean } = {}): Promise<OpenedDatabase> {
  let opened: OpenedDatabase
  if (config.databaseUrl) {
    const db = openPostgres(config.databaseUrl)
    const readDb = config.databaseReadUrl ? openPostgres(config.databaseReadUrl, { applicationName: 'tdkt-read', readOnly: true }) : db
    const replica = config.databaseReadUrl ? `; đọc báo cáo từ bản sao ${new URL(config.databaseReadUrl).host}` : ''
    opened = {
      db,
      readDb,
      description: `PostgreSQL (${new URL(config.databaseUrl).host}${replica})`,
      close: async () => {
        await db.close()
        if (readDb !== db) await readDb.close()
      },
    }
  } else {
    const release = lockDataDir(config.dataDir)
    try {
      const db = await openPglite(`${config.dataDir}/pglite`)
      opened = { db, readDb: db, description: `PGlite nhúng (${config.dataDir})`, close: async () => { await db.close(); release() } }
    } catch (error) {
      release()
      throw error
    }
  }
  if (options.migrate !== false) await migrate(opened.db)
  return opened
}
