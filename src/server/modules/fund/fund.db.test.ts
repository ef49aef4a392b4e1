// The fund's ledger through the API: income and spending with the balance, refusals that name the field and
// write nothing (beyond the balance, beyond the movement share, beyond the allocation ceiling), reversing lines,
// the append-only table, the previous year's closing carried over, concurrent spending that cannot overdraw,
// the organization subtree and roles, and the ledger and report downloads.
import { randomUUID } from 'node:crypto'
import ExcelJS from 'exceljs'
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fundCounts, openFundTest, type FundTestContext } from './fund.testing.ts'
import { recordFundSpending } from './fund-ledger.ts'

let t: FundTestContext
let communeA: string
const YEAR = 2026
const q = (organizationId: string, year = YEAR) => `organizationId=${organizationId}&year=${year}`

beforeAll(async () => {
  t = await openFundTest()
  communeA = t.tenant.org.communeA.id
})
afterAll(() => t.db.close())

const income = async (fields: Record<string, unknown>, by = 'officerA') =>
  (await t.fund(by)).post('/api/fund/income', { organizationId: communeA, year: YEAR, occurredOn: `${YEAR}-01-10`, category: 'allocation', description: 'Ngân sách xã cấp đầu năm', amount: 10_000_000, ...fields })
const spend = async (fields: Record<string, unknown>, by = 'officerA') =>
  (await t.fund(by)).post('/api/fund/spending', { organizationId: communeA, year: YEAR, occurredOn: `${YEAR}-03-01`, category: 'award_items', description: 'In giấy khen', amount: 1_000_000, ...fields })
const view = async (organizationId = communeA, year = YEAR, by = 'officerA') => (await t.fund(by)).get(`/api/fund?${q(organizationId, year)}`)

describe('the ledger', () => {
  it('records income and spending and keeps the balance', async () => {
    expect((await income({})).status).toBe(201)
    expect((await income({ category: 'contribution', description: 'Ủng hộ quỹ', counterparty: 'Công ty TNHH Minh Phát', amount: 2_000_000 })).status).toBe(201)
    const spent = await spend({})
    expect(spent.status).toBe(201)
    expect(spent.body.balance).toEqual({ organizationId: communeA, year: YEAR, opening: 0, income: 12_000_000, spending: 1_000_000, balance: 11_000_000 })
    const res = await view()
    expect(res.status).toBe(200)
    expect(res.body.summary).toMatchObject({ opening: 0, income: 12_000_000, spending: 1_000_000, closing: 11_000_000, movementShare: 0.2, movementCap: 2_400_000 })
    expect(res.body.summary.byCategory).toMatchObject({ allocation: 10_000_000, contribution: 2_000_000, award_items: 1_000_000, movement: 0 })
    expect(res.body.lines.map((l: { category: string; amount: number }) => [l.category, l.amount])).toEqual([['allocation', 10_000_000], ['contribution', 2_000_000], ['award_items', 1_000_000]])
    const audit = await t.db.query<{ summary: string }>(`SELECT summary FROM audit_log WHERE entity = 'fund_line' ORDER BY seq`)
    expect(audit.at(-1)!.summary).toBe(`Quỹ thi đua, khen thưởng của Xã Bình Thành năm ${YEAR}: Ghi chi «Chi in giấy khen, làm khung, cờ, huy hiệu» 1.000.000 đ — In giấy khen`)
  })

  it('refuses spending beyond the balance, naming Số tiền, and writes nothing', async () => {
    const before = await fundCounts(t.db)
    const res = await spend({ amount: 11_000_001 })
    expect(res.status).toBe(400)
    expect(res.body.error.fields.amount).toBe('Số tiền 11.000.001 đ vượt số dư quỹ năm 2026 (còn 11.000.000 đ)')
    expect(res.body.error.message).toMatch(/chưa ghi vào sổ quỹ/)
    expect(await fundCounts(t.db)).toEqual(before)
  })

  it('refuses movement spending beyond the configured share of the fund, and follows the province setting', async () => {
    expect((await spend({ category: 'movement', description: 'Hội nghị sơ kết phong trào', amount: 2_000_000 })).status).toBe(201)
    const before = await fundCounts(t.db)
    const over = await spend({ category: 'movement', description: 'Tuyên truyền', amount: 400_001 })
    expect(over.status).toBe(400)
    expect(over.body.error.fields.amount).toMatch(/^Số tiền: chi tổ chức phong trào, tuyên truyền, hội nghị năm 2026 sẽ là 2\.400\.001 đ, vượt 20% quỹ \(2\.400\.000 đ\) theo Nghị định 98\/2023\/NĐ-CP, Điều 52/)
    expect(await fundCounts(t.db)).toEqual(before)

    expect((await (await t.fund('officerA')).get('/api/fund/settings')).body).toMatchObject({ movementShare: 0.2, allocationRate: 0.01, version: 0, stored: false, canConfigure: false })
    expect((await (await t.fund('admin')).get('/api/fund/settings')).body.canConfigure).toBe(true)
    const officerSettings = await (await t.fund('officerA')).put('/api/fund/settings', { movementShare: 0.3, movementShareCitation: 'x', allocationRate: 0.01, allocationRateCitation: 'y', version: 0 })
    expect(officerSettings.status).toBe(403)
    const saved = await (await t.fund('admin')).put('/api/fund/settings', {
      movementShare: 0.25, movementShareCitation: 'Quyết định 12/2026/QĐ-UBND tỉnh, Điều 5', allocationRate: 0.015, allocationRateCitation: 'Nghị định 152/2025/NĐ-CP, Điều 46 khoản 3 điểm b (tỉnh miền núi)', version: 0,
    })
    expect(saved.status).toBe(200)
    expect(saved.body).toMatchObject({ movementShare: 0.25, allocationRate: 0.015, version: 1, stored: true })
    const stale = await (await t.fund('admin')).put('/api/fund/settings', { movementShare: 0.2, movementShareCitation: 'a', allocationRate: 0.01, allocationRateCitation: 'b', version: 0 })
    expect(stale.status).toBe(409)
    expect((await spend({ category: 'movement', description: 'Tuyên truyền', amount: 400_001 })).status).toBe(201)
  })

  it('refuses the allocation beyond the share of the recorded recurrent spending', async () => {
    const summary = (await view()).body.summary
    const set = await (await t.fund('officerA')).put('/api/fund/year', { organizationId: communeA, year: YEAR, recurrentSpending: 800_000_000, version: summary.yearVersion })
    expect(set.status).toBe(200)
    expect(set.body).toMatchObject({ recurrentSpending: 800_000_000, allocationCap: 12_000_000 })
    const over = await income({ amount: 2_000_001, description: 'Ngân sách cấp bổ sung' })
    expect(over.status).toBe(400)
    expect(over.body.error.fields.amount).toMatch(/^Số tiền: ngân sách cấp năm 2026 sẽ là 12\.000\.001 đ, vượt mức tối đa 12\.000\.000 đ \(1,5% tổng chi thường xuyên 800\.000\.000 đ/)
    const tooLow = await (await t.fund('officerA')).put('/api/fund/year', { organizationId: communeA, year: YEAR, recurrentSpending: 100_000_000, version: set.body.yearVersion })
    expect(tooLow.status).toBe(400)
    expect(tooLow.body.error.fields.recurrentSpending).toMatch(/^Tổng chi thường xuyên 100\.000\.000 đ cho mức ngân sách cấp tối đa 1\.500\.000 đ/)
    const stale = await (await t.fund('officerA')).put('/api/fund/year', { organizationId: communeA, year: YEAR, recurrentSpending: 900_000_000, version: summary.yearVersion })
    expect(stale.status).toBe(409)
  })

  it('asks for the contributor of a contribution and refuses a date outside the year', async () => {
    const noName = await income({ category: 'contribution', amount: 100_000 })
    expect(noName.status).toBe(400)
    expect(noName.body.error.fields.counterparty).toMatch(/Tổ chức, cá nhân đóng góp/)
    const wrongYear = await spend({ occurredOn: '2025-12-31' })
    expect(wrongYear.status).toBe(400)
    expect(wrongYear.body.error.fields.occurredOn).toBe('Ngày ghi sổ: Ngày ghi sổ phải thuộc năm của sổ quỹ')
    const zero = await spend({ amount: 0 })
    expect(zero.body.error.fields.amount).toMatch(/^Số tiền/)
  })
})

describe('corrections', () => {
  it('reverses a line once with its reason; the table refuses updates and deletes', async () => {
    const line = (await spend({ amount: 300_000, description: 'In nhầm giấy khen' })).body
    const before = (await view()).body.summary.closing
    const reversed = await (await t.fund('officerA')).post(`/api/fund/lines/${line.id}/reverse`, { reason: 'Ghi nhầm số tiền', occurredOn: `${YEAR}-03-02` })
    expect(reversed.status).toBe(201)
    expect(reversed.body.balance.balance).toBe(before + 300_000)
    const lines = (await view()).body.lines
    expect(lines.find((l: { id: string }) => l.id === line.id).reversedById).toBe(reversed.body.id)
    expect(lines.find((l: { id: string }) => l.id === reversed.body.id)).toMatchObject({ amount: -300_000, reversesId: line.id, reason: 'Ghi nhầm số tiền', category: 'award_items' })
    expect((await (await t.fund('officerA')).post(`/api/fund/lines/${line.id}/reverse`, { reason: 'Lần nữa', occurredOn: `${YEAR}-03-02` })).status).toBe(409)
    expect((await (await t.fund('officerA')).post(`/api/fund/lines/${reversed.body.id}/reverse`, { reason: 'Đảo lại', occurredOn: `${YEAR}-03-02` })).status).toBe(409)
    await expect(t.db.query(`UPDATE fund_lines SET amount = 1 WHERE id = $1`, [line.id])).rejects.toThrow(/append-only/)
    await expect(t.db.query(`DELETE FROM fund_lines WHERE id = $1`, [line.id])).rejects.toThrow(/append-only/)
    // only wiping the whole tenant (tdkt.wipe_tenant set to this province for the transaction) deletes lines
    await expect(t.db.transaction(async (tx) => {
      await tx.query(`SELECT set_config('tdkt.wipe_tenant', $1, true)`, [randomUUID()])
      await tx.query(`DELETE FROM fund_lines WHERE id = $1`, [line.id])
    })).rejects.toThrow(/append-only/)
    await expect(t.db.transaction(async (tx) => {
      await tx.query(`SELECT set_config('tdkt.wipe_tenant', $1, true)`, [t.tenant.provinceId])
      expect(await tx.query(`DELETE FROM fund_lines WHERE province_id = $1 AND id = $2 RETURNING id`, [t.tenant.provinceId, reversed.body.id])).toHaveLength(1)
      throw new Error('rollback')
    })).rejects.toThrow('rollback')
  })

  it('refuses to reverse income that was already spent', async () => {
    const gift = (await income({ category: 'contribution', counterparty: 'Ông Nguyễn Văn Tâm', amount: 50_000_000, description: 'Ủng hộ' })).body
    const closing = (await view()).body.summary.closing
    expect((await spend({ category: 'bonus', description: 'Thưởng đột xuất', amount: closing - 1_000_000 })).status).toBe(201)
    const res = await (await t.fund('officerA')).post(`/api/fund/lines/${gift.id}/reverse`, { reason: 'Nhà tài trợ rút lại', occurredOn: `${YEAR}-04-01` })
    expect(res.status).toBe(400)
    expect(res.body.error.fields.amount).toBe('Số tiền 50.000.000 đ vượt số dư quỹ năm 2026 (còn 1.000.000 đ)')
  })
})

describe('years and concurrency', () => {
  it('carries the closing balance into the next year and refuses a hand-written carry-over then', async () => {
    const closing = (await view()).body.summary.closing
    const next = await view(communeA, YEAR + 1)
    expect(next.body.summary).toMatchObject({ opening: closing, income: 0, spending: 0, closing })
    const res = await income({ year: YEAR + 1, occurredOn: `${YEAR + 1}-01-02`, category: 'carry_over', description: 'Số dư chuyển sang' })
    expect(res.status).toBe(400)
    expect(res.body.error.fields.category).toMatch(/^Loại khoản thu: số dư năm trước được chuyển tự động từ sổ quỹ năm 2026/)
  })

  it('refuses spending in an earlier year that would leave a later year negative', async () => {
    await income({ year: YEAR + 1, occurredOn: `${YEAR + 1}-01-05`, amount: 1_000_000, description: 'Ngân sách cấp' })
    await spend({ year: YEAR + 1, occurredOn: `${YEAR + 1}-02-01`, category: 'bonus', description: 'Thưởng', amount: 1_500_000 })
    const res = await spend({ amount: 600_000, description: 'Khung giấy khen' })
    expect(res.status).toBe(400)
    expect(res.body.error.fields.amount).toBe('Số tiền 600.000 đ làm số dư quỹ năm 2027 bị âm (năm đó còn 500.000 đ)')
  })

  it('lets concurrent spending take the balance only once', async () => {
    const communeB = t.tenant.org.communeB.id
    expect((await income({ organizationId: communeB, amount: 10_000_000 }, 'officerB')).status).toBe(201)
    const ctx = { db: t.db, actor: t.tenant.actor('officerB'), requestId: 'concurrent' }
    const attempts = await Promise.allSettled(Array.from({ length: 5 }, (_, i) => t.db.transaction((tx) => recordFundSpending(tx, ctx, {
      organizationId: communeB, year: YEAR, occurredOn: `${YEAR}-05-0${i + 1}`, category: 'bonus', description: `Chi thưởng đợt ${i + 1}`, amount: 3_000_000,
    }))))
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(3)
    expect((await view(communeB, YEAR, 'officerB')).body.summary.closing).toBe(1_000_000)
  })
})

describe('access', () => {
  it('keeps each commune to its fund; the province reads the communes; a signer reads only', async () => {
    expect((await view(communeA, YEAR, 'officerB')).status).toBe(403)
    expect((await spend({}, 'officerB')).status).toBe(403)
    expect((await view(communeA, YEAR, 'provinceOfficer')).status).toBe(200)
    expect((await view(communeA, YEAR, 'signerA')).body.canWrite).toBe(false)
    expect((await spend({}, 'signerA')).status).toBe(403)
    expect((await view(communeA, YEAR, 'unitSchoolA')).status).toBe(403)
  })
})

describe('downloads', () => {
  it('gives the ledger as a spreadsheet with the running balance', async () => {
    const res = await t.download('officerA', `/api/fund/ledger.xlsx?${q(communeA)}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('spreadsheetml')
    expect((await t.download('officerB', `/api/fund/ledger.xlsx?${q(communeA)}`)).status).toBe(403)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as Parameters<typeof workbook.xlsx.load>[0])
    const sheet = workbook.worksheets[0]!
    expect(sheet.getRow(1).getCell(1).value).toBe('SỔ THEO DÕI QUỸ THI ĐUA, KHEN THƯỞNG NĂM 2026')
    expect(sheet.getRow(5).values).toEqual(expect.arrayContaining(['Ngân sách cấp đầu năm', 10_000_000]))
    const summary = (await view()).body.summary
    expect(sheet.getRow(sheet.rowCount).getCell(9).value).toBe(summary.closing)
  })

  it('gives the year report in Decree 30 form as Word and PDF', async () => {
    const docx = await t.download('officerA', `/api/fund/report?${q(communeA)}&format=docx`)
    expect(docx.status).toBe(200)
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) })).value
    expect(text).toContain('BÁO CÁO')
    expect(text).toContain('Tình hình sử dụng quỹ thi đua, khen thưởng năm 2026')
    expect(text).toContain('Chi tổ chức phong trào, tuyên truyền, hội nghị sơ kết, tổng kết')
    expect(text).toContain('2.400.001')
    const pdf = await t.download('officerA', `/api/fund/report?${q(communeA)}&format=pdf`)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
  })
})
