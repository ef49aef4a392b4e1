// The dashboard of commune A on a registry written through the API: awards by form, level, year and target
// group; the shares to direct workers, women and small collectives with their trend (a cancelled award, one
// of another commune and one outside the years do not count); the province's settings change what a small
// collective is; the cascade of a commune plan (answered / draft / not started), its registrations, the
// year's registrations and the deadlines of the next 30 days with what is missing (the phase review: the
// units that have not sent their progress report); who may read what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { todayInVietnam } from '../../../shared/people.ts'
import { addDays } from '../../../shared/working-days.ts'
import { communePlan } from '../campaigns/campaigns.testing.ts'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { nominate, staff } from '../nominations/nominations.testing.ts'
import { seedAwards } from './statistics.testing.ts'

let t: HistoryTestContext
const today = todayInVietnam()
const Y = Number(today.slice(0, 4))

async function ok(res: { status: number; body: unknown }, status = 200) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`)
  return res.body as any // eslint-disable-line @typescript-eslint/no-explicit-any
}

let plan: { id: string }
let villagePlan: { id: string }

beforeAll(async () => {
  t = await openHistoryTest()
  const { org } = t.tenant
  await seedAwards(t, Y)

  // A commune plan addressed to its village, school and Party cell, with deadlines in the next 30 days.
  const officer = await t.as('officerA')
  const content = communePlan({
    title: 'Phát động phong trào thi đua của xã',
    period: { from: { kind: 'date', date: addDays(today, -30) }, to: { kind: 'date', date: addDays(today, 300) }, asWritten: 'trong năm' },
    phases: [{ id: 'p1', name: 'Đợt 1', from: addDays(today, -30), to: addDays(today, 60), review: { kind: 'interim', due: { kind: 'date', date: addDays(today, 25) } } }],
    deadlines: [
      { id: 'dk', kind: 'registration', name: 'Các đơn vị gửi bản đăng ký thi đua', due: { kind: 'date', date: addDays(today, 10) }, note: null },
      { id: 'hs', kind: 'dossier', name: 'Hồ sơ đề nghị khen thưởng gửi về xã', due: { kind: 'date', date: addDays(today, 15) }, note: null },
      { id: 'tl', kind: 'answer', name: 'Các đơn vị xây dựng kế hoạch triển khai', due: { kind: 'date', date: addDays(today, 20) }, note: null },
      { id: 'bc', kind: 'report', name: 'Báo cáo tổng kết', due: { kind: 'date', date: addDays(today, 45) }, note: null },
    ],
  })
  const draft = await ok(await officer.post('/api/campaigns', { issuerId: org.communeA.id, content, addresseeIds: [org.villageA1.id, org.schoolA.id, org.partyCellA.id] }), 201)
  plan = await ok(await officer.post(`/api/campaigns/${draft.id}/issue`, { version: draft.version, issuedOn: addDays(today, -20) }))
  // The village answers with an issued plan, the school only drafts one, the Party cell has not started.
  const village = await ok(await officer.post(`/api/campaigns/${plan.id}/answer`, { organizationId: org.villageA1.id }), 201)
  villagePlan = await ok(await officer.post(`/api/campaigns/${village.id}/issue`, { version: village.version, issuedOn: addDays(today, -5) }))
  await ok(await officer.post(`/api/campaigns/${plan.id}/answer`, { organizationId: org.schoolA.id }), 201)
  // The village registers for the plan and sends it; the school registers for the year and sends it.
  const reg = await ok(await officer.post('/api/registrations', { organizationId: org.villageA1.id, campaignId: plan.id, year: Y, targets: [{ code: 'THON_VAN_HOA', scope: 'unit', count: 1 }] }), 201)
  await ok(await officer.post(`/api/registrations/${reg.id}/submit`, { version: reg.version }))
  const unit = await t.as('unitSchoolA')
  const yearly = await ok(await unit.post('/api/registrations', { organizationId: org.schoolA.id, year: Y, targets: [{ code: 'TTLDTT', scope: 'unit', count: 1 }] }), 201)
  await ok(await unit.post(`/api/registrations/${yearly.id}/submit`, { version: yearly.version }))
  // Two nominations under the plan, not sent yet.
  for (const name of ['Triệu Văn An', 'Đàm Thị Bích']) await ok(await nominate(t, (await staff(t, name)).id, { campaignId: plan.id }), 201)
})
afterAll(() => t.db.close())

const dashboard = async (account: string, query = '') => ok(await (await t.as(account)).get(`/api/statistics/dashboard${query}`))

describe('awards of commune A', () => {
  it('counts by target group, form, level and year, leaving out the cancelled, the other commune and the years before', async () => {
    const d = await dashboard('officerA')
    expect(d).toMatchObject({ organization: { id: t.tenant.org.communeA.id }, fromYear: Y - 4, toYear: Y, today })
    expect(d.awards.total).toBe(10)
    expect(d.awards.bySubject).toEqual({ individual: 5, collective: 4, household: 1 })
    const byForm = Object.fromEntries(d.awards.byForm.map((f: { code: string | null; name: string; total: number; bySubject: object }) => [f.code ?? f.name, [f.total, f.bySubject]]))
    expect(byForm).toEqual({
      LDTT: [2, { individual: 2, collective: 0, household: 0 }],
      THON_VAN_HOA: [2, { individual: 0, collective: 2, household: 0 }],
      CSTDCS: [1, { individual: 1, collective: 0, household: 0 }],
      GIAY_KHEN_CHU_TICH_XA: [1, { individual: 1, collective: 0, household: 0 }],
      TTLDTT: [1, { individual: 0, collective: 1, household: 0 }],
      GIAY_KHEN_DANG_UY_CHI_BO: [1, { individual: 0, collective: 1, household: 0 }],
      GIA_DINH_VAN_HOA: [1, { individual: 0, collective: 0, household: 1 }],
      'Giấy khen của Liên đoàn Lao động huyện': [1, { individual: 1, collective: 0, household: 0 }],
    })
    expect(d.awards.byForm.find((f: { code: string }) => f.code === 'LDTT')).toMatchObject({ name: 'Lao động tiên tiến', category: 'Danh hiệu thi đua' })
    expect(d.awards.byForm.find((f: { code: string | null }) => f.code === null).category).toBe('Khác (ngoài danh mục)')
    expect(d.awards.byLevel).toEqual(expect.arrayContaining([
      { level: 'commune', track: 'government', count: 8 },
      { level: 'commune', track: 'party', count: 1 },
      { level: 'district', track: 'mass', count: 1 },
    ]))
    expect(d.awards.byLevel).toHaveLength(3)
    expect(d.awards.byYear.map((y: { year: number; total: number }) => [y.year, y.total])).toEqual([[Y - 4, 0], [Y - 3, 0], [Y - 2, 1], [Y - 1, 3], [Y, 6]])
    expect(d.awards.byYear.at(-1).bySubject).toEqual({ individual: 2, collective: 3, household: 1 })
  })

  it('gives the shares to direct workers, women and small collectives with their trend year on year', async () => {
    const { shares } = await dashboard('officerA')
    // Individuals: Y-2 worker (GK LĐLĐ); Y-1 woman LĐTT, worker LĐTT; Y woman CSTĐCS, clerk GK.
    expect(shares.directWorkers.total).toEqual({ numerator: 4, denominator: 5, share: 0.8 })
    expect(shares.women.total).toEqual({ numerator: 3, denominator: 5, share: 0.6 })
    // Collectives: village ×2 and the Party cell are small (default kinds), the school is not.
    expect(shares.smallCollectives.total).toEqual({ numerator: 3, denominator: 4, share: 0.75 })
    expect(shares.women.years.slice(2).map((y: { share: number | null; change: number | null }) => [y.share, y.change])).toEqual([[0, null], [0.5, 50], [1, 50]])
    expect(shares.directWorkers.years[1]).toEqual({ year: Y - 3, numerator: 0, denominator: 0, share: null, change: null })
    expect(shares.smallCollectives).toMatchObject({ target: null, verdict: 'no_target' })
  })

  it('shows the province the other commune too, and a chosen unit of the subtree alone', async () => {
    expect((await dashboard('provinceOfficer')).awards.total).toBe(11)
    expect((await dashboard('provinceOfficer', `?organizationId=${t.tenant.org.communeA.id}`)).awards.total).toBe(10)
    const school = await dashboard('officerA', `?organizationId=${t.tenant.org.schoolA.id}&fromYear=${Y}&toYear=${Y}`)
    expect(school.awards.bySubject).toEqual({ individual: 2, collective: 1, household: 0 })
    expect(school.awards.byYear).toHaveLength(1)
  })

  it('refuses units outside the subtree, roles without the statistics, and bad years, naming the field', async () => {
    expect((await (await t.as('officerA')).get(`/api/statistics/dashboard?organizationId=${t.tenant.org.communeB.id}`)).status).toBe(403)
    expect((await (await t.as('unitSchoolA')).get('/api/statistics/dashboard')).status).toBe(403)
    const reversed = await (await t.as('officerA')).get(`/api/statistics/dashboard?fromYear=${Y}&toYear=${Y - 1}`)
    expect(reversed.status).toBe(400)
    expect(reversed.body.error.fields.toYear).toMatch(/Đến năm/)
    const wide = await (await t.as('officerA')).get(`/api/statistics/dashboard?fromYear=1990`)
    expect(wide.status).toBe(400)
    expect(wide.body.error.fields.fromYear).toMatch(/Từ năm/)
    expect((await dashboard('signerA')).awards.total).toBe(10)
    expect((await dashboard('councilA')).awards.total).toBe(10)
  })
})

describe('the province settings', () => {
  it('say which kinds are small collectives and set targets, with a citation, version and audit row; only province managers', async () => {
    const officer = await t.as('provinceOfficer')
    const current = await ok(await officer.get('/api/statistics/settings'))
    expect(current).toMatchObject({ smallCollectiveKinds: ['village', 'department', 'party_cell'], version: 0, canConfigure: true })
    expect((await ok(await (await t.as('officerA')).get('/api/statistics/settings'))).canConfigure).toBe(false)
    const body = { smallCollectiveKinds: ['village'], targets: { directWorkers: 0.6, women: 0.7, smallCollectives: null }, citation: 'Kế hoạch 12/KH-UBND của tỉnh', version: 0 }

    expect((await (await t.as('officerA')).put('/api/statistics/settings', body)).status).toBe(403)
    const noCitation = await officer.put('/api/statistics/settings', { ...body, citation: '' })
    expect(noCitation.status).toBe(400)
    expect(noCitation.body.error.fields.citation).toMatch(/Căn cứ/)
    const badTarget = await officer.put('/api/statistics/settings', { ...body, targets: { ...body.targets, women: 70 } })
    expect(badTarget.status).toBe(400)
    expect(JSON.stringify(badTarget.body.error.fields)).toMatch(/Chỉ tiêu tỷ lệ nữ/)

    const audit = (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'statistics_settings'`))[0]!.n
    const saved = await ok(await officer.put('/api/statistics/settings', body))
    expect(saved).toMatchObject({ smallCollectiveKinds: ['village'], version: 1, citation: 'Kế hoạch 12/KH-UBND của tỉnh' })
    expect((await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'statistics_settings'`))[0]!.n).toBe(audit + 1)
    const stale = await officer.put('/api/statistics/settings', { ...body, smallCollectiveKinds: ['department'] })
    expect(stale.status).toBe(409)
    expect((await ok(await officer.get('/api/statistics/settings'))).smallCollectiveKinds).toEqual(['village'])

    const { shares } = await dashboard('officerA')
    expect(shares.smallCollectives.total).toEqual({ numerator: 2, denominator: 4, share: 0.5 })
    expect(shares.women).toMatchObject({ target: 0.7, verdict: 'below' })
    expect(shares.directWorkers).toMatchObject({ target: 0.6, verdict: 'met' })
  })
})

describe('the cascade, registrations and deadlines of commune A', () => {
  it('counts the plan addressees answered, drafting and not started, and its registrations', async () => {
    const d = await dashboard('officerA')
    const item = d.campaigns.items.find((i: { campaignId: string }) => i.campaignId === plan.id)
    expect(item).toMatchObject({ addressed: 3, answerDue: addDays(today, 20), counts: { answered: 1, draft: 1, notStarted: 1, late: 0 }, registration: { addressed: 3, registered: 1 } })
    expect(d.campaigns.totals).toMatchObject({ answered: 1, draft: 1, notStarted: 1, late: 0 })
    expect(d.registrations.byCampaign).toEqual({ addressed: 3, registered: 1 })
    expect(d.registrations.byYear.at(-1)).toEqual({ year: Y, addressed: 3, registered: 1 })
    expect(d.registrations.byYear[0]).toEqual({ year: Y - 4, addressed: 3, registered: 0 })
  })

  it('lists the deadlines of the next 30 days with what is still missing', async () => {
    const d = await dashboard('officerA')
    const mine = d.deadlines.filter((e: { campaignId: string }) => e.campaignId === plan.id)
    expect(mine.map((e: { kind: string; daysLeft: number; missing: string | null }) => [e.kind, e.daysLeft, e.missing])).toEqual([
      ['registration', 10, '2/3 đơn vị chưa gửi bản đăng ký thi đua'],
      ['dossier', 15, '2 hồ sơ đề nghị khen thưởng chưa gửi (nháp hoặc bị trả lại), 0 đã gửi'],
      ['answer', 20, '2/3 đơn vị chưa ban hành kế hoạch triển khai'],
      ['review', 25, '3/3 đơn vị chưa nộp báo cáo'],
    ])
  })

  it('counts the units that sent their report for the phase under review, under the plan or their own answering plan', async () => {
    const { org } = t.tenant
    const content = { results: [], sections: { results: 'Các phong trào được triển khai sâu rộng.', shortcomings: null, lessons: null, direction: null }, models: [], initiatives: [] }
    const report = async (account: string, organizationId: string, campaignId: string, submit: boolean) => {
      const client = await t.as(account)
      const draft = await ok(await client.post('/api/reports', { organizationId, campaignId, periodId: 'p1' }), 201)
      const saved = await ok(await client.patch(`/api/reports/${draft.id}`, { version: draft.version, content }))
      if (submit) await ok(await client.post(`/api/reports/${draft.id}/submit`, { version: saved.version }))
    }
    // The school reports under the commune's plan, the village under its own answering plan (same kind of
    // review, sơ kết); the Party cell only drafts its report, which does not count.
    await report('unitSchoolA', org.schoolA.id, plan.id, true)
    await report('officerA', org.villageA1.id, villagePlan.id, true)
    await report('officerA', org.partyCellA.id, plan.id, false)
    const review = (await dashboard('officerA')).deadlines.find((e: { campaignId: string; kind: string }) => e.campaignId === plan.id && e.kind === 'review')
    expect(review).toMatchObject({ title: 'Sơ kết Đợt 1', missing: '1/3 đơn vị chưa nộp báo cáo', missingCount: 1 })
    const school = (await dashboard('officerA', `?organizationId=${org.schoolA.id}`)).deadlines.find((e: { campaignId: string; kind: string }) => e.campaignId === plan.id && e.kind === 'review')
    expect(school.missing).toBe('Không có đơn vị nào trong phạm vi phải thực hiện')
  })

  it('shows the school only what lies in its own subtree', async () => {
    const d = await dashboard('officerA', `?organizationId=${t.tenant.org.schoolA.id}`)
    const registration = d.deadlines.find((e: { campaignId: string; kind: string }) => e.campaignId === plan.id && e.kind === 'registration')
    expect(registration.missing).toBe('Không có đơn vị nào trong phạm vi phải thực hiện')
    expect(d.campaigns.items.some((i: { campaignId: string }) => i.campaignId === plan.id)).toBe(false)
  })
})
