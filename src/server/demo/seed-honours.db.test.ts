// The demo's honour board (seed-honours.ts): one published exemplar of each kind at Bắc Sơn and Bình Thành, the
// teacher's linked to her Giấy khen of 01/QĐ-UBND with the certificate's check, and one draft that the public
// never sees.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db/client.ts'
import { openTestDb } from '../testing/test-db.ts'
import { ApiClient, testApp } from '../testing/api-client.ts'
import { DEMO_PASSWORD, seedDemo } from './seed-demo.ts'

let db: Db
let app: ReturnType<typeof testApp>
const anonymous = async (url: string) => {
  const res = await app.request(url)
  return { status: res.status, body: await res.json() as any } // eslint-disable-line @typescript-eslint/no-explicit-any
}

beforeAll(async () => {
  db = await openTestDb()
  await seedDemo(db, { replace: false })
  app = testApp(db)
})
afterAll(() => db.close())

describe('demo honour board', () => {
  it('publishes one exemplar of each kind at Bắc Sơn and Bình Thành, and keeps the draft off the public board', async () => {
    const board = (await anonymous('/api/public/honours?pageSize=48')).body
    expect(board.provinces).toEqual([{ code: 'TN', name: 'Tỉnh Thái Nguyên' }])
    expect(board.kinds.map((k: { kind: string; count: number }) => [k.kind, k.count])).toEqual([['good_deed', 2], ['advanced', 1], ['model', 1], ['initiative', 1]])
    expect(board.items.map((e: { organizationName: string }) => e.organizationName).sort()).toEqual(['Xã Bình Thành', 'Xã Bình Thành', 'Xã Bắc Sơn', 'Xã Bắc Sơn', 'Xã Bắc Sơn'])
    expect(board.items.map((e: { title: string }) => e.title)).not.toContain('Người bác sĩ của Trạm Y tế xã (dự thảo)')
    const office = await ApiClient.signIn(app, 'binhthanh.vanphong', DEMO_PASSWORD)
    const drafts = (await office.get('/api/honours?status=draft')).body
    expect(drafts.items.map((e: { title: string }) => e.title)).toEqual(['Người bác sĩ của Trạm Y tế xã (dự thảo)'])
    expect((await anonymous(`/api/public/honours/${drafts.items[0].id}`)).status).toBe(404)
  })

  it('links the teacher\'s story to her Giấy khen of 01/QĐ-UBND, with the certificate\'s check', async () => {
    const found = (await anonymous(`/api/public/honours?q=${encodeURIComponent('diem truong kim son')}`)).body.items
    expect(found).toHaveLength(1)
    const story = (await anonymous(`/api/public/honours/${found[0].id}`)).body
    expect(story).toMatchObject({ kind: 'advanced', organizationName: 'Xã Bắc Sơn', decision: { numberAndSymbol: '01/QĐ-UBND', issuer: 'Ủy ban nhân dân xã Bắc Sơn' } })
    const linked = story.awards.filter((a: { linked: boolean }) => a.linked)
    expect(linked).toHaveLength(1)
    expect(linked[0]).toMatchObject({ decisionNumber: '01/QĐ-UBND', verifyPath: expect.stringMatching(/^\/xac-minh\/[0-9A-Z]{4}(-[0-9A-Z]{2,4}){4}$/) })
    const check = await anonymous(`/api/public/certificates/${linked[0].verifyPath.split('/').pop()}`)
    expect(check.body).toMatchObject({ status: 'valid', awardeeName: `Bà ${story.name}` })
    // The Bắc Sơn office keeps its three.
    const bacSon = await ApiClient.signIn(app, 'bacson.vanphong', DEMO_PASSWORD)
    expect((await bacSon.get('/api/honours')).body.total).toBe(3)
  })
})
