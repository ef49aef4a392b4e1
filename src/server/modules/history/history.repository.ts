// Every SQL statement about history records other than titles and awards (those live in the registry).
// Each kind is one table described by its spec (history-kinds.ts); the statements are built from the
// spec's fixed column list, never from request data.
import type { Db } from '../../db/client.ts'
import type { SubjectKind } from '../../../rules/index.ts'
import type { Column, RecordFields, RecordSpec } from './history-kinds.ts'

export type HistoryRecord = RecordFields & {
  id: string
  subjectKind: SubjectKind
  subjectId: string
  version: number
  updatedAt: string
}

const SUBJECT_COLUMN: Record<SubjectKind, string> = { individual: 'person_id', collective: 'collective_id', household: 'household_id' }
const CAST: Record<Column['type'], string> = { int: 'integer', text: 'text', date: 'date', bool: 'boolean', numeric: 'numeric', jsonb: 'jsonb' }

const selectList = (spec: RecordSpec) =>
  [`id`, `subject_kind AS "subjectKind"`, `subject_id AS "subjectId"`, ...spec.columns.map((c) => `${c.column} AS "${c.field}"`), `version`, `updated_at AS "updatedAt"`].join(', ')

const valueOf = (c: Column, fields: RecordFields) => (c.type === 'jsonb' && fields[c.field] !== null ? JSON.stringify(fields[c.field]) : fields[c.field])

export async function findHistoryRow(db: Db, provinceId: string, spec: RecordSpec, id: string): Promise<HistoryRecord | undefined> {
  const rows = await db.query<HistoryRecord>(`SELECT ${selectList(spec)} FROM ${spec.table} WHERE province_id = $1 AND id = $2`, [provinceId, id])
  return rows[0]
}

/** The records of several subjects (one query whatever their number). */
export async function listHistoryRows(db: Db, provinceId: string, spec: RecordSpec, subjectIds: readonly string[]): Promise<HistoryRecord[]> {
  if (subjectIds.length === 0) return []
  return db.query<HistoryRecord>(
    `SELECT ${selectList(spec)} FROM ${spec.table} WHERE province_id = $1 AND subject_id = ANY($2::uuid[]) ORDER BY ${spec.orderBy}, id`,
    [provinceId, subjectIds],
  )
}

export interface NewHistoryRecord {
  id: string
  subjectKind: SubjectKind
  subjectId: string
  fields: RecordFields
}

/** Inserts records of one kind, many rows per statement (the spreadsheet import writes thousands). */
export async function insertHistoryRows(db: Db, provinceId: string, spec: RecordSpec, records: readonly NewHistoryRecord[], chunkSize = 500): Promise<void> {
  const subjectKinds = (['individual', 'collective', 'household'] as const).filter((k) => spec.subjects.includes(k))
  const columns = ['province_id', 'id', 'subject_kind', ...subjectKinds.map((k) => SUBJECT_COLUMN[k]), ...spec.columns.map((c) => c.column)]
  for (let start = 0; start < records.length; start += chunkSize) {
    const params: unknown[] = [provinceId]
    const placeholder = (value: unknown, cast: string) => {
      params.push(value)
      return `$${params.length}::${cast}`
    }
    const tuples = records.slice(start, start + chunkSize).map((r) => {
      const subjects = subjectKinds.map((k) => placeholder(k === r.subjectKind ? r.subjectId : null, 'uuid'))
      const values = spec.columns.map((c) => placeholder(valueOf(c, r.fields), CAST[c.type]))
      return `(${['$1::uuid', placeholder(r.id, 'uuid'), placeholder(r.subjectKind, 'text'), ...subjects, ...values].join(', ')})`
    })
    await db.query(`INSERT INTO ${spec.table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, params)
  }
}

/** Optimistic update of every field; false when the version no longer matches. */
export async function updateHistoryRow(db: Db, provinceId: string, spec: RecordSpec, id: string, fields: RecordFields, expectedVersion: number): Promise<boolean> {
  const params: unknown[] = [provinceId, id, expectedVersion]
  const sets = spec.columns.map((c) => {
    params.push(valueOf(c, fields))
    return `${c.column} = $${params.length}::${CAST[c.type]}`
  })
  const rows = await db.query(
    `UPDATE ${spec.table} SET ${sets.join(', ')}, version = version + 1, updated_at = now() WHERE province_id = $1 AND id = $2 AND version = $3 RETURNING id`,
    params,
  )
  return rows.length > 0
}

/** Deletes a record at the given version; false when the version no longer matches. */
export async function deleteHistoryRow(db: Db, provinceId: string, spec: RecordSpec, id: string, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(`DELETE FROM ${spec.table} WHERE province_id = $1 AND id = $2 AND version = $3 RETURNING id`, [provinceId, id, expectedVersion])
  return rows.length > 0
}
