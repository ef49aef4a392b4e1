// Units of commune A register for the commune's campaign: draft → submitted → returned with the reason →
// submitted again → approved by the commune's officer, with the history; the commune totals its units'
// approved registrations and sends them to the province; who has not registered, with "Nhắc"; the refusals
// (closed campaign, past the deadline, outside the subtree, approving one's own, stale version); the
// registration and the cluster's pledge as Word documents.
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { todayInVietnam } from '../../../shared/people.ts'
import { addDays } from '../../../shared/working-days.ts'
import { TEST_PASSWORD } from '../../testing/fixtures.ts'
import { testApp } from '../../testing/api-client.ts'
import { communePlan, provincialPlan } from '../campaigns/campaigns.testing.ts'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'

let t: HistoryTestContext

beforeAll(async () => {
  t = await openHistoryTest()
})
afterAll(() => t.db.close())

async function ok(res: { status: number; body: unknown }, status = 200) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`)
  return res.body as any // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** An issued plan of commune A addressed to its village, school and Party cell, with a registration deadline. */
async function campaign(title: string, registrationDue: string): Promise<{ id: string; version: number }> {
  const officer = await t.as('officerA')
  const content = communePlan({
    title,
    deadlines: [{ id: 'dang-ky', kind: 'registration', name: 'Các đơn vị gửi bản đăng ký thi đua về UBND xã', due: { kind: 'date', date: registrationDue }, note: null }],
  })
  const draft = await ok(await officer.post('/api/campaigns', {
    issuerId: t.tenant.org.communeA.id, content, addresseeIds: [t.tenant.org.villageA1.id, t.tenant.org.schoolA.id, t.tenant.org.partyCellA.id],
  }), 201)
  return ok(await officer.post(`/api/campaigns/${draft.id}/issue`, { version: draft.version, issuedOn: '2025-07-01' }))
}

async function download(account: string, url: string): Promise<Response> {
  const app = testApp(t.db)
  const login = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: t.tenant.accounts[account]!.username, password: TEST_PASSWORD }) })
  return app.request(url, { headers: { cookie: login.headers.get('set-cookie')!.split(';')[0]! } })
}

const docText = async (res: Response) => (await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) })).value

const SCHOOL_TARGETS = [
  { code: 'TTLDTT', scope: 'unit', count: 1 },
  { code: 'LDTT', scope: 'members', count: 18, people: ['Hoàng Thị Lan', 'Ma Văn Hùng'] },
  { code: 'CSTDCS', scope: 'members', count: 2 },
]
const SCHOOL_COMMITMENTS = ['100% học sinh hoàn thành chương trình lớp học', 'Không có cán bộ, giáo viên vi phạm kỷ luật']

describe('a unit registers for the commune campaign and the commune approves', () => {
  let campaignId: string
  let school: any // eslint-disable-line @typescript-eslint/no-explicit-any

  beforeAll(async () => {
    campaignId = (await campaign('Phát động thi đua năm 2026', addDays(todayInVietnam(), 30))).id
  })

  it('goes draft → submitted → returned with the reason → submitted → approved, with its history', async () => {
    const unit = await t.as('unitSchoolA')
    school = await ok(await unit.post('/api/registrations', { organizationId: t.tenant.org.schoolA.id, campaignId, year: 2026, targets: SCHOOL_TARGETS, commitments: SCHOOL_COMMITMENTS }), 201)
    expect(school).toMatchObject({ status: 'draft', organizationName: 'Trường Tiểu học Bình Thành', campaignTitle: 'Phát động thi đua năm 2026', version: 1, canEdit: true, canApprove: false })
    expect(school.targets.map((x: { short: string; count: number }) => [x.short, x.count])).toEqual([['TTLĐTT', 1], ['LĐTT', 18], ['CSTĐCS', 2]])
    expect(school.deadline).toEqual({ name: 'Các đơn vị gửi bản đăng ký thi đua về UBND xã', due: addDays(todayInVietnam(), 30) })
    school = await ok(await unit.post(`/api/registrations/${school.id}/submit`, { version: school.version }))
    expect(school).toMatchObject({ status: 'submitted', submittedOn: todayInVietnam(), canEdit: false })

    const officer = await t.as('officerA')
    const reason = 'Bổ sung chỉ tiêu về chuyển đổi số trong dạy học'
    expect((await officer.post(`/api/registrations/${school.id}/return`, { version: school.version, reason: '  ' })).status).toBe(400)
    school = await ok(await officer.post(`/api/registrations/${school.id}/return`, { version: school.version, reason }))
    expect(school).toMatchObject({ status: 'returned', returnReason: reason })
    school = await ok(await unit.patch(`/api/registrations/${school.id}`, { version: school.version, commitments: [...SCHOOL_COMMITMENTS, '100% giáo viên ứng dụng công nghệ thông tin trong giảng dạy'] }))
    school = await ok(await unit.post(`/api/registrations/${school.id}/submit`, { version: school.version }))
    expect(school.returnReason).toBeNull()
    expect((await officer.get(`/api/registrations/${school.id}`)).body.canApprove).toBe(true)
    school = await ok(await officer.post(`/api/registrations/${school.id}/approve`, { version: school.version }))
    expect(school).toMatchObject({ status: 'approved', approvedByName: 'Người dùng officerA', commitments: [...SCHOOL_COMMITMENTS, '100% giáo viên ứng dụng công nghệ thông tin trong giảng dạy'] })
    expect(school.events.map((e: { fromStatus: string | null; toStatus: string; reason: string | null }) => [e.fromStatus, e.toStatus, e.reason])).toEqual([
      [null, 'draft', null], ['draft', 'submitted', null], ['submitted', 'returned', reason], ['returned', 'submitted', null], ['submitted', 'approved', null],
    ])
    const audit = await t.db.query<{ summary: string }>(`SELECT summary FROM audit_log WHERE entity = 'registration' AND entity_id = $1 AND action = 'transition' ORDER BY at`, [school.id])
    expect(audit.map((a) => a.summary)).toContain(`Bản đăng ký thi đua của Trường Tiểu học Bình Thành (2026): "Chờ duyệt" → "Bị trả lại" (${reason})`)
    expect((await unit.patch(`/api/registrations/${school.id}`, { version: school.version, commitments: [] })).status).toBe(409)
  })

  it('lists the units addressed that have not registered, and records a reminder', async () => {
    const officer = await t.as('officerA')
    let missing = await ok(await officer.get(`/api/registrations/missing?campaignId=${campaignId}`))
    expect(missing).toMatchObject({ addressed: 3, registered: 1 })
    expect(missing.items.map((i: { organizationName: string }) => i.organizationName).sort()).toEqual(['Chi bộ xóm Đồng Tâm', 'Xóm Đồng Tâm'])
    expect((await (await t.as('unitSchoolA')).post('/api/registrations/reminders', { organizationId: t.tenant.org.partyCellA.id, campaignId, year: 2026 })).status).toBe(403)
    expect((await (await t.as('officerB')).post('/api/registrations/reminders', { organizationId: t.tenant.org.partyCellA.id, campaignId, year: 2026 })).status).toBe(403)
    await ok(await officer.post('/api/registrations/reminders', { organizationId: t.tenant.org.partyCellA.id, campaignId, year: 2026 }), 201)
    missing = await ok(await officer.get(`/api/registrations/missing?campaignId=${campaignId}`))
    expect(missing.items.find((i: { organizationId: string }) => i.organizationId === t.tenant.org.partyCellA.id)).toMatchObject({ reminders: 1, lastRemindedAt: expect.any(String), registration: null })
    const audit = await t.db.query<{ summary: string }>(`SELECT summary FROM audit_log WHERE action = 'remind' AND organization_id = $1`, [t.tenant.org.partyCellA.id])
    expect(audit.map((a) => a.summary)).toEqual(['Nhắc Chi bộ xóm Đồng Tâm đăng ký thi đua theo kế hoạch «Phát động thi đua năm 2026»'])
    // For the year: the units directly under the commune, none registered for the year itself.
    const year = await ok(await officer.get('/api/registrations/missing?year=2026'))
    expect(year).toMatchObject({ addressed: 3, registered: 0 })
  })

  it('totals the approved registrations of the units under the commune and sends them to the province', async () => {
    const officer = await t.as('officerA')
    let village = await ok(await officer.post('/api/registrations', {
      organizationId: t.tenant.org.villageA1.id, campaignId, year: 2026,
      targets: [{ code: 'LDTT', scope: 'members', count: 3 }], commitments: ['Giữ vững danh hiệu Xóm văn hóa'],
    }), 201)
    // Nothing approved yet under the village's draft: only the school counts.
    let commune = await ok(await officer.post('/api/registrations/consolidate', { organizationId: t.tenant.org.communeA.id, campaignId, year: 2026 }), 201)
    expect(commune.targets.map((x: { code: string; scope: string; count: number }) => [x.code, x.scope, x.count])).toEqual([['TTLDTT', 'unit', 1], ['LDTT', 'members', 18], ['CSTDCS', 'members', 2]])
    village = await ok(await officer.post(`/api/registrations/${village.id}/submit`, { version: village.version }))
    await ok(await officer.post(`/api/registrations/${village.id}/approve`, { version: village.version }))
    commune = await ok(await officer.post('/api/registrations/consolidate', { organizationId: t.tenant.org.communeA.id, campaignId, year: 2026 }), 201)
    expect(commune).toMatchObject({ consolidated: true, status: 'draft', organizationName: 'Xã Bình Thành', version: 2 })
    expect(commune.targets.map((x: { code: string; scope: string; count: number; people: string[] }) => [x.code, x.scope, x.count, x.people])).toEqual([
      ['TTLDTT', 'unit', 1, []], ['LDTT', 'members', 21, []], ['CSTDCS', 'members', 2, []],
    ])
    // Hand-edited totals are refused; commitments are the commune's own.
    expect((await officer.patch(`/api/registrations/${commune.id}`, { version: commune.version, targets: [{ code: 'LDTT', scope: 'members', count: 99 }] })).status).toBe(400)
    commune = await ok(await officer.patch(`/api/registrations/${commune.id}`, { version: commune.version, commitments: ['Hoàn thành 100% chỉ tiêu kinh tế - xã hội năm 2026'] }))
    commune = await ok(await officer.post(`/api/registrations/${commune.id}/submit`, { version: commune.version }))
    // The commune's officer does not approve the commune's own; the province's does.
    const own = await officer.post(`/api/registrations/${commune.id}/approve`, { version: commune.version })
    expect(own.status).toBe(403)
    expect(own.body.error.message).toContain('chính cấp mình')
    commune = await ok(await (await t.as('provinceOfficer')).post(`/api/registrations/${commune.id}/approve`, { version: commune.version }))
    expect(commune.status).toBe('approved')
  })

  it('prints the registration and the cluster pledge as Decree 30 documents', async () => {
    const res = await download('unitSchoolA', `/api/registrations/${school.id}/document?format=docx`)
    expect(res.status).toBe(200)
    const text = await docText(res)
    expect(text).toContain('BẢN ĐĂNG KÝ THI ĐUA')
    expect(text).toContain('TRƯỜNG TIỂU HỌC BÌNH THÀNH')
    expect(text).toContain('Kính gửi: Ủy ban nhân dân xã Bình Thành.')
    expect(text).toMatch(/Tập thể lao động tiên tiến[\s\S]*Lao động tiên tiến[\s\S]*18[\s\S]*Hoàng Thị Lan, Ma Văn Hùng/)
    expect(text).toContain('NỘI DUNG CAM KẾT')
    expect(text).toContain('100% giáo viên ứng dụng công nghệ thông tin trong giảng dạy')
    expect(text).toContain('HIỆU TRƯỞNG')
    const pdf = await download('unitSchoolA', `/api/registrations/${school.id}/document?format=pdf`)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')

    const cluster = await ok(await (await t.as('officerA')).post('/api/clusters', {
      name: 'Cụm thi đua các đơn vị xã Bình Thành', kind: 'cluster', year: 2026, ownerId: t.tenant.org.communeA.id,
      memberIds: [t.tenant.org.villageA1.id, t.tenant.org.schoolA.id], leaderId: t.tenant.org.schoolA.id,
    }), 201)
    const pledge = await download('officerA', `/api/registrations/pledge?clusterId=${cluster.id}&campaignId=${campaignId}&year=2026&format=docx`)
    expect(pledge.status).toBe(200)
    const pledgeText = await docText(pledge)
    expect(pledgeText).toContain('BẢN GIAO ƯỚC THI ĐUA')
    expect(pledgeText).toMatch(/Trường Tiểu học Bình Thành \(Cụm trưởng\)[\s\S]*Xóm Đồng Tâm/)
    expect(pledgeText).toContain('Không có cán bộ, giáo viên vi phạm kỷ luật')
    expect(pledgeText).toContain('Giữ vững danh hiệu Xóm văn hóa')
    expect(pledgeText).toContain('CHỮ KÝ CỦA CÁC ĐƠN VỊ THÀNH VIÊN')
    expect((await download('officerB', `/api/registrations/pledge?clusterId=${cluster.id}&year=2026&format=docx`)).status).toBe(403)
  })
})

describe('refusals', () => {
  it('refuses a registration after the campaign closed, and after its registration deadline', async () => {
    const officer = await t.as('officerA')
    const closed = await campaign('Thi đua chào mừng Đại hội', addDays(todayInVietnam(), 30))
    const running = await ok(await officer.post(`/api/campaigns/${closed.id}/transition`, { version: closed.version, to: 'running' }))
    expect((await ok(await officer.post(`/api/campaigns/${closed.id}/transition`, { version: running.version, to: 'closed' }))).status).toBe('closed')
    const refused = await (await t.as('unitSchoolA')).post('/api/registrations', { organizationId: t.tenant.org.schoolA.id, campaignId: closed.id, year: 2026, targets: SCHOOL_TARGETS })
    expect(refused.status).toBe(400)
    expect(refused.body.error.message).toBe('Kế hoạch thi đua «Thi đua chào mừng Đại hội» đã tổng kết, không nhận đăng ký thi đua nữa.')
    expect(refused.body.error.fields).toHaveProperty('campaignId')

    const late = await campaign('Thi đua cao điểm', addDays(todayInVietnam(), -1))
    const tooLate = await (await t.as('unitSchoolA')).post('/api/registrations', { organizationId: t.tenant.org.schoolA.id, campaignId: late.id, year: 2026, targets: SCHOOL_TARGETS })
    expect(tooLate.status).toBe(400)
    expect(tooLate.body.error.message).toMatch(/^Đã quá hạn đăng ký thi đua của kế hoạch «Thi đua cao điểm»/)
    expect(await t.db.query(`SELECT id FROM registrations WHERE campaign_id = ANY($1::uuid[])`, [[closed.id, late.id]])).toEqual([])
  })

  it('refuses outside the subtree, a title that does not fit, a second registration, and a stale version', async () => {
    const body = { organizationId: t.tenant.org.schoolA.id, year: 2027, targets: SCHOOL_TARGETS, commitments: SCHOOL_COMMITMENTS }
    expect((await (await t.as('officerB')).post('/api/registrations', body)).status).toBe(403)
    const wrong = await (await t.as('unitSchoolA')).post('/api/registrations', { ...body, targets: [{ code: 'LDTT', scope: 'unit', count: 1 }] })
    expect(wrong.status).toBe(400)
    expect(wrong.body.error.message).toContain('không dành cho tập thể')
    const unit = await t.as('unitSchoolA')
    const reg = await ok(await unit.post('/api/registrations', body), 201)
    const twice = await unit.post('/api/registrations', body)
    expect(twice.status).toBe(409)
    expect(twice.body.error.message).toBe('Trường Tiểu học Bình Thành đã có bản đăng ký thi đua năm 2027')
    await ok(await unit.post(`/api/registrations/${reg.id}/submit`, { version: reg.version }))
    const stale = await (await t.as('officerA')).post(`/api/registrations/${reg.id}/approve`, { version: reg.version })
    expect(stale.status).toBe(409)
    expect(stale.body.error.message).toContain('vừa được người khác cập nhật')
    // A unit account may not approve, nor may the officer of another commune see it.
    expect((await unit.post(`/api/registrations/${reg.id}/approve`, { version: reg.version + 1 })).status).toBe(403)
    expect((await (await t.as('officerB')).get(`/api/registrations/${reg.id}`)).status).toBe(403)
    expect((await (await t.as('officerB')).get('/api/registrations?year=2027')).body.total).toBe(0)
    expect((await (await t.as('officerA')).get('/api/registrations?year=2027&status=submitted')).body.total).toBe(1)
  })
})

describe('the province totals its communes registered under the plans answering its own', () => {
  it('counts a commune’s consolidated registration under its answering plan in the provincial total', async () => {
    const province = await t.as('provinceOfficer')
    const draft = await ok(await province.post('/api/campaigns', { issuerId: t.tenant.org.province.id, content: provincialPlan(), addresseeIds: [t.tenant.org.communeA.id] }), 201)
    const provincial = await ok(await province.post(`/api/campaigns/${draft.id}/issue`, { version: draft.version, issuedOn: '2025-11-15', number: '77' }))
    const officer = await t.as('officerA')
    const answerDraft = await ok(await officer.post(`/api/campaigns/${provincial.id}/answer`, { organizationId: t.tenant.org.communeA.id }), 201)
    await ok(await officer.put(`/api/campaigns/${answerDraft.id}`, { version: answerDraft.version, content: answerDraft.content, parentIds: answerDraft.parentIds, addresseeIds: [t.tenant.org.schoolA.id] }))
    const answer = await ok(await officer.post(`/api/campaigns/${answerDraft.id}/issue`, { version: answerDraft.version + 1, issuedOn: '2025-11-20' }))

    const unit = await t.as('unitSchoolA')
    const school = await ok(await unit.post('/api/registrations', { organizationId: t.tenant.org.schoolA.id, campaignId: answer.id, year: 2028, targets: SCHOOL_TARGETS, commitments: SCHOOL_COMMITMENTS }), 201)
    await ok(await unit.post(`/api/registrations/${school.id}/submit`, { version: school.version }))
    await ok(await officer.post(`/api/registrations/${school.id}/approve`, { version: school.version + 1 }))
    let commune = await ok(await officer.post('/api/registrations/consolidate', { organizationId: t.tenant.org.communeA.id, campaignId: answer.id, year: 2028 }), 201)
    commune = await ok(await officer.post(`/api/registrations/${commune.id}/submit`, { version: commune.version }))
    await ok(await province.post(`/api/registrations/${commune.id}/approve`, { version: commune.version }))

    const total = await ok(await province.post('/api/registrations/consolidate', { organizationId: t.tenant.org.province.id, campaignId: provincial.id, year: 2028 }), 201)
    expect(total).toMatchObject({ consolidated: true, campaignId: provincial.id })
    expect(total.targets.map((x: { code: string; scope: string; count: number }) => [x.code, x.scope, x.count])).toEqual([['TTLDTT', 'unit', 1], ['LDTT', 'members', 18], ['CSTDCS', 'members', 2]])
  })
})
