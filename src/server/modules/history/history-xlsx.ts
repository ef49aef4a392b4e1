// The history workbook (bảng tính nhập lịch sử thi đua, khen thưởng): one sheet per kind — "Xếp loại",
// "Danh hiệu - Khen thưởng", "Sáng kiến", "Kỷ luật" — each with the person's identity columns and its own;
// reading the sheets present into raw cells, and the downloadable template. No database here.
import ExcelJS from 'exceljs'
import { CATALOGUE_CODES, type CatalogueCode } from '../../../rules/index.ts'
import { COMMENDATION_KINDS, DISCIPLINE_FORMS, RATINGS } from '../../../rules/types.ts'
import { foldAccents } from '../../../shared/vietnamese.ts'
import { AppError } from '../../http/errors.ts'
import { AWARD_LEVELS } from '../registry/registry.repository.ts'
import { cccd, cellText, choice, date, mark, text, year, type CellValue, type Parsed } from './history-import-cells.ts'

export const IMPORT_MAX_ROWS = 5000
export const TEMPLATE_FILE_NAME = 'mau-nhap-lich-su-thi-dua-khen-thuong.xlsx'
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export interface ColumnSpec {
  header: string
  aliases: readonly string[]
  required: boolean
  hint: string
  parse: (cell: CellValue | undefined) => Parsed<unknown>
}

const column = (header: string, parse: ColumnSpec['parse'], hint: string, options: { required?: boolean; aliases?: readonly string[] } = {}): ColumnSpec => ({
  header, parse, hint, required: options.required ?? false, aliases: options.aliases ?? [],
})
const labelsOf = <C extends string>(o: Record<C, string | { label: string }>): Record<C, string[]> =>
  Object.fromEntries(Object.entries(o).map(([code, v]) => [code, [typeof v === 'string' ? v : (v as { label: string }).label]])) as Record<C, string[]>

const required = (parse: ColumnSpec['parse']): ColumnSpec['parse'] => (cell) => {
  const parsed = parse(cell)
  return 'value' in parsed && (parsed.value === null || parsed.value === '') ? { error: 'là bắt buộc' } : parsed
}

const catalogueCode = (cell: CellValue | undefined): Parsed<CatalogueCode | null> => {
  const raw = cellText(cell)
  if (!raw) return { value: null }
  const code = CATALOGUE_CODES.find((c) => c === raw.toUpperCase())
  return code ? { value: code } : { error: `mã "${raw}" không có trong danh mục danh hiệu, hình thức khen thưởng (để trống cột này và ghi tên nếu là hình thức ngoài danh mục)` }
}

const governmentOrParty = choice({ government: ['Chính quyền', 'Nhà nước'], party: ['Đảng'] })
const LEVEL_NAMES = { don_vi: ['Đơn vị', 'Cấp đơn vị'], co_so: ['Cơ sở', 'Cấp cơ sở'], xa: ['Cấp xã', 'Xã'], tinh: ['Cấp tỉnh, bộ, ngành', 'Cấp tỉnh', 'Tỉnh', 'Cấp bộ'], toan_quoc: ['Toàn quốc'] }

const IDENTITY = {
  fullName: column('Họ và tên', required(text(200)), 'Bắt buộc.', { required: true, aliases: ['Họ tên'] }),
  birthDate: column('Ngày sinh', date, 'Dạng dd/mm/yyyy; cùng họ tên xác định cá nhân khi không có số CCCD.'),
  cccd: column('Số CCCD', cccd, '12 chữ số, nhập dạng chữ (Text) để giữ số 0 ở đầu; xác định cá nhân trước tiên.', { aliases: ['CCCD', 'Số căn cước', 'Số căn cước công dân', 'Số định danh cá nhân'] }),
}

export const HISTORY_SHEETS = {
  ratings: {
    title: 'Xếp loại',
    aliases: ['Xếp loại chất lượng', 'Xep loai'],
    columns: {
      ...IDENTITY,
      year: column('Năm', required(year), 'Bắt buộc: năm được xếp loại.', { required: true, aliases: ['Năm xếp loại'] }),
      rating: column('Xếp loại', required(choice(labelsOf(RATINGS))), `Bắt buộc: ${Object.keys(RATINGS).join(', ')} hoặc tên đầy đủ.`, { required: true, aliases: ['Kết quả xếp loại'] }),
      track: column('Khối', governmentOrParty, 'Chính quyền (mặc định) hoặc Đảng (xếp loại đảng viên).'),
      recruitedOn: column('Ngày tuyển dụng', date, 'Có thể để trống; nếu ghi sẽ cập nhật ngày tuyển dụng của cá nhân.'),
    },
    example: ['Nguyễn Văn An', '15/03/1985', '001085012345', 2024, 'HTTNV', 'Chính quyền', '01/09/2010'],
  },
  awards: {
    title: 'Danh hiệu - Khen thưởng',
    aliases: ['Danh hiệu, khen thưởng', 'Danh hiệu', 'Khen thưởng'],
    columns: {
      ...IDENTITY,
      code: column('Mã danh hiệu', catalogueCode, 'Mã trong danh mục (LDTT, CSTDCS, GIAY_KHEN_CHU_TICH_XA…); để trống với hình thức ngoài danh mục.', { aliases: ['Mã'] }),
      name: column('Danh hiệu, hình thức', text(300), 'Tên như ghi trên quyết định; bắt buộc khi không có mã.', { aliases: ['Tên danh hiệu, hình thức', 'Hình thức khen thưởng', 'Danh hiệu'] }),
      track: column('Khối', choice({ government: ['Chính quyền', 'Nhà nước'], party: ['Đảng'], mass: ['Mặt trận, đoàn thể', 'Đoàn thể', 'Mặt trận'] }), 'Chính quyền, Đảng hoặc Đoàn thể; bắt buộc khi không có mã.'),
      level: column('Cấp quyết định', choice({ ...labelsOf(AWARD_LEVELS), province: ['Cấp tỉnh', 'Tỉnh'], commune: ['Cấp xã', 'Xã'], district: ['Cấp huyện', 'Huyện'], unit: ['Cấp đơn vị', 'Đơn vị'] }), 'Trung ương, Cấp bộ, Cấp tỉnh, Cấp huyện, Cấp xã hoặc Cấp đơn vị.', { aliases: ['Cấp'] }),
      year: column('Năm thành tích', required(year), 'Bắt buộc: năm của thành tích được khen.', { required: true, aliases: ['Năm'] }),
      decisionNumber: column('Số quyết định', text(100), 'Ví dụ 125/QĐ-UBND.', { aliases: ['Số QĐ'] }),
      decisionDate: column('Ngày quyết định', date, 'Dạng dd/mm/yyyy.', { aliases: ['Ngày QĐ'] }),
      decisionIssuer: column('Cơ quan quyết định', text(300), 'Ví dụ Chủ tịch UBND xã Bình Thành.', { aliases: ['Người quyết định'] }),
      kind: column('Loại hình', choice({ cong_trang: ['Công trạng', COMMENDATION_KINDS.cong_trang, 'Thường xuyên'], phong_trao: ['Phong trào', 'Chuyên đề', 'Theo đợt'], dot_xuat: ['Đột xuất'], cong_hien: ['Cống hiến', 'Quá trình cống hiến'], nien_han: ['Niên hạn'], doi_ngoai: ['Đối ngoại'] }), 'Công trạng (mặc định), Phong trào, Đột xuất, Cống hiến, Niên hạn, Đối ngoại.'),
      achievement: column('Thành tích', text(2000), 'Có thể để trống.'),
    },
    example: ['Nguyễn Văn An', '15/03/1985', '001085012345', 'LDTT', 'Lao động tiên tiến', 'Chính quyền', 'Cấp xã', 2024, '125/QĐ-UBND', '20/12/2024', 'Chủ tịch UBND xã Bình Thành', 'Công trạng', ''],
  },
  initiatives: {
    title: 'Sáng kiến',
    aliases: ['Sáng kiến, đề tài', 'Sang kien'],
    columns: {
      ...IDENTITY,
      title: column('Tên sáng kiến, đề tài', required(text(500)), 'Bắt buộc.', { required: true, aliases: ['Tên sáng kiến'] }),
      type: column('Loại', required(choice({ sang_kien: ['Sáng kiến'], de_tai: ['Đề tài khoa học', 'Đề tài', 'Đề án'], muu_tri: ['Mưu trí'] })), 'Bắt buộc: Sáng kiến, Đề tài khoa học hoặc Mưu trí.', { required: true }),
      level: column('Cấp công nhận', required(choice(LEVEL_NAMES)), 'Bắt buộc: Cơ sở, Cấp xã, Cấp tỉnh hoặc Toàn quốc.', { required: true }),
      recognisedDate: column('Ngày công nhận', required(date), 'Bắt buộc, dạng dd/mm/yyyy.', { required: true }),
      appliedEffectively: column('Áp dụng hiệu quả', mark, 'Ghi "x" nếu đã được xác nhận áp dụng hiệu quả.'),
      usedForCode: column('Đã dùng để xét', catalogueCode, 'Mã danh hiệu đã dùng sáng kiến này để xét (mỗi sáng kiến chỉ dùng một lần); để trống nếu chưa dùng.'),
      usedForYear: column('Năm đã dùng', year, 'Năm của danh hiệu đã dùng sáng kiến; đi cùng cột trước.'),
    },
    example: ['Nguyễn Văn An', '15/03/1985', '001085012345', 'Số hóa hồ sơ một cửa của xã', 'Sáng kiến', 'Cơ sở', '20/10/2024', 'x', '', ''],
  },
  discipline: {
    title: 'Kỷ luật',
    aliases: ['Ky luat'],
    columns: {
      ...IDENTITY,
      form: column('Hình thức kỷ luật', required(choice(labelsOf(DISCIPLINE_FORMS))), `Bắt buộc: ${Object.values(DISCIPLINE_FORMS).map((f) => f.label).join(', ')}.`, { required: true, aliases: ['Hình thức'] }),
      track: column('Khối', governmentOrParty, 'Chính quyền (mặc định) hoặc Đảng (kỷ luật đảng).'),
      startDate: column('Ngày bắt đầu', required(date), 'Bắt buộc: ngày quyết định kỷ luật có hiệu lực.', { required: true, aliases: ['Ngày quyết định'] }),
      endDate: column('Ngày kết thúc', date, 'Ngày cuối của thời hạn kỷ luật; để trống nếu quyết định không ghi.'),
      decisionNumber: column('Số quyết định', text(100), 'Có thể để trống.', { aliases: ['Số QĐ'] }),
    },
    example: ['Nguyễn Văn An', '15/03/1985', '001085012345', 'Khiển trách', 'Chính quyền', '10/01/2020', '09/07/2020', '05/QĐ-UBND'],
  },
} as const satisfies Record<string, { title: string; aliases: readonly string[]; columns: Record<string, ColumnSpec>; example: readonly unknown[] }>

export type ImportSheet = keyof typeof HISTORY_SHEETS
export const IMPORT_SHEETS = Object.keys(HISTORY_SHEETS) as ImportSheet[]
const HEADER_SEARCH_ROWS = 20

export interface SheetRow {
  /** Excel row number, as the user sees it. */
  row: number
  cells: Record<string, CellValue>
}

const fileError = (message: string) => new AppError('VALIDATION', message, { file: message })

function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null
  if (value instanceof Date || typeof value !== 'object') return value
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('result' in value) return cellValue(value.result as ExcelJS.CellValue) // formula
  if ('text' in value) return String(value.text) // hyperlink
  return null // error values such as #N/A
}

/** The first of the top rows that names every required column of the sheet; else an error naming what is missing. */
function findHeader(sheet: ExcelJS.Worksheet, kind: ImportSheet): { row: number; columns: Map<string, number> } {
  const spec = HISTORY_SHEETS[kind]
  const lookup = new Map(Object.entries(spec.columns).flatMap(([key, c]) => [c.header, ...c.aliases].map((name) => [foldAccents(name), key] as const)))
  const requiredKeys = Object.entries(spec.columns).filter(([, c]) => c.required).map(([key]) => key)
  let best = new Map<string, number>()
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); r++) {
    const columns = new Map<string, number>()
    sheet.getRow(r).eachCell((cell, col) => {
      const key = lookup.get(foldAccents(String(cellValue(cell.value) ?? '')))
      if (key && !columns.has(key)) columns.set(key, col)
    })
    if (requiredKeys.every((key) => columns.has(key))) return { row: r, columns }
    if (columns.size > best.size) best = columns
  }
  const missing = requiredKeys.filter((key) => !best.has(key)).map((key) => `"${(spec.columns as Record<string, ColumnSpec>)[key]!.header}"`)
  throw fileError(`Trang "${spec.title}": không tìm thấy dòng tiêu đề, thiếu cột bắt buộc ${missing.join(', ')} (xem tệp mẫu)`)
}

/** Reads every sheet of the workbook that is one of the history sheets (found by name, accents ignored). */
export async function readHistoryWorkbook(bytes: Uint8Array): Promise<{ sheet: ImportSheet; rows: SheetRow[] }[]> {
  const workbook = new ExcelJS.Workbook()
  try {
    // exceljs types its Buffer as ArrayBuffer-like; a Node Buffer is what it reads.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0])
  } catch {
    throw fileError('Tệp không phải bảng tính Excel (.xlsx) hợp lệ')
  }
  const byName = new Map(workbook.worksheets.map((w) => [foldAccents(w.name), w]))
  const found = IMPORT_SHEETS.flatMap((kind) => {
    const spec = HISTORY_SHEETS[kind]
    const sheet = [spec.title, ...spec.aliases].map((name) => byName.get(foldAccents(name))).find((w) => w !== undefined)
    return sheet && sheet.actualRowCount > 0 ? [{ kind, sheet }] : []
  })
  if (found.length === 0) throw fileError(`Không có trang tính nào tên ${IMPORT_SHEETS.map((k) => `"${HISTORY_SHEETS[k].title}"`).join(', ')} có dữ liệu (xem tệp mẫu)`)
  const result = found.map(({ kind, sheet }) => {
    const header = findHeader(sheet, kind)
    const rows: SheetRow[] = []
    sheet.eachRow((row, rowNumber) => {
      if (rowNumber <= header.row) return
      const cells: Record<string, CellValue> = {}
      for (const [key, col] of header.columns) cells[key] = cellValue(row.getCell(col).value)
      if (Object.values(cells).some((v) => v !== null && String(v).trim() !== '')) rows.push({ row: rowNumber, cells })
    })
    return { sheet: kind, rows }
  })
  const total = result.reduce((n, s) => n + s.rows.length, 0)
  if (total === 0) throw fileError('Bảng tính chỉ có dòng tiêu đề, chưa có dòng dữ liệu nào')
  if (total > IMPORT_MAX_ROWS) {
    throw fileError(`Bảng tính có ${total.toLocaleString('vi-VN')} dòng dữ liệu, vượt giới hạn ${IMPORT_MAX_ROWS.toLocaleString('vi-VN')} dòng mỗi lần nhập; hãy chia thành nhiều tệp`)
  }
  return result
}

/** The template: one sheet per kind with its header and an example row (dates and CCCD as text), and a guide sheet. */
export async function buildHistoryTemplate(): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook()
  const guide: string[][] = []
  for (const kind of IMPORT_SHEETS) {
    const spec = HISTORY_SHEETS[kind]
    const sheet = workbook.addWorksheet(spec.title)
    const columns = Object.values(spec.columns) as ColumnSpec[]
    sheet.columns = columns.map((c) => ({ header: c.header, width: Math.max(14, Math.min(40, c.header.length + 6)), style: { numFmt: '@' } }))
    sheet.getRow(1).font = { bold: true }
    sheet.addRow([...spec.example])
    sheet.views = [{ state: 'frozen', ySplit: 1 }]
    guide.push([spec.title, ''], ...columns.map((c) => [`  ${c.header}`, c.hint]), ['', ''])
  }
  const sheet = workbook.addWorksheet('Hướng dẫn')
  sheet.columns = [{ header: 'Trang, cột', width: 28 }, { header: 'Cách ghi', width: 100 }]
  sheet.getRow(1).font = { bold: true }
  for (const row of guide) sheet.addRow(row)
  sheet.addRow(['', 'Mỗi dòng xác định cá nhân bằng Số CCCD, nếu không có thì bằng Họ và tên cùng Ngày sinh; cá nhân phải có trong phạm vi quản lý.'])
  sheet.addRow(['', `Mỗi lần nhập tối đa ${IMPORT_MAX_ROWS.toLocaleString('vi-VN')} dòng trên tất cả các trang. Có thể bỏ các trang không dùng. Xóa dòng ví dụ trước khi nhập.`])
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
