// Quotas at submission: with the province's rule "Giấy khen of the commune chairman at most half the
// number of LĐTT" (per subtree), a batch that would exceed it is refused with the rule and its figures,
// and nothing moves; once enough LĐTT are on their way the same Giấy khen goes through.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { created, MEETING, nominate, staff, submit } from './nominations.testing.ts'

let t: HistoryTestContext

beforeAll(async () => {
  t = await openHistoryTest()
  const province = await t.as('provinceOfficer')
  const rules = await province.put('/api/rules/province', {
    instrument: 'Quyết định 12/2025/QĐ-UBND của UBND tỉnh Thử nghiệm',
    validFrom: '2025-01-01',
    standards: [],
    quotas: [{ target: 'GIAY_KHEN_CHU_TICH_XA', relativeTo: 'LDTT', maxShare: 0.5, per: 'subtree', citation: 'Điều 9, khoản 1' }],
    version: 0,
  })
  expect(rules.status).toBe(200)
})
afterAll(() => t.db.close())

async function ready(name: string, target: string) {
  const person = await staff(t, name)
  const draft = await created(await nominate(t, person.id, { target }))
  const officer = await t.as('officerA')
  return created(await officer.patch(`/api/nominations/${draft.id}`, { version: draft.version, reviewMeeting: MEETING }), 200)
}

it('refuses a batch beyond the province quota, then accepts it when the base allows', async () => {
  const unit = await t.as('unitSchoolA')
  const giayKhen = await ready('Hà Thị Mai', 'GIAY_KHEN_CHU_TICH_XA')
  const refused = await submit(unit, [giayKhen])
  expect(refused.status).toBe(400)
  expect(refused.body.error.message).toMatch(/Vượt tỷ lệ khen thưởng/)
  expect(refused.body.error.fields.quotas).toMatch(/không quá 50% số LĐTT .* — đề nghị 1, tối đa 0 \(Quyết định 12\/2025\/QĐ-UBND .*Điều 9, khoản 1\)/)
  expect((await unit.get(`/api/nominations/${giayKhen.id}`)).body.status).toBe('draft')

  const ldtt = [await ready('Lục Văn Bình', 'LDTT'), await ready('Nông Thị Hà', 'LDTT')]
  expect((await submit(unit, ldtt)).status).toBe(201)
  const accepted = await submit(unit, [giayKhen])
  expect(accepted.status).toBe(201)
})
