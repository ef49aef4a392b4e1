// The demo's events (seed-events.ts), read back through the API as the demo officers: Bình Thành's held launch
// ceremony with its attendance and signed pledges, Bắc Sơn's planned honouring conference modelled on 002.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db/client.ts'
import { openTestDb } from '../testing/test-db.ts'
import { ApiClient, testApp } from '../testing/api-client.ts'
import { DEMO_PASSWORD, seedDemo } from './seed-demo.ts'

let db: Db
let app: ReturnType<typeof testApp>
const signIn = (username: string) => ApiClient.signIn(app, username, DEMO_PASSWORD)
type Detail = any // eslint-disable-line @typescript-eslint/no-explicit-any

beforeAll(async () => {
  db = await openTestDb()
  await seedDemo(db, { replace: false })
  app = testApp(db)
})
afterAll(() => db.close())

describe('demo events', () => {
  it('Bình Thành held its launch ceremony for its plan answering 141: attendance taken, pledges signed by the units\' heads', async () => {
    const officer = await signIn('binhthanh.vanphong')
    const list = (await officer.get('/api/events')).body
    expect(list.items.map((e: { kind: string; status: string }) => [e.kind, e.status])).toEqual([['launch_ceremony', 'held']])
    const e: Detail = (await officer.get(`/api/events/${list.items[0].id}`)).body
    expect(e.campaign.title).toBeTruthy()
    expect(e.counts).toMatchObject({ attendees: 12, invited: 12, attended: 11, absent: 1, chairs: 1 })
    const signed = e.pledgeSigners.filter((s: { signedAt: string | null }) => s.signedAt !== null)
    expect(signed.map((s: { unitName: string }) => s.unitName)).toEqual(expect.arrayContaining(['Trường Tiểu học Bình Thành', 'Trạm Y tế xã Bình Thành', 'Xóm Đồng Tâm']))
    expect(e.pledgeSigners.filter((s: { signedAt: string | null; role: string }) => s.signedAt === null).map((s: { unitName: string }) => s.unitName)).toEqual(['Xóm Làng Mới'])
    expect(e.programme.find((p: { title: string }) => p.title === 'Phát biểu khai mạc').speaker).toMatch(/Bí thư Đảng ủy/)
    expect(e.can.settle).toBe(true)
    expect(e.budget.estimate).toBe(2_200_000)
  })

  it('Bắc Sơn planned its honouring conference on 002: groups within 150, three chairs, nine items, the honourees of 01/QĐ-UBND', async () => {
    const officer = await signIn('bacson.vanphong')
    const list = (await officer.get('/api/events')).body
    expect(list.items.map((e: { kind: string; status: string }) => [e.kind, e.status])).toEqual([['honouring_conference', 'planned']])
    const e: Detail = (await officer.get(`/api/events/${list.items[0].id}`)).body
    expect(e).toMatchObject({ delegateCap: 150, chairLimit: 3, counts: { chairs: 3 } })
    expect(e.groups.map((g: { plannedCount: number }) => g.plannedCount).reduce((a: number, b: number) => a + b, 0)).toBe(150)
    expect(e.programme).toHaveLength(9)
    expect(e.honourees.length).toBeGreaterThanOrEqual(2)
    expect(new Set(e.honourees.map((h: { decisionReference: string }) => h.decisionReference.replace(/ ngày.*/, '')))).toEqual(new Set(['Quyết định số 01/QĐ-UBND']))
    expect(e.attendees.every((a: { invitedAt: string | null }) => a.invitedAt !== null)).toBe(true)
    expect(e.budget.estimate).toBeGreaterThan(0)
    expect(e.budget.estimate).toBeLessThanOrEqual(e.budget.fund.balance)
  })

  it('keeps each commune\'s events to itself', async () => {
    const bacSon = await signIn('bacson.vanphong')
    const binhThanh = (await (await signIn('binhthanh.vanphong')).get('/api/events')).body.items[0]
    expect((await bacSon.get(`/api/events/${binhThanh.id}`)).status).toBe(403)
    expect((await (await signIn('tinh.thuongtruc')).get('/api/events')).body.total).toBe(2)
  })
})
