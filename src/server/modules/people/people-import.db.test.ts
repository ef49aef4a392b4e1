import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import type { Db } from '../../db/client.ts'
import { openTestDb } from '../../testing/test-db.ts'
import { createTestTenant, type TestTenant } from '../../testing/fixtures.ts'
import { ApiClient, testApp } from '../../testing/api-client.ts'
import { buildPeopleTemplate, XLSX_CONTENT_TYPE } from './people-xlsx.ts'

let db: Db
let tenant: TestTenant
let app: ReturnType<typeof testApp>
let officerA: ApiClient

const HEADERS = ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Chức vụ', 'Đơn vị', 'Đối tượng', 'Lao động trực tiếp']

async function workbook(rows: unknown[][], headers: string[] = HEADERS, above: unknown[][] = []): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  const sheet = wb.addWorksheet('Danh sách')
  for (const row of [...above, headers, ...rows]) sheet.addRow(row)
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

const preview = (client: ApiClient, bytes: Uint8Array, organizationId = tenant.org.villageA1.id, name = 'danh-sach.xlsx') =>
  client.upload(`/api/people/import/preview?organizationId=${organizationId}`, name, bytes)

const countPeople = async () => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM people WHERE province_id = $1`, [tenant.provinceId]))[0]!.n

beforeAll(async () => {
  db = await openTestDb()
  tenant = await createTestTenant(db)
  app = testApp(db)
  officerA = await ApiClient.signIn(app, tenant.accounts.officerA!.username)
})
afterAll(() => db.close())

describe('people import', () => {
  it('previews per-row errors by row number and column, then commits exactly the valid rows once', async () => {
    const existing = await officerA.post('/api/people', { fullName: 'Người Đã Có', sex: 'nam', birthDate: '1970-01-01', cccd: '001070000009', organizationId: tenant.org.villageA1.id, category: 'nhan_dan' })
    expect(existing.status).toBe(201)
    const bytes = await workbook([
      ['Nguyễn Văn Hùng', '15/03/1985', 'Nam', '036085012345', 'Trưởng xóm', 'xom dong tam', 'Nhân dân', 'x'], // row 2 valid
      ['Trần Thị Lan', new Date(Date.UTC(1990, 4, 20)), 'nữ', 1190000777, '', '', 'VIEN CHUC', ''], // row 3 valid: date cell, numeric CCCD
      ['Lê Văn Sai', '1980-01-01', 'Nam', '12345', '', '', 'Công chức', ''], // row 4 bad CCCD
      ['Phạm Văn Trùng', '', 'Nam', '079085000001', '', '', 'Nhân dân', ''], // row 5 duplicate in file
      ['Phạm Văn Trùng Hai', '', 'Nam', '079085000001', '', '', 'Nhân dân', ''], // row 6 duplicate in file
      ['Hoàng Văn Lạ', '', 'Nam', '', '', 'Xóm Không Có', 'Nhân dân', ''], // row 7 unknown unit
      ['Đỗ Thị Ngày', '31/02/1990', 'Nữ', '', '', '', 'Nhân dân', ''], // row 8 bad date
      ['Vũ Văn Cũ', '', 'Nam', '001070000009', '', '', 'Nhân dân', ''], // row 9 CCCD already in the database
      ['Bùi Thị Mai', '', 'Nữ', '', 'Giáo viên', 'Trường Tiểu học Bình Thành', 'vien_chuc', 'không'], // row 10 valid
    ])
    const res = await preview(officerA, bytes)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ fileName: 'danh-sach.xlsx', organizationId: tenant.org.villageA1.id, validCount: 3, errorCount: 6 })
    const byRow = new Map(res.body.rows.map((r: { row: number }) => [r.row, r]))
    expect(byRow.get(2)).toMatchObject({ errors: [], values: { fullName: 'Nguyễn Văn Hùng', birthDate: '1985-03-15', sex: 'nam', cccd: '036085012345', organizationId: tenant.org.villageA1.id, organizationName: 'Xóm Đồng Tâm', category: 'nhan_dan', directWorker: true } })
    expect(byRow.get(3)).toMatchObject({ errors: [], values: { birthDate: '1990-05-20', sex: 'nu', cccd: '001190000777', category: 'vien_chuc', directWorker: false } })
    expect(byRow.get(4)).toMatchObject({ errors: [{ column: 'Số CCCD', message: expect.stringMatching(/12 chữ số/) }] })
    expect(byRow.get(5)).toMatchObject({ errors: [{ column: 'Số CCCD', message: expect.stringMatching(/trùng với dòng 6/) }] })
    expect(byRow.get(6)).toMatchObject({ errors: [{ column: 'Số CCCD', message: expect.stringMatching(/trùng với dòng 5/) }] })
    expect(byRow.get(7)).toMatchObject({ errors: [{ column: 'Đơn vị', message: expect.stringMatching(/"Xóm Không Có" không có trong phạm vi/) }] })
    expect(byRow.get(8)).toMatchObject({ errors: [{ column: 'Ngày sinh', message: expect.stringMatching(/không phải ngày hợp lệ/) }] })
    expect(byRow.get(9)).toMatchObject({ errors: [{ column: 'Số CCCD', message: expect.stringMatching(/đã được dùng cho người khác/) }] })
    expect(byRow.get(10)).toMatchObject({ errors: [], values: { organizationId: tenant.org.schoolA.id, position: 'Giáo viên' } })

    const before = await countPeople()
    const commit = await officerA.post(`/api/people/import/${res.body.id}/commit`)
    expect(commit.status).toBe(200)
    expect(commit.body).toEqual({ inserted: 3, skipped: 6 })
    expect(await countPeople()).toBe(before + 3)
    const found = await officerA.get('/api/people?q=tran thi lan')
    expect(found.body.items).toEqual([expect.objectContaining({ fullName: 'Trần Thị Lan', cccd: '001190000777', organizationName: 'Xóm Đồng Tâm' })])
    const audit = await db.query<{ entity: string; summary: string }>(`SELECT entity, summary FROM audit_log WHERE entity_id = $1`, [res.body.id])
    expect(audit).toEqual([{ entity: 'import_batch', summary: 'Nhập 3 cá nhân từ tệp "danh-sach.xlsx"' }])

    const again = await officerA.post(`/api/people/import/${res.body.id}/commit`)
    expect(again.status).toBe(409)
    expect(again.body.error.message).toMatch(/Lô nhập này đã được ghi/)
    expect(await countPeople()).toBe(before + 3)
  })

  it('finds the header below title rows, in any column order, with extra and missing optional columns', async () => {
    const bytes = await workbook(
      [['', 'Ghi chú bất kỳ', 'nhan dan', 'NU', 'Ngô Thị Đảo']],
      ['STT', 'Ghi chú', 'DOI TUONG', 'gioi tinh', 'Họ và tên'],
      [['DANH SÁCH CÁ NHÂN XÃ BÌNH THÀNH'], []],
    )
    const res = await preview(officerA, bytes)
    expect(res.status).toBe(200)
    expect(res.body.rows).toEqual([{ row: 4, errors: [], values: expect.objectContaining({ fullName: 'Ngô Thị Đảo', sex: 'nu', category: 'nhan_dan', birthDate: null, cccd: null }) }])
  })

  it('writes nothing when a CCCD is taken between preview and commit', async () => {
    const res = await preview(officerA, await workbook([
      ['Đinh Văn Một', '', 'Nam', '', '', '', 'Nhân dân', ''],
      ['Đinh Văn Hai', '', 'Nam', '002085000002', '', '', 'Nhân dân', ''],
    ]))
    expect(res.body.validCount).toBe(2)
    await officerA.post('/api/people', { fullName: 'Người Nhanh Tay', sex: 'nam', cccd: '002085000002', organizationId: tenant.org.villageA1.id, category: 'nhan_dan' })
    const before = await countPeople()
    const commit = await officerA.post(`/api/people/import/${res.body.id}/commit`)
    expect(commit.status).toBe(409)
    expect(commit.body.error.fields.cccd).toMatch(/dòng 3/)
    expect(await countPeople()).toBe(before)
  })

  it('refuses files that are not usable spreadsheets, in Vietnamese, naming the file field', async () => {
    const garbage = await preview(officerA, new TextEncoder().encode('đây không phải bảng tính'), undefined, 'gia-mao.xlsx')
    expect(garbage.status).toBe(400)
    expect(garbage.body.error).toMatchObject({ code: 'VALIDATION', message: 'Tệp không phải bảng tính Excel (.xlsx) hợp lệ', fields: { file: expect.stringMatching(/Tệp/) } })
    const headerOnly = await preview(officerA, await workbook([]))
    expect(headerOnly.body.error.message).toMatch(/chưa có dòng dữ liệu/)
    const emptyBook = new ExcelJS.Workbook()
    emptyBook.addWorksheet('Trống')
    const empty = await preview(officerA, new Uint8Array(await emptyBook.xlsx.writeBuffer()))
    expect(empty.body.error.message).toMatch(/không có dữ liệu/)
    const noSex = await preview(officerA, await workbook([['Lý Văn A', 'Nhân dân']], ['Họ và tên', 'Đối tượng']))
    expect(noSex.status).toBe(400)
    expect(noSex.body.error.fields.file).toMatch(/thiếu cột bắt buộc "Giới tính"/)
    const tooMany = await preview(officerA, await workbook(Array.from({ length: 5001 }, (_, i) => [`Người ${i}`, '', 'Nam', '', '', '', 'Nhân dân', ''])))
    expect(tooMany.status).toBe(400)
    expect(tooMany.body.error.message).toMatch(/5\.001 dòng.*giới hạn 5\.000/)
  })

  it('rejects an upload over the size limit with 413', async () => {
    const small = testApp(db, { uploadLimitBytes: 1024 })
    const officer = await ApiClient.signIn(small, tenant.accounts.officerA!.username)
    const res = await officer.upload(`/api/people/import/preview?organizationId=${tenant.org.villageA1.id}`, 'lon.xlsx', new Uint8Array(200 * 1024))
    expect(res.status).toBe(413)
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE')
  })

  it('keeps imports inside the caller\'s subtree and batches to their creator', async () => {
    const school = await ApiClient.signIn(app, tenant.accounts.unitSchoolA!.username)
    const outside = await preview(school, await workbook([['Mai Văn B', '', 'Nam', '', '', '', 'Nhân dân', '']]))
    expect(outside.status).toBe(403)
    const named = await preview(school, await workbook([['Mai Văn B', '', 'Nam', '', '', 'Xóm Đồng Tâm', 'Nhân dân', '']]), tenant.org.schoolA.id)
    expect(named.body.rows[0].errors).toEqual([{ column: 'Đơn vị', message: expect.stringMatching(/không có trong phạm vi/) }])
    const officerB = await ApiClient.signIn(app, tenant.accounts.officerB!.username)
    expect((await officerB.post(`/api/people/import/${named.body.id}/commit`)).status).toBe(404)
    const signer = await ApiClient.signIn(app, tenant.accounts.signerA!.username)
    expect((await signer.get('/api/people/import/template')).status).toBe(403)
  })

  it('serves a template whose example row previews cleanly', async () => {
    const res = await officerA.get('/api/people/import/template')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(XLSX_CONTENT_TYPE)
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="mau-nhap-ca-nhan.xlsx"')
    const bytes = await buildPeopleTemplate()
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof wb.xlsx.load>[0])
    const sheet = wb.worksheets[0]!
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS)
    expect(sheet.actualRowCount).toBe(2)
    const checked = await preview(officerA, bytes)
    expect(checked.body).toMatchObject({ validCount: 1, errorCount: 0 })
  })
})
