import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { communePlan, openCampaignTest, provincialPlan, type CampaignTestContext } from './campaigns.testing.ts'

let t: CampaignTestContext
let draftA: string
let provincialDraft: string
let provincialIssued: string

const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((c) => c.id)

beforeAll(async () => {
  t = await openCampaignTest()
  draftA = (await (await t.as('officerA')).post('/api/campaigns', { issuerId: t.tenant.org.communeA.id, content: communePlan() })).body.id
  const province = await t.as('provinceOfficer')
  provincialDraft = (await province.post('/api/campaigns', { issuerId: t.tenant.org.province.id, content: provincialPlan({ title: 'Dự thảo của tỉnh' }), addresseeIds: [t.tenant.org.communeA.id] })).body.id
  const toIssue = (await province.post('/api/campaigns', { issuerId: t.tenant.org.province.id, content: provincialPlan(), addresseeIds: [t.tenant.org.communeA.id] })).body.id
  provincialIssued = (await province.post(`/api/campaigns/${toIssue}/issue`, { version: 1, issuedOn: '2025-11-15' })).body.id
})
afterAll(() => t.db.close())

describe('who sees which plan', () => {
  it('keeps a commune\'s drafts inside the commune', async () => {
    const officerB = await t.as('officerB')
    expect(ids(await officerB.get('/api/campaigns'))).not.toContain(draftA)
    const res = await officerB.get(`/api/campaigns/${draftA}`)
    expect(res.status).toBe(403)
    expect(res.body.error.message).toBe('Kế hoạch này thuộc đơn vị ngoài phạm vi quản lý của bạn.')
    expect((await officerB.get(`/api/campaigns/${draftA}/document`)).status).toBe(403)
    expect(ids(await (await t.as('officerA')).get('/api/campaigns'))).toContain(draftA)
    expect(ids(await (await t.as('provinceOfficer')).get('/api/campaigns'))).toContain(draftA)
  })

  it('shows a commune the provincial plan addressed to it once issued, not the provincial drafts', async () => {
    for (const account of ['officerA', 'councilA']) {
      const client = await t.as(account)
      const list = ids(await client.get('/api/campaigns'))
      expect(list).toContain(provincialIssued)
      expect(list).not.toContain(provincialDraft)
      expect((await client.get(`/api/campaigns/${provincialIssued}`)).status).toBe(200)
      expect((await client.get(`/api/campaigns/${provincialDraft}`)).status).toBe(403)
    }
    const officerB = await t.as('officerB')
    expect(ids(await officerB.get('/api/campaigns'))).not.toContain(provincialIssued)
    expect((await officerB.get(`/api/campaigns/${provincialIssued}`)).status).toBe(403)
  })

  it('lets only the issuer\'s officers write to a plan they can read', async () => {
    const officerA = await t.as('officerA')
    const res = await officerA.post(`/api/campaigns/${provincialIssued}/transition`, { version: 2, to: 'running' })
    expect(res.status).toBe(403)
    expect((await officerA.post(`/api/campaigns/${provincialIssued}/amend`)).status).toBe(403)
    expect((await (await t.as('councilA')).post('/api/campaigns', { issuerId: t.tenant.org.communeA.id, content: communePlan() })).status).toBe(403)
  })
})
