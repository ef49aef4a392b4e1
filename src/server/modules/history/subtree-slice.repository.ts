// The one statement that reads a slice of a subtree for a judging thread (a batch of a "who is eligible" list): the
// subjects of one kind under a unit whose ids lie in a range, and their records in the registry and every history table
// that applies, each as JSON text (one string is handed to a worker thread far faster than thousands of objects, and
// is parsed there). The subjects are read once, into a CTE every table joins: reading them again per table (a person's
// row is wide) cost more than the records.
import type { Db } from '../../db/client.ts'
import type { SubjectKind } from '../../../rules/index.ts'
import { HISTORY_SPECS } from './history-kinds.ts'
import { ENGINE_AWARDS, engineTableOf, sliceRecordsJson } from './engine-history.repository.ts'
import { historyKindsFor, type HistoryRecordsJson } from './load-subject-history.ts'
import { ID, inSubtree, type CollectiveFilter } from './subjects.repository.ts'

/** Subject ids from `from` to `to`, both included (uuids compare as their text does). */
export interface IdRange {
  from: string
  to: string
}

/** Every subject of one kind whose unit lies under `scopePath` and whose id lies in `ids`. */
export interface SubtreeSlice {
  kind: SubjectKind
  scopePath: string
  ids: IdRange
  collectives: CollectiveFilter
}

export interface SliceJson {
  /** JudgedSubjectTuple[] in no order. */
  subjects: string
  records: HistoryRecordsJson
}

export async function readSliceJson(db: Db, provinceId: string, slice: SubtreeSlice): Promise<SliceJson> {
  const [subjects, params] = inSubtree(provinceId, slice.kind, slice.scopePath, slice.collectives)
  const [from, to] = [`$${params.length + 1}`, `$${params.length + 2}`]
  const histories = historyKindsFor([slice.kind])
  const [row] = await db.query<{ subjects: string; awards: string } & Record<string, string>>(
    `WITH subjects AS MATERIALIZED (
       SELECT s.id, s.name, s."sortKey", s."organizationKind", s."birthDate", s."recruitedOn", s.category
         FROM (${subjects} AND ${ID[slice.kind]} BETWEEN ${from}::uuid AND ${to}::uuid) s)
     SELECT (SELECT coalesce(json_agg(json_build_array(s.id, s.name, s."sortKey", s."organizationKind", s."birthDate", s."recruitedOn", s.category)), '[]')::text
               FROM subjects s) AS subjects,
            (${sliceRecordsJson(ENGINE_AWARDS, from, to)}) AS awards,
            ${histories.map((history, i) => `(${sliceRecordsJson(engineTableOf(HISTORY_SPECS[history]), from, to)}) AS list${i}`).join(',\n            ')}`,
    [...params, slice.ids.from, slice.ids.to],
  )
  return { subjects: row!.subjects, records: { awards: row!.awards, lists: histories.map((history, i) => ({ history, rows: row![`list${i}`]! })) } }
}
