// What a proposal to the level above refuses, with nothing written: a nomination not passed, one within the
// level's own authority, one outside the caller's subtree, one already in another proposal, a stale version,
// an addressee that is not above the sender, answers to a draft or by the wrong side, bad answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { nominate, staff } from '../nominations/nominations.testing.ts'
import { councilPasses, created, expectRefused, moveThrough, passedAtCommune, proposalTableCounts, submitAlone } from './proposals.testing.ts'

let t: HistoryTestContext
let lan: { id: string }
let minh: { id: string }
let local: { id: string }
let pending: { id: string }
let failed: { id: string }
let draft: { id: string; version: number }

beforeAll(async () => {
  t = await openHistoryTest()
  lan = await passedAtCommune(t, 'Nguyễn Thị Lan')
  minh = await passedAtCommune(t, 'Triệu Văn Minh')
  local = await passedAtCommune(t, 'Hoàng Văn Tú', 'GIAY_KHEN_CHU_TICH_XA')
  const person = await staff(t, 'Lý Thị Mai')
  pending = await created(await nominate(t, person.id, { target: 'BANG_KHEN_CHU_TICH_TINH' }))
  await submitAlone(t, pending.id)
  await moveThrough(t, pending.id, ['to_council'])
  const other = await staff(t, 'Đàm Văn Sơn')
  failed = await created(await nominate(t, other.id, { target: 'BANG_KHEN_CHU_TICH_TINH' }))
  await submitAlone(t, failed.id)
  await moveThrough(t, failed.id, ['to_council'])
  await councilPasses(t, t.tenant.org.communeA, [failed.id], { result: 'failed' })
  draft = await created(await (await t.as('officerA')).post('/api/proposals', { nominationIds: [lan.id] }))
})
afterAll(() => t.db.close())

async function unchanged(request: () => Promise<{ status: number; body: any }>, status: number, message: RegExp, field?: string) { // eslint-disable-line @typescript-eslint/no-explicit-any
  const before = await proposalTableCounts(t.db)
  const res = await request()
  expectRefused(res, status, message)
  if (field) expect(Object.keys(res.body.error.fields ?? {})).toContain(field)
  expect(await proposalTableCounts(t.db)).toEqual(before)
  return res
}

describe('the nominations a proposal may carry', () => {
  it('refuses a nomination the council has not passed (still before it, or failed)', async () => {
    const officer = await t.as('officerA')
    await unchanged(() => officer.post('/api/proposals', { nominationIds: [minh.id, pending.id] }), 400, /«Lý Thị Mai».*đang ở trạng thái "Trình Hội đồng" — chỉ trình cấp trên đề nghị đã được Hội đồng/, 'nominationIds')
    await unchanged(() => officer.post('/api/proposals', { nominationIds: [failed.id] }), 400, /«Đàm Văn Sơn».*"Không được thông qua"/)
  })

  it('refuses a form within the level\'s own authority', async () => {
    await unchanged(() => t.as('officerA').then((c) => c.post('/api/proposals', { nominationIds: [local.id] })), 400, /thuộc thẩm quyền quyết định của Xã Bình Thành \(Xã Bình Thành \(Chủ tịch .*\)\), không cần trình cấp trên/)
  })

  it('refuses a nomination outside the caller\'s subtree, and roles that may not write', async () => {
    await unchanged(() => t.as('officerB').then((c) => c.post('/api/proposals', { nominationIds: [minh.id] })), 403, /ngoài phạm vi quản lý/)
    await unchanged(() => t.as('unitSchoolA').then((c) => c.post('/api/proposals', { nominationIds: [minh.id] })), 403, /không có quyền/)
  })

  it('refuses a nomination already in another proposal of the level, and one chosen twice', async () => {
    await unchanged(() => t.as('officerA').then((c) => c.post('/api/proposals', { nominationIds: [minh.id, lan.id] })), 400, /«Nguyễn Thị Lan».*đã có trong tờ trình «Tờ trình đề nghị Chủ tịch Ủy ban nhân dân tỉnh Thử nghiệm khen thưởng» của Xã Bình Thành/)
    await unchanged(() => t.as('officerA').then((c) => c.post('/api/proposals', { nominationIds: [minh.id, minh.id] })), 400, /Các đề nghị trình cấp trên: một đề nghị được chọn hai lần/, 'nominationIds')
  })

  it('refuses an addressee that is not above the sender, and a body outside tdkt without a name', async () => {
    const officer = await t.as('officerA')
    await unchanged(() => officer.post('/api/proposals', { nominationIds: [minh.id], toOrganizationId: t.tenant.org.communeB.id }), 400, /^Cơ quan nhận: Xã Bắc Sơn không phải cấp trên của Xã Bình Thành\.$/, 'toOrganizationId')
    await unchanged(() => officer.post('/api/proposals', { nominationIds: [minh.id], toOrganizationId: null }), 400, /Tên cơ quan, người nhận là bắt buộc/, 'toName')
  })
})

describe('drafts, sending and answers', () => {
  it('refuses a stale version on edit, send and delete', async () => {
    const officer = await t.as('officerA')
    await unchanged(() => officer.patch(`/api/proposals/${draft.id}`, { version: draft.version + 1, title: 'Khác' }), 409, /vừa được người khác cập nhật/, 'version')
    await unchanged(() => officer.post(`/api/proposals/${draft.id}/send`, { version: draft.version + 1 }), 409, /vừa được người khác cập nhật/)
    await unchanged(() => officer.delete(`/api/proposals/${draft.id}?version=${draft.version + 1}`), 409, /vừa được người khác cập nhật/)
  })

  it('refuses to export a proposal to a level on tdkt, and to answer a draft', async () => {
    const officer = await t.as('officerA')
    await unchanged(() => officer.post(`/api/proposals/${draft.id}/export`, { version: draft.version }), 400, /Tỉnh Thử nghiệm dùng tdkt: gửi tờ trình trong hệ thống/)
    await unchanged(
      () => officer.post(`/api/proposals/${draft.id}/answers`, { version: draft.version, items: [{ nominationId: lan.id, outcome: 'refused', reason: 'Không đủ tiêu chuẩn' }] }),
      409, /chưa gửi cấp trên: chưa có kết quả để ghi/,
    )
    await unchanged(() => t.as('provinceOfficer').then((c) => c.get(`/api/proposals/${draft.id}/package.zip`)), 409, /còn là dự thảo/)
  })

  it('refuses answers that name a nomination of another proposal or a decision in the future, and half-written answers', async () => {
    const sent = (await (await t.as('officerA')).post(`/api/proposals/${draft.id}/send`, { version: draft.version })).body
    draft = sent
    const province = await t.as('provinceOfficer')
    await unchanged(
      () => province.post(`/api/proposals/${draft.id}/answers`, { version: draft.version, items: [{ nominationId: minh.id, outcome: 'refused', reason: 'x' }] }),
      400, /Kết quả thứ 1: đề nghị không thuộc tờ trình này/, 'items.0.nominationId',
    )
    await unchanged(
      () => province.post(`/api/proposals/${draft.id}/answers`, { version: draft.version, items: [{ nominationId: lan.id, outcome: 'decided', decisionNumber: '1/QĐ-UBND', decisionDate: '2099-01-01', decisionIssuer: 'Chủ tịch UBND tỉnh' }] }),
      400, /«Nguyễn Thị Lan».*Ngày quyết định: ngày 01\/01\/2099 ở sau hôm nay/, 'items.0.decisionDate',
    )
    await unchanged(
      () => province.post(`/api/proposals/${draft.id}/answers`, { version: draft.version, items: [{ nominationId: lan.id, outcome: 'decided', decisionNumber: '', decisionDate: '15/01/2026' }] }),
      400, /Số quyết định/, 'items.0.decisionNumber',
    )
    await unchanged(
      () => province.post(`/api/proposals/${draft.id}/answers`, { version: draft.version + 1, items: [{ nominationId: lan.id, outcome: 'refused', reason: 'Không đủ tiêu chuẩn' }] }),
      409, /vừa được người khác cập nhật/,
    )
    await unchanged(() => t.as('officerA').then((c) => c.patch(`/api/proposals/${draft.id}`, { version: draft.version, title: 'Khác' })), 409, /đã gửi hoặc đã xuất, không sửa được nữa/)
  })
})
