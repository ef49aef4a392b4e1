// The people spreadsheet (bảng tính nhập cá nhân): its columns, reading the first worksheet
// into raw cells keyed by column, and building the downloadable template. No database here.
import ExcelJS from 'exceljs'
import { PERSON_CATEGORIES } from '../../../shared/people.ts'
import { foldAccents } from '../../../shared/vietnamese.ts'
import { AppError } from '../../http/errors.ts'

export const IMPORT_MAX_ROWS = 5000
export const TEMPLATE_FILE_NAME = 'mau-nhap-ca-nhan.xlsx'
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Columns in template order; headers are matched accent-insensitively, aliases included. */
export const PEOPLE_COLUMNS = {
  fullName: { header: 'Họ và tên', aliases: ['Họ tên'], required: true, hint: 'Bắt buộc.' },
  birthDate: { header: 'Ngày sinh', aliases: ['Ngày tháng năm sinh'], required: false, hint: 'Dạng dd/mm/yyyy (ví dụ 15/03/1985) hoặc yyyy-mm-dd; có thể để trống.' },
  sex: { header: 'Giới tính', aliases: [], required: true, hint: 'Bắt buộc: Nam hoặc Nữ.' },
  cccd: { header: 'Số CCCD', aliases: ['CCCD', 'Số căn cước', 'Số căn cước công dân', 'Số định danh cá nhân'], required: false, hint: '12 chữ số, nhập dạng chữ (Text) để giữ số 0 ở đầu; có thể để trống.' },
  position: { header: 'Chức vụ', aliases: [], required: false, hint: 'Có thể để trống.' },
  organizationName: { header: 'Đơn vị', aliases: [], required: false, hint: 'Tên đơn vị đúng như trong hệ thống; để trống để dùng đơn vị đã chọn khi tải tệp lên.' },
  category: { header: 'Đối tượng', aliases: [], required: true, hint: `Bắt buộc, một trong: ${Object.values(PERSON_CATEGORIES).join(', ')}.` },
  directWorker: { header: 'Lao động trực tiếp', aliases: [], required: false, hint: 'Ghi "x" nếu là người lao động trực tiếp; để trống nếu không.' },
} as const

export type PeopleColumn = keyof typeof PEOPLE_COLUMNS
const COLUMN_KEYS = Object.keys(PEOPLE_COLUMNS) as PeopleColumn[]
const HEADER_SEARCH_ROWS = 20

/** A cell reduced to what the row parser needs (formulas give their result, rich text its text). */
export type CellValue = string | number | boolean | Date | null

export interface SheetRow {
  /** Excel row number, as the user sees it. */
  row: number
  cells: Partial<Record<PeopleColumn, CellValue>>
}

const fileError = (message: string) => new AppError('VALIDATION', message, { file: message })
const notXlsx = () => fileError('Tệp không phải bảng tính Excel (.xlsx) hợp lệ')

const HEADER_LOOKUP = new Map<string, PeopleColumn>(
  COLUMN_KEYS.flatMap((key) => [PEOPLE_COLUMNS[key].header, ...PEOPLE_COLUMNS[key].aliases].map((name) => [foldAccents(name), key] as const)),
)

/** Reads the first worksheet: finds the header row, then returns every non-blank data row. */
export async function readPeopleSheet(bytes: Uint8Array): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook()
  try {
    // exceljs types its Buffer as ArrayBuffer-like; a Node Buffer is what it reads.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0])
  } catch {
    throw notXlsx()
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) throw notXlsx()
  if (sheet.actualRowCount === 0) throw fileError('Trang tính đầu tiên không có dữ liệu')
  const header = findHeader(sheet)
  const rows: SheetRow[] = []
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= header.row) return
    const cells: SheetRow['cells'] = {}
    for (const [key, column] of header.columns) cells[key] = cellValue(row.getCell(column).value)
    if (Object.values(cells).some((v) => v !== null && String(v).trim() !== '')) rows.push({ row: rowNumber, cells })
  })
  if (rows.length === 0) throw fileError('Bảng tính chỉ có dòng tiêu đề, chưa có dòng dữ liệu nào')
  if (rows.length > IMPORT_MAX_ROWS) {
    throw fileError(`Bảng tính có ${rows.length.toLocaleString('vi-VN')} dòng dữ liệu, vượt giới hạn ${IMPORT_MAX_ROWS.toLocaleString('vi-VN')} dòng mỗi lần nhập; hãy chia thành nhiều tệp`)
  }
  return rows
}

/** The first of the top rows that names every required column; else an error naming what is missing. */
function findHeader(sheet: ExcelJS.Worksheet): { row: number; columns: Map<PeopleColumn, number> } {
  let best: Map<PeopleColumn, number> = new Map()
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); r++) {
    const columns = new Map<PeopleColumn, number>()
    sheet.getRow(r).eachCell((cell, column) => {
      const key = HEADER_LOOKUP.get(foldAccents(String(cellValue(cell.value) ?? '')))
      if (key && !columns.has(key)) columns.set(key, column)
    })
    const missing = COLUMN_KEYS.filter((key) => PEOPLE_COLUMNS[key].required && !columns.has(key))
    if (missing.length === 0) return { row: r, columns }
    if (columns.size > best.size) best = columns
  }
  const missing = COLUMN_KEYS.filter((key) => PEOPLE_COLUMNS[key].required && !best.has(key)).map((key) => `"${PEOPLE_COLUMNS[key].header}"`)
  throw fileError(`Không tìm thấy dòng tiêu đề: thiếu cột bắt buộc ${missing.join(', ')} (xem tệp mẫu)`)
}

function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null
  if (value instanceof Date || typeof value !== 'object') return value
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('result' in value) return cellValue(value.result as ExcelJS.CellValue) // formula
  if ('text' in value) return String(value.text) // hyperlink
  return null // error values such as #N/A
}

/** The template: header row, one example row, text format where leading zeros or day-first dates matter, and a guide sheet. */
export async function buildPeopleTemplate(): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Danh sách cá nhân')
  sheet.columns = COLUMN_KEYS.map((key) => ({ header: PEOPLE_COLUMNS[key].header, key, width: key === 'fullName' || key === 'organizationName' ? 30 : 18 }))
  sheet.getRow(1).font = { bold: true }
  sheet.getColumn('birthDate').numFmt = '@'
  sheet.getColumn('cccd').numFmt = '@'
  sheet.addRow({ fullName: 'Nguyễn Văn An', birthDate: '15/03/1985', sex: 'Nam', cccd: '001085012345', position: 'Trưởng thôn', organizationName: '', category: PERSON_CATEGORIES.nhan_dan, directWorker: 'x' })
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  const guide = workbook.addWorksheet('Hướng dẫn')
  guide.columns = [
    { header: 'Cột', width: 22 },
    { header: 'Cách ghi', width: 90 },
  ]
  guide.getRow(1).font = { bold: true }
  for (const key of COLUMN_KEYS) guide.addRow([PEOPLE_COLUMNS[key].header, PEOPLE_COLUMNS[key].hint])
  guide.addRow([])
  guide.addRow(['', `Mỗi lần nhập tối đa ${IMPORT_MAX_ROWS.toLocaleString('vi-VN')} dòng. Xóa dòng ví dụ trước khi nhập.`])
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
