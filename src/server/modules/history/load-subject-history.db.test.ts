// The engine reads the awards that count: catalogue forms, not those cancelled under Điều 93 (which stay in
// the registry, marked); and cancelling an LĐTT breaks the chain a CSTĐCS needs.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openHistoryTest, type HistoryTestContext } from './history.testing.ts'
import { staffWithHistory } from '../eligibility/eligibility.testing.ts'
import { findSubject } from './subjects.repository.ts'
import { loadSubjectHistory } from './load-subject-history.ts'

let t: HistoryTestContext

beforeAll(async () => {
  t = await openHistoryTest()
})
afterAll(() => t.db.close())

it('leaves cancelled awards out of the history the engine reads, while the registry still shows them, marked', async () => {
  const person = await staffWithHistory(t, {
    name: 'Lương Thị Mận', ratings: { 2023: 'HTTNV', 2024: 'HTTNV' },
    awards: [{ code: 'LDTT', year: 2023, decisionNumber: '12/QĐ-UBND' }, { code: 'LDTT', year: 2024, decisionNumber: '31/QĐ-UBND' }],
  })
  const subject = (await findSubject(t.db, t.tenant.provinceId, 'individual', person.id))!
  expect((await loadSubjectHistory(t.db, t.tenant.provinceId, subject)).awards!.map((a) => a.year).sort()).toEqual([2023, 2024])

  // the 2024 decision is cancelled (as the certificates' cancellation records it)
  await t.db.query(`UPDATE award_records SET revoked_on = '2025-03-01', revoked_reason = 'Hủy bỏ do khai man thành tích' WHERE province_id = $1 AND subject_id = $2 AND year = 2024`, [t.tenant.provinceId, person.id])
  expect((await loadSubjectHistory(t.db, t.tenant.provinceId, subject)).awards!.map((a) => a.year)).toEqual([2023])
  const registry = (await (await t.as('officerA')).get(`/api/history/individual/${person.id}`)).body
  const awards = JSON.stringify(registry)
  expect(awards).toContain('Hủy bỏ do khai man thành tích')
})
