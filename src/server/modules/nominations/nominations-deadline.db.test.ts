// The campaign's dossier deadline, "20 days after the commune Party congress", takes its date when the
// congress date is entered; past it, a dossier is submitted only with the officer's override, which is
// audited with its reason. The processing timer counts 20 working days past weekends and the holidays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { todayInVietnam } from '../../../shared/people.ts'
import { addDays, addWorkingDays, workingDaysBetween } from '../../../shared/working-days.ts'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import type { NominationDetail } from './nomination-view.ts'
import { communeCampaign, created, MEETING, nominate, staff, submit } from './nominations.testing.ts'

let t: HistoryTestContext

beforeAll(async () => {
  t = await openHistoryTest()
})
afterAll(() => t.db.close())

describe('dossier deadline', () => {
  let campaignId: string
  let nomination: NominationDetail

  it('has no date until the congress is dated, then is past', async () => {
    campaignId = (await communeCampaign(t)).id
    nomination = await created(await nominate(t, (await staff(t, 'Vi Thị Mai', { sex: 'nu' })).id, { campaignId, target: 'GIAY_KHEN_CHU_TICH_XA', reviewMeeting: MEETING }))
    expect(nomination).toMatchObject({
      campaign: { id: campaignId, title: 'Phát động đợt thi đua chào mừng Đại hội Đảng bộ xã', numberAndSymbol: expect.stringMatching(/\/KH-UBND$/) },
      deadline: { name: 'Hồ sơ đề nghị khen thưởng gửi về Hội đồng Thi đua - Khen thưởng xã', due: null, late: false, overridden: false },
    })
    // The campaign's four dossier items and the catalogue's components are both asked for.
    expect(nomination.dossier.completeness.requirements.filter((r: { source: string }) => r.source === 'campaign')).toHaveLength(4)
    expect((await (await t.as('officerA')).put(`/api/campaigns/${campaignId}/events/daihoi-xa`, { date: '2025-08-01' })).status).toBe(200)
    const detail = (await (await t.as('unitSchoolA')).get(`/api/nominations/${nomination.id}`)).body
    expect(detail.deadline).toEqual({ name: 'Hồ sơ đề nghị khen thưởng gửi về Hội đồng Thi đua - Khen thưởng xã', due: '2025-08-21', late: true, overridden: false })
    expect((await submit(await t.as('unitSchoolA'), [detail])).status).toBe(400)
  })

  it('is lifted for one dossier by the officer of the commune that set it, with the reason, in the audit log', async () => {
    const outsider = await (await t.as('officerB')).post(`/api/nominations/${nomination.id}/override-deadline`, { version: nomination.version, reason: 'Cho phép' })
    expect(outsider.status).toBe(403)
    const unit = await (await t.as('unitSchoolA')).post(`/api/nominations/${nomination.id}/override-deadline`, { version: nomination.version, reason: 'Cho phép' })
    expect(unit.status).toBe(403)
    const reason = 'Giáo viên đi tập huấn chuyên môn tại tỉnh đến 25/08/2025; Thường trực Hội đồng đồng ý nhận hồ sơ muộn.'
    const res = await (await t.as('officerA')).post(`/api/nominations/${nomination.id}/override-deadline`, { version: nomination.version, reason })
    expect(res.status).toBe(200)
    expect(res.body.deadline).toMatchObject({ late: true, overridden: true })
    expect(res.body.deadlineOverride).toMatchObject({ reason, byName: 'Người dùng officerA', at: expect.any(String) })
    const audit = await t.db.query<{ action: string; summary: string; after: { deadlineOverride: { reason: string } } }>(
      `SELECT action, summary, after FROM audit_log WHERE entity_id = $1 AND action = 'override_deadline'`, [nomination.id],
    )
    expect(audit).toHaveLength(1)
    expect(audit[0]!.summary).toBe(`Cho phép nộp muộn Đề nghị «Vi Thị Mai» — Giấy khen Chủ tịch UBND xã (hạn 21/08/2025 của kế hoạch «Phát động đợt thi đua chào mừng Đại hội Đảng bộ xã»): ${reason}`)
    expect(audit[0]!.after.deadlineOverride.reason).toBe(reason)
    const submitted = await submit(await t.as('unitSchoolA'), [res.body])
    expect(submitted.status).toBe(201)
    expect(submitted.body.nominations[0]).toMatchObject({ status: 'submitted', deadline: { late: true, overridden: true } })
  })

  it('is not lifted before it passes, nor for a nomination outside a campaign', async () => {
    const officer = await t.as('officerA')
    const future = await communeCampaign(t, addDays(todayInVietnam(), 30))
    const early = await created(await nominate(t, (await staff(t, 'Lưu Văn Nam')).id, { campaignId: future.id, target: 'GIAY_KHEN_CHU_TICH_XA' }))
    const res = await officer.post(`/api/nominations/${early.id}/override-deadline`, { version: early.version, reason: 'Nộp muộn' })
    expect(res.status).toBe(409)
    expect(res.body.error.message).toMatch(/^Đề nghị «Lưu Văn Nam» — Giấy khen Chủ tịch UBND xã: chưa quá hạn nộp hồ sơ \(hạn ngày \d\d\/\d\d\/\d{4}\); không cần cho phép nộp muộn\.$/)
    const yearly = await created(await nominate(t, (await staff(t, 'Lưu Văn Bắc')).id))
    const none = await officer.post(`/api/nominations/${yearly.id}/override-deadline`, { version: yearly.version, reason: 'Nộp muộn' })
    expect(none.status).toBe(409)
    expect(none.body.error.message).toBe('Đề nghị «Lưu Văn Bắc» — LĐTT không theo kế hoạch thi đua có hạn nộp hồ sơ: không cần cho phép nộp muộn.')
  })
})

describe('processing timer and holidays', () => {
  it('counts 20 working days from the submission, skipping the holidays the province entered', async () => {
    const today = todayInVietnam()
    const nextWorkingDay = addWorkingDays(today, 1, new Set())
    const year = Number(nextWorkingDay.slice(0, 4))
    const province = await t.as('provinceOfficer')
    const saved = await province.put(`/api/holidays/${year}`, { version: 0, holidays: [{ date: nextWorkingDay, name: 'Ngày nghỉ bù (thử nghiệm)' }] })
    expect(saved.status).toBe(200)
    expect(saved.body).toEqual({ year, holidays: [{ date: nextWorkingDay, name: 'Ngày nghỉ bù (thử nghiệm)' }], version: 1 })
    const nomination = await created(await nominate(t, (await staff(t, 'Sầm Văn Lợi')).id, { reviewMeeting: MEETING }))
    const res = await submit(await t.as('unitSchoolA'), [nomination])
    const timer = res.body.nominations[0].timer
    const holidays = new Set([nextWorkingDay])
    expect(timer).toMatchObject({ startedOn: today, dueOn: addWorkingDays(today, 20, holidays), workingDaysLeft: 20, running: true, overdue: false })
    // One calendar working day later than it would be without the holiday.
    expect(workingDaysBetween(addWorkingDays(today, 20, new Set()), timer.dueOn, new Set())).toBe(1)
    expect(timer.citation).toBe('Quyết định 638/QĐ-BNV năm 2025 (thời hạn giải quyết ở cấp xã: 20 ngày làm việc kể từ ngày nhận đủ hồ sơ)')
  })
})
