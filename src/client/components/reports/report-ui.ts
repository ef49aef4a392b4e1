// The logic of the report pages, apart from the components: the shapes the API answers (the server's own types,
// imported as types only), the report form's values turned into the request's content and back, the problems the
// form shows as the user types, and the server's per-field messages placed on the form's rows.
import { REPORT_STATUSES, REPORT_STATUS_LABELS, resultProblems, type Narrative, type ReportContent, type ReportResult, type ReportStatus } from '../../../shared/reports.ts'
import type { PlanCriterion } from '../../../shared/reports-periods.ts'

export type { ReportDetail, ReportSummary } from '../../../server/modules/reports/report-view.ts'
export type { PlanPeriods } from '../../../server/modules/reports/list-periods.ts'
export type { MissingReports } from '../../../server/modules/reports/list-missing-reports.ts'
export type { CompiledReport, SavedNarrative } from '../../../server/modules/reports/compile-report.ts'
export type { MultiYearSummary } from '../../../server/modules/reports/multi-year-summary.ts'

export const REPORTS_KEY = ['reports'] as const

export const STATUS_OPTIONS = REPORT_STATUSES.map((s) => ({ value: s, label: REPORT_STATUS_LABELS[s] }))

export const STATUS_COLORS: Record<ReportStatus, string> = { draft: 'default', submitted: 'processing', returned: 'warning', accepted: 'success' }

/** The choice of a row that is the unit's own indicator rather than a criterion of the plan. */
export const OWN_INDICATOR = '__own__'

export interface PartRow { label?: string; value?: number | null }

/** A row of the form: a criterion of the plan (or the unit's own indicator, named), a figure with its parts, a text. */
export interface ResultRow {
  criterionKey: string
  criterion?: string
  measure?: string
  value?: number | null
  parts?: PartRow[]
  text?: string
}

export interface ReportFormValues {
  results: ResultRow[]
  sections: Narrative
  models?: string
  initiatives?: string
}

const lines = (text: string | undefined): string[] => (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean)
const blank = (text: string | undefined | null) => !text || text.trim() === ''

/** One empty row per criterion of the plan, for a report not yet filled in. */
export const emptyRows = (criteria: readonly PlanCriterion[]): ResultRow[] => criteria.map((c) => ({ criterionKey: c.key, parts: [] }))

export function toFormValues(content: ReportContent, criteria: readonly PlanCriterion[]): ReportFormValues {
  return {
    results: content.results.length > 0
      ? content.results.map((r) => ({
          criterionKey: r.criterionKey ?? OWN_INDICATOR, criterion: r.criterionKey ? undefined : r.criterion, measure: r.measure ?? undefined,
          value: r.value, parts: r.parts.map((p) => ({ ...p })), text: r.text ?? undefined,
        }))
      : emptyRows(criteria),
    sections: { ...content.sections },
    models: content.models.join('\n'),
    initiatives: content.initiatives.join('\n'),
  }
}

/** Whether a row says nothing at all (left out of what is sent). */
const emptyRow = (r: ResultRow) => (r.value === null || r.value === undefined) && (r.parts ?? []).every((p) => blank(p.label) && (p.value === null || p.value === undefined)) && blank(r.text) && blank(r.measure)

/** The form as the API takes it; `index` maps each result sent back to its row in the form (for the server's messages). */
export function toContent(values: ReportFormValues, criteria: readonly PlanCriterion[]): { content: ReportContent; index: number[] } {
  const index: number[] = []
  const results: ReportResult[] = []
  ;(values.results ?? []).forEach((row, i) => {
    if (emptyRow(row)) return
    const own = row.criterionKey === OWN_INDICATOR
    index.push(i)
    results.push({
      criterionKey: own ? null : row.criterionKey,
      criterion: own ? (row.criterion ?? '').trim() : (criteria.find((c) => c.key === row.criterionKey)?.text ?? ''),
      measure: blank(row.measure) ? null : row.measure!.trim(),
      value: row.value ?? null,
      parts: (row.parts ?? []).filter((p) => !blank(p.label) || (p.value !== null && p.value !== undefined)).map((p) => ({ label: (p.label ?? '').trim(), value: p.value ?? 0 })),
      text: blank(row.text) ? null : row.text!.trim(),
    })
  })
  const sections = Object.fromEntries(Object.entries(values.sections ?? {}).map(([k, v]) => [k, blank(v) ? null : (v as string).trim()])) as Narrative
  return { content: { results, sections, models: lines(values.models), initiatives: lines(values.initiatives) }, index }
}

/** Written out with the keys of every object in order, so that two contents compare whatever order the form gave. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v))

/** Whether two contents of a report say the same (what a save sent and what the form now holds). */
export const sameContent = (a: ReportContent, b: ReportContent): boolean => canonical(a) === canonical(b)

/**
 * Messages per form row ("results.3" → message): the problems of the figures as typed, then the server's
 * messages ("content.results.1.parts"), each put back on the row it came from.
 */
export function rowMessages(values: ReportFormValues, criteria: readonly PlanCriterion[], serverFields: Record<string, string>): Record<number, string[]> {
  const { content, index } = toContent(values, criteria)
  const messages: Record<number, string[]> = {}
  const add = (field: string, message: string) => {
    const match = /^(?:content\.)?results\.(\d+)/.exec(field)
    const row = match ? index[Number(match[1])] : undefined
    if (row === undefined) return
    messages[row] = [...(messages[row] ?? []).filter((m) => m !== message), message]
  }
  for (const [field, message] of Object.entries(resultProblems(content.results))) add(field, message)
  for (const [field, message] of Object.entries(serverFields)) add(field, message)
  return messages
}

/** "Hợp tác xã …" → shortened plan criterion for a select's option. */
export const shortCriterion = (text: string, max = 90) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`)
