import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { communePlan, openCampaignTest, provincialPlan, type CampaignTestContext } from './campaigns.testing.ts'

let t: CampaignTestContext
let provincial: string
let answer: string

interface Entry { date: string; kind: string; title: string; campaignId: string; organizationName: string; overdue: boolean; numberAndSymbol: string | null }
const calendar = async (account: string, query = '') => (await (await t.as(account)).get(`/api/calendar${query}`)).body as Entry[]
const of = (entries: Entry[], campaignId: string) => entries.filter((e) => e.campaignId === campaignId).map((e) => [e.date, e.kind, e.title])

beforeAll(async () => {
  t = await openCampaignTest()
  const province = await t.as('provinceOfficer')
  const draft = await province.post('/api/campaigns', { issuerId: t.tenant.org.province.id, content: provincialPlan(), addresseeIds: [t.tenant.org.communeA.id] })
  provincial = (await province.post(`/api/campaigns/${draft.body.id}/issue`, { version: 1, issuedOn: '2025-11-15', number: '141' })).body.id
  const officer = await t.as('officerA')
  const started = await officer.post(`/api/campaigns/${provincial}/answer`, { organizationId: t.tenant.org.communeA.id })
  answer = (await officer.post(`/api/campaigns/${started.body.id}/issue`, { version: 1, issuedOn: '2025-11-25' })).body.id
})
afterAll(() => t.db.close())

describe('event dates and the calendar', () => {
  it('leaves a deadline relative to an undated event off the calendar', async () => {
    expect(of(await calendar('provinceOfficer'), provincial)).toEqual([])
  })

  it('after the congress date is entered on the issued plan, the final-report deadline appears for everyone', async () => {
    const province = await t.as('provinceOfficer')
    const res = await province.put(`/api/campaigns/${provincial}/events/daihoi14`, { date: '2026-01-23' })
    expect(res.status).toBe(200)
    expect(res.body.eventDates).toEqual({ daihoi14: '2026-01-23' })
    expect(res.body.content.events[0].date).toBeNull() // the issued content itself is unchanged
    const audit = await t.db.query<{ action: string; summary: string }>(`SELECT action, summary FROM audit_log WHERE entity_id = $1 AND action = 'set_event_date'`, [provincial])
    expect(audit).toEqual([{ action: 'set_event_date', summary: 'Cập nhật ngày diễn ra "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng": 23/01/2026' }])

    expect(of(await calendar('provinceOfficer'), provincial)).toEqual([
      ['2026-01-23', 'event', 'Đại hội đại biểu toàn quốc lần thứ XIV của Đảng'],
      ['2026-02-07', 'deadline', 'Gửi báo cáo tổng kết Đợt thi đua'],
    ])
    const communeCalendar = await calendar('officerA')
    expect(of(communeCalendar, provincial)).toHaveLength(2)
    // the commune's answering plan reuses the event: its copy of the deadline is dated too
    expect(of(communeCalendar, answer)).toEqual([
      ['2026-01-23', 'event', 'Đại hội đại biểu toàn quốc lần thứ XIV của Đảng'],
      ['2026-02-07', 'deadline', 'Gửi báo cáo tổng kết Đợt thi đua'],
    ])
    expect(communeCalendar.find((e) => e.campaignId === answer && e.kind === 'deadline')).toMatchObject({ overdue: true, organizationName: 'Xã Bình Thành', numberAndSymbol: '01/KH-UBND' })
    expect((await (await t.as('officerA')).get(`/api/campaigns/${answer}`)).body.eventDates).toEqual({ daihoi14: '2026-01-23' })
    expect(of(await calendar('officerB'), provincial)).toEqual([])
  })

  it('filters by date range', async () => {
    expect(of(await calendar('provinceOfficer', '?from=2026-02-01&to=2026-02-28'), provincial)).toEqual([['2026-02-07', 'deadline', 'Gửi báo cáo tổng kết Đợt thi đua']])
    const bad = await (await t.as('provinceOfficer')).get('/api/calendar?from=2026-03-01&to=2026-02-01')
    expect(bad.status).toBe(400)
    expect(bad.body.error.fields.to).toMatch(/Đến ngày phải sau từ ngày/)
  })

  it('puts phases, reviews, the ceremony and answers due on the calendar', async () => {
    const officer = await t.as('officerA')
    const plan = communePlan({
      ceremony: { date: '2025-01-10', place: 'Hội trường xã', attendees: [], programme: [], pledgeSigners: [] },
      deadlines: [{ id: 'kh', kind: 'answer', name: 'Các đơn vị xây dựng kế hoạch', due: { kind: 'date', date: '2025-01-20' }, note: null }],
    })
    const draft = await officer.post('/api/campaigns', { issuerId: t.tenant.org.communeA.id, content: plan, addresseeIds: [t.tenant.org.schoolA.id] })
    const issued = await officer.post(`/api/campaigns/${draft.body.id}/issue`, { version: 1, issuedOn: '2025-01-05' })
    const entries = (await calendar('officerA')).filter((e) => e.campaignId === issued.body.id)
    expect(entries.map((e) => [e.date, e.kind, e.title, e.overdue])).toEqual([
      ['2025-01-01', 'phase_start', 'Bắt đầu Đợt 1', false],
      ['2025-01-10', 'ceremony', 'Lễ phát động thi đua', false],
      ['2025-01-20', 'answer_due', 'Trường Tiểu học Bình Thành xây dựng kế hoạch triển khai', true],
      ['2025-06-30', 'phase_end', 'Kết thúc Đợt 1', false],
      ['2025-07-01', 'phase_start', 'Bắt đầu Đợt 2', false],
      ['2025-12-20', 'review', 'Tổng kết Đợt 2', true],
      ['2025-12-31', 'phase_end', 'Kết thúc Đợt 2', false],
    ])
  })

  it('refuses event dates on drafts and unknown events, and withdraws a date with null', async () => {
    const province = await t.as('provinceOfficer')
    const draft = await province.post('/api/campaigns', { issuerId: t.tenant.org.province.id, content: provincialPlan() })
    const onDraft = await province.put(`/api/campaigns/${draft.body.id}/events/daihoi14`, { date: '2026-01-23' })
    expect(onDraft.status).toBe(409)
    expect(onDraft.body.error.message).toBe('Kế hoạch còn là dự thảo: hãy nhập ngày của sự kiện ngay trong nội dung kế hoạch.')
    const unknown = await province.put(`/api/campaigns/${provincial}/events/khong-co`, { date: '2026-01-23' })
    expect(unknown.status).toBe(404)
    expect(unknown.body.error.message).toBe('Không tìm thấy sự kiện «khong-co» trong kế hoạch.')
    const byCommune = await (await t.as('officerA')).put(`/api/campaigns/${provincial}/events/daihoi14`, { date: '2026-01-24' })
    expect(byCommune.status).toBe(403)
    const withdrawn = await province.put(`/api/campaigns/${provincial}/events/daihoi14`, { date: null })
    expect(withdrawn.body.eventDates).toEqual({})
    expect(of(await calendar('provinceOfficer'), provincial)).toEqual([])
  })
})
