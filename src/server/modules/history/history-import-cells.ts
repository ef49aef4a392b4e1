// Reading one spreadsheet cell of the history workbook: text, a year, a date (Excel date cells or
// dd/mm/yyyy text), a yes/no mark, a CCCD, a choice written as its code or its Vietnamese name.
// Pure: each parser gives the value or a Vietnamese message (without the column name).
import { validateCccd } from '../../../shared/people.ts'
import { foldAccents, normalizeText } from '../../../shared/vietnamese.ts'

/** A cell reduced to what the parsers need (formulas give their result, rich text its text). */
export type CellValue = string | number | boolean | Date | null

export type Parsed<T> = { value: T } | { error: string }

export const cellText = (value: CellValue | undefined): string => {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return normalizeText(String(value))
}

export function text(max: number) {
  return (cell: CellValue | undefined): Parsed<string | null> => {
    const value = cellText(cell) || null
    return value && value.length > max ? { error: `tối đa ${max} ký tự` } : { value }
  }
}

export function year(cell: CellValue | undefined): Parsed<number | null> {
  const raw = cellText(cell)
  if (!raw) return { value: null }
  if (!/^\d{4}$/.test(raw)) return { error: `"${raw}" không phải năm (4 chữ số)` }
  const value = Number(raw)
  return value < 1945 || value > 2100 ? { error: `năm ${value} ngoài khoảng 1945–2100` } : { value }
}

/** Excel date cells, or text as dd/mm/yyyy (also d-m-yyyy, d.m.yyyy) or yyyy-mm-dd; the day must exist. */
export function date(cell: CellValue | undefined): Parsed<string | null> {
  let iso: string
  if (cell instanceof Date) {
    iso = cell.toISOString().slice(0, 10) // exceljs gives date cells at UTC midnight
  } else {
    const raw = cellText(cell)
    if (!raw) return { value: null }
    const dayFirst = raw.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/)
    const yearFirst = raw.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/)
    const pad = (n: string) => n.padStart(2, '0')
    if (dayFirst) iso = `${dayFirst[3]}-${pad(dayFirst[2]!)}-${pad(dayFirst[1]!)}`
    else if (yearFirst) iso = `${yearFirst[1]}-${pad(yearFirst[2]!)}-${pad(yearFirst[3]!)}`
    else return { error: `"${raw}" không đúng dạng dd/mm/yyyy` }
  }
  const parsed = new Date(`${iso}T00:00:00Z`)
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso) return { error: `"${cellText(cell)}" không phải ngày có thật` }
  return { value: iso }
}

const YES = new Set(['x', 'co', '1', 'true'])
const NO = new Set(['', 'khong', '0', 'false'])

export function mark(cell: CellValue | undefined): Parsed<boolean> {
  const folded = foldAccents(cellText(cell))
  if (YES.has(folded)) return { value: true }
  if (NO.has(folded)) return { value: false }
  return { error: `"${cellText(cell)}" không hợp lệ; ghi "x" hoặc để trống` }
}

/** Text with spaces removed; a number cell gets back the leading zeros Excel dropped. */
export function cccd(cell: CellValue | undefined): Parsed<string | null> {
  const value = typeof cell === 'number' && Number.isInteger(cell) && cell > 0 && cell < 1e12 ? String(cell).padStart(12, '0') : cellText(cell).replace(/\s+/g, '') || null
  const problem = value ? validateCccd(value) : null
  return problem ? { error: problem } : { value }
}

/** A choice written as its code or as one of its Vietnamese names (accents and case ignored). */
export function choice<C extends string>(names: Record<C, readonly string[]>) {
  const lookup = new Map<string, C>()
  for (const [code, labels] of Object.entries(names) as [C, readonly string[]][]) {
    for (const label of [code, code.replace(/_/g, ' '), ...labels]) lookup.set(foldAccents(label), code)
  }
  const allowed = (Object.entries(names) as [C, readonly string[]][]).map(([code, labels]) => labels[0] ?? code).join(', ')
  return (cell: CellValue | undefined): Parsed<C | null> => {
    const raw = cellText(cell)
    if (!raw) return { value: null }
    const value = lookup.get(foldAccents(raw))
    return value ? { value } : { error: `"${raw}" không hợp lệ; ghi một trong: ${allowed}` }
  }
}
