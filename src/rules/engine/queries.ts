// Questions the evaluators ask of a history: the rating of a year, awards held, unused initiatives
// and achievements (each counts once — law.md B4, B5), the discipline periods.
import type { CatalogueCode } from '../catalogue/types.ts'
import { lastDayAfterMonths, minDate, yearEnd, yearStart } from '../dates.ts'
import type { AchievementRecord, AwardRecord, CollectiveYear, DisciplineRecord, InitiativeRecord, RatingRecord, SubjectHistory } from '../history.ts'
import type { RuleParameters } from '../parameters.ts'
import { levelAtLeast, type DateSpan, type Level, type Track } from '../types.ts'
import { achievementFact, initiativeFact, usedForFact } from './facts.ts'
import type { EvalContext } from './types.ts'

export const ratingIn = (s: SubjectHistory, year: number, track: Track = 'government'): RatingRecord | undefined =>
  s.ratings.find((r) => r.year === year && r.track === track)

/** Awards of these codes for regular achievement (công trạng) — the only ones that count towards merit chains. */
export const meritAwards = (s: SubjectHistory, codes: CatalogueCode[]): AwardRecord[] =>
  s.awards.filter((a) => codes.includes(a.code) && a.kind === 'cong_trang').sort((a, b) => a.year - b.year)

export const heldIn = (s: SubjectHistory, code: CatalogueCode, year: number): AwardRecord | undefined =>
  s.awards.find((a) => a.code === code && a.year === year && a.kind === 'cong_trang')

export const collectiveYear = (s: SubjectHistory, year: number): CollectiveYear | undefined => s.collectiveYears.find((c) => c.year === year)

/** The span of an evaluation's year, not past the decision date. */
export const yearSpan = (ctx: EvalContext, firstYear = ctx.year): DateSpan => ({ from: yearStart(firstYear), to: minDate(yearEnd(ctx.year), ctx.date) })

const isUsedElsewhere = (used: { code: CatalogueCode; year: number } | null, ctx: EvalContext) => used !== null && !(used.code === ctx.code && used.year === ctx.year)

interface Selection<T> {
  usable: T[]
  facts: string[]
}

/** Initiatives of these types recognised at `minLevel` or above inside the window, not used for another award. */
export function usableInitiatives(
  ctx: EvalContext,
  opts: { types: InitiativeRecord['type'][]; minLevel: Level; window: DateSpan; mustBeApplied: boolean },
): Selection<InitiativeRecord> {
  const usable: InitiativeRecord[] = []
  const facts: string[] = []
  for (const i of ctx.subject.initiatives.filter((x) => opts.types.includes(x.type))) {
    const problems = [
      !levelAtLeast(i.level, opts.minLevel) && 'cấp công nhận thấp hơn yêu cầu',
      (i.recognisedDate < opts.window.from || i.recognisedDate > opts.window.to) && 'ngoài thời gian xét',
      opts.mustBeApplied && !i.appliedEffectively && 'chưa xác nhận áp dụng hiệu quả',
      isUsedElsewhere(i.usedFor, ctx) && i.usedFor && `${usedForFact(i.usedFor)} — mỗi sáng kiến chỉ dùng một lần`,
    ].filter((p): p is string => typeof p === 'string')
    if (problems.length === 0) usable.push(i)
    facts.push(`${initiativeFact(i)}: ${problems.length === 0 ? 'được tính' : `không tính (${problems.join('; ')})`}`)
  }
  if (facts.length === 0) facts.push('Không có sáng kiến, đề tài, mưu trí nào được ghi nhận')
  return { usable, facts }
}

/** Achievements of these kinds at `minLevel` or above inside the window, not used for another award. */
export function usableAchievements(
  ctx: EvalContext,
  opts: { kinds: AchievementRecord['kind'][]; minLevel: Level; window: DateSpan },
): Selection<AchievementRecord> {
  const usable: AchievementRecord[] = []
  const facts: string[] = []
  const candidates = ctx.subject.achievements.filter((a) => opts.kinds.includes(a.kind) && (ctx.achievementId === undefined || a.id === ctx.achievementId))
  for (const a of candidates) {
    const problems = [
      !levelAtLeast(a.level, opts.minLevel) && 'phạm vi ảnh hưởng thấp hơn yêu cầu',
      (a.date < opts.window.from || a.date > opts.window.to) && 'ngoài thời gian xét',
      isUsedElsewhere(a.usedFor, ctx) && a.usedFor && `${usedForFact(a.usedFor)} — một thành tích không khen hai lần`,
    ].filter((p): p is string => typeof p === 'string')
    if (problems.length === 0) usable.push(a)
    facts.push(`${achievementFact(a)}: ${problems.length === 0 ? 'được tính' : `không tính (${problems.join('; ')})`}`)
  }
  if (facts.length === 0) facts.push('Không có thành tích phù hợp được ghi nhận')
  return { usable, facts }
}

interface DisciplineSpan {
  record: DisciplineRecord
  from: string
  /** Last day of the discipline period; null: indefinite. */
  to: string | null
  /** The end date was computed from the usual length of the form (❓). */
  computed: boolean
}

/** Each discipline record as a period, its end computed from the form's usual length when not recorded. */
export function disciplineSpans(s: SubjectHistory, params: RuleParameters): DisciplineSpan[] {
  return s.discipline.map((record) => {
    if (record.endDate) return { record, from: record.startDate, to: record.endDate, computed: false }
    const months = params.disciplineMonths.value[record.form]
    return { record, from: record.startDate, to: months ? lastDayAfterMonths(record.startDate, months) : null, computed: true }
  })
}
