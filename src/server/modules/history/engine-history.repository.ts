// Every SQL statement of the law engine's lean read of histories (the eligibility engine, src/rules): for each
// history table and for the registry (award_records), only the columns the engine reads, aggregated per
// subject into one JSON array — one row per subject instead of one per record, so the driver builds a few
// thousand rows instead of hundreds of thousands. The subjects are named by id (one subject, a nomination's)
// or are every subject of one kind under a unit (the "who is eligible" lists): then the table is joined to
// the subject and its organization and filtered on the organization's path, instead of sending the ids back.
import type { Db } from '../../db/client.ts'
import type { SubjectKind } from '../../../rules/index.ts'
import type { RecordSpec } from './history-kinds.ts'

/** Subject ids from `from` to `to`, both included (uuids compare as their text does). */
export interface IdRange {
  from: string
  to: string
}

/** Every subject of one kind whose unit lies under `scopePath` and whose id lies in `ids` (a batch of a list). */
export interface SubtreeSlice {
  kind: SubjectKind
  scopePath: string
  ids: IdRange
}

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

/** The join from a history row to its subject's unit (people and households by their unit, collectives are units). */
const SUBTREE_JOIN: Record<SubjectKind, string> = {
  individual: `JOIN people s ON s.province_id = t.province_id AND s.id = t.person_id
    JOIN organizations o ON o.province_id = s.province_id AND o.id = s.organization_id`,
  household: `JOIN households s ON s.province_id = t.province_id AND s.id = t.household_id
    JOIN organizations o ON o.province_id = s.province_id AND o.id = s.organization_id`,
  collective: `JOIN organizations o ON o.province_id = t.province_id AND o.id = t.collective_id`,
}
/** The joined subject's id (the range is stated on both sides of the join, so each side is read over it on its index). */
const SUBJECT_ID: Record<SubjectKind, string> = { individual: 's.id', household: 's.id', collective: 'o.id' }

/** "year DESC, track, id" → "t.year DESC, t.track, t.id" (the joined tables share column names). */
const qualified = (orderBy: string) => orderBy.split(', ').map((term) => `t.${term}`).join(', ')

/** The statement reading one table's records of some subjects (`scope`, from `from`), one row per subject that has any. */
function recordsStatement(table: EngineTable, from: string, scope: string): string {
  const record = `json_build_array(${table.id ? 't.id' : 'NULL'}, ${table.columns.map((c) => `t.${c}`).join(', ')})`
  return `SELECT t.subject_id AS "subjectId", json_agg(${record} ORDER BY ${qualified(table.orderBy)}) AS records
       FROM ${table.table} t ${from}
      WHERE t.province_id = $1 AND ${scope}${table.where ? ` AND ${table.where}` : ''}
      GROUP BY t.subject_id`
}

/** The records of these subjects in one table, grouped per subject (subjects without any are absent). */
export async function listEngineRecords(db: Db, provinceId: string, table: EngineTable, subjectIds: readonly string[]): Promise<SubjectRecords[]> {
  if (subjectIds.length === 0) return []
  return db.query<SubjectRecords>(recordsStatement(table, '', 't.subject_id = ANY($2::uuid[])'), [provinceId, subjectIds])
}

/** One subject's records as a judging thread receives them: [subjectId, records]. */
export type SubjectRecordsTuple = [string, unknown[][]]

/**
 * The records of a slice of a subtree in one table, as the JSON text of a SubjectRecordsTuple array: what a judging thread
 * receives (one string is handed to a worker thread far faster than thousands of objects, and is parsed there, not on
 * the server's thread). The id range is read on the table's (province, subject) index.
 */
export async function listEngineRecordsJson(db: Db, provinceId: string, table: EngineTable, slice: SubtreeSlice): Promise<string> {
  const statement = recordsStatement(table, SUBTREE_JOIN[slice.kind], `o.path LIKE $2 || '%' AND t.subject_id BETWEEN $3::uuid AND $4::uuid AND ${SUBJECT_ID[slice.kind]} BETWEEN $3::uuid AND $4::uuid`)
  const [row] = await db.query<{ json: string }>(
    `SELECT coalesce(json_agg(json_build_array(g."subjectId", g.records)), '[]')::text AS json FROM (${statement}) g`,
    [provinceId, slice.scopePath, slice.ids.from, slice.ids.to],
  )
  return row!.json
}
