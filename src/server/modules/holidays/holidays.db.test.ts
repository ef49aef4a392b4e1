// The province's holiday calendar: a year's list saved whole with its version, by province-level accounts.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'

let t: HistoryTestContext

beforeAll(async () => {
  t = await openHistoryTest()
})
afterAll(() => t.db.close())

it('keeps the holiday list of a year whole, with its version', async () => {
  const province = await t.as('provinceOfficer')
  expect((await province.get('/api/holidays?year=2030')).body).toEqual({ year: 2030, holidays: [], version: 0 })
  const tet = [{ date: '2030-02-04', name: 'Tết Nguyên đán' }, { date: '2030-01-01', name: 'Tết Dương lịch' }]
  const first = await province.put('/api/holidays/2030', { version: 0, holidays: tet })
  expect(first.body.holidays.map((h: { date: string }) => h.date)).toEqual(['2030-01-01', '2030-02-04'])
  expect((await province.put('/api/holidays/2030', { version: 0, holidays: [] })).status).toBe(409)
  const outside = await province.put('/api/holidays/2030', { version: 1, holidays: [{ date: '2031-01-01', name: 'Tết Dương lịch' }] })
  expect(outside.body.error.fields).toEqual({ 'holidays.0.date': 'Ngày nghỉ: 01/01/2031 không thuộc năm 2030' })
  const twice = await province.put('/api/holidays/2030', { version: 1, holidays: [tet[0], tet[0]] })
  expect(twice.body.error.fields).toEqual({ 'holidays.1.date': 'Ngày nghỉ: ngày 2030-02-04 nhập hai lần' })
  expect((await (await t.as('officerA')).put('/api/holidays/2030', { version: 1, holidays: [] })).status).toBe(403)
  expect((await (await t.as('unitSchoolA')).get('/api/holidays?year=2030')).body.version).toBe(1)
})
