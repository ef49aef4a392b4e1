// Turns raw spreadsheet cells into typed person rows with per-cell errors (lỗi theo ô),
// and flags CCCD numbers repeated in the file or already taken. No database here.
import { cccdMatchesPerson, PERSON_CATEGORIES, PERSON_CATEGORY_CODES, SEXES, validateBirthDate, type PersonCategory, type Sex } from '../../../shared/people.ts'
import { foldAccents, normalizeText } from '../../../shared/vietnamese.ts'
import { PEOPLE_COLUMNS, type CellValue, type PeopleColumn, type SheetRow } from './people-xlsx.ts'

export interface ImportRowValues {
  fullName: string | null
  birthDate: string | null
  sex: Sex | null
  cccd: string | null
  position: string | null
  organizationName: string | null
  organizationId: string | null
  category: PersonCategory | null
  directWorker: boolean
}

export interface ImportRowError {
  /** The column header, e.g. "Số CCCD". */
  column: string
  message: string
}

export interface ImportRow {
  row: number
  values: ImportRowValues
  errors: ImportRowError[]
}

export interface OrganizationRef {
  id: string
  name: string
}

export interface RowContext {
  /** Used when the "Đơn vị" cell is blank. */
  defaultOrganization: OrganizationRef
  /** Organizations in the caller's subtree by folded name (several when names repeat). */
  organizationsByName: Map<string, OrganizationRef[]>
  today?: string
}

const MAX_TEXT = 200
const SEX_BY_FOLD = new Map(Object.entries(SEXES).map(([code, label]) => [foldAccents(label), code as Sex]))
const CATEGORY_BY_FOLD = new Map<string, PersonCategory>(
  PERSON_CATEGORY_CODES.flatMap((code) => [[foldAccents(PERSON_CATEGORIES[code]), code] as const, [code.replace(/_/g, ' '), code] as const]),
)
const TRUE_WORDS = new Set(['x', 'co', '1', 'true'])
const FALSE_WORDS = new Set(['', 'khong', '0', 'false'])

const text = (value: CellValue | undefined): string => {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return normalizeText(String(value))
}

export function groupOrganizationsByName(organizations: OrganizationRef[]): Map<string, OrganizationRef[]> {
  const byName = new Map<string, OrganizationRef[]>()
  for (const org of organizations) {
    const key = foldAccents(org.name)
    byName.set(key, [...(byName.get(key) ?? []), { id: org.id, name: org.name }])
  }
  return byName
}

/** Parses one data row; every problem is reported against its column. */
export function parsePersonRow(sheetRow: SheetRow, context: RowContext): ImportRow {
  const errors: ImportRowError[] = []
  const fail = (column: PeopleColumn, message: string) => errors.push({ column: PEOPLE_COLUMNS[column].header, message })
  const cells = sheetRow.cells

  const fullName = text(cells.fullName) || null
  if (!fullName) fail('fullName', 'Họ và tên là bắt buộc')
  else if (fullName.length > MAX_TEXT) fail('fullName', `Họ và tên tối đa ${MAX_TEXT} ký tự`)

  const birthDate = parseBirthDate(cells.birthDate, context.today, (message) => fail('birthDate', message))

  const sexText = text(cells.sex)
  const sex = SEX_BY_FOLD.get(foldAccents(sexText)) ?? null
  if (!sex) fail('sex', sexText ? `Giới tính "${sexText}" không hợp lệ; ghi Nam hoặc Nữ` : 'Giới tính là bắt buộc (Nam hoặc Nữ)')

  const cccd = parseCccd(cells.cccd)
  const cccdProblem = cccd ? cccdMatchesPerson(cccd, { birthDate, sex }) : null
  if (cccdProblem) fail('cccd', `Số CCCD ${cccdProblem}`)

  const position = text(cells.position) || null
  if (position && position.length > MAX_TEXT) fail('position', `Chức vụ tối đa ${MAX_TEXT} ký tự`)

  const organization = resolveOrganization(text(cells.organizationName), context, (message) => fail('organizationName', message))

  const categoryText = text(cells.category)
  const category = CATEGORY_BY_FOLD.get(foldAccents(categoryText).replace(/_/g, ' ')) ?? null
  if (!category) {
    const allowed = Object.values(PERSON_CATEGORIES).join(', ')
    fail('category', categoryText ? `Đối tượng "${categoryText}" không hợp lệ; ghi một trong: ${allowed}` : `Đối tượng là bắt buộc (${allowed})`)
  }

  const workerText = text(cells.directWorker)
  const workerFold = foldAccents(workerText)
  if (!TRUE_WORDS.has(workerFold) && !FALSE_WORDS.has(workerFold)) fail('directWorker', `Lao động trực tiếp "${workerText}" không hợp lệ; ghi "x" hoặc để trống`)

  return {
    row: sheetRow.row,
    values: {
      fullName,
      birthDate,
      sex,
      cccd,
      position,
      organizationName: organization.name,
      organizationId: organization.id,
      category,
      directWorker: TRUE_WORDS.has(workerFold),
    },
    errors,
  }
}

/** Excel date cells, or text as dd/mm/yyyy (also d-m-yyyy, d.m.yyyy) or yyyy-mm-dd. */
function parseBirthDate(value: CellValue | undefined, today: string | undefined, fail: (message: string) => void): string | null {
  let iso: string | null = null
  if (value instanceof Date) {
    iso = value.toISOString().slice(0, 10) // exceljs gives date cells at UTC midnight
  } else {
    const raw = text(value)
    if (!raw) return null
    const dayFirst = raw.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/)
    const yearFirst = raw.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/)
    const pad = (n: string) => n.padStart(2, '0')
    if (dayFirst) iso = `${dayFirst[3]}-${pad(dayFirst[2]!)}-${pad(dayFirst[1]!)}`
    else if (yearFirst) iso = `${yearFirst[1]}-${pad(yearFirst[2]!)}-${pad(yearFirst[3]!)}`
    else {
      fail(`Ngày sinh "${raw}" không đúng dạng dd/mm/yyyy`)
      return null
    }
  }
  const problem = validateBirthDate(iso, today)
  if (problem) {
    fail(`Ngày sinh ${problem}`)
    return null
  }
  return iso
}

/** Text with spaces removed; a number cell gets back the leading zeros Excel dropped. */
function parseCccd(value: CellValue | undefined): string | null {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 1e12) return String(value).padStart(12, '0')
  return text(value).replace(/\s+/g, '') || null
}

function resolveOrganization(name: string, context: RowContext, fail: (message: string) => void): { id: string | null; name: string | null } {
  if (!name) return context.defaultOrganization
  const matches = context.organizationsByName.get(foldAccents(name)) ?? []
  if (matches.length === 1) return matches[0]!
  fail(
    matches.length === 0
      ? `Đơn vị "${name}" không có trong phạm vi quản lý của bạn`
      : `Có ${matches.length} đơn vị cùng tên "${name}" trong phạm vi của bạn; hãy để trống cột Đơn vị và chọn đơn vị khi tải tệp lên`,
  )
  return { id: null, name }
}

/** Flags every row whose CCCD appears more than once in the file, naming the other rows. */
export function flagDuplicateCccds(rows: ImportRow[]): void {
  const rowsByCccd = new Map<string, ImportRow[]>()
  for (const row of rows) {
    const cccd = row.values.cccd
    if (cccd) rowsByCccd.set(cccd, [...(rowsByCccd.get(cccd) ?? []), row])
  }
  for (const [cccd, same] of rowsByCccd) {
    if (same.length < 2) continue
    for (const row of same) {
      const others = same.filter((r) => r !== row).map((r) => r.row)
      row.errors.push({ column: PEOPLE_COLUMNS.cccd.header, message: `Số CCCD ${cccd} bị trùng với dòng ${others.join(', ')} trong tệp` })
    }
  }
}

/** Flags rows whose CCCD is already used by someone in the database. */
export function flagTakenCccds(rows: ImportRow[], taken: ReadonlySet<string>): void {
  for (const row of rows) {
    if (row.values.cccd && taken.has(row.values.cccd)) {
      row.errors.push({ column: PEOPLE_COLUMNS.cccd.header, message: `Số CCCD ${row.values.cccd} đã được dùng cho người khác` })
    }
  }
}
