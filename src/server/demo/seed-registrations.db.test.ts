// The demo's registrations (seed-registrations.ts) under 141/KH-UBND (Bình Thành's answering plan): Bình Thành's primary school and Xóm Đồng
// Tâm approved, the lower secondary school awaiting approval, the preschool returned with the reason, the
// commune's consolidated draft from its approved units, and units that have not registered yet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db/client.ts'
import { openTestDb } from '../testing/test-db.ts'
import { ApiClient, testApp } from '../testing/api-client.ts'
import { DEMO_PASSWORD, seedDemo } from './seed-demo.ts'

let db: Db
let app: ReturnType<typeof testApp>
const signIn = (username: string) => ApiClient.signIn(app, username, DEMO_PASSWORD)

interface Summary { id: string; organizationName: string; status: string; consolidated: boolean; campaignId: string | null; returnReason: string | null; targets: { code: string; scope: string; count: number }[] }

beforeAll(async () => {
  db = await openTestDb()
  await seedDemo(db, { replace: false })
  app = testApp(db)
})
afterAll(() => db.close())

describe('demo registrations', () => {
  it('Bình Thành\'s units registered under 141/KH-UBND: approved, awaiting approval, returned, and the commune\'s consolidated draft', async () => {
    const officer = await signIn('binhthanh.vanphong')
    const { items, total } = (await officer.get('/api/registrations?pageSize=50')).body as { items: Summary[]; total: number }
    expect(total).toBe(5)
    expect(new Set(items.map((r) => r.campaignId)).size).toBe(1)
    const byStatus = (status: string) => items.filter((r) => r.status === status && !r.consolidated).map((r) => r.organizationName).sort()
    expect(byStatus('approved')).toEqual(['Trường Tiểu học Bình Thành', 'Xóm Đồng Tâm'])
    expect(byStatus('submitted')).toHaveLength(1)
    expect(byStatus('returned')).toHaveLength(1)
    expect(items.find((r) => r.status === 'returned')!.returnReason).toMatch(/^Đề nghị bổ sung/)

    const consolidated = items.filter((r) => r.consolidated)
    expect(consolidated).toHaveLength(1)
    expect(consolidated[0]).toMatchObject({ organizationName: 'Xã Bình Thành', status: 'draft' })
    expect(consolidated[0]!.targets.map((t) => [t.code, t.scope, t.count])).toEqual([['TTLDTT', 'unit', 1], ['LDTT', 'members', 20], ['CSTDCS', 'members', 2], ['THON_VAN_HOA', 'unit', 1]])

    // The school's own account sees its approved registration with its history.
    const school = await signIn('binhthanh.truongtieuhoc')
    const own = (await school.get('/api/registrations')).body as { items: Summary[] }
    expect(own.items.map((r) => [r.organizationName, r.status])).toEqual([['Trường Tiểu học Bình Thành', 'approved']])
    const detail = (await school.get(`/api/registrations/${own.items[0]!.id}`)).body
    expect(detail.events.map((e: { toStatus: string }) => e.toStatus)).toEqual(['draft', 'submitted', 'approved'])
    expect(detail.approvedByName).toMatch(/Nguyễn Văn An/)
  })

  it('lists the units of Bình Thành that have not registered, under 141/KH-UBND and under the commune\'s plan', async () => {
    const officer = await signIn('binhthanh.vanphong')
    const [registration] = (await officer.get('/api/registrations?status=approved')).body.items as Summary[]
    const plan141 = (await officer.get('/api/campaigns?q=141/KH-UBND')).body.items[0]
    for (const campaignId of [plan141.id, registration!.campaignId]) {
      const missing = (await officer.get(`/api/registrations/missing?campaignId=${campaignId}`)).body
      expect(missing.registered).toBe(3)
      expect(missing.addressed).toBeGreaterThan(missing.registered)
      const names = missing.items.map((i: { organizationName: string }) => i.organizationName)
      expect(names.length).toBe(missing.addressed - 3)
      expect(names).toContain('Trạm Y tế xã Bình Thành')
      expect(names).not.toContain('Trường Tiểu học Bình Thành')
      // The returned one is listed with its registration, to be corrected and sent again.
      expect(missing.items.filter((i: { registration: { status: string } | null }) => i.registration?.status === 'returned')).toHaveLength(1)
    }
  })
})
