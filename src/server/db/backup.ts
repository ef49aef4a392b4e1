// Logical backup and restore of every table, the same on PGlite and PostgreSQL (so a commune that started on
// the embedded database can move to a PostgreSQL server, and back). The file is gzip'd JSON lines: a header
// with the format and the migrations applied, then per table a line naming it and its columns and one line
// per row (the values as PostgreSQL renders them in JSON). Generated columns are left out and recomputed;
// identity columns keep their numbers and their sequences go on after them.
// Restore goes into an empty database in ONE transaction: the schema is migrated to the backup's level, the
// rows are loaded with triggers and foreign-key checks paused (session_replication_role = replica, which
// needs the database owner's or a superuser's rights), then any newer migrations run on the restored data.
import fs from 'node:fs'
import readline from 'node:readline'
import { pipeline } from 'node:stream/promises'
import { Readable } from 'node:stream'
import zlib from 'node:zlib'
import type { Db } from './client.ts'
import { migrate } from './migrate.ts'

const FORMAT = 'tdkt-backup'
const VERSION = 1
const PAGE = 2000

interface Header { format: string; version: number; createdAt: string; migrations: string[] }
interface TableLine { table: string; columns: string[] }

async function tables(db: Db): Promise<{ name: string; columns: string[]; key: string[] }[]> {
  const rows = await db.query<{ table: string; column: string; generated: string }>(
    `SELECT c.table_name AS table, c.column_name AS column, c.is_generated AS generated
       FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name <> 'schema_migrations'
      ORDER BY c.table_name, c.ordinal_position`,
  )
  const keys = await db.query<{ table: string; column: string }>(
    `SELECT tc.table_name AS table, kcu.column_name AS column
       FROM information_schema.table_constraints tc
       JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
      WHERE tc.table_schema = 'public' AND tc.constraint_type = 'PRIMARY KEY' ORDER BY kcu.ordinal_position`,
  )
  const byName = new Map<string, { name: string; columns: string[]; key: string[] }>()
  for (const r of rows) {
    const t = byName.get(r.table) ?? { name: r.table, columns: [], key: [] }
    if (r.generated !== 'ALWAYS') t.columns.push(r.column)
    byName.set(r.table, t)
  }
  for (const k of keys) byName.get(k.table)?.key.push(k.column)
  return [...byName.values()]
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`

/** Lines of the backup, table by table, page by page (the whole database is never held in memory). */
async function* backupLines(db: Db): AsyncGenerator<string> {
  const migrations = (await db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name')).map((r) => r.name)
  const header: Header = { format: FORMAT, version: VERSION, createdAt: new Date().toISOString(), migrations }
  yield JSON.stringify(header) + '\n'
  for (const t of await tables(db)) {
    yield JSON.stringify({ table: t.name, columns: t.columns } satisfies TableLine) + '\n'
    const order = (t.key.length ? t.key : t.columns).map(ident).join(', ')
    const select = t.columns.map(ident).join(', ')
    for (let offset = 0; ; offset += PAGE) {
      const rows = await db.query<{ row: string }>(
        `SELECT json_build_array(${select})::text AS row FROM ${ident(t.name)} ORDER BY ${order} LIMIT ${PAGE} OFFSET ${offset}`,
      )
      for (const r of rows) yield r.row + '\n'
      if (rows.length < PAGE) break
    }
  }
}

/** Writes a consistent backup: every table read in one transaction. Returns the number of rows. */
export async function backupDatabase(db: Db, file: string): Promise<{ tables: number; rows: number }> {
  return db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY')
    let tableCount = 0
    let rows = 0
    const counted = async function* () {
      for await (const line of backupLines(tx)) {
        if (line.startsWith('{"table":')) tableCount++
        else if (line.startsWith('[')) rows++
        yield line
      }
    }
    await pipeline(Readable.from(counted()), zlib.createGzip(), fs.createWriteStream(file))
    return { tables: tableCount, rows }
  })
}

/** Each identity column's sequence set to go on after the restored rows (they kept their numbers). */
async function continueIdentities(tx: Db): Promise<void> {
  const columns = await tx.query<{ table: string; column: string }>(
    `SELECT table_name AS table, column_name AS column FROM information_schema.columns WHERE table_schema = 'public' AND is_identity = 'YES'`,
  )
  for (const c of columns) {
    await tx.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), coalesce(max(${ident(c.column)}), 0) + 1, false) FROM ${ident(c.table)}`,
      [ident(c.table), c.column],
    )
  }
}

export class RestoreError extends Error {}

/** Restores a backup into an empty database (the tables may exist, migrated or not, but hold no province). */
export async function restoreDatabase(db: Db, file: string): Promise<{ tables: number; rows: number; migrated: string[] }> {
  if (!fs.existsSync(file)) throw new RestoreError(`Không tìm thấy tệp sao lưu ${file}`)
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity })
  const iterator = lines[Symbol.asyncIterator]()
  const first = await iterator.next().catch(() => ({ done: true, value: '' }))
  let header: Header
  try {
    header = JSON.parse(first.done ? '' : first.value) as Header
  } catch {
    throw new RestoreError(`${file} không phải tệp sao lưu tdkt (không đọc được phần đầu tệp)`)
  }
  if (header.format !== FORMAT || header.version !== VERSION) throw new RestoreError(`${file} không phải tệp sao lưu tdkt phiên bản ${VERSION}`)

  return db.transaction(async (tx) => {
    await migrate(tx, { upTo: header.migrations.at(-1) })
    const present = (await tx.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name')).map((r) => r.name)
    if (present.join() !== header.migrations.join()) {
      throw new RestoreError(`Cơ sở dữ liệu đích đã ở phiên bản khác tệp sao lưu (${present.at(-1) ?? 'trống'} so với ${header.migrations.at(-1)}); hãy khôi phục vào một cơ sở dữ liệu trống`)
    }
    const used = (await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM provinces'))[0]!.n
    if (used > 0) throw new RestoreError('Cơ sở dữ liệu đích đã có dữ liệu; chỉ khôi phục vào cơ sở dữ liệu trống để không ghi đè dữ liệu đang dùng')
    await tx.query('SET LOCAL session_replication_role = replica')
    let table: TableLine | null = null
    let batch: unknown[][] = []
    let rows = 0
    let tableCount = 0
    const flush = async () => {
      if (!table || batch.length === 0) return
      const cols = table.columns.map(ident).join(', ')
      await tx.query(
        `INSERT INTO ${ident(table.table)} (${cols}) OVERRIDING SYSTEM VALUE SELECT ${cols} FROM jsonb_populate_recordset(NULL::${ident(table.table)}, $1::jsonb)`,
        [JSON.stringify(batch.map((values) => Object.fromEntries(table!.columns.map((c, i) => [c, values[i]]))))],
      )
      rows += batch.length
      batch = []
    }
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const line = next.value
      if (line.startsWith('[')) {
        batch.push(JSON.parse(line) as unknown[])
        if (batch.length >= PAGE) await flush()
      } else if (line.trim()) {
        await flush()
        table = JSON.parse(line) as TableLine
        tableCount++
      }
    }
    await flush()
    await continueIdentities(tx)
    await tx.query('SET LOCAL session_replication_role = origin')
    const migrated = await migrate(tx)
    return { tables: tableCount, rows, migrated }
  })
}
