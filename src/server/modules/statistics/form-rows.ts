// The rows of a statistical form as printed, from the database's counts: the form's fixed rows in their order
// (zero where nothing was counted), or for the form-by-form table one row per title or form found, in catalogue
// order under its category; and the grand total. Pure.
import type { StatisticsForm } from '../../../shared/statistics-forms.ts'
import { awardLabel, compareAwards } from './award-labels.ts'
import type { FormCells } from './statistics-forms.repository.ts'

export type TableRow = { kind: 'section'; label: string } | { kind: 'data'; number: number; label: string; cells: number[] }

export interface FormTable {
  rows: TableRow[]
  total: number[]
}

export function formTable(form: StatisticsForm, counted: readonly FormCells[]): FormTable {
  const zeros = form.columns.map(() => 0)
  const total = counted.find((c) => c.total)?.cells ?? zeros
  const found = counted.filter((c) => !c.total)
  const rows: TableRow[] = []
  let number = 0
  if (form.source === 'awards' && form.rowBy === 'form') {
    const labelled = found.map((c) => ({ code: c.key, ...awardLabel(c.key, c.name), cells: c.cells })).sort(compareAwards)
    for (const row of labelled) {
      if (rows.findLast((r) => r.kind === 'section')?.label !== row.category) rows.push({ kind: 'section', label: row.category })
      rows.push({ kind: 'data', number: ++number, label: row.name, cells: row.cells })
    }
    return { rows, total }
  }
  for (const fixed of form.rows) {
    rows.push({ kind: 'data', number: ++number, label: fixed.label, cells: found.find((c) => c.key === fixed.key)?.cells ?? zeros })
  }
  // A value the form does not list (a kind added later) still shows, so the rows add up to the total.
  for (const extra of found.filter((c) => !form.rows.some((r) => r.key === c.key))) {
    rows.push({ kind: 'data', number: ++number, label: extra.key ?? 'Không xác định', cells: extra.cells })
  }
  return { rows, total }
}
