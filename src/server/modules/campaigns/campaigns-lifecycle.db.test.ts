import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { communePlan, openCampaignTest, type CampaignTestContext } from './campaigns.testing.ts'

let t: CampaignTestContext
beforeAll(async () => {
  t = await openCampaignTest()
})
afterAll(() => t.db.close())

const auditOf = (id: string) =>
  t.db.query<{ action: string; summary: string }>(`SELECT action, summary FROM audit_log WHERE entity = 'campaign' AND entity_id = $1 ORDER BY at`, [id])

describe('the life of a plan through the API', () => {
  it('drafts, saves, issues with numbers 01 and 02 of the year, runs, reviews, closes and amends — every step audited', async () => {
    const officer = await t.as('officerA')
    const communeA = t.tenant.org.communeA.id
    const created = await officer.post('/api/campaigns', { issuerId: communeA, content: communePlan(), addresseeIds: [t.tenant.org.villageA1.id, t.tenant.org.schoolA.id] })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ status: 'draft', number: null, numberAndSymbol: null, symbol: 'KH-UBND', issuerName: 'Xã Bình Thành', track: 'state', version: 1, parentIds: [] })
    expect(created.body.addressees.map((a: { organizationName: string }) => a.organizationName).sort()).toEqual(['Trường Tiểu học Bình Thành', 'Xóm Đồng Tâm'])

    const content = { ...communePlan(), title: 'Phát động phong trào thi đua năm 2025 (sửa)' }
    const saved = await officer.put(`/api/campaigns/${created.body.id}`, { version: 1, content, parentIds: [], addresseeIds: [t.tenant.org.villageA1.id] })
    expect(saved.status).toBe(200)
    expect(saved.body).toMatchObject({ version: 2, title: 'Phát động phong trào thi đua năm 2025 (sửa)' })
    expect(saved.body.addressees).toHaveLength(1)

    const signer = await t.as('signerA')
    const issued = await signer.post(`/api/campaigns/${created.body.id}/issue`, { version: 2, issuedOn: '2025-02-10' })
    expect(issued.status).toBe(200)
    expect(issued.body).toMatchObject({ status: 'issued', number: '01', numberAndSymbol: '01/KH-UBND', issuedOn: '2025-02-10', year: 2025, version: 3 })

    const second = await officer.post('/api/campaigns', { issuerId: communeA, content: communePlan({ title: 'Kế hoạch thứ hai' }) })
    const secondIssued = await officer.post(`/api/campaigns/${second.body.id}/issue`, { version: 1, issuedOn: '2025-03-01' })
    expect(secondIssued.body.numberAndSymbol).toBe('02/KH-UBND')
    const registers = await officer.get(`/api/registers?issuerId=${communeA}&year=2025`)
    expect(registers.body).toEqual([{ docType: 'KH', periodKey: '2025', lastNumber: 2 }])

    const id = created.body.id
    const running = await officer.post(`/api/campaigns/${id}/transition`, { version: 3, to: 'running' })
    expect(running.body).toMatchObject({ status: 'running', version: 4 })
    const reviewed = await officer.post(`/api/campaigns/${id}/transition`, { version: 4, to: 'reviewed' })
    const closed = await officer.post(`/api/campaigns/${id}/transition`, { version: reviewed.body.version, to: 'closed' })
    expect(closed.body.status).toBe('closed')

    const amending = await officer.post(`/api/campaigns/${id}/amend`)
    expect(amending.status).toBe(201)
    expect(amending.body).toMatchObject({ status: 'draft', amendsId: id, title: content.title, number: null })
    expect(amending.body.addressees.map((a: { organizationId: string }) => a.organizationId)).toEqual([t.tenant.org.villageA1.id])

    expect((await auditOf(id)).map((a) => a.action)).toEqual(['create', 'update', 'issue', 'transition', 'transition', 'transition'])
    expect((await auditOf(id)).at(-1)!.summary).toBe('Chuyển kế hoạch số 01/KH-UBND từ "Đã sơ kết" sang "Đã tổng kết"')
    expect((await auditOf(amending.body.id)).map((a) => a.action)).toEqual(['amend'])
  })

  it('gives two plans of one issuer issued at the same moment distinct numbers', async () => {
    const officer = await t.as('provinceOfficer')
    const province = t.tenant.org.province.id
    const drafts = await Promise.all([1, 2, 3].map((n) => officer.post('/api/campaigns', { issuerId: province, content: communePlan({ title: `Kế hoạch đồng thời ${n}` }) })))
    const issued = await Promise.all(drafts.map((d) => officer.post(`/api/campaigns/${d.body.id}/issue`, { version: 1, issuedOn: '2025-06-01' })))
    expect(issued.map((r) => r.status)).toEqual([200, 200, 200])
    expect(issued.map((r) => r.body.number).sort()).toEqual(['01', '02', '03'])
  })

  it('continues after a number given by hand, and restarts with a new year', async () => {
    const officer = await t.as('provinceOfficer')
    const province = t.tenant.org.province.id
    const issue = async (title: string, body: Record<string, unknown>) => {
      const draft = await officer.post('/api/campaigns', { issuerId: province, content: communePlan({ title }) })
      return officer.post(`/api/campaigns/${draft.body.id}/issue`, { version: 1, ...body })
    }
    expect((await issue('Số nhập tay', { issuedOn: '2025-11-15', number: '141' })).body.numberAndSymbol).toBe('141/KH-UBND')
    expect((await issue('Số tiếp theo', { issuedOn: '2025-11-20' })).body.number).toBe('142')
    expect((await issue('Năm mới', { issuedOn: '2026-01-05' })).body.number).toBe('01')
  })

  it('numbers Party plans per committee term, as the issuer sets it', async () => {
    const officer = await t.as('officerA')
    const cell = t.tenant.org.partyCellA.id
    const issue = async (title: string, issuedOn: string) => {
      const draft = await officer.post('/api/campaigns', { issuerId: cell, content: communePlan({ title, symbol: 'KH/CB' }) })
      return officer.post(`/api/campaigns/${draft.body.id}/issue`, { version: 1, issuedOn })
    }
    expect((await issue('Nhiệm kỳ cũ 1', '2024-08-12')).body.numberAndSymbol).toBe('01-KH/CB')
    expect((await issue('Nhiệm kỳ cũ 2', '2025-03-01')).body.numberAndSymbol).toBe('01-KH/CB') // 2025 starts the default term 2025-2030
    const setting = await officer.put('/api/registers/settings', { issuerId: cell, period: 'term', termLabel: '2020-2025' })
    expect(setting.body).toEqual({ issuerId: cell, period: 'term', termLabel: '2020-2025' })
    expect((await issue('Trước đại hội', '2025-04-01')).body.numberAndSymbol).toBe('02-KH/CB')
    await officer.put('/api/registers/settings', { issuerId: cell, period: 'term', termLabel: '2025-2030' })
    expect((await issue('Sau đại hội', '2025-09-01')).body.numberAndSymbol).toBe('02-KH/CB')
    const registers = await officer.get(`/api/registers?issuerId=${cell}`)
    expect(registers.body).toEqual([
      { docType: 'KH', periodKey: 'term:2025-2030', lastNumber: 2 },
      { docType: 'KH', periodKey: 'term:2020-2025', lastNumber: 2 },
    ])
  })

  it('lists plans newest first and finds them by title or number without accents', async () => {
    const officer = await t.as('officerA')
    const list = await officer.get('/api/campaigns?pageSize=100')
    expect(list.status).toBe(200)
    const created = list.body.items.map((c: { createdAt: string }) => c.createdAt)
    expect([...created].sort().reverse()).toEqual(created)
    expect((await officer.get('/api/campaigns?q=ke%20hoach%20thu%20hai')).body.items.map((c: { title: string }) => c.title)).toEqual(['Kế hoạch thứ hai'])
    expect((await officer.get('/api/campaigns?q=02%2Fkh-ubnd')).body.items.map((c: { numberAndSymbol: string }) => c.numberAndSymbol)).toEqual(['02/KH-UBND'])
    expect((await (await t.as('provinceOfficer')).get('/api/campaigns?q=141')).body.items.map((c: { numberAndSymbol: string }) => c.numberAndSymbol)).toEqual(['141/KH-UBND'])
    expect((await officer.get('/api/campaigns?status=closed')).body.total).toBe(1)
    expect((await officer.get('/api/campaigns?year=2024')).body.items.map((c: { title: string }) => c.title)).toEqual(['Nhiệm kỳ cũ 1'])
  })
})
