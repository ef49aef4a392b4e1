// One batch of a "who is eligible" list judged, on a judging thread (judge-pool.ts): the subjects and their
// records arrive as JSON text read by the server's thread, and only each subject's verdict goes back (the reasons
// are worked out for the page shown, list-eligible.ts). Each history is built, validated and judged, then dropped.
import { EligibilityInputError, verdictsFor, type SharedQuestion, type SubjectHistoryInput, type SubjectKind, type Verdict } from '../../../rules/index.ts'
import { assembleHistories, parseHistoryRecords, type HistoryRecordsJson } from '../history/load-subject-history.ts'
import type { JudgedSubject, JudgedSubjectTuple } from '../history/subjects.repository.ts'
import { isCompleteHistory } from './complete-history.ts'

export interface BatchTask {
  /** The question asked of every subject (with the province's rules when it has any). */
  question: SharedQuestion
  kind: SubjectKind
  /** JSON text of JudgedSubjectTuple[], in no order (readSliceJson). */
  subjects: string
  records: HistoryRecordsJson
}

/** Subjects in name order: their ids and sort keys, side by side. */
export interface NamedIds {
  ids: string[]
  sortKeys: string[]
}

/** The verdicts in the lists' order: eligible, undecided (null), not eligible. */
export const VERDICT_ORDER = [true, null, false] as const

/** A batch's subjects by verdict, in VERDICT_ORDER, each in name order (strings only: cheap to hand back and to keep). */
export type BatchVerdicts = [NamedIds, NamedIds, NamedIds]

/** Vietnamese name order: sort keys compared as the database's COLLATE "C" sorts them, then ids. */
const byName = (a: JudgedSubject, b: JudgedSubject) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

export function judgeBatch(task: BatchTask): BatchVerdicts {
  const subjects = (JSON.parse(task.subjects) as JudgedSubjectTuple[])
    .map(([id, name, sortKey, organizationKind, birthDate, recruitedOn, category]): JudgedSubject => ({ kind: task.kind, id, name, sortKey, organizationKind, birthDate, recruitedOn, category }))
    .sort(byName)
  const histories = assembleHistories(subjects, parseHistoryRecords(task.records))
  const judge = verdictsFor(task.question, task.kind, isCompleteHistory)
  const verdicts: BatchVerdicts = [{ ids: [], sortKeys: [] }, { ids: [], sortKeys: [] }, { ids: [], sortKeys: [] }]
  for (const subject of subjects) {
    const to = verdicts[VERDICT_ORDER.indexOf(verdictOf(histories.get(subject.id)!, judge))]!
    histories.delete(subject.id)
    to.ids.push(subject.id)
    to.sortKeys.push(subject.sortKey)
  }
  return verdicts
}

/** The verdict alone; a history that contradicts itself is never evaluated, so never "eligible" (unknown). */
function verdictOf(history: SubjectHistoryInput, judge: (history: SubjectHistoryInput) => Verdict): boolean | null {
  try {
    return judge(history).eligible
  } catch (error) {
    if (!(error instanceof EligibilityInputError)) throw error
    return null
  }
}
