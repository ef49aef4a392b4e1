// The tables of a level's compiled report, from plain rows: which units' reports count (a level's accepted report
// already covers its subtree, so the reports below it are not counted again), each criterion's figures summed over
// them with the units that reported, the registrations totalled per title, and the awards per form and kind of
// subject. Pure.
import { CATALOGUE, CATALOGUE_CODES, type CatalogueCode, type SubjectKind } from '../../../rules/index.ts'
import { sumFigures, type ReportContent, type ResultPart } from '../../../shared/reports.ts'
import { foldAccents } from '../../../shared/vietnamese.ts'
import type { ApprovedRegistration, AwardCount } from './figures.repository.ts'

export interface CountedReport {
  organizationId: string
  organizationName: string
  organizationPath: string
  content: ReportContent
}

/**
 * The reports that count: those whose unit has no ancestor among the other reporting units. Paths end with '/', so
 * a unit's ancestors are the prefixes of its path that end with '/' (one look-up each, not a scan of every report).
 */
export function topmostReports<R extends Pick<CountedReport, 'organizationPath'>>(reports: readonly R[]): R[] {
  const reporting = new Set(reports.map((r) => r.organizationPath))
  const underReportingUnit = (path: string) => {
    for (let end = path.indexOf('/'); end >= 0 && end < path.length - 1; end = path.indexOf('/', end + 1)) {
      if (reporting.has(path.slice(0, end + 1))) return true
    }
    return false
  }
  return reports.filter((r) => !underReportingUnit(r.organizationPath))
}

export interface CriterionTotal {
  criterionKey: string | null
  criterion: string
  measure: string | null
  /** The sum of the units' figures; null when no unit gave one. */
  total: number | null
  parts: ResultPart[]
  /** The units that reported on it, in report order. */
  units: string[]
  /** What the units wrote about it. */
  texts: { unit: string; text: string }[]
}

/**
 * Each criterion (and each of the units' own indicators, matched by name without accents) per measure, summed
 * over the reports; the plan's criteria first in the plan's order, then the units' own indicators.
 */
export function totalResults(reports: readonly CountedReport[], criterionOrder: readonly string[]): CriterionTotal[] {
  const totals = new Map<string, { total: CriterionTotal; units: Set<string>; parts: Map<string, ResultPart> }>()
  const folded = new Map<string, string>()
  const fold = (text: string) => {
    let f = folded.get(text)
    if (f === undefined) folded.set(text, (f = foldAccents(text)))
    return f
  }
  for (const report of reports) {
    for (const r of report.content.results) {
      const key = `${r.criterionKey ?? `own:${fold(r.criterion)}`}|${fold(r.measure ?? '')}`
      let entry = totals.get(key)
      if (!entry) {
        entry = { total: { criterionKey: r.criterionKey, criterion: r.criterion, measure: r.measure, total: null, parts: [], units: [], texts: [] }, units: new Set(), parts: new Map() }
        totals.set(key, entry)
      }
      const { total } = entry
      if (r.value !== null) total.total = sumFigures([total.total ?? 0, r.value])
      for (const part of r.parts) {
        const same = entry.parts.get(fold(part.label))
        if (same) same.value = sumFigures([same.value, part.value])
        else {
          const added = { ...part }
          total.parts.push(added)
          entry.parts.set(fold(part.label), added)
        }
      }
      if (!entry.units.has(report.organizationName)) {
        entry.units.add(report.organizationName)
        total.units.push(report.organizationName)
      }
      if (r.text) total.texts.push({ unit: report.organizationName, text: r.text })
    }
  }
  const rank = (t: CriterionTotal) => (t.criterionKey === null ? criterionOrder.length : Math.max(0, criterionOrder.indexOf(t.criterionKey)))
  return [...totals.values()].map(({ total: t }, i) => ({ t, i })).sort((a, b) => rank(a.t) - rank(b.t) || a.i - b.i).map(({ t }) => t)
}

export interface RegistrationTotal {
  code: string
  name: string
  /** Collectives registering it for themselves, and members registered for it. */
  units: number
  members: number
}

/** Registrations per title or form, in catalogue order; and how many units registered at all. */
export function totalRegistrations(registrations: readonly ApprovedRegistration[]): { units: number; targets: RegistrationTotal[] } {
  const totals = new Map<string, RegistrationTotal>()
  for (const r of registrations) {
    for (const t of r.targets) {
      const total = totals.get(t.code) ?? { code: t.code, name: CATALOGUE[t.code as CatalogueCode]?.name ?? t.code, units: 0, members: 0 }
      if (t.scope === 'unit') total.units += t.count
      else total.members += t.count
      totals.set(t.code, total)
    }
  }
  return { units: new Set(registrations.map((r) => r.organizationId)).size, targets: [...totals.values()].sort((a, b) => catalogueRank(a.code) - catalogueRank(b.code)) }
}

const catalogueRank = (code: string | null) => {
  const i = CATALOGUE_CODES.indexOf(code as CatalogueCode)
  return i < 0 ? CATALOGUE_CODES.length : i
}

/** The name a form is counted under: the catalogue's for a catalogue code, else as written. */
export const formName = (row: Pick<AwardCount, 'code' | 'name'>) => (row.code && CATALOGUE[row.code as CatalogueCode]?.name) || row.name

export type ByKind = Record<SubjectKind, number>

export interface AwardFormRow {
  code: string | null
  name: string
  byKind: ByKind
  total: number
}

export const noneByKind = (): ByKind => ({ individual: 0, collective: 0, household: 0 })

/** Awards per form (catalogue order, then the forms outside the catalogue by name) and kind of subject, with a total row's worth of figures. */
export function awardsByForm(rows: readonly AwardCount[]): AwardFormRow[] {
  const forms = new Map<string, AwardFormRow>()
  for (const row of rows) {
    const name = formName(row)
    const key = row.code ?? `name:${foldAccents(name)}`
    const form = forms.get(key) ?? { code: row.code, name, byKind: noneByKind(), total: 0 }
    form.byKind[row.subjectKind] += row.count
    form.total += row.count
    forms.set(key, form)
  }
  return [...forms.values()].sort((a, b) => catalogueRank(a.code) - catalogueRank(b.code) || a.name.localeCompare(b.name, 'vi'))
}

/** The column totals of a table of forms. */
export function sumByKind(rows: readonly { byKind: ByKind }[]): ByKind {
  const sum = noneByKind()
  for (const r of rows) for (const kind of Object.keys(sum) as SubjectKind[]) sum[kind] += r.byKind[kind]
  return sum
}
