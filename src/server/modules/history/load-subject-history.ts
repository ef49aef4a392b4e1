// The subject's history as the law engine's input (SubjectHistory, src/rules/history.ts), built from
// the database in one place: the single evaluation, the eligible lists and the quotas all read it here.
// Subjects are loaded in bulk: one query per table whatever their number.
import type { Db } from '../../db/client.ts'
import type { SubjectHistoryInput } from '../../../rules/index.ts'
import { listEngineAwards, type EngineAwardRow } from '../registry/registry.repository.ts'
import { employmentOf } from './employment.ts'
import { HISTORY_KINDS } from './history.schemas.ts'
import { HISTORY_SPECS, type EngineList } from './history-kinds.ts'
import { listHistoryRows } from './history.repository.ts'
import type { Subject } from './subjects.repository.ts'

/** A registry row as the engine's award record (forms outside the catalogue and cancelled awards are not read). */
function engineAward(a: EngineAwardRow) {
  return {
    code: a.code,
    year: a.year,
    kind: a.kind,
    track: a.track,
    ...(a.decisionDate === null ? {} : { date: a.decisionDate }),
    ...(a.decisionNumber === null ? {} : { decisionNumber: a.decisionNumber }),
    ...(a.level === null ? {} : { level: a.level }),
  }
}

function emptyHistory(s: Subject): Record<EngineList | 'awards', unknown[]> & Record<string, unknown> {
  const employment = s.kind === 'individual' && s.category ? employmentOf(s.category, s.organizationKind) : undefined
  return {
    kind: s.kind,
    id: s.id,
    name: s.name,
    ...(s.kind === 'individual' ? { birthDate: s.birthDate, recruitmentDate: s.recruitedOn } : {}),
    ...(employment ? { employment } : {}),
    ratings: [], awards: [], initiatives: [], achievements: [], discipline: [], proceedings: [], assessments: [], collectiveYears: [], exclusions: [],
  }
}

/** The histories of several subjects, by subject id. */
export async function loadSubjectHistories(db: Db, provinceId: string, subjects: readonly Subject[]): Promise<Map<string, SubjectHistoryInput>> {
  const histories = new Map(subjects.map((s) => [s.id, emptyHistory(s)]))
  const ids = [...histories.keys()]
  const kinds = new Set(subjects.map((s) => s.kind))
  const specs = HISTORY_KINDS.map((k) => HISTORY_SPECS[k]).filter((spec) => spec.subjects.some((k) => kinds.has(k)))
  const [awards, ...lists] = await Promise.all([listEngineAwards(db, provinceId, ids), ...specs.map((spec) => listHistoryRows(db, provinceId, spec, ids))])
  for (const a of awards) histories.get(a.subjectId)?.awards.push(engineAward(a))
  specs.forEach((spec, i) => {
    for (const row of lists[i]!) histories.get(row.subjectId)?.[spec.engineList].push(spec.toEngine(row.id, row))
  })
  // The engine validates every record again (validateEligibilityInput) before it evaluates.
  return histories as unknown as Map<string, SubjectHistoryInput>
}

export async function loadSubjectHistory(db: Db, provinceId: string, subject: Subject): Promise<SubjectHistoryInput> {
  return (await loadSubjectHistories(db, provinceId, [subject])).get(subject.id)!
}
