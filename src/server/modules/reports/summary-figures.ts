// The tables of a multi-year summary (tổng kết 5 năm, seed 002: "báo cáo tổng kết phong trào thi đua và công tác
// khen thưởng 5 năm qua (2020 - 2025)"), from the registry's counts per year: commendation forms and emulation
// titles per year, awards per kind of subject per year, and the shares going to women and to direct workers —
// the plans ask to raise them (seed 003 §V.4: "nâng cao tỷ lệ khen thưởng … cho tập thể nhỏ, công nhân, nông
// dân…"; women are preferred when tied, ND 152/2025 Điều 4(6), law.md B7). Pure.
import { CATALOGUE, CATALOGUE_CODES, type CatalogueCode, type SubjectKind } from '../../../rules/index.ts'
import { foldAccents } from '../../../shared/vietnamese.ts'
import { formName, noneByKind, type ByKind } from './compiled-figures.ts'
import type { YearAwardCount } from './figures.repository.ts'

export interface YearRow {
  code: string | null
  name: string
  perYear: number[]
  total: number
}

export interface YearTable {
  rows: YearRow[]
  /** Column totals, one per year, then the grand total. */
  perYear: number[]
  total: number
}

/** Titles (danh hiệu thi đua) or forms (hình thức khen thưởng; a row outside the catalogue counts as a form as written). Party quality ratings are neither. */
export const categoryOf = (code: string | null): 'title' | 'form' | 'rating' => (code ? (CATALOGUE[code as CatalogueCode]?.category ?? 'form') : 'form')

const rank = (code: string | null) => {
  const i = CATALOGUE_CODES.indexOf(code as CatalogueCode)
  return i < 0 ? CATALOGUE_CODES.length : i
}

export function yearTable(rows: readonly YearAwardCount[], years: readonly number[], category: 'title' | 'form'): YearTable {
  const byName = new Map<string, YearRow>()
  for (const row of rows) {
    if (categoryOf(row.code) !== category) continue
    const name = formName(row)
    const key = row.code ?? `name:${foldAccents(name)}`
    const entry = byName.get(key) ?? { code: row.code, name, perYear: years.map(() => 0), total: 0 }
    entry.perYear[years.indexOf(row.year)]! += row.count
    entry.total += row.count
    byName.set(key, entry)
  }
  const sorted = [...byName.values()].sort((a, b) => rank(a.code) - rank(b.code) || a.name.localeCompare(b.name, 'vi'))
  return { rows: sorted, perYear: years.map((_, i) => sorted.reduce((sum, r) => sum + r.perYear[i]!, 0)), total: sorted.reduce((sum, r) => sum + r.total, 0) }
}

export interface KindYear {
  year: number
  byKind: ByKind
  total: number
}

/** Every award (titles and forms, not ratings) per year and kind of subject. */
export function kindsByYear(rows: readonly YearAwardCount[], years: readonly number[]): KindYear[] {
  return years.map((year) => {
    const byKind = noneByKind()
    for (const row of rows) if (row.year === year && categoryOf(row.code) !== 'rating') byKind[row.subjectKind as SubjectKind] += row.count
    return { year, byKind, total: byKind.individual + byKind.collective + byKind.household }
  })
}

export interface IndividualShares {
  individuals: number
  women: number
  directWorkers: number
  /** Percentages with one decimal; null when no individual was awarded. */
  womenShare: number | null
  directWorkerShare: number | null
}

const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10)

export function individualShares(rows: readonly YearAwardCount[]): IndividualShares {
  const counted = rows.filter((r) => r.subjectKind === 'individual' && categoryOf(r.code) !== 'rating')
  const individuals = counted.reduce((s, r) => s + r.count, 0)
  const women = counted.reduce((s, r) => s + r.women, 0)
  const directWorkers = counted.reduce((s, r) => s + r.directWorkers, 0)
  return { individuals, women, directWorkers, womenShare: share(women, individuals), directWorkerShare: share(directWorkers, individuals) }
}
