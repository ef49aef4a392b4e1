// The demo province walks journeys A–D: the provincial plan 141/KH-UBND and its cascade, the Party plan, the conference plan.
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../db/client.ts'
import { openTestDb } from '../../testing/test-db.ts'
import { ApiClient, testApp } from '../../testing/api-client.ts'
import { planContent } from '../../../shared/campaign-plan.ts'
import { checkPlan } from '../../../shared/campaign-plan-checks.ts'
import { DEMO_PASSWORD, seedDemo } from '../../demo/seed-demo.ts'

let db: Db
let app: ReturnType<typeof testApp>
const signIn = (username: string) => ApiClient.signIn(app, username, DEMO_PASSWORD)

interface Node { organizationName: string; status: string; children: Node[] }
const statuses = (nodes: Node[]): unknown => nodes.map((n) => [n.organizationName, n.status, ...(n.children.length ? [statuses(n.children)] : [])])

beforeAll(async () => {
  db = await openTestDb()
  await seedDemo(db, { replace: false })
  app = testApp(db)
})
afterAll(() => db.close())

describe('demo campaign plans', () => {
  it('are valid plans, numbered as the seeds are', async () => {
    const admin = await signIn('admin')
    const list = (await admin.get('/api/campaigns?pageSize=50')).body.items as { id: string; numberAndSymbol: string | null; status: string; issuerName: string }[]
    expect(list.map((c) => [c.issuerName, c.numberAndSymbol, c.status]).sort()).toEqual([
      ['Trường Tiểu học Bình Thành', null, 'draft'],
      ['Xã Bình An', '27/KH-UBND', 'closed'],
      ['Xã Bình Thành', '01/KH-UBND', 'running'],
      ['Xã Bắc Sơn', null, 'draft'],
      ['Đảng ủy xã Bình Chương', '134-KH/ĐU', 'reviewed'],
      ['Ủy ban nhân dân tỉnh Thái Nguyên', '141/KH-UBND', 'running'],
    ])
    for (const c of list) {
      const content = (await admin.get(`/api/campaigns/${c.id}`)).body.content
      expect(planContent.safeParse(content).success).toBe(true)
      expect(checkPlan(content)).toEqual([])
    }
    const partyCommittee = list.find((c) => c.numberAndSymbol === '134-KH/ĐU')!
    const issuerId = (await admin.get(`/api/campaigns/${partyCommittee.id}`)).body.issuerId
    expect((await admin.get(`/api/registers?issuerId=${issuerId}`)).body).toEqual([{ docType: 'KH', periodKey: 'term:2020-2025', lastNumber: 134 }])
  })

  it('shows the provincial officer who answered 141/KH-UBND, who is drafting, who has not started and who is late', async () => {
    const officer = await signIn('tinh.thuongtruc')
    const plan = (await officer.get('/api/campaigns?q=141')).body.items[0]
    const cascade = (await officer.get(`/api/campaigns/${plan.id}/cascade`)).body
    const top = statuses(cascade.nodes) as [string, string, unknown?][]
    expect(top.map(([name, status]) => [name, status])).toEqual([
      ['Phường Phan Đình Phùng', 'late'],
      ['Xã Bắc Sơn', 'late'],
      ['Xã Bình An', 'late'],
      ['Xã Bình Chương', 'late'],
      ['Xã Bình Thành', 'answered'],
    ])
    expect(cascade.nodes[1].answer).toMatchObject({ status: 'draft' })
    const below = (top[4]![2] as [string, string][]).map(([name, status]) => [name, status])
    expect(below).toContainEqual(['Trường Tiểu học Bình Thành', 'draft'])
    expect(below).toContainEqual(['Xóm Đồng Tâm', 'not_started'])
    expect(below).toHaveLength(18)
  })

  it('shows a commune officer the provincial plan and its own answer task', async () => {
    const officer = await signIn('bacson.vanphong')
    const tasks = (await officer.get('/api/campaigns/tasks')).body
    expect(tasks.map((t: { numberAndSymbol: string; organizationName: string; status: string }) => [t.numberAndSymbol, t.organizationName, t.status])).toEqual([['141/KH-UBND', 'Xã Bắc Sơn', 'late']])
    // Late, but a draft is begun: the task points at it so the officer opens it instead of starting another.
    const draft = await officer.get(`/api/campaigns/${tasks[0].answerId}`)
    expect(draft.body.status).toBe('draft')
    expect(draft.body.parentIds).toContain(tasks[0].campaignId)
  })

  it('prints 141/KH-UBND with its number', async () => {
    const officer = await signIn('tinh.thuongtruc')
    const plan = (await officer.get('/api/campaigns?q=141')).body.items[0]
    const res = await app.request(`/api/campaigns/${plan.id}/document.docx`, { headers: { cookie: await sessionCookie('tinh.thuongtruc') } })
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) })
    expect(value).toContain('141/KH-UBND')
    expect(value).toContain('Đợt thi đua Lập thành tích chào mừng Đại hội lần thứ XIV của Đảng')
  })

  it('is wiped and seeded again with the demo', async () => {
    await seedDemo(db, { replace: true })
    const admin = await signIn('admin')
    expect((await admin.get('/api/campaigns')).body.total).toBe(6)
  })
})

async function sessionCookie(username: string): Promise<string> {
  const login = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) })
  return login.headers.get('set-cookie')!.split(';')[0]!
}
