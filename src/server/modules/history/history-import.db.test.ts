import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import type { ApiClient } from '../../testing/api-client.ts'
import { openHistoryTest, type HistoryTestContext } from './history.testing.ts'
import { buildHistoryTemplate, XLSX_CONTENT_TYPE } from './history-xlsx.ts'

let t: HistoryTestContext
let officerA: ApiClient
let an: { id: string }
let hoa: { id: string }

const HEADERS = {
  'Xếp loại': ['Họ và tên', 'Ngày sinh', 'Số CCCD', 'Năm', 'Xếp loại', 'Khối', 'Ngày tuyển dụng'],
  'Danh hiệu - Khen thưởng': ['Họ và tên', 'Ngày sinh', 'Số CCCD', 'Mã danh hiệu', 'Danh hiệu, hình thức', 'Khối', 'Cấp quyết định', 'Năm thành tích', 'Số quyết định', 'Ngày quyết định', 'Cơ quan quyết định', 'Loại hình', 'Thành tích'],
  'Sáng kiến': ['Họ và tên', 'Ngày sinh', 'Số CCCD', 'Tên sáng kiến, đề tài', 'Loại', 'Cấp công nhận', 'Ngày công nhận', 'Áp dụng hiệu quả', 'Đã dùng để xét', 'Năm đã dùng'],
  'Kỷ luật': ['Họ và tên', 'Ngày sinh', 'Số CCCD', 'Hình thức kỷ luật', 'Khối', 'Ngày bắt đầu', 'Ngày kết thúc', 'Số quyết định'],
} as const

async function workbook(sheets: Partial<Record<keyof typeof HEADERS, unknown[][]>>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = wb.addWorksheet(name)
    for (const row of [HEADERS[name as keyof typeof HEADERS], ...rows!]) sheet.addRow([...row])
  }
  if (wb.worksheets.length === 0) wb.addWorksheet('Ghi chú').addRow(['Không có dữ liệu lịch sử'])
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

const preview = (client: ApiClient, bytes: Uint8Array) => client.upload('/api/history/import/preview', 'lich-su.xlsx', bytes)
type Row = { row: number; errors: { column: string; message: string }[]; warnings: string[]; subject: { id: string } | null; values: Record<string, unknown> }
const sheetRows = (body: { sheets: { sheet: string; rows: Row[] }[] }, sheet: string) => new Map(body.sheets.find((s) => s.sheet === sheet)!.rows.map((r) => [r.row, r]))

beforeAll(async () => {
  t = await openHistoryTest()
  officerA = await t.as('officerA')
  an = await t.person({ fullName: 'Nguyễn Văn An', birthDate: '1985-03-15', cccd: '001085012345', organizationId: t.tenant.org.communeA.id, category: 'cong_chuc' })
  hoa = await t.person({ fullName: 'Đặng Thị Hòa', sex: 'nu', birthDate: '1991-05-20' })
})
afterAll(() => t.db.close())

describe('history import', () => {
  it('serves a template whose example rows preview cleanly once the example person exists', async () => {
    const res = await officerA.get('/api/history/import/template')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(XLSX_CONTENT_TYPE)
    const bytes = await buildHistoryTemplate()
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof wb.xlsx.load>[0])
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Xếp loại', 'Danh hiệu - Khen thưởng', 'Sáng kiến', 'Kỷ luật', 'Hướng dẫn'])
    const checked = await preview(officerA, bytes)
    expect(checked.status).toBe(200)
    expect(checked.body).toMatchObject({ validCount: 4, errorCount: 0 })
  })

  it('previews row errors by sheet, row and column, then commits exactly the valid rows once', async () => {
    expect((await officerA.post('/api/history/ratings', { subjectKind: 'individual', subjectId: hoa.id, year: 2022, rating: 'HTTNV' })).status).toBe(201)
    expect((await officerA.post('/api/history/awards', { subjectKind: 'individual', subjectId: hoa.id, code: 'GIAY_KHEN_DANG_UY_DANG_VIEN', year: 2024, decisionNumber: '45-QĐ/ĐU' })).status).toBe(201)
    const bytes = await workbook({
      'Xếp loại': [
        ['Nguyễn Văn An', '', '001085012345', 2024, 'HTTNV', '', '01/09/2010'], // 2 valid, sets the recruitment date
        ['Đặng Thị Hòa', '20/05/1991', '', 2024, 'Hoàn thành xuất sắc nhiệm vụ', 'Chính quyền', ''], // 3 valid, by name and birth date
        ['Lê Văn Sai', '', '12345', 2024, 'HTTNV', '', ''], // 4 bad CCCD
        ['Lê Văn Không', '01/01/1980', '', 2024, 'HTTNV', '', ''], // 5 unknown person
        ['Đặng Thị Hòa', '20/05/1991', '', 1990, 'HTTNV', '', ''], // 6 before birth
        ['Nguyễn Văn An', '', '001085012345', 2009, 'HTNV', '', ''], // 7 before recruitment (row 2's date)
        ['Đặng Thị Hòa', '20/05/1991', '', 2022, 'HTNV', '', ''], // 8 already stored
        ['Nguyễn Văn An', '', '001085012345', 2023, 'TOT', '', ''], // 9 unknown rating
        ['Trần Văn Bình', '', '001085012345', 2023, 'HTTNV', '', ''], // 10 CCCD of someone else (names compare without accents)
      ],
      'Danh hiệu - Khen thưởng': [
        ['Nguyễn Văn An', '', '001085012345', 'LDTT', '', '', 'Cấp xã', 2024, '125/QĐ-UBND', '20/12/2024', 'Chủ tịch UBND xã Bình Thành', '', ''], // 2 valid
        ['Nguyễn Văn An', '', '001085012345', 'LAO_DONG_XUAT_SAC', '', '', '', 2024, '', '', '', '', ''], // 3 unknown code
        ['Nguyễn Văn An', '', '001085012345', '', 'Giấy khen của Ban Chấp hành Công đoàn cơ sở', 'Đoàn thể', 'Cấp xã', 2023, '12/QĐ-CĐ', '', '', '', ''], // 4 valid, outside the catalogue
        ['Nguyễn Văn An', '', '001085012345', '', 'Kỷ niệm chương', '', '', 2023, '', '', '', '', ''], // 5 no track for a free name
        ['Đặng Thị Hòa', '20/05/1991', '', '', 'Bằng khen của Chủ tịch UBND tỉnh', '', 'Cấp tỉnh', 2024, '3021/QĐ-UBND', '25/12/2024', '', '', ''], // 6 valid, warned
        ['Đặng Thị Hòa', '20/05/1991', '', 'TTLDTT', '', '', '', 2024, '', '', '', '', ''], // 7 collective title
      ],
      'Sáng kiến': [
        ['Nguyễn Văn An', '', '001085012345', 'Số hóa hồ sơ một cửa', 'Sáng kiến', 'Cơ sở', '20/10/2024', 'x', '', ''], // 2 valid
        ['Đặng Thị Hòa', '20/05/1991', '', 'Dạy học theo dự án', 'Sáng kiến', 'Cơ sở', '02/05/2024', '', 'CSTDCS', ''], // 3 used-for without year
      ],
      'Kỷ luật': [
        ['Nguyễn Văn An', '', '001085012345', 'Khiển trách', '', '10/01/2020', '09/07/2020', '05/QĐ-UBND'], // 2 valid
        ['Đặng Thị Hòa', '20/05/1991', '', 'Cảnh cáo', '', '10/03/2024', '31/02/2024', ''], // 3 impossible end date
      ],
    })
    const res = await preview(officerA, bytes)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ validCount: 7, errorCount: 12 })
    const ratings = sheetRows(res.body, 'ratings')
    expect(ratings.get(2)).toMatchObject({ errors: [], subject: { id: an.id }, values: { year: 2024, rating: 'HTTNV', track: 'government' } })
    expect(ratings.get(3)).toMatchObject({ errors: [], subject: { id: hoa.id }, values: { rating: 'HTXSNV' } })
    expect(ratings.get(4)!.errors).toEqual([{ column: 'Số CCCD', message: 'Số CCCD: phải gồm đúng 12 chữ số (đang là "12345")' }])
    expect(ratings.get(5)!.errors).toEqual([{ column: 'Họ và tên', message: 'Họ và tên: không tìm thấy «Lê Văn Không» sinh ngày 01/01/1980 trong phạm vi quản lý của bạn' }])
    expect(ratings.get(6)!.errors).toEqual([{ column: 'Năm', message: 'Năm: năm xếp loại 1990 trước năm sinh 1991' }])
    expect(ratings.get(7)!.errors).toEqual([{ column: 'Năm', message: 'Năm: năm xếp loại 2009 trước năm tuyển dụng 2010 (tuyển dụng ngày 01/09/2010)' }])
    expect(ratings.get(8)!.errors).toEqual([{ column: 'Năm', message: 'Năm: đã có kết quả xếp loại năm 2022 của Đặng Thị Hòa' }])
    expect(ratings.get(9)!.errors).toEqual([{ column: 'Xếp loại', message: expect.stringMatching(/^Xếp loại: "TOT" không hợp lệ/) }])
    expect(ratings.get(10)!.errors).toEqual([{ column: 'Họ và tên', message: 'Họ và tên: số CCCD 001085012345 là của «Nguyễn Văn An», không phải «Trần Văn Bình»' }])

    const awards = sheetRows(res.body, 'awards')
    expect(awards.get(2)).toMatchObject({ errors: [], values: { code: 'LDTT', name: 'Lao động tiên tiến', track: 'government', level: 'commune' } })
    expect(awards.get(3)!.errors).toEqual([{ column: 'Mã danh hiệu', message: expect.stringMatching(/^Mã danh hiệu: mã "LAO_DONG_XUAT_SAC" không có trong danh mục/) }])
    expect(awards.get(4)).toMatchObject({ errors: [], values: { code: null, name: 'Giấy khen của Ban Chấp hành Công đoàn cơ sở', track: 'mass' } })
    expect(awards.get(5)!.errors).toEqual([{ column: 'Khối', message: expect.stringMatching(/^Khối: bắt buộc khi không chọn mã/) }])
    expect(awards.get(6)).toMatchObject({ errors: [], values: { code: 'BANG_KHEN_CHU_TICH_TINH' }, warnings: [expect.stringMatching(/hai hình thức khen thưởng cho cùng thành tích năm 2024/)] })
    expect(awards.get(7)!.errors).toEqual([{ column: 'Mã danh hiệu', message: 'Mã danh hiệu: TTLĐTT không dành cho cá nhân (dành cho: tập thể)' }])
    expect(sheetRows(res.body, 'initiatives').get(3)!.errors).toEqual([{ column: 'Năm đã dùng', message: 'Đã dùng để xét: cần ghi cả mã danh hiệu và năm' }])
    expect(sheetRows(res.body, 'discipline').get(3)!.errors).toEqual([{ column: 'Ngày kết thúc', message: 'Ngày kết thúc: "31/02/2024" không phải ngày có thật' }])

    const commit = await officerA.post(`/api/history/import/${res.body.id}/commit`)
    expect(commit.status).toBe(200)
    expect(commit.body).toEqual({ inserted: { ratings: 2, awards: 3, initiatives: 1, discipline: 1 }, skipped: 12 })
    const page = (await officerA.get(`/api/history/individual/${an.id}`)).body
    expect(page.subject.recruitedOn).toBe('2010-09-01')
    expect(page.ratings).toEqual([expect.objectContaining({ year: 2024, rating: 'HTTNV' })])
    expect(page.awards.map((a: { name: string; source: string }) => [a.name, a.source])).toEqual([['Lao động tiên tiến', 'import'], ['Giấy khen của Ban Chấp hành Công đoàn cơ sở', 'import']])
    expect(page.initiatives).toEqual([expect.objectContaining({ title: 'Số hóa hồ sơ một cửa', appliedEffectively: true, usedFor: null })])
    expect(page.discipline).toEqual([expect.objectContaining({ form: 'khien_trach', endDate: '2020-07-09', decisionNumber: '05/QĐ-UBND' })])
    const audit = await t.db.query<{ summary: string }>(`SELECT summary FROM audit_log WHERE entity_id = $1`, [res.body.id])
    expect(audit).toEqual([{ summary: 'Nhập lịch sử thi đua, khen thưởng từ tệp "lich-su.xlsx": 2 xếp loại, 3 danh hiệu, khen thưởng, 1 sáng kiến, 1 kỷ luật' }])
    expect((await officerA.post(`/api/history/import/${res.body.id}/commit`)).status).toBe(409)
  })

  it('matches only people of the caller\'s subtree and keeps batches to their creator', async () => {
    const officerB = await t.as('officerB')
    const res = await preview(officerB, await workbook({ 'Xếp loại': [['Nguyễn Văn An', '', '001085012345', 2021, 'HTTNV', '', '']] }))
    expect(res.body.sheets[0].rows[0].errors).toEqual([{ column: 'Số CCCD', message: 'Số CCCD: không có cá nhân mang số 001085012345 trong phạm vi quản lý của bạn' }])
    const mine = await preview(officerA, await workbook({ 'Xếp loại': [['Nguyễn Văn An', '', '001085012345', 2021, 'HTTNV', '', '']] }))
    expect((await officerB.post(`/api/history/import/${mine.body.id}/commit`)).status).toBe(404)
    const contradicting = await preview(officerA, await workbook({ 'Xếp loại': [
      ['Đặng Thị Hòa', '20/05/1991', '', 2025, 'HTTNV', '', '01/09/2023'], // a rating of 2022 is stored: she was recruited before
      ['Nguyễn Văn An', '16/03/1985', '001085012345', 2025, 'HTTNV', '', ''], // the CCCD's owner was born on another day
    ] }))
    expect(contradicting.body.sheets[0].rows.map((r: Row) => r.errors)).toEqual([
      [{ column: 'Ngày tuyển dụng', message: 'Ngày tuyển dụng: năm xếp loại 2022 trước năm tuyển dụng 2023 (tuyển dụng ngày 01/09/2023)' }],
      [{ column: 'Ngày sinh', message: 'Ngày sinh: «Nguyễn Văn An» (số CCCD 001085012345) sinh ngày 15/03/1985, không phải 16/03/1985' }],
    ])
    const missing = await preview(officerA, await workbook({}))
    expect(missing.status).toBe(400)
    expect(missing.body.error.fields.file).toMatch(/Không có trang tính nào tên "Xếp loại"/)
  })
})
