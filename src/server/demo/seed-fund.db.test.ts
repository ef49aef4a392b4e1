// The demo's funds (seed-fund.ts): Bắc Sơn's and Bình Thành's ledgers for the current year, and Bắc Sơn's
// Giấy khen decision 01/QĐ-UBND paid from its fund, read back through the API as the demo officers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db/client.ts'
import { openTestDb } from '../testing/test-db.ts'
import { ApiClient, testApp } from '../testing/api-client.ts'
import { todayInVietnam } from '../../shared/people.ts'
import { buildDemoData } from './demo-data.ts'
import { DEMO_PASSWORD, DEMO_PROVINCE, seedDemo } from './seed-demo.ts'

let db: Db
let app: ReturnType<typeof testApp>
const signIn = (username: string) => ApiClient.signIn(app, username, DEMO_PASSWORD)
const year = Number(todayInVietnam().slice(0, 4))
let orgIds: Record<'bacSon' | 'binhThanh', string>

beforeAll(async () => {
  db = await openTestDb()
  await seedDemo(db, { replace: false })
  const provinceId = (await db.query<{ id: string }>('SELECT id FROM provinces WHERE code = $1', [DEMO_PROVINCE.code]))[0]!.id
  const data = buildDemoData()
  const idOf = async (key: 'bacSon' | 'binhThanh') =>
    (await db.query<{ id: string }>(`SELECT id FROM organizations WHERE province_id = $1 AND name = $2 AND kind = 'commune'`, [provinceId, data.organizationByKey.get(key)!.name]))[0]!.id
  orgIds = { bacSon: await idOf('bacSon'), binhThanh: await idOf('binhThanh') }
  app = testApp(db)
})
afterAll(() => db.close())

describe('demo funds', () => {
  it('Bắc Sơn received its allocation and a contribution and paid 01/QĐ-UBND from the fund', async () => {
    const officer = await signIn('bacson.vanphong')
    const res = await officer.get(`/api/fund?organizationId=${orgIds.bacSon}&year=${year}`)
    expect(res.status).toBe(200)
    const { summary, lines } = res.body
    expect(summary).toMatchObject({ opening: 0, income: 55_000_000, recurrentSpending: 5_200_000_000, allocationCap: 52_000_000 })
    expect(summary.byCategory).toMatchObject({ allocation: 50_000_000, contribution: 5_000_000 })
    const payment = lines.find((l: { category: string }) => l.category === 'bonus')
    expect(payment).toMatchObject({ decisionLabel: '01/QĐ-UBND' })
    expect(payment.amount).toBeGreaterThan(0)
    expect(summary.closing).toBe(55_000_000 - payment.amount)
    expect((await officer.get(`/api/fund/unpaid-decisions?organizationId=${orgIds.bacSon}`)).body.map((d: { label: string }) => d.label)).not.toContain('01/QĐ-UBND')
    const audit = await db.query<{ actor: string }>(`SELECT actor_name AS actor FROM audit_log WHERE entity = 'fund_line' AND entity_id = $1`, [payment.id])
    expect(audit[0]!.actor).toMatch(/\(bacson\.vanphong\)$/)
  })

  it('Bình Thành\'s fund: allocation, contribution and a review meeting within the 20% share; Bắc Sơn cannot read it, the province can', async () => {
    const res = await (await signIn('binhthanh.vanphong')).get(`/api/fund?organizationId=${orgIds.binhThanh}&year=${year}`)
    expect(res.body.summary).toMatchObject({ income: 43_000_000, spending: 4_500_000, closing: 38_500_000, movementCap: 8_600_000 })
    expect((await (await signIn('bacson.vanphong')).get(`/api/fund?organizationId=${orgIds.binhThanh}&year=${year}`)).status).toBe(403)
    expect((await (await signIn('tinh.thuongtruc')).get(`/api/fund?organizationId=${orgIds.binhThanh}&year=${year}`)).status).toBe(200)
  })
})
