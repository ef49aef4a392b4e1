// A registry row's own rules: the catalogue fills the name and track of a coded title or form; a form
// outside the catalogue needs both written out; the law engine checks a coded row against its subject
// (a title of another subject kind, a track or commendation kind the form does not have, a year before
// the person was born, a decision before the year it commends); nothing that happened is in the future.
// Pure: problems come back by request field.
import { CATALOGUE, validateHistory, type CatalogueCode, type CommendationKind, type Track } from '../../../rules/index.ts'
import { viDate, yearOf } from '../../../rules/dates.ts'
import { futureProblem, subjectFacts, type SubjectFacts } from '../history/record-checks.ts'
import type { AwardLevel, AwardWrite } from './registry.repository.ts'

/** The row's own fields, after merging a request over the defaults or the stored row. */
export interface AwardDraft {
  code: CatalogueCode | null
  name: string | null
  track: Track | null
  level: AwardLevel | null
  year: number
  decisionNumber: string | null
  decisionDate: string | null
  decisionIssuer: string | null
  kind: CommendationKind
  campaignId: string | null
  achievement: string | null
}

export type ResolvedAward = Omit<AwardDraft, 'name' | 'track'> & Pick<AwardWrite, 'name' | 'track'>

/** The engine names the decision date "date". */
const REQUEST_FIELD: Record<string, string> = { date: 'decisionDate' }

export function resolveAward(draft: AwardDraft, subject: SubjectFacts, today: string): { award: ResolvedAward; problems: Record<string, string> } {
  const problems: Record<string, string> = {}
  const add = (field: string, message: string) => {
    problems[field] ??= message
  }
  const entry = draft.code ? CATALOGUE[draft.code] : null
  const name = draft.name ?? entry?.name ?? ''
  const track = draft.track ?? entry?.track ?? 'government'
  if (!entry && !draft.name) add('name', 'bắt buộc khi không chọn mã trong danh mục')
  if (!entry && !draft.track) add('track', 'bắt buộc khi không chọn mã trong danh mục (chính quyền, Đảng hoặc Mặt trận, đoàn thể)')

  if (draft.code) {
    const record = {
      code: draft.code,
      year: draft.year,
      kind: draft.kind,
      track,
      ...(draft.decisionDate ? { date: draft.decisionDate } : {}),
      ...(draft.level ? { level: draft.level } : {}),
    }
    const checked = validateHistory({ ...subjectFacts(subject), awards: [record] }, 'subject')
    if (!checked.ok) {
      for (const issue of checked.issues) {
        const field = issue.field.startsWith('subject.awards[0].') ? issue.field.slice('subject.awards[0].'.length).split(/[.[]/)[0]! : 'subjectId'
        add(REQUEST_FIELD[field] ?? field, issue.message)
      }
    }
  } else {
    const birthYear = subject.kind === 'individual' && subject.birthDate ? yearOf(subject.birthDate) : null
    if (birthYear !== null && draft.year < birthYear) add('year', `năm thành tích ${draft.year} trước năm sinh ${birthYear}`)
    if (draft.decisionDate && yearOf(draft.decisionDate) < draft.year) add('decisionDate', `ngày quyết định ${viDate(draft.decisionDate)} trước năm thành tích ${draft.year}`)
  }
  for (const field of ['year', 'decisionDate'] as const) {
    const problem = futureProblem(draft[field], today)
    if (problem) add(field, problem)
  }
  return { award: { ...draft, name, track }, problems }
}
