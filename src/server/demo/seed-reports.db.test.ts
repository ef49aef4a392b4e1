// The demo's progress reports (seed-reports.ts) read back through the API as the demo officers: Bình Thành's units
// on the sơ kết of Đợt 1 of the commune's plan answering 141/KH-UBND — three accepted, one awaiting, the health
// station reminded and missing — and the commune's compiled sơ kết with figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db/client.ts'
import { ApiClient, testApp } from '../testing/api-client.ts'
import { openTestDb } from '../testing/test-db.ts'
import { DEMO_PASSWORD, seedDemo } from './seed-demo.ts'
import { DEMO_REPORT_PERIOD } from './seed-reports.ts'

let db: Db
let app: ReturnType<typeof testApp>
const signIn = (username: string) => ApiClient.signIn(app, username, DEMO_PASSWORD)

beforeAll(async () => {
  db = await openTestDb()
  await seedDemo(db, { replace: false })
  app = testApp(db)
})
afterAll(() => db.close())

interface Summary { id: string; organizationName: string; status: string; campaignId: string; periodId: string }

describe('demo progress reports', () => {
  it('Bình Thành\'s units reported on the sơ kết of Đợt 1: three accepted, the lower secondary school awaiting', async () => {
    const officer = await signIn('binhthanh.vanphong')
    const { items } = (await officer.get('/api/reports?pageSize=50')).body as { items: Summary[] }
    expect(items.every((r) => r.periodId === DEMO_REPORT_PERIOD)).toBe(true)
    const byStatus = (status: string) => items.filter((r) => r.status === status).map((r) => r.organizationName).sort()
    expect(byStatus('accepted')).toEqual(['Trường Tiểu học Bình Thành', 'Xóm Làng Mới', 'Xóm Đồng Tâm'])
    expect(byStatus('submitted')).toEqual(['Trường THCS Bình Thành'])

    const school = await signIn('binhthanh.truongtieuhoc')
    const own = (await school.get('/api/reports')).body as { items: Summary[] }
    expect(own.items.map((r) => [r.organizationName, r.status])).toEqual([['Trường Tiểu học Bình Thành', 'accepted']])
  })

  it('lists the health station, reminded once, among the units that have not reported (the sơ kết is overdue)', async () => {
    const officer = await signIn('binhthanh.vanphong')
    const campaignId = ((await officer.get('/api/reports')).body.items as Summary[])[0]!.campaignId
    const missing = (await officer.get(`/api/reports/missing?campaignId=${campaignId}&periodId=${DEMO_REPORT_PERIOD}`)).body
    expect(missing.reported).toBe(4)
    expect(missing).toMatchObject({ due: '2026-07-15', overdue: true })
    const station = missing.items.find((i: { organizationName: string }) => i.organizationName === 'Trạm Y tế xã Bình Thành')
    expect(station).toMatchObject({ reminders: 1, report: null })
  })

  it('compiles the commune\'s sơ kết with figures from the accepted reports', async () => {
    const officer = await signIn('binhthanh.vanphong')
    const campaignId = ((await officer.get('/api/reports')).body.items as Summary[])[0]!.campaignId
    const binhThanh = (await officer.get('/api/auth/me')).body.organizationId
    const compiled = (await officer.get(`/api/reports/compiled?organizationId=${binhThanh}&campaignId=${campaignId}&periodId=${DEMO_REPORT_PERIOD}`)).body
    expect(compiled.counted).toHaveLength(3)
    const figure = (measure: string) => compiled.results.find((r: { measure: string | null }) => r.measure === measure)?.total
    expect(figure('số hộ thoát nghèo')).toBe(8)
    expect(figure('mét đường bê tông')).toBe(750)
    expect(figure('số hồ sơ học sinh được số hóa')).toBe(412)
    expect(compiled.registrations.units).toBeGreaterThanOrEqual(2)
    expect(compiled.models.map((m: { text: string }) => m.text)).toContain('Mô hình «Xóm sáng - xanh - sạch - đẹp»')
    expect(compiled.narrative.version).toBe(1)
  })
})
