// One small interface over both drivers: embedded PGlite (default, data in ./data)
// and a PostgreSQL server (DATABASE_URL=postgres://…). Repositories speak SQL to it.
import pg from 'pg'
import type { PGlite } from '@electric-sql/pglite'

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

/**
 * A PGlite database with the extensions the schema uses. PGlite is loaded only here, when an embedded database is
 * opened: a server on PostgreSQL never loads it (about 50 MiB of resident memory).
 */
async function startPglite(dataDir?: string, loadDataDir?: Blob | File): Promise<PGlite> {
  const [{ PGlite }, { unaccent }, { pg_trgm }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/unaccent'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
  ])
  return PGlite.create({ dataDir, loadDataDir, extensions: { unaccent, pg_trgm }, parsers: PGLITE_PARSERS })
}

export async function openPglite(dataDir?: string, loadDataDir?: Blob | File): Promise<Db> {
  const client = await startPglite(dataDir, loadDataDir)
  return pgliteDb(client, () => client.close())
}

/** Raw PGlite handle for backups and test snapshots. */
export async function createPgliteClient(dataDir?: string): Promise<PGlite> {
  return startPglite(dataDir)
}

export function wrapPglite(client: PGlite): Db {
  return pgliteDb(client, () => client.close())
}

/**
 * The database server cannot be reached (stopped, restarting, failing over, network gone). The HTTP layer
 * answers 503 with a Vietnamese message; the pool opens new connections once the server is back.
 */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`Cơ sở dữ liệu tạm thời không truy cập được (${cause instanceof Error ? cause.message : String(cause)})`, { cause })
    this.name = 'DatabaseUnavailableError'
  }
}

/**
 * Every connection of the pool stayed busy while a request waited for one: the database is there but the server is
 * overloaded (many long reads at once). The HTTP layer answers 503 "busy" with Retry-After, not "unavailable".
 */
export class DatabaseBusyError extends Error {
  constructor(cause: unknown) {
    super(`Mọi kết nối cơ sở dữ liệu đều đang bận (${cause instanceof Error ? cause.message : String(cause)})`, { cause })
    this.name = 'DatabaseBusyError'
  }
}

// Socket errors, SQLSTATE class 08 (connection exception), 57P01-57P03 (server shutting down, crashed,
// starting up) and the messages node-postgres gives a connection that died under it.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN'])
const POOL_TIMEOUT = /timeout exceeded when trying to connect/
const UNAVAILABLE_MESSAGES = new RegExp(['Connection terminated', 'connection error and is not queryable', POOL_TIMEOUT.source, 'Client was closed and is not queryable'].join('|'))

export function isConnectionError(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true
  if (error instanceof DatabaseBusyError) return false
  if (!(error instanceof Error)) return false
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || code.startsWith('08') || ['57P01', '57P02', '57P03'].includes(code))) return true
  if (error instanceof AggregateError) return error.errors.some(isConnectionError)
  return UNAVAILABLE_MESSAGES.test(error.message)
}

function unavailable(error: unknown): unknown {
  return isConnectionError(error) && !(error instanceof DatabaseUnavailableError) ? new DatabaseUnavailableError(error) : error
}

function clientDb(client: pg.PoolClient): Db {
  // A connection runs one statement at a time: statements issued side by side inside a transaction (Promise.all)
  // wait here for the one before, in order (node-postgres' own queue for this is deprecated, gone in pg 9).
  let previous: Promise<unknown> = Promise.resolve()
  return {
    driver: 'postgres',
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const run = previous.then(() => client.query(sql, params as unknown[]))
      previous = run.catch(() => undefined)
      try {
        return (await run).rows as T[]
      } catch (error) {
        throw unavailable(error)
      }
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>) {
      return fn(this)
    },
    async close() {},
  }
}

export interface PostgresOptions {
  /** Pool size (10 by default). */
  max?: number
  /** Shown in pg_stat_activity, so an operator sees which pool a connection belongs to. */
  applicationName?: string
  /** Every transaction read-only (default_transaction_read_only): the pool for DATABASE_READ_URL. */
  readOnly?: boolean
  /** How long a request waits to connect, or for a free connection of a full pool (10 s by default). */
  waitMs?: number
}

export function openPostgres(connectionString: string, options: number | PostgresOptions = {}): Db {
  const { max = 10, applicationName = 'tdkt', readOnly = false, waitMs = 10_000 } = typeof options === 'number' ? { max: options } : options
  const pool = new pg.Pool({
    connectionString,
    max,
    application_name: applicationName,
    // A server that is gone answers "connection refused" at once; one that does not answer at all, or a pool whose
    // connections all stay busy, must not hold a request for ever.
    connectionTimeoutMillis: waitMs,
    ...(readOnly ? { options: '-c default_transaction_read_only=on' } : {}),
  })
  // An idle connection dropped by the server (restart, failover, DROP DATABASE … FORCE) must not
  // crash the process: the next query opens a new connection.
  pool.on('error', (error) => console.error(`PostgreSQL: mất kết nối rảnh (${error.message}); sẽ kết nối lại khi cần.`))
  // node-postgres gives the same timeout for a connection that could not be opened and for a wait in the pool's
  // queue; with every connection open (and all checked out, or it would have been given) the wait was the queue.
  const failure = (error: unknown) => (error instanceof Error && POOL_TIMEOUT.test(error.message) && pool.totalCount >= max ? new DatabaseBusyError(error) : unavailable(error))
  return {
    driver: 'postgres',
    async query<T>(sql: string, params: readonly unknown[] = []) {
      try {
        const result = await pool.query(sql, params as unknown[])
        return result.rows as T[]
      } catch (error) {
        throw failure(error)
      }
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>) {
      let client: pg.PoolClient
      try {
        client = await pool.connect()
      } catch (error) {
        throw failure(error)
      }
      // A checked-out client has no pool listener: the server going away between two statements of this
      // transaction would otherwise be an unhandled 'error' event and end the process.
      let broken: Error | undefined
      const onError = (error: Error) => (broken = error)
      client.on('error', onError)
      try {
        await client.query('BEGIN')
        const value = await fn(clientDb(client))
        await client.query('COMMIT')
        return value
      } catch (error) {
        if (!broken && isConnectionError(error)) broken = error as Error
        if (!broken) await client.query('ROLLBACK').catch(() => {})
        throw unavailable(broken ?? error)
      } finally {
        client.off('error', onError)
        // A broken connection is destroyed, not put back into the pool.
        client.release(broken)
      }
    },
    close: () => pool.end(),
  }
}
