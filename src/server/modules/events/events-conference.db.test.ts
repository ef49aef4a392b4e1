// A conference's honourees taken from an issued award decision, its budget estimate checked against the
// commendation fund, and the settlement posted to the fund in one transaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { councilPassed, draftDecision } from '../decisions/decisions.testing.ts'
import { fundBalance } from '../fund/fund-ledger.ts'
import { staff } from '../nominations/nominations.testing.ts'
import { eventCounts, openEventsTest, TODAY, YEAR, type EventsTestContext } from './events.testing.ts'

let t: EventsTestContext
let decisionId: string
let e: any // eslint-disable-line @typescript-eslint/no-explicit-any

const officer = () => t.events('officerA')
const balance = async () => (await fundBalance(t.db, t.tenant.provinceId, t.tenant.org.communeA.id, YEAR)).balance

beforeAll(async () => {
  t = await openEventsTest()
  const an = await staff(t, 'Nguyễn Văn An', { birthDate: '1984-03-02' })
  const binh = await staff(t, 'Lê Thị Bình', { sex: 'nu', birthDate: '1990-11-20' })
  const lines = [await councilPassed(t, an.id, { target: 'GIAY_KHEN_CHU_TICH_XA', achievement: 'Có sáng kiến tổ chức câu lạc bộ đọc sách.' }), await councilPassed(t, binh.id)]
  const draft = (await draftDecision(t, lines.map((l) => l.id))).body
  const issued = await (await t.as('signerA')).post(`/api/decisions/${draft.id}/issue`, { version: draft.version })
  expect(issued.status, JSON.stringify(issued.body)).toBe(200)
  decisionId = draft.id
  await t.fund(20_000_000)
  e = (await (await officer()).post('/api/events', {
    kind: 'honouring_conference', organizationId: t.tenant.org.communeA.id, title: 'Hội nghị tuyên dương điển hình tiên tiến xã Bình Thành', eventDate: TODAY, delegateCap: 3,
  })).body
})
afterAll(() => t.db.close())

describe('honourees from an issued decision', () => {
  it('lists the decision\'s lines, adds them as honourees invited to the conference', async () => {
    const sources = (await (await officer()).get(`/api/events/${e.id}/honouree-sources`)).body.decisions
    expect(sources).toHaveLength(1)
    const source = sources[0]
    expect(source.decision.numberAndSymbol).toMatch(/\/QĐ-UBND$/)
    expect(source.lines.map((l: { subject: { name: string } }) => l.subject.name).sort()).toEqual(['Lê Thị Bình', 'Nguyễn Văn An'])
    const res = await (await officer()).post(`/api/events/${e.id}/honourees`, { decisionId, nominationIds: source.lines.map((l: { nominationId: string }) => l.nominationId), groupId: e.groups[5].id })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    e = res.body
    expect(e.honourees.map((h: { subjectName: string; award: string }) => [h.subjectName, h.award]).sort()).toEqual([['Lê Thị Bình', 'Lao động tiên tiến'], ['Nguyễn Văn An', 'Giấy khen']])
    expect(e.attendees.map((a: { role: string; groupName: string }) => [a.role, a.groupName])).toEqual([['honouree', e.groups[5].name], ['honouree', e.groups[5].name]])
    expect(e.honourees[0].decisionReference).toMatch(/^Quyết định số \d+\/QĐ-UBND ngày/)
    const again = await (await officer()).post(`/api/events/${e.id}/honourees`, { decisionId, nominationIds: [source.lines[0].nominationId] })
    expect(again.status).toBe(409)
    expect(again.body.error.fields.nominationIds).toMatch(/đã có trong danh sách tuyên dương/)
  })

  it('counts the honourees against the cap: beyond it nothing is written', async () => {
    e = (await (await officer()).post(`/api/events/${e.id}/attendees`, { fullName: 'Hoàng Văn Thắng', role: 'chair' })).body
    const honouree = e.honourees[0]
    e = (await (await officer()).delete(`/api/events/${e.id}/honourees/${honouree.id}`)).body
    expect(e.attendees).toHaveLength(2)
    e = (await (await officer()).post(`/api/events/${e.id}/attendees`, { fullName: 'Ma Văn Hùng' })).body
    const before = await eventCounts(t.db)
    const res = await (await officer()).post(`/api/events/${e.id}/honourees`, { decisionId, nominationIds: [honouree.nominationId] })
    expect(res.status).toBe(400)
    expect(res.body.error.fields.delegateCap).toMatch(/^Số lượng đại biểu tối đa là 3/)
    expect(await eventCounts(t.db)).toEqual(before)
  })
})

describe('the budget from the commendation fund', () => {
  it('refuses the estimate line that goes beyond the fund\'s balance, naming it, and saves nothing', async () => {
    const before = await eventCounts(t.db)
    const res = await (await officer()).put(`/api/events/${e.id}/budget`, {
      version: e.version,
      lines: [
        { item: 'Khung giấy khen', unit: 'chiếc', quantity: 20, unitPrice: 60_000, category: 'award_items' },
        { item: 'Trang trí hội trường, khánh tiết', quantity: 1, unitPrice: 19_000_000 },
      ],
    })
    expect(res.status).toBe(400)
    expect(res.body.error.fields['lines.1.unitPrice']).toBe(`Thành tiền vượt số dư quỹ: dự toán đến dòng này là 20.200.000 đồng, quỹ thi đua, khen thưởng năm ${YEAR} của Xã Bình Thành còn 20.000.000 đồng`)
    expect(await eventCounts(t.db)).toEqual(before)
  })

  it('saves an estimate within the balance, then settles it into the fund in one transaction', async () => {
    const saved = await (await officer()).put(`/api/events/${e.id}/budget`, {
      version: e.version,
      lines: [
        { item: 'Khung giấy khen', unit: 'chiếc', quantity: 20, unitPrice: 60_000, category: 'award_items' },
        { item: 'Trang trí hội trường, khánh tiết', quantity: 1, unitPrice: 1_500_000 },
        { item: 'Nước uống đại biểu', unit: 'người', quantity: 150, unitPrice: 15_000 },
      ],
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    e = saved.body
    expect(e.budget).toMatchObject({ estimate: 1_200_000 + 1_500_000 + 2_250_000, actual: null, fund: { balance: 20_000_000 } })
    e = (await (await officer()).post(`/api/events/${e.id}/invitations`, { version: e.version })).body
    e = (await (await officer()).post(`/api/events/${e.id}/held`, { version: e.version })).body
    expect(e.status).toBe('held')

    // Beyond what the fund allows for organising movements (its share of the year's fund): refused, nothing written.
    const [frames, decoration, water] = e.budget.lines
    const before = await eventCounts(t.db)
    const tooMuch = await (await officer()).post(`/api/events/${e.id}/settlement`, {
      version: e.version, actuals: [{ lineId: frames.id, actualAmount: 1_200_000 }, { lineId: decoration.id, actualAmount: 4_500_000 }, { lineId: water.id, actualAmount: 0 }],
    })
    expect(tooMuch.status).toBe(400)
    expect(Object.keys(tooMuch.body.error.fields)).toEqual(['actuals.1.actualAmount'])
    expect(await eventCounts(t.db)).toEqual(before)
    expect(await balance()).toBe(20_000_000)

    const settled = await (await officer()).post(`/api/events/${e.id}/settlement`, {
      version: e.version, actuals: [{ lineId: frames.id, actualAmount: 1_200_000 }, { lineId: decoration.id, actualAmount: 1_350_000 }, { lineId: water.id, actualAmount: 0 }],
    })
    expect(settled.status, JSON.stringify(settled.body)).toBe(200)
    e = settled.body
    expect(e).toMatchObject({ status: 'settled', budget: { actual: 2_550_000 } })
    expect(await balance()).toBe(20_000_000 - 2_550_000)
    const posted = await t.db.query<{ category: string; amount: number; description: string }>(
      `SELECT category, amount::int AS amount, description FROM fund_lines WHERE event_id = $1 ORDER BY amount`, [e.id])
    expect(posted).toEqual([
      { category: 'award_items', amount: 1_200_000, description: 'Hội nghị tuyên dương điển hình tiên tiến xã Bình Thành: Khung giấy khen' },
      { category: 'movement', amount: 1_350_000, description: 'Hội nghị tuyên dương điển hình tiên tiến xã Bình Thành: Trang trí hội trường, khánh tiết' },
    ])
    expect(e.budget.lines.map((l: { fundLineId: string | null }) => l.fundLineId !== null)).toEqual([true, true, false])
    // Settled: nothing changes any more.
    const late = await (await officer()).put(`/api/events/${e.id}/budget`, { version: e.version, lines: [] })
    expect(late.status).toBe(409)
  })
})
