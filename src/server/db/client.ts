// One small interface over both drivers: embedded PGlite (default, data in ./data)
// and a PostgreSQL server (DATABASE_URL=postgres://…). Repositories speak SQL to it.
import pg from 'pg'
import { PGlite } from '@electric-sql/pglite'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'

export type Row = Record<string, unknown>

export interface Db {
  readonly driver: 'pglite' | 'postgres'
  query<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>
  /** Runs fn in one transaction; nested calls reuse the outer transaction. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>
  close(): Promise<void>
}

// Dates stay 'YYYY-MM-DD' strings (no time-zone drift); bigint counts become numbers.
const DATE_OID = 1082
const INT8_OID = 20
const NUMERIC_OID = 1700
pg.types.setTypeParser(DATE_OID, (v: string) => v)
pg.types.setTypeParser(INT8_OID, (v: string) => Number(v))
pg.types.setTypeParser(NUMERIC_OID, (v: string) => Number(v))

type PGliteLike = Pick<PGlite, 'query' | 'transaction'>

function pgliteDb(client: PGliteLike, close: () => Promise<void>, inTransaction = false): Db {
  return {
    driver: 'pglite',
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query<T>(sql, params as unknown[])
      return result.rows
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>) {
      if (inTransaction) return fn(this)
      return (client as PGlite).transaction((tx) => fn(pgliteDb(tx as unknown as PGliteLike, close, true)))
    },
    close,
  }
}

export const PGLITE_PARSERS = {
  [DATE_OID]: (v: string) => v,
  [INT8_OID]: (v: string) => Number(v),
  [NUMERIC_OID]: (v: string) => Number(v),
}

export async function openPglite(dataDir?: string, loadDataDir?: Blob | File): Promise<Db> {
  const client = await PGlite.create({
    dataDir,
    loadDataDir,
    extensions: { unaccent, pg_trgm },
    parsers: PGLITE_PARSERS,
  })
  return pgliteDb(client, () => client.close())
}

/** Raw PGlite handle for backups and test snapshots. */
export async function createPgliteClient(dataDir?: string): Promise<PGlite> {
  return PGlite.create({ dataDir, extensions: { unaccent, pg_trgm }, parsers: PGLITE_PARSERS })
}

export function wrapPglite(client: PGlite): Db {
  return pgliteDb(client, () => client.close())
}

function clientDb(client: pg.PoolClient): Db {
  return {
    driver: 'postgres',
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query(sql, params as unknown[])
      return result.rows as T[]
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>) {
      return fn(this)
    },
    async close() {},
  }
}

export function openPostgres(connectionString: string, max = 10): Db {
  const pool = new pg.Pool({ connectionString, max })
  // An idle connection dropped by the server (restart, failover, DROP DATABASE … FORCE) must not
  // crash the process: the next query opens a new connection.
  pool.on('error', (error) => console.error(`PostgreSQL: mất kết nối rảnh (${error.message}); sẽ kết nối lại khi cần.`))
  return {
    driver: 'postgres',
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await pool.query(sql, params as unknown[])
      return result.rows as T[]
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const value = await fn(clientDb(client))
        await client.query('COMMIT')
        return value
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {})
        throw error
      } finally {
        client.release()
      }
    },
    close: () => pool.end(),
  }
}
