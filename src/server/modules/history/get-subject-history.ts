import type { SubjectKind } from '../../../rules/index.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { listAwardsOfSubjects, type AwardRecord } from '../registry/registry.repository.ts'
import { employmentOf } from './employment.ts'
import { HISTORY_SPECS } from './history-kinds.ts'
import { listHistoryRows, type HistoryRecord } from './history.repository.ts'
import { subjectInScope } from './subject-access.ts'
import type { Subject } from './subjects.repository.ts'

export interface SubjectHistoryPage {
  subject: Subject & { employment: 'state' | 'outside_state' | null }
  /** Titles and forms received (registry rows), newest first. */
  awards: AwardRecord[]
  ratings: HistoryRecord[]
  initiatives: HistoryRecord[]
  achievements: HistoryRecord[]
  discipline: HistoryRecord[]
  proceedings: HistoryRecord[]
  assessments: HistoryRecord[]
  collectiveYears: HistoryRecord[]
  exclusions: HistoryRecord[]
}

/** Everything recorded about a person, a collective or a household (the history page). */
export async function getSubjectHistory(ctx: UseCaseContext, kind: SubjectKind, id: string): Promise<SubjectHistoryPage> {
  const { db, actor } = ctx
  const subject = await subjectInScope(db, actor, 'history.read', kind, id)
  const list = (k: keyof typeof HISTORY_SPECS) => (HISTORY_SPECS[k].subjects.includes(kind) ? listHistoryRows(db, actor.provinceId, HISTORY_SPECS[k], [id]) : Promise.resolve([]))
  const [awards, ratings, initiatives, achievements, discipline, proceedings, assessments, collectiveYears, exclusions] = await Promise.all([
    listAwardsOfSubjects(db, actor.provinceId, [id]),
    list('ratings'), list('initiatives'), list('achievements'), list('discipline'), list('proceedings'), list('assessments'), list('collective-years'), list('exclusions'),
  ])
  const employment = subject.category ? (employmentOf(subject.category, subject.organizationKind) ?? null) : null
  return { subject: { ...subject, employment }, awards, ratings, initiatives, achievements, discipline, proceedings, assessments, collectiveYears, exclusions }
}
