// "Chi thưởng theo quyết định": commune A's issued award decisions not yet paid, with their totals (paid lines,
// a cancelled award left out), paid in one action, refused beyond the balance without writing, paid again only
// once the payment line is reversed, and paid once when two payments of it come at the same time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { staff } from '../nominations/nominations.testing.ts'
import { councilPassed, draftDecision } from '../decisions/decisions.testing.ts'
import { created } from '../nominations/nominations.testing.ts'
import { listIssuedDecisions } from './fund.repository.ts'
import { fundCounts, openFundTest, type FundTestContext } from './fund.testing.ts'

let t: FundTestContext
let first: { id: string; numberAndSymbol: string }
let second: { id: string }

async function issued(nominationIds: string[]) {
  const draft = await created(await draftDecision(t, nominationIds))
  return created(await (await t.as('signerA')).post(`/api/decisions/${draft.id}/issue`, { version: draft.version }), 200)
}

beforeAll(async () => {
  t = await openFundTest()
  const an = await staff(t, 'Nguyễn Văn An', { birthDate: '1984-03-02' })
  const binh = await staff(t, 'Lê Thị Bình', { sex: 'nu', birthDate: '1990-11-20' })
  const cuong = await staff(t, 'Trần Văn Cường', { birthDate: '1988-05-12' })
  first = await issued([(await councilPassed(t, an.id)).id, (await councilPassed(t, binh.id)).id])
  second = await issued([(await councilPassed(t, cuong.id)).id])
  // Cường's award is cancelled (Luật TĐKT 2022 Điều 93): its registry row is revoked.
  await t.db.query(`UPDATE award_records SET revoked_on = '2026-01-05', revoked_reason = 'Hủy bỏ do khai man thành tích' WHERE province_id = $1 AND decision_id = $2`, [t.tenant.provinceId, second.id])
  await (await t.fund('officerA')).post('/api/fund/income', {
    organizationId: t.tenant.org.communeA.id, year: 2026, occurredOn: '2026-01-10', category: 'allocation', description: 'Ngân sách cấp đầu năm', amount: 1_000_000,
  })
})
afterAll(() => t.db.close())

const unpaid = async () => (await (await t.fund('officerA')).get(`/api/fund/unpaid-decisions?organizationId=${t.tenant.org.communeA.id}`)).body
/** The decision's standing (unreversed) payment line as the repository reads it, or null. */
const paidLineOf = async (id: string) => (await listIssuedDecisions(t.db, t.tenant.provinceId, t.tenant.org.communeA.id, false)).find((d) => d.id === id)!.paidLineId
/** The decision's payment lines that are not reversed. */
const standingPayments = async (decisionId: string) => (await t.db.query<{ n: number }>(
  `SELECT count(*)::int AS n FROM fund_lines f WHERE f.decision_id = $1 AND f.reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM fund_lines r WHERE r.reverses_id = f.id)`, [decisionId],
))[0]!.n
const pay = async (id: string) => (await t.fund('officerA')).post(`/api/fund/decisions/${id}/pay`, { occurredOn: '2026-01-20' })

describe('paying award decisions', () => {
  it('lists the issued decisions not yet paid with their totals, a cancelled award left out', async () => {
    const list = await unpaid()
    expect(list.map((d: { id: string }) => d.id).sort()).toEqual([first.id, second.id].sort())
    expect(list.find((d: { id: string }) => d.id === first.id)).toMatchObject({ lineCount: 2, total: 1_420_000, cancelledLines: 0, paidLineId: null })
    expect(list.find((d: { id: string }) => d.id === second.id)).toMatchObject({ lineCount: 1, total: 0, cancelledLines: 1 })
  })

  it('refuses to pay beyond the balance and writes nothing', async () => {
    const before = await fundCounts(t.db)
    const res = await pay(first.id)
    expect(res.status).toBe(400)
    expect(res.body.error.fields.amount).toBe('Số tiền 1.420.000 đ vượt số dư quỹ năm 2026 (còn 1.000.000 đ)')
    expect(await fundCounts(t.db)).toEqual(before)
  })

  it('pays a decision once, in one line linked to it for its total', async () => {
    await (await t.fund('officerA')).post('/api/fund/income', {
      organizationId: t.tenant.org.communeA.id, year: 2026, occurredOn: '2026-01-15', category: 'contribution', counterparty: 'Hội Khuyến học xã', description: 'Ủng hộ quỹ', amount: 1_000_000,
    })
    const res = await pay(first.id)
    expect(res.status).toBe(201)
    expect(res.body.balance.balance).toBe(580_000)
    const line = (await (await t.fund('officerA')).get(`/api/fund?organizationId=${t.tenant.org.communeA.id}&year=2026`)).body.lines.find((l: { id: string }) => l.id === res.body.id)
    expect(line).toMatchObject({ category: 'bonus', amount: 1_420_000, decisionId: first.id, decisionLabel: first.numberAndSymbol })
    expect(line.description).toMatch(new RegExp(`^Chi tiền thưởng theo Quyết định số ${first.numberAndSymbol} ngày 20/12/2025 \\(2 dòng, 1\\.420\\.000 đ\\)`))
    expect((await unpaid()).map((d: { id: string }) => d.id)).toEqual([second.id])
    const again = await pay(first.id)
    expect(again.status).toBe(409)
    expect(again.body.error.fields.decisionId).toBe('Quyết định đã được chi trả')
  })

  it('pays a decision again once its payment line is reversed, and not while a payment stands', async () => {
    const paidLineId = await paidLineOf(first.id)
    expect(paidLineId).not.toBeNull()
    const reversed = await (await t.fund('officerA')).post(`/api/fund/lines/${paidLineId}/reverse`, { reason: 'Sai ngày chi', occurredOn: '2026-01-21' })
    expect(reversed.status).toBe(201)
    expect(reversed.body.balance.balance).toBe(2_000_000)
    expect((await unpaid()).map((d: { id: string }) => d.id).sort()).toEqual([first.id, second.id].sort())

    const again = await pay(first.id)
    expect(again.status).toBe(201)
    expect(again.body.balance.balance).toBe(580_000)
    expect(await paidLineOf(first.id)).toBe(again.body.id)
    expect((await unpaid()).map((d: { id: string }) => d.id)).toEqual([second.id])
    const twice = await pay(first.id)
    expect(twice.status).toBe(409)
    expect(twice.body.error.fields.decisionId).toBe('Quyết định đã được chi trả')
    expect(await standingPayments(first.id)).toBe(1)
  })

  it('writes one line when the same decision is paid twice at once', async () => {
    const paidLineId = await paidLineOf(first.id)
    expect((await (await t.fund('officerA')).post(`/api/fund/lines/${paidLineId}/reverse`, { reason: 'Chi nhầm tài khoản', occurredOn: '2026-01-22' })).status).toBe(201)
    const before = await fundCounts(t.db)
    const statuses = (await Promise.all([pay(first.id), pay(first.id)])).map((r) => r.status).sort()
    expect(statuses).toEqual([201, 409])
    expect(await standingPayments(first.id)).toBe(1)
    expect((await fundCounts(t.db)).lines).toBe(before.lines + 1)
  })

  it('explains a decision with nothing to pay', async () => {
    const res = await pay(second.id)
    expect(res.status).toBe(400)
    expect(res.body.error.message).toMatch(/không có khoản tiền thưởng nào để chi \(1 dòng đã hủy bỏ khen thưởng\)/)
  })

  it('keeps other communes and read-only roles out', async () => {
    expect((await (await t.fund('officerB')).post(`/api/fund/decisions/${second.id}/pay`, { occurredOn: '2026-01-20' })).status).toBe(403)
    expect((await (await t.fund('signerA')).post(`/api/fund/decisions/${second.id}/pay`, { occurredOn: '2026-01-20' })).status).toBe(403)
    expect((await (await t.fund('officerB')).get(`/api/fund/unpaid-decisions?organizationId=${t.tenant.org.communeA.id}`)).status).toBe(403)
  })
})
