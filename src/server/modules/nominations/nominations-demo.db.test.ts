// The demo province walks journeys C and E: Bắc Sơn's units propose Giấy khen and Bằng khen under
// 141/KH-UBND; Bình Thành's school and office propose the 2025 annual titles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../db/client.ts'
import { openTestDb } from '../../testing/test-db.ts'
import { ApiClient, testApp } from '../../testing/api-client.ts'
import { DEMO_PASSWORD, seedDemo } from '../../demo/seed-demo.ts'

let db: Db
let app: ReturnType<typeof testApp>
const signIn = (username: string) => ApiClient.signIn(app, username, DEMO_PASSWORD)

interface Row { subject: { name: string }; targetShort: string; status: string; eligible: boolean | null; deciding: { organizationName: string; competent: boolean }; campaign: { numberAndSymbol: string } | null; batch: { numberAndSymbol: string } | null }
const rows = (items: Row[]) => items.map((n) => [n.subject.name, n.targetShort, n.status]).sort((a, b) => String(a).localeCompare(String(b), 'vi'))

beforeAll(async () => {
  db = await openTestDb()
  await seedDemo(db, { replace: false })
  app = testApp(db)
})
afterAll(() => db.close())

describe('demo nominations', () => {
  it('journey C: Bắc Sơn proposes under 141/KH-UBND; the Bằng khen goes up to the province', async () => {
    const officer = await signIn('bacson.vanphong')
    const list = (await officer.get('/api/nominations?pageSize=50')).body
    expect(list.items.every((n: Row) => n.campaign?.numberAndSymbol === '141/KH-UBND')).toBe(true)
    // seed-commendation.ts carried them on: the council passed three and failed one, two were decided, the Bằng khen was sent up.
    expect(list.items.map((n: Row) => [n.targetShort, n.status]).sort()).toEqual([
      ['Bằng khen Chủ tịch UBND tỉnh', 'draft'],
      ['Bằng khen Chủ tịch UBND tỉnh', 'proposed'],
      ['Giấy khen Chủ tịch UBND xã', 'decided'],
      ['Giấy khen Chủ tịch UBND xã', 'decided'],
      ['Giấy khen Chủ tịch UBND xã', 'failed'],
      ['Giấy khen Chủ tịch UBND xã', 'returned'],
    ])
    const bangKhen = list.items.filter((n: Row) => n.targetShort.startsWith('Bằng khen'))
    expect(bangKhen.map((n: Row) => n.deciding)).toEqual([expect.objectContaining({ organizationName: 'Tỉnh Thái Nguyên', competent: true }), expect.objectContaining({ organizationName: 'Tỉnh Thái Nguyên', competent: true })])
    const returned = list.items.find((n: Row) => n.status === 'returned')
    const detail = (await officer.get(`/api/nominations/${returned.id}`)).body
    expect(detail.history.at(-1)).toMatchObject({ toStatus: 'returned', reason: expect.stringMatching(/^Báo cáo thành tích chưa có xác nhận/) })
    expect(detail.batch.numberAndSymbol).toMatch(/^\d{2}\/TTr-/)
  })

  it('journey E: Bình Thành\'s 2025 annual titles, with the verdicts of the seeded histories', async () => {
    const officer = await signIn('binhthanh.vanphong')
    const list = (await officer.get('/api/nominations?year=2025&pageSize=50')).body.items as Row[]
    expect(rows(list).map(([, target, status]) => `${target} ${status}`).sort()).toEqual([
      // the school's three are with the council (one passed at its first session, two on the open second one); the office's wait
      'CSTĐCS draft', 'LĐTT draft', 'LĐTT passed', 'LĐTT submitted', 'LĐTT submitted', 'LĐTT to_council', 'TTLĐTT draft', 'TTLĐTT to_council',
    ].sort())
    // The commune chairman decides, through the commune, for the school's and the office's (under its People's Committee) alike.
    expect(new Set(list.map((n) => [n.campaign, n.deciding.organizationName, n.deciding.competent].join()))).toEqual(new Set([',Xã Bình Thành,true']))
    const disciplined = list.find((n) => n.status === 'draft' && n.targetShort === 'LĐTT')!
    expect(disciplined.eligible).toBe(false)
    const station = list.find((n) => n.targetShort === 'TTLĐTT' && n.status === 'draft')!
    expect(station.subject.name).toBe('Trạm Y tế xã Bình Thành')
    expect(station.eligible).toBe(false)
    const unit = await signIn('binhthanh.truongtieuhoc')
    const own = (await unit.get('/api/nominations')).body.items as Row[]
    expect(own.map((n) => n.subject.name)).not.toContain('Trạm Y tế xã Bình Thành')
    expect(new Set(own.filter((n) => n.batch).map((n) => n.batch!.numberAndSymbol))).toEqual(new Set(['01/TTr-TTHBT']))
  })

  it('the province\'s holidays of 2025 and 2026 are on its calendar, and the demo is seeded again', async () => {
    const admin = await signIn('admin')
    expect((await admin.get('/api/holidays?year=2025')).body.holidays).toHaveLength(12)
    expect((await admin.get('/api/nominations')).body.total).toBe(14)
    await seedDemo(db, { replace: true })
    expect((await (await signIn('admin')).get('/api/nominations')).body.total).toBe(14)
  })
})
