// Short builders for worked-case histories: a civil servant with a clean record, ratings by year,
// the unit's assessments, titles held.
import type { CatalogueCode } from '../catalogue/types.ts'
import type { SubjectHistoryInput } from '../history.ts'
import type { JudgementKey } from '../judgements.ts'
import type { CommendationKind, Rating } from '../types.ts'

type Ratings = NonNullable<SubjectHistoryInput['ratings']>
type Awards = NonNullable<SubjectHistoryInput['awards']>
type Assessments = NonNullable<SubjectHistoryInput['assessments']>

/** A commune civil servant born 1986, recruited 2012, with no record yet. */
export function staff(over: Partial<SubjectHistoryInput> = {}): SubjectHistoryInput {
  return { kind: 'individual', id: 'cb-01', name: 'Nguyễn Thị Lan', birthDate: '1986-04-12', recruitmentDate: '2012-08-15', employment: 'state', ...over }
}

/** A unit (collective) founded 2000. */
export function unit(over: Partial<SubjectHistoryInput> = {}): SubjectHistoryInput {
  return { kind: 'collective', id: 'tt-01', name: 'Trường Tiểu học Bình Thành', establishedDate: '2000-09-01', ...over }
}

/** A household of xóm Đồng Tâm. */
export function household(over: Partial<SubjectHistoryInput> = {}): SubjectHistoryInput {
  return { kind: 'household', id: 'hgd-01', name: 'Hộ ông Trần Văn Bình', ...over }
}

/** { 2024: 'HTTNV', 2025: 'HTXSNV' } → rating records. */
export function rated(byYear: Record<number, Rating>, track: 'government' | 'party' = 'government'): Ratings {
  return Object.entries(byYear).map(([year, rating]) => ({ year: Number(year), rating, track }))
}

/** The same rating for every year from `first` to `last`. */
export function ratedFrom(first: number, last: number, rating: Rating, track: 'government' | 'party' = 'government'): Ratings {
  return Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, rating, track }))
}

/** The unit's assessment of these qualitative standards for the year. */
export function judged(year: number, keys: JudgementKey[], met = true): Assessments {
  return keys.map((key) => ({ year, key, met }))
}

/** The LĐTT spirit standard (tự lực, đoàn kết, thi đua) met in each year. */
export function spirit(...years: number[]): Assessments {
  return years.flatMap((y) => judged(y, ['TU_LUC_DOAN_KET', 'THI_DUA']))
}

/** A title or form held for each year (công trạng unless said otherwise). */
export function held(code: CatalogueCode, years: number[], kind: CommendationKind = 'cong_trang'): Awards {
  return years.map((year) => ({ code, year, kind, decisionNumber: `${100 + (year % 100)}/QĐ-UBND`, date: `${year}-12-20` }))
}
