// Turns the rows of the history workbook into records: each cell parsed (lỗi theo ô), the person found by
// CCCD, else by full name and birth date, each record checked against that person like the API checks it,
// a rating repeated in the file or already stored flagged, a possible duplicate award warned about.
// Pure: the people and the stored records come in as arguments.
import { CATALOGUE, CATALOGUE_CODES, type CatalogueCode } from '../../../rules/index.ts'
import { viDate } from '../../../rules/dates.ts'
import { foldAccents } from '../../../shared/vietnamese.ts'
import { resolveAward, type AwardDraft } from '../registry/award-rules.ts'
import { duplicateWarnings, type RegistryRow } from '../registry/registry-duplicates.ts'
import { HISTORY_SPECS, mergeFields, type RecordFields } from './history-kinds.ts'
import { recordProblems, recruitmentProblems } from './record-checks.ts'
import { HISTORY_SHEETS, type ColumnSpec, type ImportSheet, type SheetRow } from './history-xlsx.ts'
import type { Subject } from './subjects.repository.ts'

export interface ImportRowError {
  /** The column header, e.g. "Số CCCD". */
  column: string
  message: string
}

export interface HistoryImportRow {
  sheet: ImportSheet
  row: number
  identity: { fullName: string | null; birthDate: string | null; cccd: string | null }
  /** The person the row was matched to. */
  subject: { id: string; name: string } | null
  /** The record to store: the kind's fields (ratings, initiatives, discipline) or the registry row's fields (awards). */
  values: RecordFields
  /** Ratings sheet: the recruitment date written on the row. */
  recruitedOn: string | null
  errors: ImportRowError[]
  /** Possible duplicates (awards): shown, never blocking. */
  warnings: string[]
}

const columnsOf = (sheet: ImportSheet) => HISTORY_SHEETS[sheet].columns as Record<string, ColumnSpec>
const headerOf = (sheet: ImportSheet, key: string) => columnsOf(sheet)[key]?.header ?? columnsOf(sheet).fullName!.header
const fail = (row: HistoryImportRow, key: string, message: string) => row.errors.push({ column: headerOf(row.sheet, key), message })

/** Request fields whose column has another name. */
const COLUMN_OF_FIELD: Record<string, string> = { subjectId: 'fullName', usedFor: 'usedForCode' }

/** Names compared without accents, "UBND" read as "Ủy ban nhân dân". */
const nameKey = (name: string) => foldAccents(name).replace(/\bubnd\b/g, 'uy ban nhan dan')
const CATALOGUE_BY_NAME = new Map<string, CatalogueCode>(CATALOGUE_CODES.flatMap((code) => [[nameKey(CATALOGUE[code].name), code] as const, [nameKey(CATALOGUE[code].short), code] as const]))

/** Parses every cell of a row; the values are keyed by column. */
export function parseSheetRow(sheet: ImportSheet, sheetRow: SheetRow): HistoryImportRow & { cells: RecordFields } {
  const row: HistoryImportRow & { cells: RecordFields } = {
    sheet, row: sheetRow.row, identity: { fullName: null, birthDate: null, cccd: null }, subject: null, values: {}, recruitedOn: null, errors: [], warnings: [], cells: {},
  }
  for (const [key, spec] of Object.entries(columnsOf(sheet))) {
    const parsed = spec.parse(sheetRow.cells[key] ?? null)
    if ('error' in parsed) fail(row, key, `${spec.header}: ${parsed.error}`)
    row.cells[key] = 'value' in parsed ? parsed.value : null
  }
  const c = row.cells
  row.identity = { fullName: c.fullName as string | null, birthDate: c.birthDate as string | null, cccd: c.cccd as string | null }
  if (sheet === 'ratings') {
    row.values = { year: c.year, rating: c.rating, track: c.track ?? 'government' }
    row.recruitedOn = c.recruitedOn as string | null
  } else if (sheet === 'initiatives') {
    if ((c.usedForCode === null) !== (c.usedForYear === null)) fail(row, c.usedForCode === null ? 'usedForCode' : 'usedForYear', 'Đã dùng để xét: cần ghi cả mã danh hiệu và năm')
    row.values = mergeFields(HISTORY_SPECS.initiatives, HISTORY_SPECS.initiatives.defaults, {
      title: c.title, type: c.type, level: c.level, recognisedDate: c.recognisedDate, appliedEffectively: c.appliedEffectively,
      usedFor: c.usedForCode && c.usedForYear ? { code: c.usedForCode, year: c.usedForYear } : null,
    })
  } else if (sheet === 'discipline') {
    row.values = mergeFields(HISTORY_SPECS.discipline, HISTORY_SPECS.discipline.defaults, { form: c.form, track: c.track ?? 'government', startDate: c.startDate, endDate: c.endDate, decisionNumber: c.decisionNumber })
  } else {
    const named = c.name ? CATALOGUE_BY_NAME.get(nameKey(c.name as string)) : undefined
    row.values = {
      code: c.code ?? named ?? null, name: c.name, track: c.track, level: c.level, year: c.year, decisionNumber: c.decisionNumber, decisionDate: c.decisionDate,
      decisionIssuer: c.decisionIssuer, kind: c.kind ?? 'cong_trang', campaignId: null, achievement: c.achievement,
    }
  }
  return row
}

/** People of the caller's subtree, indexed by CCCD and by folded name and birth date. */
export function indexPeople(people: readonly Subject[]) {
  const byCccd = new Map(people.filter((p) => p.cccd).map((p) => [p.cccd!, p]))
  const byNameBirth = new Map<string, Subject[]>()
  for (const p of people) {
    if (!p.birthDate) continue
    const key = `${foldAccents(p.name)}|${p.birthDate}`
    byNameBirth.set(key, [...(byNameBirth.get(key) ?? []), p])
  }
  return { byCccd, byNameBirth }
}

/** Finds the row's person: by CCCD, else by full name and birth date; else an error on the row. */
export function matchSubject(row: HistoryImportRow, people: ReturnType<typeof indexPeople>): Subject | null {
  const { fullName, birthDate, cccd } = row.identity
  if (!fullName || row.errors.some((e) => e.column === headerOf(row.sheet, 'cccd') || e.column === headerOf(row.sheet, 'birthDate'))) return null
  if (cccd) {
    const found = people.byCccd.get(cccd)
    if (!found) fail(row, 'cccd', `Số CCCD: không có cá nhân mang số ${cccd} trong phạm vi quản lý của bạn`)
    else if (foldAccents(found.name) !== foldAccents(fullName)) fail(row, 'fullName', `Họ và tên: số CCCD ${cccd} là của «${found.name}», không phải «${fullName}»`)
    else if (birthDate && found.birthDate && birthDate !== found.birthDate) fail(row, 'birthDate', `Ngày sinh: «${found.name}» (số CCCD ${cccd}) sinh ngày ${viDate(found.birthDate)}, không phải ${viDate(birthDate)}`)
    else return found
    return null
  }
  if (!birthDate) {
    fail(row, 'cccd', 'Số CCCD: cần Số CCCD, hoặc Ngày sinh cùng Họ và tên, để xác định cá nhân')
    return null
  }
  const found = people.byNameBirth.get(`${foldAccents(fullName)}|${birthDate}`) ?? []
  if (found.length === 1) return found[0]!
  fail(row, 'fullName', found.length === 0
    ? `Họ và tên: không tìm thấy «${fullName}» sinh ngày ${viDate(birthDate)} trong phạm vi quản lý của bạn`
    : `Họ và tên: có ${found.length} người «${fullName}» sinh ngày ${viDate(birthDate)}; hãy ghi thêm Số CCCD`)
  return null
}

export interface StoredContext {
  today: string
  /** The ratings already stored, by person. */
  storedRatings: ReadonlyMap<string, readonly RecordFields[]>
  /** Registry rows already stored for the matched people. */
  storedAwards: readonly RegistryRow[]
}

export const ratingKey = (personId: string, v: RecordFields) => `${personId}|${String(v.track)}|${String(v.year)}`

/** Checks every parsed row against its person and the rest of the file. */
export function checkRows(rows: HistoryImportRow[], subjects: ReadonlyMap<HistoryImportRow, Subject>, stored: StoredContext): void {
  // The recruitment date a ratings row gives holds for all the person's rows; two different ones are an error.
  const recruited = new Map<string, { date: string; row: number }>()
  for (const row of rows.filter((r) => r.sheet === 'ratings' && r.recruitedOn)) {
    const person = subjects.get(row)
    if (!person) continue
    const first = recruited.get(person.id)
    if (first && first.date !== row.recruitedOn) fail(row, 'recruitedOn', `Ngày tuyển dụng: khác với dòng ${first.row} (${viDate(first.date)})`)
    else if (!first) {
      const ratings = (stored.storedRatings.get(person.id) ?? []).map((r) => HISTORY_SPECS.ratings.toEngine('', r))
      const problems = recruitmentProblems(person, row.recruitedOn!, ratings, stored.today)
      if (problems.length > 0) fail(row, 'recruitedOn', `Ngày tuyển dụng: ${problems.join('; ')}`)
      else recruited.set(person.id, { date: row.recruitedOn!, row: row.row })
    }
  }
  const ratingRows = new Map<string, HistoryImportRow[]>()
  const fileAwards: RegistryRow[] = []
  for (const row of rows) {
    const person = subjects.get(row)
    if (!person) continue
    const problem = (field: string, message: string) => fail(row, COLUMN_OF_FIELD[field] ?? field, `${headerOf(row.sheet, COLUMN_OF_FIELD[field] ?? field)}: ${message}`)
    if (row.errors.length > 0) continue
    if (row.sheet === 'awards') {
      const { award, problems } = resolveAward(row.values as unknown as AwardDraft, person, stored.today)
      for (const [field, message] of Object.entries(problems)) problem(field, message)
      row.values = { ...award }
      const candidate: RegistryRow = { ...award, id: `dong-${row.row}`, subjectKind: 'individual', subjectId: person.id, subjectName: person.name, subjectBirthDate: person.birthDate, subjectCccd: person.cccd }
      row.warnings = duplicateWarnings(candidate, [...stored.storedAwards, ...fileAwards]).map((w) => w.message)
      if (Object.keys(problems).length === 0) fileAwards.push(candidate)
      continue
    }
    const spec = HISTORY_SPECS[row.sheet]
    const facts = { kind: person.kind, birthDate: person.birthDate, recruitedOn: recruited.get(person.id)?.date ?? person.recruitedOn }
    for (const [field, message] of Object.entries(recordProblems(spec, facts, row.values, stored.today))) problem(field, message)
    if (row.sheet === 'ratings') {
      const key = ratingKey(person.id, row.values)
      if ((stored.storedRatings.get(person.id) ?? []).some((r) => ratingKey(person.id, r) === key)) problem('year', `đã có kết quả xếp loại năm ${String(row.values.year)} của ${person.name}`)
      ratingRows.set(key, [...(ratingRows.get(key) ?? []), row])
    }
  }
  for (const same of ratingRows.values()) {
    if (same.length < 2) continue
    for (const row of same) fail(row, 'year', `Năm: xếp loại năm ${String(row.values.year)} của cùng người bị trùng với dòng ${same.filter((r) => r !== row).map((r) => r.row).join(', ')} trong tệp`)
  }
}
