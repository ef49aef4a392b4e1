// Every SQL statement of the law engine's lean read of histories (the eligibility engine, src/rules): for each
// history table and for the registry (award_records), only the columns the engine reads, aggregated per
// subject into one JSON array — one row per subject instead of one per record, so the driver builds a few
// thousand rows instead of hundreds of thousands. The subjects are named by id (one subject, a nomination's, the
// page of a list) or are those of a slice of a subtree (a batch of a "who is eligible" list, read in one statement
// with its subjects: subtree-slice.repository.ts).
import type { Db } from '../../db/client.ts'
import type { SubjectKind } from '../../../rules/index.ts'
import type { RecordSpec } from './history-kinds.ts'

/** A table as the engine reads it: the columns, in the order of each record's array after its id. */
export interface EngineTable {
  table: string
  subjects: readonly SubjectKind[]
  columns: readonly string[]
  /** Whether the engine reads a record's id; when it does not, null is sent in its place (an id costs more to send than the rest). */
  id: boolean
  /** Records of one subject in this order (the order the engine has always received them in). */
  orderBy: string
  /** Rows the engine never reads (a condition on the table's alias `t`). */
  where?: string
}

/** One subject's records: each is [id (or null, see EngineTable.id), ...the table's columns]. */
export interface SubjectRecords {
  subjectId: string
  records: unknown[][]
}

/**
 * The registry as the engine reads it: catalogue forms only (`code`), awards cancelled under Điều 93 Luật Thi
 * đua, khen thưởng 2022 left out (they stay in the registry, marked). Newest year first, then newest decision.
 */
export const ENGINE_AWARDS: EngineTable = {
  table: 'award_records',
  subjects: ['individual', 'collective', 'household'],
  columns: ['code', 'year', 'kind', 'track', 'level', 'decision_number', 'decision_date'],
  id: false,
  orderBy: 'year DESC, decision_date DESC NULLS LAST, id',
  where: 't.code IS NOT NULL AND t.revoked_on IS NULL',
}

/** A history kind's table as the engine reads it: its spec's columns, in the spec's order (then by id). */
export function engineTableOf(spec: RecordSpec): EngineTable {
  return { table: spec.table, subjects: spec.subjects, columns: spec.columns.map((c) => c.column), id: spec.engineReadsId, orderBy: `${spec.orderBy}, id` }
}

/** "year DESC, track, id" → "t.year DESC, t.track, t.id" (the joined tables share column names). */
const qualified = (orderBy: string) => orderBy.split(', ').map((term) => `t.${term}`).join(', ')

/**
 * The statement reading one table's records of some subjects (`scope`, from `from`), one row per subject that has any.
 * The records reach each subject's aggregate already in order (one sort of them all, not one per subject: the aggregate
 * keeps the order its input comes in, whether grouped sorted or hashed).
 */
function recordsStatement(table: EngineTable, from: string, scope: string): string {
  const record = `json_build_array(${table.id ? 't.id' : 'NULL'}, ${table.columns.map((c) => `t.${c}`).join(', ')})`
  return `SELECT r."subjectId", json_agg(r.record) AS records
       FROM (SELECT t.subject_id AS "subjectId", ${record} AS record
               FROM ${table.table} t ${from}
              WHERE t.province_id = $1 AND ${scope}${table.where ? ` AND ${table.where}` : ''}
              ORDER BY t.subject_id, ${qualified(table.orderBy)}) r
      GROUP BY r."subjectId"`
}

/** The records of these subjects in one table, grouped per subject (subjects without any are absent). */
export async function listEngineRecords(db: Db, provinceId: string, table: EngineTable, subjectIds: readonly string[]): Promise<SubjectRecords[]> {
  if (subjectIds.length === 0) return []
  return db.query<SubjectRecords>(recordsStatement(table, '', 't.subject_id = ANY($2::uuid[])'), [provinceId, subjectIds])
}

/** One subject's records as a judging thread receives them: [subjectId, records]. */
export type SubjectRecordsTuple = [string, unknown[][]]

/**
 * Part of the statement reading a slice of a subtree (subtree-slice.repository.ts): one table's records of the subjects
 * of its `subjects` CTE, whose ids lie between the placeholders `from` and `to` (so the table is read over that range
 * on its (province, subject) index), as the JSON text of a SubjectRecordsTuple array.
 */
export function sliceRecordsJson(table: EngineTable, from: string, to: string): string {
  const records = recordsStatement(table, 'JOIN subjects s ON s.id = t.subject_id', `t.subject_id BETWEEN ${from}::uuid AND ${to}::uuid`)
  return `SELECT coalesce(json_agg(json_build_array(g."subjectId", g.records)), '[]')::text FROM (${records}) g`
}
