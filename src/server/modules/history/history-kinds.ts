// The kinds of history record besides titles and awards (those are registry rows): for each, its
// table and columns, the subjects it applies to, its defaults, the fields that state past facts, how
// it reads in the audit log, and how it becomes a record of the law engine's SubjectHistory.
import type { z } from 'zod'
import type { SubjectHistoryInput, SubjectKind } from '../../../rules/index.ts'
import { RATINGS, TRACKS } from '../../../rules/types.ts'
import { viDate } from '../../../rules/dates.ts'
import type { HISTORY_FIELDS, HistoryKind } from './history.schemas.ts'

type Output<K extends HistoryKind> = z.output<z.ZodObject<(typeof HISTORY_FIELDS)[K]>>
/** A record's fields once stored: every field present, optional ones possibly null. */
export type StoredFields<K extends HistoryKind> = { [P in keyof Output<K>]-?: Exclude<Output<K>[P], undefined> }

export interface Column {
  field: string
  column: string
  type: 'int' | 'text' | 'date' | 'bool' | 'numeric' | 'jsonb'
}

export type EngineList = 'ratings' | 'initiatives' | 'achievements' | 'discipline' | 'proceedings' | 'assessments' | 'collectiveYears' | 'exclusions'
type EngineRecord<L extends EngineList> = NonNullable<SubjectHistoryInput[L]>[number]

interface HistoryKindSpec<K extends HistoryKind, L extends EngineList> {
  kind: K
  table: string
  /** Audit entity name. */
  entity: string
  /** "xếp loại", for messages. */
  label: string
  subjects: readonly SubjectKind[]
  columns: readonly Column[]
  orderBy: string
  defaults: Partial<StoredFields<K>>
  /** Fields that state something that already happened: a year or date after today is refused. */
  past: readonly (keyof StoredFields<K> & string)[]
  /** The unique index that makes a second record for the same year a duplicate: the field it names and its message. */
  unique?: { index: string; field: keyof StoredFields<K> & string; message: (f: StoredFields<K>) => string }
  /** Audit summary detail: "năm 2024: Hoàn thành tốt nhiệm vụ". */
  describe: (f: StoredFields<K>) => string
  engineList: L
  /** The engine tells this kind's records apart by id (an initiative or achievement is used once); others are read without it. */
  engineReadsId: boolean
  toEngine: (id: string, f: StoredFields<K>) => EngineRecord<L>
}

const col = (field: string, column: string, type: Column['type']): Column => ({ field, column, type })
const trackSuffix = (track: string) => (track === 'government' ? '' : ` (${TRACKS[track as keyof typeof TRACKS]})`)
/** Copies the keys whose value is not null (the engine's optional fields take no null). */
function present<T extends Record<string, unknown>>(o: T): { [P in keyof T]?: Exclude<T[P], null> } {
  const out: Record<string, unknown> = {}
  for (const key in o) if (o[key] !== null) out[key] = o[key]
  return out as { [P in keyof T]?: Exclude<T[P], null> }
}

const ratings: HistoryKindSpec<'ratings', 'ratings'> = {
  kind: 'ratings',
  table: 'history_ratings',
  entity: 'history_rating',
  label: 'xếp loại',
  subjects: ['individual', 'collective'],
  columns: [col('year', 'year', 'int'), col('rating', 'rating', 'text'), col('track', 'track', 'text')],
  orderBy: 'year DESC, track',
  defaults: { track: 'government' },
  past: ['year'],
  unique: { index: 'history_ratings_year', field: 'year', message: (f) => `Đã có kết quả xếp loại năm ${f.year}${trackSuffix(f.track)} của đối tượng này; hãy sửa bản ghi đã có` },
  describe: (f) => `năm ${f.year}: ${RATINGS[f.rating]}${trackSuffix(f.track)}`,
  engineList: 'ratings',
  engineReadsId: false,
  toEngine: (_id, f) => ({ year: f.year, rating: f.rating, track: f.track }),
}

const initiatives: HistoryKindSpec<'initiatives', 'initiatives'> = {
  kind: 'initiatives',
  table: 'history_initiatives',
  entity: 'history_initiative',
  label: 'sáng kiến',
  subjects: ['individual', 'collective', 'household'],
  columns: [
    col('title', 'title', 'text'), col('type', 'type', 'text'), col('level', 'level', 'text'), col('recognisedDate', 'recognised_on', 'date'),
    col('appliedEffectively', 'applied_effectively', 'bool'), col('usedFor', 'used_for', 'jsonb'),
  ],
  orderBy: 'recognised_on DESC',
  defaults: { appliedEffectively: false, usedFor: null },
  past: ['recognisedDate'],
  describe: (f) => `«${f.title}» (công nhận ngày ${viDate(f.recognisedDate)})`,
  engineList: 'initiatives',
  engineReadsId: true,
  toEngine: (id, f) => ({ id, title: f.title, type: f.type, level: f.level, recognisedDate: f.recognisedDate, appliedEffectively: f.appliedEffectively, usedFor: f.usedFor }),
}

const achievements: HistoryKindSpec<'achievements', 'achievements'> = {
  kind: 'achievements',
  table: 'history_achievements',
  entity: 'history_achievement',
  label: 'thành tích',
  subjects: ['individual', 'collective', 'household'],
  columns: [col('description', 'description', 'text'), col('kind', 'kind', 'text'), col('level', 'level', 'text'), col('date', 'achieved_on', 'date'), col('usedFor', 'used_for', 'jsonb')],
  orderBy: 'achieved_on DESC',
  defaults: { usedFor: null },
  past: ['date'],
  describe: (f) => `«${f.description}» (ngày ${viDate(f.date)})`,
  engineList: 'achievements',
  engineReadsId: true,
  toEngine: (id, f) => ({ id, description: f.description, kind: f.kind, level: f.level, date: f.date, usedFor: f.usedFor }),
}

const discipline: HistoryKindSpec<'discipline', 'discipline'> = {
  kind: 'discipline',
  table: 'history_discipline',
  entity: 'history_discipline',
  label: 'kỷ luật',
  subjects: ['individual', 'collective', 'household'],
  columns: [col('form', 'form', 'text'), col('track', 'track', 'text'), col('startDate', 'start_date', 'date'), col('endDate', 'end_date', 'date'), col('decisionNumber', 'decision_number', 'text')],
  orderBy: 'start_date DESC',
  defaults: { track: 'government', endDate: null, decisionNumber: null },
  past: ['startDate'],
  describe: (f) => `${f.form} từ ngày ${viDate(f.startDate)}${f.endDate ? ` đến ngày ${viDate(f.endDate)}` : ''}${trackSuffix(f.track)}`,
  engineList: 'discipline',
  engineReadsId: false,
  toEngine: (_id, f) => ({ form: f.form, track: f.track, startDate: f.startDate, endDate: f.endDate, ...present({ decisionNumber: f.decisionNumber }) }),
}

const proceedings: HistoryKindSpec<'proceedings', 'proceedings'> = {
  kind: 'proceedings',
  table: 'history_proceedings',
  entity: 'history_proceeding',
  label: 'vụ việc đang xem xét',
  subjects: ['individual', 'collective', 'household'],
  columns: [col('kind', 'kind', 'text'), col('startDate', 'start_date', 'date'), col('endDate', 'end_date', 'date'), col('note', 'note', 'text')],
  orderBy: 'start_date DESC',
  defaults: { endDate: null, note: null },
  past: ['startDate'],
  describe: (f) => `${f.kind} từ ngày ${viDate(f.startDate)}${f.endDate ? `, kết thúc ngày ${viDate(f.endDate)}` : ''}`,
  engineList: 'proceedings',
  engineReadsId: false,
  toEngine: (_id, f) => ({ kind: f.kind, startDate: f.startDate, endDate: f.endDate, ...present({ note: f.note }) }),
}

const assessments: HistoryKindSpec<'assessments', 'assessments'> = {
  kind: 'assessments',
  table: 'history_assessments',
  entity: 'history_assessment',
  label: 'đánh giá tiêu chuẩn',
  subjects: ['individual', 'collective', 'household'],
  columns: [col('year', 'year', 'int'), col('key', 'key', 'text'), col('met', 'met', 'bool'), col('note', 'note', 'text')],
  orderBy: 'year DESC, key',
  defaults: { note: null },
  past: ['year'],
  unique: { index: 'history_assessments_year_key', field: 'key', message: (f) => `Đã có đánh giá tiêu chuẩn ${f.key} năm ${f.year} của đối tượng này; hãy sửa bản ghi đã có` },
  describe: (f) => `năm ${f.year}, ${f.key}: ${f.met ? 'đạt' : 'không đạt'}`,
  engineList: 'assessments',
  engineReadsId: false,
  toEngine: (_id, f) => ({ year: f.year, key: f.key, met: f.met, ...present({ note: f.note }) }),
}

const collectiveYears: HistoryKindSpec<'collective-years', 'collectiveYears'> = {
  kind: 'collective-years',
  table: 'history_collective_years',
  entity: 'history_collective_year',
  label: 'kết quả năm của tập thể',
  subjects: ['collective'],
  columns: [
    col('year', 'year', 'int'), col('memberCount', 'member_count', 'int'), col('ldttCount', 'ldtt_count', 'int'), col('cstdcsCount', 'cstdcs_count', 'int'),
    col('completedTaskCount', 'completed_task_count', 'int'), col('memberDiscipline', 'member_discipline', 'jsonb'), col('leadsCluster', 'leads_cluster', 'text'),
    col('exceededTargets', 'exceeded_targets', 'bool'), col('partyScore', 'party_score', 'numeric'),
    col('partyTasksCompletedShare', 'party_tasks_completed_share', 'numeric'), col('partyTasksExceededShare', 'party_tasks_exceeded_share', 'numeric'),
  ],
  orderBy: 'year DESC',
  defaults: {
    ldttCount: null, cstdcsCount: null, completedTaskCount: null, memberDiscipline: [], leadsCluster: null, exceededTargets: null,
    partyScore: null, partyTasksCompletedShare: null, partyTasksExceededShare: null,
  },
  past: ['year'],
  unique: { index: 'history_collective_years_year', field: 'year', message: (f) => `Đã có kết quả năm ${f.year} của tập thể này; hãy sửa bản ghi đã có` },
  describe: (f) => `năm ${f.year}: ${f.memberCount} thành viên${f.ldttCount === null ? '' : `, ${f.ldttCount} LĐTT`}`,
  engineList: 'collectiveYears',
  engineReadsId: false,
  toEngine: (_id, f) => ({
    year: f.year,
    memberCount: f.memberCount,
    memberDiscipline: f.memberDiscipline.map((d) => ({ form: d.form, date: d.date, ...present({ member: d.member }) })),
    leadsCluster: f.leadsCluster,
    ...present({
      ldttCount: f.ldttCount, cstdcsCount: f.cstdcsCount, completedTaskCount: f.completedTaskCount, exceededTargets: f.exceededTargets,
      partyScore: f.partyScore, partyTasksCompletedShare: f.partyTasksCompletedShare, partyTasksExceededShare: f.partyTasksExceededShare,
    }),
  }),
}

const exclusions: HistoryKindSpec<'exclusions', 'exclusions'> = {
  kind: 'exclusions',
  table: 'history_exclusions',
  entity: 'history_exclusion',
  label: 'trường hợp không xét Gia đình văn hóa',
  subjects: ['household'],
  columns: [col('kind', 'kind', 'text'), col('member', 'member', 'text'), col('startDate', 'start_date', 'date'), col('endDate', 'end_date', 'date')],
  orderBy: 'start_date DESC',
  defaults: { member: null, endDate: null },
  past: ['startDate'],
  describe: (f) => `${f.kind}${f.member ? ` — ${f.member}` : ''} từ ngày ${viDate(f.startDate)}`,
  engineList: 'exclusions',
  engineReadsId: false,
  toEngine: (_id, f) => ({ kind: f.kind, startDate: f.startDate, endDate: f.endDate, ...present({ member: f.member }) }),
}

/** A record's fields as the generic repository and use cases handle them (the request schemas vouch for their types). */
export type RecordFields = Record<string, unknown>

/** A kind's spec with its field types erased, for code that handles every kind alike. */
export interface RecordSpec {
  kind: HistoryKind
  table: string
  entity: string
  label: string
  subjects: readonly SubjectKind[]
  columns: readonly Column[]
  orderBy: string
  defaults: RecordFields
  past: readonly string[]
  unique?: { index: string; field: string; message: (f: RecordFields) => string }
  describe: (f: RecordFields) => string
  engineList: EngineList
  engineReadsId: boolean
  toEngine: (id: string, f: RecordFields) => unknown
}

const erase = <K extends HistoryKind, L extends EngineList>(spec: HistoryKindSpec<K, L>): RecordSpec => spec as unknown as RecordSpec

export const HISTORY_SPECS: Record<HistoryKind, RecordSpec> = {
  ratings: erase(ratings),
  initiatives: erase(initiatives),
  achievements: erase(achievements),
  discipline: erase(discipline),
  proceedings: erase(proceedings),
  assessments: erase(assessments),
  'collective-years': erase(collectiveYears),
  exclusions: erase(exclusions),
}

/** The stored fields of a record, with `changes` laid over them (undefined: keep; null: clear). */
export function mergeFields(spec: RecordSpec, base: RecordFields, changes: RecordFields): RecordFields {
  const merged: RecordFields = {}
  for (const { field } of spec.columns) merged[field] = changes[field] !== undefined ? changes[field] : base[field]
  return merged
}
