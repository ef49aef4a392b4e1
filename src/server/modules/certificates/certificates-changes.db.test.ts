// Reissue (cấp lại) and cancellation (hủy bỏ, thu hồi — Luật TĐKT 2022, Điều 93), each in one transaction
// with its audit row; every refusal answers in Vietnamese and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiResponse } from '../../testing/api-client.ts'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { certificateTableCounts, issuedDecision, type IssuedDecision } from './certificates.testing.ts'

let t: HistoryTestContext
let decision: IssuedDecision

beforeAll(async () => {
  t = await openHistoryTest()
  decision = await issuedDecision(t, [{ fullName: 'Hoàng Thị Lan', sex: 'nu' }, { fullName: 'Ma Văn Hùng' }, { fullName: 'Lục Thị Hoa', sex: 'nu' }])
})
afterAll(() => t.db.close())

const list = async () => (await (await t.as('officerA')).get(`/api/decisions/${decision.id}/certificates`)).body.certificates

/** Runs a refused request and checks that no table changed and the list reads back as before. */
async function refused(request: () => Promise<ApiResponse>): Promise<ApiResponse> {
  const before = { counts: await certificateTableCounts(t.db), list: await list() }
  const res = await request()
  expect(await certificateTableCounts(t.db)).toEqual(before.counts)
  expect(await list()).toEqual(before.list)
  return res
}

describe('reissue', () => {
  it('replaces the old certificate (reason, who, when) with a new code and the same serial, audited', async () => {
    const old = decision.certificates[0]!
    const officer = await t.as('officerA')
    const res = await officer.post(`/api/certificates/${old.id}/reissue`, { reason: 'Giấy khen bị hư hỏng do ngập lụt', version: old.version })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ serial: 1, status: 'valid', replacesId: old.id, awardeeName: 'Bà Hoàng Thị Lan', issuedByName: 'Người dùng officerA' })
    expect(res.body.code).not.toBe(old.code)
    const line = (await list())[0]
    expect(line).toMatchObject({ id: res.body.id, code: res.body.code, status: 'valid' })
    expect(line.history).toHaveLength(1)
    expect(line.history[0]).toMatchObject({ id: old.id, code: old.code, status: 'replaced', statusLabel: 'Đã cấp lại', reason: 'Giấy khen bị hư hỏng do ngập lụt', statusChangedByName: 'Người dùng officerA', version: 2 })
    expect(line.history[0].statusChangedAt).toBeTruthy()
    const audit = await t.db.query<{ action: string; summary: string }>(`SELECT action, summary FROM audit_log WHERE entity = 'certificate' AND entity_id = $1`, [res.body.id])
    expect(audit).toEqual([{ action: 'certificate.reissue', summary: `Cấp lại Giấy khen số sổ vàng 1 (mã ${old.code}) cho Hoàng Thị Lan: mã mới ${res.body.code}. Lý do: Giấy khen bị hư hỏng do ngập lụt` }])

    // The reissued one can be reissued again: the chain grows, newest first.
    const again = await officer.post(`/api/certificates/${res.body.id}/reissue`, { reason: 'Mất khi chuyển nhà', version: 1 })
    expect(again.status).toBe(200)
    expect((await list())[0].history.map((h: { code: string }) => h.code)).toEqual([res.body.code, old.code])
  })

  it('refuses a replaced certificate, a stale version, an empty reason', async () => {
    const old = decision.certificates[0]!
    const twice = await refused(async () => (await t.as('officerA')).post(`/api/certificates/${old.id}/reissue`, { reason: 'Mất', version: 2 }))
    expect(twice.status).toBe(409)
    expect(twice.body.error.message).toBe(`Giấy khen số sổ vàng 1 (mã ${old.code}) đã được cấp lại; không thể cấp lại bản không còn giá trị. Hãy thao tác trên bản cấp lại.`)
    const second = decision.certificates[1]!
    const stale = await refused(async () => (await t.as('officerA')).post(`/api/certificates/${second.id}/reissue`, { reason: 'Mất', version: 7 }))
    expect(stale.status).toBe(409)
    expect(stale.body.error.fields).toEqual({ version: 'Phiên bản dữ liệu đã cũ' })
    const empty = await refused(async () => (await t.as('officerA')).post(`/api/certificates/${second.id}/reissue`, { reason: '   ', version: 1 }))
    expect(empty.status).toBe(400)
    expect(empty.body.error.fields).toEqual({ reason: 'Lý do: Lý do là bắt buộc' })
  })
})

describe('cancel', () => {
  it('cancels the certificate and revokes its registry row in the same transaction, audited', async () => {
    const target = decision.certificates[1]!
    const res = await (await t.as('officerA')).post(`/api/certificates/${target.id}/cancel`, { reason: 'Khai man thành tích (Quyết định số 09/QĐ-UBND hủy bỏ)', version: 1 })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ id: target.id, status: 'cancelled', statusLabel: 'Đã hủy bỏ, thu hồi', reason: 'Khai man thành tích (Quyết định số 09/QĐ-UBND hủy bỏ)', version: 2 })
    const [record] = await t.db.query<{ revokedOn: string; revokedReason: string; version: number }>(
      `SELECT revoked_on AS "revokedOn", revoked_reason AS "revokedReason", version FROM award_records WHERE id = $1`, [target.awardRecordId],
    )
    expect(record).toEqual({ revokedOn: todayInVietnam(), revokedReason: 'Khai man thành tích (Quyết định số 09/QĐ-UBND hủy bỏ)', version: 2 })
    const audit = await t.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE entity = 'certificate' AND entity_id = $1`, [target.id])
    expect(audit).toEqual([{ action: 'certificate.cancel' }])
    expect((await list())[1]).toMatchObject({ id: target.id, status: 'cancelled', history: [] })
  })

  it('refuses cancelling twice, reissuing a cancelled certificate, and printing it', async () => {
    const target = decision.certificates[1]!
    const twice = await refused(async () => (await t.as('officerA')).post(`/api/certificates/${target.id}/cancel`, { reason: 'Lần hai', version: 2 }))
    expect(twice.status).toBe(409)
    expect(twice.body.error.message).toBe(`Giấy khen số sổ vàng 2 (mã ${target.code}) đã bị hủy bỏ, thu hồi (Luật Thi đua, khen thưởng 2022, Điều 93); không thể hủy bỏ.`)
    const reissue = await refused(async () => (await t.as('officerA')).post(`/api/certificates/${target.id}/reissue`, { reason: 'Mất', version: 2 }))
    expect(reissue.status).toBe(409)
    const print = await (await t.as('officerA')).get(`/api/decisions/${decision.id}/certificates.pdf?ids=${target.id}`)
    expect(print.status).toBe(400)
  })
})

describe('scope and roles', () => {
  it('refuses another commune\'s officer and accounts without the permission, changing nothing', async () => {
    const third = decision.certificates[2]!
    const outside = await refused(async () => (await t.as('officerB')).post(`/api/certificates/${third.id}/cancel`, { reason: 'Thử', version: 1 }))
    expect(outside.status).toBe(403)
    expect(outside.body.error.message).toBe('Đối tượng này thuộc đơn vị ngoài phạm vi quản lý của bạn.')
    for (const account of ['unitSchoolA', 'signerA', 'councilA']) {
      const res = await refused(async () => (await t.as(account)).post(`/api/certificates/${third.id}/reissue`, { reason: 'Thử', version: 1 }))
      expect(res.status).toBe(403)
    }
    const unknown = await refused(async () => (await t.as('officerA')).post('/api/certificates/00000000-0000-4000-8000-000000000000/cancel', { reason: 'Thử', version: 1 }))
    expect(unknown.status).toBe(404)
    expect(unknown.body.error.message).toBe('Không tìm thấy giấy khen.')
  })

  it('lets the provincial officer act on a commune\'s certificate (the commune lies in the province)', async () => {
    const third = decision.certificates[2]!
    const res = await (await t.as('provinceOfficer')).post(`/api/certificates/${third.id}/reissue`, { reason: 'Bị mất', version: 1 })
    expect(res.status).toBe(200)
  })
})
