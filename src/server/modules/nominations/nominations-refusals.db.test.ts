// Each refusal answers with a Vietnamese message naming the field, and nothing changes: no nomination,
// history row, proposal, register number, file or audit row is written, and the nominations read back as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiResponse } from '../../testing/api-client.ts'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { communePlan } from '../campaigns/campaigns.testing.ts'
import { communeCampaign, created, MEETING, nominate, nominationTableCounts, staff, submit } from './nominations.testing.ts'

let t: HistoryTestContext
let person: { id: string }
let draft: { id: string; version: number }
let incomplete: { id: string; version: number }
let late: { id: string; version: number }
let submitted: { id: string; version: number }

beforeAll(async () => {
  t = await openHistoryTest()
  person = await staff(t, 'Hà Văn Sơn')
  draft = await created(await nominate(t, person.id, { reviewMeeting: MEETING }))
  incomplete = await created(await nominate(t, person.id, { target: 'GIAY_KHEN_CHU_TICH_XA' }))
  // A campaign whose dossier deadline (20 days after the congress of 01/08/2025) has passed.
  const campaign = await communeCampaign(t, '2025-08-01')
  late = await created(await nominate(t, person.id, { campaignId: campaign.id, target: 'GIAY_KHEN_CHU_TICH_XA', reviewMeeting: MEETING }))
  const other = await created(await nominate(t, (await staff(t, 'Đinh Văn Hào')).id, { reviewMeeting: MEETING }))
  submitted = (await created(await submit(await t.as('unitSchoolA'), [other]))).nominations[0]
})
afterAll(() => t.db.close())

/** Runs a refused request and checks that no table changed and the nominations read back as before. */
async function refused(request: () => Promise<ApiResponse>): Promise<ApiResponse> {
  const officer = await t.as('officerA')
  const read = async () => Promise.all([draft, incomplete, late, submitted].map(async (n) => (await officer.get(`/api/nominations/${n.id}`)).body))
  const before = { counts: await nominationTableCounts(t.db), nominations: await read() }
  const res = await request()
  expect(await nominationTableCounts(t.db)).toEqual(before.counts)
  expect(await read()).toEqual(before.nominations)
  return res
}

const unit = () => t.as('unitSchoolA')

describe('refusals', () => {
  it('a subject outside the nominating unit\'s subtree', async () => {
    const villager = await t.person({ fullName: 'Nông Văn Chiến', organizationId: t.tenant.org.villageA1.id, category: 'nhan_dan' })
    const res = await refused(() => nominate(t, villager.id, {}, 'officerA'))
    expect(res.status).toBe(400)
    expect(res.body.error.fields).toEqual({
      subjectId: 'Đối tượng đề nghị: cá nhân được chọn không thuộc Trường Tiểu học Bình Thành hay đơn vị trực thuộc; đơn vị chỉ đề nghị khen thưởng cá nhân, tập thể, hộ gia đình của mình',
    })
  })

  it('an unknown target code, a title for another kind of subject, the simplified procedure for a title', async () => {
    const unknown = await refused(() => nominate(t, person.id, { target: 'BANG_KHEN_CHU_TICH_XA' }))
    expect(unknown.status).toBe(400)
    expect(unknown.body.error.fields).toEqual({ target: 'Danh hiệu, hình thức đề nghị: mã "BANG_KHEN_CHU_TICH_XA" không có trong danh mục danh hiệu, hình thức khen thưởng' })
    const collective = await refused(() => nominate(t, person.id, { target: 'TTLDTT' }))
    expect(collective.body.error.fields).toEqual({ target: 'Danh hiệu, hình thức đề nghị: TTLĐTT không xét cho cá nhân (chỉ cho tập thể)' })
    const simplified = await refused(() => nominate(t, person.id, { target: 'CSTDCS', simplified: true, simplifiedCase: 3 }))
    expect(simplified.body.error.fields).toEqual({ simplified: 'Thủ tục đơn giản: chỉ áp dụng cho hình thức khen thưởng, không áp dụng cho danh hiệu thi đua CSTĐCS (Luật TĐKT 2022, Điều 85)' })
    const noCase = await refused(() => nominate(t, person.id, { target: 'GIAY_KHEN_CHU_TICH_XA', simplified: true }))
    expect(noCase.body.error.fields).toEqual({ simplifiedCase: 'Trường hợp áp dụng thủ tục đơn giản: chọn một trong năm trường hợp (Luật TĐKT 2022, Điều 85)' })
    const abolished = await refused(() => nominate(t, person.id, { target: 'GIAY_KHEN_CHU_TICH_HUYEN' }))
    expect(abolished.body.error.fields.target).toMatch(/^Danh hiệu, hình thức đề nghị: Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện \(đến 30\/06\/2025\) không có trong quy định áp dụng ngày 20\/12\/2025/)
  })

  it('the same proposal twice', async () => {
    const res = await refused(() => nominate(t, person.id))
    expect(res.status).toBe(409)
    expect(res.body.error.fields).toEqual({ target: 'Danh hiệu, hình thức đề nghị: Hà Văn Sơn đã được đề nghị LĐTT năm 2025; không đề nghị trùng' })
  })

  it('a campaign not issued yet, and a deciding level outside the unit\'s chain', async () => {
    const officer = await t.as('officerA')
    const plan = await created(await officer.post('/api/campaigns', { issuerId: t.tenant.org.communeA.id, content: communePlan({ title: 'Kế hoạch thi đua chưa ban hành' }) }))
    const res = await refused(() => nominate(t, person.id, { campaignId: plan.id, target: 'CSTDCS' }))
    expect(res.body.error.fields).toEqual({ campaignId: 'Kế hoạch thi đua «Kế hoạch thi đua chưa ban hành» chưa ban hành: chưa nhận đề nghị khen thưởng theo kế hoạch này' })
    const decider = await refused(() => nominate(t, person.id, { target: 'CSTDCS', decidingOrganizationId: t.tenant.org.communeB.id }))
    expect(decider.body.error.fields).toEqual({ decidingOrganizationId: 'Cấp quyết định: phải là Trường Tiểu học Bình Thành hoặc một đơn vị cấp trên của đơn vị này' })
  })

  it('submitting after the campaign\'s dossier deadline without an override', async () => {
    const res = await refused(async () => submit(await unit(), [late]))
    expect(res.status).toBe(400)
    expect(res.body.error.message).toBe(
      'Đã quá hạn nộp hồ sơ ngày 21/08/2025 (Hồ sơ đề nghị khen thưởng gửi về Hội đồng Thi đua - Khen thưởng xã) của kế hoạch «Phát động đợt thi đua chào mừng Đại hội Đảng bộ xã»: «Hà Văn Sơn» chưa được Thường trực Hội đồng Thi đua – Khen thưởng cho phép nộp muộn.',
    )
  })

  it('submitting an incomplete dossier, naming what is missing', async () => {
    const res = await refused(async () => submit(await unit(), [draft, incomplete]))
    expect(res.status).toBe(400)
    expect(res.body.error.fields).toEqual({
      [`nominations.${incomplete.id}`]: '«Hà Văn Sơn»: Biên bản xét khen thưởng của Hội đồng Thi đua – Khen thưởng: chưa nhập cuộc họp xét của đơn vị (ngày họp, địa điểm, chủ trì, thư ký, số thành viên dự họp và đồng ý)',
    })
    expect(res.body.error.message).toMatch(/^Hồ sơ chưa đủ thành phần — «Hà Văn Sơn»: Biên bản xét khen thưởng/)
  })

  it('a status jump that is not allowed', async () => {
    const officer = await t.as('officerA')
    const check = await refused(() => officer.post(`/api/nominations/${draft.id}/check`, { version: draft.version, to: 'to_council' }))
    expect(check.status).toBe(400)
    expect(check.body.error.message).toBe('Đề nghị «Hà Văn Sơn» — LĐTT: Không thể chuyển đề nghị từ "Dự thảo" sang "Trình Hội đồng": từ "Dự thảo" chỉ chuyển sang "Đã trình".')
    const again = await refused(async () => submit(await unit(), [submitted]))
    expect(again.body.error.message).toBe('Đề nghị «Đinh Văn Hào» — LĐTT: Không thể chuyển đề nghị từ "Đã trình" sang "Đã trình": chỉ trình đề nghị đang là dự thảo hoặc bị trả lại.')
    const edit = await refused(async () => (await unit()).patch(`/api/nominations/${submitted.id}`, { version: submitted.version, achievement: 'Sửa sau khi trình' }))
    expect(edit.status).toBe(409)
    expect(edit.body.error.message).toBe('Đề nghị «Đinh Văn Hào» — LĐTT đang ở trạng thái "Đã trình": chỉ sửa được đề nghị dự thảo hoặc bị trả lại.')
    const mixed = await refused(async () => submit(await unit(), [draft, late]))
    expect(mixed.body.error.message).toMatch(/^Một tờ trình gồm các đề nghị của cùng một đơn vị, cùng kế hoạch thi đua/)
  })

  it('a stale version', async () => {
    const patch = await refused(async () => (await unit()).patch(`/api/nominations/${draft.id}`, { version: draft.version + 1, achievement: 'Bản sửa từ dữ liệu cũ' }))
    expect(patch.status).toBe(409)
    expect(patch.body.error).toMatchObject({ code: 'CONFLICT', fields: { version: 'Phiên bản dữ liệu đã cũ' } })
    expect(patch.body.error.message).toMatch(/^Đề nghị «Hà Văn Sơn» — LĐTT vừa được người khác cập nhật/)
    const batch = await refused(async () => submit(await unit(), [{ id: draft.id, version: draft.version + 3 }]))
    expect(batch.status).toBe(409)
    const returned = await refused(async () => (await t.as('officerA')).post(`/api/nominations/${submitted.id}/return`, { version: 1, reason: 'Thiếu minh chứng' }))
    expect(returned.status).toBe(409)
  })

  it('a return without its reason, a review meeting that does not add up', async () => {
    const reason = await refused(async () => (await t.as('officerA')).post(`/api/nominations/${submitted.id}/return`, { version: submitted.version, reason: '  ' }))
    expect(reason.body.error.fields).toEqual({ reason: 'Lý do trả lại: không được để trống' })
    const meeting = await refused(async () => (await unit()).patch(`/api/nominations/${draft.id}`, { version: draft.version, reviewMeeting: { ...MEETING, present: 12 } }))
    expect(meeting.body.error.fields).toEqual({ 'reviewMeeting.present': 'Số thành viên dự họp: không được lớn hơn tổng số thành viên' })
  })
})
