// The subject's history as the law engine's input (SubjectHistory, src/rules/history.ts), built from
// the database in one place: the single evaluation, the eligible lists and the quotas all read it here.
// Subjects are loaded in bulk: one query per table whatever their number, each returning only the columns
// the engine reads, one row per subject (engine-history.repository.ts).
import type { Db } from '../../db/client.ts'
import type { SubjectHistoryInput, SubjectKind } from '../../../rules/index.ts'
import { employmentOf } from './employment.ts'
import { HISTORY_KINDS, type HistoryKind } from './history.schemas.ts'
import { HISTORY_SPECS, type EngineList, type RecordSpec } from './history-kinds.ts'
import { ENGINE_AWARDS, engineTableOf, listEngineRecords, type SubjectRecords, type SubjectRecordsTuple } from './engine-history.repository.ts'
import type { JudgedSubject, Subject } from './subjects.repository.ts'

/** The stored records of a set of subjects, per table, as read from the database (not yet tied to subjects). */
export interface HistoryRecords {
  awards: SubjectRecords[]
  lists: { spec: RecordSpec; rows: SubjectRecords[] }[]
}

/** A registry row ([id, ...ENGINE_AWARDS.columns]) as the engine's award record; absent values are left out. */
function engineAward(row: unknown[]) {
  const [, code, year, kind, track, level, decisionNumber, decisionDate] = row
  const award: Record<string, unknown> = { code, year, kind, track }
  if (decisionDate !== null) award.date = decisionDate
  if (decisionNumber !== null) award.decisionNumber = decisionNumber
  if (level !== null) award.level = level
  return award
}

/** A history row ([id, or null when the engine does not read it, ...spec.columns]) as the record of the engine's list. */
function engineRecord(spec: RecordSpec, row: unknown[]): unknown {
  const fields: Record<string, unknown> = {}
  for (let i = 0; i < spec.columns.length; i++) fields[spec.columns[i]!.field] = row[i + 1]
  return spec.toEngine(row[0] as string, fields)
}

// Without conditional spreads: it runs once per subject of a province's list.
function emptyHistory(s: JudgedSubject): Record<EngineList | 'awards', unknown[]> & Record<string, unknown> {
  const history: Record<EngineList | 'awards', unknown[]> & Record<string, unknown> = {
    kind: s.kind, id: s.id, name: s.name,
    ratings: [], awards: [], initiatives: [], achievements: [], discipline: [], proceedings: [], assessments: [], collectiveYears: [], exclusions: [],
  }
  if (s.kind === 'individual') {
    history.birthDate = s.birthDate
    history.recruitmentDate = s.recruitedOn
    const employment = s.category ? employmentOf(s.category, s.organizationKind) : undefined
    if (employment) history.employment = employment
  }
  return history
}

/**
 * Reads the records the engine needs for these subjects (of these kinds): the registry and every history table that
 * applies to one of them, side by side (on PostgreSQL the statements run in parallel on the pool).
 */
async function loadHistoryRecords(db: Db, provinceId: string, kinds: readonly SubjectKind[], subjectIds: readonly string[]): Promise<HistoryRecords> {
  const histories = historyKindsFor(kinds)
  const [awards, ...lists] = await Promise.all([
    listEngineRecords(db, provinceId, ENGINE_AWARDS, subjectIds),
    ...histories.map((history) => listEngineRecords(db, provinceId, engineTableOf(HISTORY_SPECS[history]), subjectIds)),
  ])
  return { awards, lists: histories.map((history, i) => ({ spec: HISTORY_SPECS[history], rows: lists[i]! })) }
}

/** The history tables that hold records of subjects of these kinds. */
export const historyKindsFor = (kinds: readonly SubjectKind[]) => HISTORY_KINDS.filter((history) => HISTORY_SPECS[history].subjects.some((k) => kinds.includes(k)))

/** HistoryRecords as JSON text, one string per table (what a judging thread receives). */
export interface HistoryRecordsJson {
  awards: string
  lists: { history: HistoryKind; rows: string }[]
}

export function parseHistoryRecords(json: HistoryRecordsJson): HistoryRecords {
  const parse = (text: string) => (JSON.parse(text) as SubjectRecordsTuple[]).map(([subjectId, records]) => ({ subjectId, records }))
  return { awards: parse(json.awards), lists: json.lists.map(({ history, rows }) => ({ spec: HISTORY_SPECS[history], rows: parse(rows) })) }
}

/** The histories of these subjects, by subject id, from records read for them (records of other subjects are ignored). */
export function assembleHistories(subjects: readonly JudgedSubject[], records: HistoryRecords): Map<string, SubjectHistoryInput> {
  const histories = new Map(subjects.map((s) => [s.id, emptyHistory(s)]))
  for (const { subjectId, records: rows } of records.awards) {
    const history = histories.get(subjectId)
    if (history) for (const row of rows) history.awards.push(engineAward(row))
  }
  for (const { spec, rows: bySubject } of records.lists) {
    for (const { subjectId, records: rows } of bySubject) {
      const list = histories.get(subjectId)?.[spec.engineList]
      if (list) for (const row of rows) list.push(engineRecord(spec, row))
    }
  }
  // The engine validates every record again (the subjectHistory schema and its cross-field checks) before it judges.
  return histories as unknown as Map<string, SubjectHistoryInput>
}

/** The histories of several subjects, by subject id. */
export async function loadSubjectHistories(db: Db, provinceId: string, subjects: readonly Subject[]): Promise<Map<string, SubjectHistoryInput>> {
  const kinds = [...new Set(subjects.map((s) => s.kind))]
  return assembleHistories(subjects, await loadHistoryRecords(db, provinceId, kinds, subjects.map((s) => s.id)))
}

export async function loadSubjectHistory(db: Db, provinceId: string, subject: Subject): Promise<SubjectHistoryInput> {
  return (await loadSubjectHistories(db, provinceId, [subject])).get(subject.id)!
}
