// Every SQL statement of the law engine's lean read of histories (the eligibility engine, src/rules): for each
// history table and for the registry (award_records), only the columns the engine reads, aggregated per
// subject into one JSON array — one row per subject instead of one per record, so the driver builds a few
// thousand rows instead of hundreds of thousands. The subjects are named by id (one subject, a nomination's)
// or are every subject of one kind under a unit (the "who is eligible" lists): then the table is joined to
// the subject and its organization and filtered on the organization's path, instead of sending the ids back.
import type { Db } from '../../db/client.ts'
import type { SubjectKind } from '../../../rules/index.ts'
import type { RecordSpec } from './history-kinds.ts'

/** Whose records to read: these subjects, or every subject of one kind whose unit lies under `scopePath`. */
export type HistorySource = { ids: readonly string[] } | { kind: SubjectKind; scopePath: string }

/** A table as the engine reads it: the columns, in the order of each record's array after its id. */
export interface EngineTable {
  table: string
  subjects: readonly SubjectKind[]
  columns: readonly string[]
  /** Records of one subject in this order (the order the engine has always received them in). */
  orderBy: string
  /** Rows the engine never reads (a condition on the table's alias `t`). */
  where?: string
}

/** One subject's records: each is [id, ...the table's columns]. */
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
  orderBy: 'year DESC, decision_date DESC NULLS LAST, id',
  where: 't.code IS NOT NULL AND t.revoked_on IS NULL',
}

/** A history kind's table as the engine reads it: its spec's columns, in the spec's order (then by id). */
export function engineTableOf(spec: RecordSpec): EngineTable {
  return { table: spec.table, subjects: spec.subjects, columns: spec.columns.map((c) => c.column), orderBy: `${spec.orderBy}, id` }
}

/** The join from a history row to its subject's unit (people and households by their unit, collectives are units). */
const SUBTREE_JOIN: Record<SubjectKind, string> = {
  individual: `JOIN people s ON s.province_id = t.province_id AND s.id = t.person_id
    JOIN organizations o ON o.province_id = s.province_id AND o.id = s.organization_id`,
  household: `JOIN households s ON s.province_id = t.province_id AND s.id = t.household_id
    JOIN organizations o ON o.province_id = s.province_id AND o.id = s.organization_id`,
  collective: `JOIN organizations o ON o.province_id = t.province_id AND o.id = t.collective_id`,
}

/** "year DESC, track, id" → "t.year DESC, t.track, t.id" (the joined tables share column names). */
const qualified = (orderBy: string) => orderBy.split(', ').map((term) => `t.${term}`).join(', ')

/** The records of the source's subjects in one table, grouped per subject (subjects without any are absent). */
export async function listEngineRecords(db: Db, provinceId: string, table: EngineTable, source: HistorySource): Promise<SubjectRecords[]> {
  if ('ids' in source && source.ids.length === 0) return []
  const record = `json_build_array(t.id, ${table.columns.map((c) => `t.${c}`).join(', ')})`
  const from = 'ids' in source ? `${table.table} t` : `${table.table} t ${SUBTREE_JOIN[source.kind]}`
  const scope = 'ids' in source ? 't.subject_id = ANY($2::uuid[])' : `o.path LIKE $2 || '%'`
  return db.query<SubjectRecords>(
    `SELECT t.subject_id AS "subjectId", json_agg(${record} ORDER BY ${qualified(table.orderBy)}) AS records
       FROM ${from}
      WHERE t.province_id = $1 AND ${scope}${table.where ? ` AND ${table.where}` : ''}
      GROUP BY t.subject_id`,
    [provinceId, 'ids' in source ? source.ids : source.scopePath],
  )
}
