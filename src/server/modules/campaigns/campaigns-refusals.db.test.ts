// Each bad input is refused with a Vietnamese message naming the field, and nothing changes in the database:
// the draft the user was editing stays as it was stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { campaignTableCounts, communePlan, openCampaignTest, type CampaignTestContext } from './campaigns.testing.ts'

let t: CampaignTestContext
let draftId: string
let issuedId: string

beforeAll(async () => {
  t = await openCampaignTest()
  const officer = await t.as('officerA')
  draftId = (await officer.post('/api/campaigns', { issuerId: t.tenant.org.communeA.id, content: communePlan() })).body.id
  const issued = (await officer.post('/api/campaigns', { issuerId: t.tenant.org.communeA.id, content: communePlan({ title: 'Kế hoạch đã ban hành' }) })).body
  issuedId = (await officer.post(`/api/campaigns/${issued.id}/issue`, { version: 1, issuedOn: '2025-02-20', number: '27' })).body.id
})
afterAll(() => t.db.close())

/** Runs a refused request and checks that no table changed and the draft reads back as before. */
async function refused(request: () => Promise<{ status: number; body: { error: { code: string; message: string; fields?: Record<string, string> } } }>) {
  const officer = await t.as('officerA')
  const before = { counts: await campaignTableCounts(t.db), draft: (await officer.get(`/api/campaigns/${draftId}`)).body, issued: (await officer.get(`/api/campaigns/${issuedId}`)).body }
  const res = await request()
  expect(await campaignTableCounts(t.db)).toEqual(before.counts)
  expect((await officer.get(`/api/campaigns/${draftId}`)).body).toEqual(before.draft)
  expect((await officer.get(`/api/campaigns/${issuedId}`)).body).toEqual(before.issued)
  return res
}

const save = async (content: unknown, extra: Record<string, unknown> = {}) =>
  (await t.as('officerA')).put(`/api/campaigns/${draftId}`, { version: 1, content, parentIds: [], addresseeIds: [], ...extra })

describe('refusals', () => {
  it('a period that ends before it starts', async () => {
    const res = await refused(async () =>
      (await t.as('officerA')).post('/api/campaigns', { issuerId: t.tenant.org.communeA.id, content: communePlan({ period: { from: { kind: 'date', date: '2025-12-31' }, to: { kind: 'date', date: '2025-01-01' }, asWritten: null }, phases: [] }) }),
    )
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('VALIDATION')
    expect(res.body.error.fields).toEqual({ 'content.period.to': 'Thời gian thi đua — đến ngày: 01/01/2025 trước ngày bắt đầu 31/12/2025' })
  })

  it('a phase outside the period', async () => {
    const plan = communePlan()
    plan.phases[1]!.to = '2026-01-31'
    const res = await refused(() => save(plan))
    expect(res.status).toBe(400)
    expect(res.body.error.fields!['content.phases.1.to']).toBe('Giai đoạn 2 «Đợt 2» — đến ngày: 31/01/2026 nằm ngoài thời gian thi đua (kết thúc 31/12/2025)')
    expect(res.body.error.message).toMatch(/^Kế hoạch chưa hợp lệ — Giai đoạn 2/)
  })

  it('a deadline relative to an event the plan does not have', async () => {
    const plan = communePlan({ deadlines: [{ id: 'hs', kind: 'dossier', name: 'Nộp hồ sơ khen thưởng', due: { kind: 'event', eventId: 'daihoi-xa', offsetDays: 20 }, note: null }] })
    const res = await refused(() => save(plan))
    expect(res.status).toBe(400)
    expect(res.body.error.fields).toEqual({ 'content.deadlines.0.due': 'Thời hạn 1 «Nộp hồ sơ khen thưởng»: tính theo sự kiện «daihoi-xa» không có trong danh sách sự kiện của kế hoạch' })
  })

  it('a field the schema refuses, named in Vietnamese', async () => {
    const res = await refused(() => save({ ...communePlan(), title: '', symbol: 'kh ubnd' }))
    expect(res.status).toBe(400)
    expect(res.body.error.fields!['content.title']).toMatch(/Trích yếu/)
    expect(res.body.error.fields!['content.symbol']).toMatch(/Ký hiệu không đúng dạng/)
  })

  it('a number already used in the register', async () => {
    const signer = await t.as('signerA')
    const res = await refused(() => signer.post(`/api/campaigns/${draftId}/issue`, { version: 1, issuedOn: '2025-05-01', number: '27' }))
    expect(res.status).toBe(409)
    expect(res.body.error).toEqual({ code: 'DUPLICATE', message: 'Số 27 đã được dùng trong sổ Kế hoạch năm 2025 của Xã Bình Thành.', fields: { number: 'Số 27 đã được dùng trong sổ Kế hoạch năm 2025 của Xã Bình Thành.' } })
  })

  it('an edit of an issued plan', async () => {
    const res = await refused(async () => (await t.as('officerA')).put(`/api/campaigns/${issuedId}`, { version: 2, content: communePlan({ title: 'Sửa sau khi ban hành' }), parentIds: [], addresseeIds: [] }))
    expect(res.status).toBe(409)
    expect(res.body.error.message).toBe('Kế hoạch đã ban hành không được sửa. Hãy lập kế hoạch sửa đổi, bổ sung.')
  })

  it('a cycle in the parent links', async () => {
    const officer = await t.as('officerA')
    const child = await officer.post('/api/campaigns', { issuerId: t.tenant.org.communeA.id, content: communePlan({ title: 'Kế hoạch con' }), parentIds: [draftId] })
    expect(child.status).toBe(201)
    const grandchild = await officer.post('/api/campaigns', { issuerId: t.tenant.org.villageA1.id, content: communePlan({ title: 'Kế hoạch cháu' }), parentIds: [child.body.id] })
    expect(grandchild.status).toBe(201)
    const res = await refused(() => save(communePlan(), { parentIds: [grandchild.body.id] }))
    expect(res.status).toBe(400)
    expect(res.body.error.fields!.parentIds).toBe('Kế hoạch cấp trên: liên kết tạo thành vòng lặp — kế hoạch được chọn đang triển khai (trực tiếp hoặc gián tiếp) chính kế hoạch này.')
    const self = await refused(() => save(communePlan(), { parentIds: [draftId] }))
    expect(self.body.error.fields!.parentIds).toBe('Kế hoạch cấp trên: một kế hoạch không thể triển khai chính nó.')
  })

  it('a stale version, a backward move and issuing under an unissued parent', async () => {
    const officer = await t.as('officerA')
    const stale = await refused(() => save(communePlan(), { version: 7 }))
    expect(stale.status).toBe(409)
    expect(stale.body.error.message).toMatch(/người khác cập nhật/)
    const backward = await refused(() => officer.post(`/api/campaigns/${issuedId}/transition`, { version: 2, to: 'reviewed' }))
    expect(backward.status).toBe(400)
    expect(backward.body.error.fields!.to).toBe('Không thể chuyển kế hoạch từ "Đã ban hành" sang "Đã sơ kết": chỉ sơ kết khi kế hoạch đang triển khai.')
    const child = (await officer.get('/api/campaigns?q=ke%20hoach%20con')).body.items[0]
    const underDraft = await refused(() => officer.post(`/api/campaigns/${child.id}/issue`, { version: child.version, issuedOn: '2025-05-01' }))
    expect(underDraft.status).toBe(400)
    expect(underDraft.body.error.fields!.parentIds).toMatch(/chưa được ban hành/)
  })

  it('a commune officer writing for another commune, or addressing a unit outside the commune', async () => {
    const officerB = await t.as('officerB')
    const foreign = await refused(() => officerB.put(`/api/campaigns/${draftId}`, { version: 1, content: communePlan(), parentIds: [], addresseeIds: [] }))
    expect(foreign.status).toBe(403)
    const outside = await refused(() => save(communePlan(), { addresseeIds: [t.tenant.org.communeB.id] }))
    expect(outside.status).toBe(400)
    expect(outside.body.error.fields!.addresseeIds).toBe('Đơn vị nhận kế hoạch: «Xã Bắc Sơn» ngoài phạm vi quản lý của bạn.')
  })
})
