// The statistical forms of commune A as XLSX: opened with exceljs, each has its number, units, title, period,
// header with column codes, rows, the total and the signature block, and its totals equal what the database
// counts directly; a unit's account, another commune and an unknown form are refused.
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { todayInVietnam } from '../../../shared/people.ts'
import { STATISTICS_FORMS } from '../../../shared/statistics-forms.ts'
import { TEST_PASSWORD } from '../../testing/fixtures.ts'
import { communePlan } from '../campaigns/campaigns.testing.ts'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { seedAwards } from './statistics.testing.ts'
import { TOTAL_LABEL } from './statistics-workbook.ts'

let t: HistoryTestContext
const today = todayInVietnam()
const Y = Number(today.slice(0, 4))

async function ok(res: { status: number; body: unknown }, status = 200) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`)
  return res.body as any // eslint-disable-line @typescript-eslint/no-explicit-any
}

beforeAll(async () => {
  t = await openHistoryTest()
  await seedAwards(t, Y)
  // Two launched plans: the commune's own (by phase) and the village's answer to it (annual), plus a draft that does not count.
  const officer = await t.as('officerA')
  const draft = await ok(await officer.post('/api/campaigns', { issuerId: t.tenant.org.communeA.id, content: communePlan({ kind: 'phase' }), addresseeIds: [t.tenant.org.villageA1.id] }), 201)
  const plan = await ok(await officer.post(`/api/campaigns/${draft.id}/issue`, { version: draft.version, issuedOn: today }))
  const answer = await ok(await officer.post(`/api/campaigns/${plan.id}/answer`, { organizationId: t.tenant.org.villageA1.id }), 201)
  const detail = await ok(await officer.get(`/api/campaigns/${answer.id}`))
  const annual = await ok(await officer.put(`/api/campaigns/${answer.id}`, { version: detail.version, content: { ...detail.content, kind: 'regular' }, parentIds: detail.parentIds, addresseeIds: [] }))
  await ok(await officer.post(`/api/campaigns/${answer.id}/issue`, { version: annual.version, issuedOn: today }))
  await ok(await officer.post('/api/campaigns', { issuerId: t.tenant.org.communeA.id, content: communePlan({ title: 'Dự thảo chưa ban hành' }) }), 201)
})
afterAll(() => t.db.close())

async function download(account: string, url: string): Promise<Response> {
  const login = await t.app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: t.tenant.accounts[account]!.username, password: TEST_PASSWORD }) })
  return t.app.request(url, { headers: { cookie: login.headers.get('set-cookie')!.split(';')[0]! } })
}

async function sheetOf(res: Response): Promise<ExcelJS.Worksheet> {
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toContain('spreadsheetml')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer)
  return workbook.worksheets[0]!
}

/** Every row as its cell values from column A on (merged cells repeat their value). */
function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value)
  })
  return rows
}

const totalRow = (rows: unknown[][]) => rows.find((r) => r[1] === TOTAL_LABEL)!.slice(2)
const dataRow = (rows: unknown[][], label: string) => rows.find((r) => r[1] === label)?.slice(2)

/** The count the form's total must equal, straight from the tables (commune A's subtree, the years). */
async function countAwards(where: string): Promise<number> {
  const rows = await t.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM award_records r
       LEFT JOIN people p ON p.province_id = r.province_id AND p.id = r.person_id
       LEFT JOIN households h ON h.province_id = r.province_id AND h.id = r.household_id
       JOIN organizations u ON u.province_id = r.province_id AND u.id = coalesce(p.organization_id, h.organization_id, r.collective_id)
      WHERE u.path LIKE $1 || '%' AND r.year BETWEEN $2 AND $3 AND r.revoked_on IS NULL AND ${where}`,
    [t.tenant.org.communeA.path, Y - 4, Y],
  )
  return rows[0]!.n
}

describe('statistical forms as XLSX', () => {
  it('writes form 02 with the header, the rows by form under their category, the total and the signature block', async () => {
    const sheet = await sheetOf(await download('officerA', '/api/statistics/forms/khen-thuong-theo-hinh-thuc'))
    const rows = rowsOf(sheet)
    const text = rows.flat().filter((v) => typeof v === 'string').join('\n')
    expect(rows[0]![0]).toBe('Biểu số 02')
    expect(text).toContain('Đơn vị báo cáo: Ủy ban nhân dân xã Bình Thành')
    expect(text).toContain('Đơn vị nhận báo cáo: Ủy ban nhân dân tỉnh Thử nghiệm')
    expect(text).toContain('SỐ LƯỢNG DANH HIỆU THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG')
    expect(text).toContain(`Từ năm ${Y - 4} đến năm ${Y}`)
    expect(text).toContain('Đơn vị tính: Lượt')
    expect(rows.find((r) => r[0] === 'A')).toEqual(['A', 'B', '1', '2', '3', '4', '5', '6'])
    expect(text).toContain('NGƯỜI LẬP BIỂU')
    expect(text).toContain('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH')
    expect(text).toContain('(Ký, đóng dấu, ghi rõ họ tên)')

    const labels = rows.map((r) => r[1]).filter((v): v is string => typeof v === 'string')
    const at = (label: string) => labels.indexOf(label)
    expect(at('Danh hiệu thi đua')).toBeLessThan(at('Lao động tiên tiến'))
    expect(at('Lao động tiên tiến')).toBeLessThan(at('Hình thức khen thưởng'))
    expect(at('Khác (ngoài danh mục)')).toBeLessThan(at('Giấy khen của Liên đoàn Lao động huyện'))
    // Tổng số, tập thể, cá nhân, nữ, lao động trực tiếp, hộ gia đình
    expect(dataRow(rows, 'Lao động tiên tiến')).toEqual([2, 0, 2, 1, 2, 0])
    expect(totalRow(rows)).toEqual([10, 4, 5, 3, 4, 1])
    expect(totalRow(rows)).toEqual([
      await countAwards('true'),
      await countAwards(`r.subject_kind = 'collective'`),
      await countAwards(`r.subject_kind = 'individual'`),
      await countAwards(`r.subject_kind = 'individual' AND p.sex = 'nu'`),
      await countAwards(`r.subject_kind = 'individual' AND p.direct_worker`),
      await countAwards(`r.subject_kind = 'household'`),
    ])
    // The rows add up to the total, column by column.
    const data = rows.filter((r) => typeof r[0] === 'number').map((r) => r.slice(2) as number[])
    expect(data.reduce((sum, r) => sum.map((v, i) => v + r[i]!), [0, 0, 0, 0, 0, 0])).toEqual(totalRow(rows))
  })

  it('writes form 03 by deciding level and track, every level listed', async () => {
    const rows = rowsOf(await sheetOf(await download('officerA', `/api/statistics/forms/khen-thuong-theo-cap?fromYear=${Y - 4}&toYear=${Y}`)))
    // Tổng số, chính quyền, Đảng, Mặt trận-đoàn thể, tập thể, cá nhân, hộ gia đình
    expect(dataRow(rows, 'Cấp xã')).toEqual([9, 8, 1, 0, 4, 4, 1])
    expect(dataRow(rows, 'Cấp huyện (trước 01/7/2025)')).toEqual([1, 0, 0, 1, 0, 1, 0])
    expect(dataRow(rows, 'Cấp tỉnh')).toEqual([0, 0, 0, 0, 0, 0, 0])
    expect(totalRow(rows)).toEqual([
      await countAwards('true'),
      await countAwards(`r.track = 'government'`),
      await countAwards(`r.track = 'party'`),
      await countAwards(`r.track = 'mass'`),
      await countAwards(`r.subject_kind = 'collective'`),
      await countAwards(`r.subject_kind = 'individual'`),
      await countAwards(`r.subject_kind = 'household'`),
    ])
  })

  it('writes form 01: the plans launched in the years by kind, level and track, drafts left out', async () => {
    const rows = rowsOf(await sheetOf(await download('officerA', `/api/statistics/forms/phong-trao-thi-dua?fromYear=${Y}&toYear=${Y}`)))
    expect(rows.flat()).toContain(`Năm ${Y} (kế hoạch phát động ban hành trong các năm báo cáo)`)
    // Tổng số, cấp tỉnh, cấp huyện, cấp xã, cơ quan/đơn vị/thôn, chính quyền-đoàn thể, Đảng
    expect(dataRow(rows, 'Thi đua theo đợt')).toEqual([1, 0, 0, 1, 0, 1, 0])
    expect(dataRow(rows, 'Thi đua thường xuyên (hằng năm)')).toEqual([1, 0, 0, 0, 1, 1, 0])
    const launched = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM campaigns c JOIN organizations o ON o.province_id = c.province_id AND o.id = c.issuer_id
        WHERE o.path LIKE $1 || '%' AND c.status <> 'draft' AND c.amends_id IS NULL AND extract(year FROM c.issued_on) = $2`,
      [t.tenant.org.communeA.path, Y],
    )
    expect(totalRow(rows)[0]).toBe(launched[0]!.n)
    expect(totalRow(rows)).toEqual([2, 0, 0, 1, 1, 2, 0])
  })

  it('writes a form with nothing to count as zeros, and the province receives from the ministry', async () => {
    const rows = rowsOf(await sheetOf(await download('provinceOfficer', `/api/statistics/forms/khen-thuong-theo-cap?fromYear=${Y - 15}&toYear=${Y - 10}`)))
    expect(rows.flat()).toContain('Đơn vị nhận báo cáo: Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương)')
    expect(totalRow(rows)).toEqual([0, 0, 0, 0, 0, 0, 0])
  })

  it('refuses a unit account, a unit outside the subtree and an unknown form', async () => {
    expect((await download('unitSchoolA', '/api/statistics/forms/khen-thuong-theo-cap')).status).toBe(403)
    expect((await download('officerA', `/api/statistics/forms/khen-thuong-theo-cap?organizationId=${t.tenant.org.communeB.id}`)).status).toBe(403)
    const unknown = await download('officerA', '/api/statistics/forms/bieu-khong-co')
    expect(unknown.status).toBe(400)
    expect(JSON.stringify(await unknown.json())).toContain('Biểu mẫu')
    expect(STATISTICS_FORMS).toHaveLength(3)
  })
})
