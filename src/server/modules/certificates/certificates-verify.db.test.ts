// The public check by verification code, without a session: the code's check characters are verified
// before any lookup; the answer shows what the certificate shows and nothing more (no CCCD, birth date, ids).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { issuedDecision, type IssuedDecision } from './certificates.testing.ts'

let t: HistoryTestContext
let decision: IssuedDecision

beforeAll(async () => {
  t = await openHistoryTest()
  decision = await issuedDecision(t, [{ fullName: 'Hoàng Thị Lan', sex: 'nu' }, { fullName: 'Ma Văn Hùng', target: 'CSTDCS' }, { fullName: 'Lục Thị Hoa', sex: 'nu' }])
})
afterAll(() => t.db.close())

/** A request with no cookie at all, as a phone scanning the QR code sends it. */
async function lookUp(code: string) {
  const res = await t.app.request(`/api/public/certificates/${encodeURIComponent(code)}`)
  return { status: res.status, body: (await res.json()) as any } // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** The same code with one character changed to another of the alphabet. */
function tamper(code: string): string {
  const at = code.indexOf('-') + 1
  const replacement = code[at] === '7' ? '8' : '7'
  return code.slice(0, at) + replacement + code.slice(at + 1)
}

describe('public verification', () => {
  it('shows a valid certificate\'s facts, from the code as printed, typed in lower case or without dashes', async () => {
    const code = decision.certificates[0]!.code
    const expected = {
      code, status: 'valid', statusText: 'Giấy khen hợp lệ', cancellationReason: null, cancellationBasis: null, changedOn: null,
      awardeeName: 'Bà Hoàng Thị Lan', unitName: 'Trường Tiểu học Bình Thành', awardName: 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã',
      decision: { number: `${String(decision.number).padStart(2, '0')}/QĐ-UBND`, date: '2025-12-20' }, issuer: 'Ủy ban nhân dân xã Bình Thành', serial: 1,
    }
    for (const typed of [code, code.toLowerCase(), code.replace(/-/g, '')]) {
      const res = await lookUp(typed)
      expect(res.status).toBe(200)
      expect(res.body).toEqual(expected)
    }
    const text = JSON.stringify((await lookUp(code)).body)
    for (const secret of ['0011850', '1985', decision.certificates[0]!.id, decision.id, decision.certificates[0]!.personId]) expect(text).not.toContain(secret)
  })

  it('refuses a tampered code (one character changed) and malformed codes with the problem, before any lookup', async () => {
    const tampered = await lookUp(tamper(decision.certificates[0]!.code))
    expect(tampered.status).toBe(400)
    expect(tampered.body.error.message).toBe('Mã xác minh không đúng (sai ký tự kiểm tra): mã đã bị gõ nhầm hoặc bị sửa.')
    expect(tampered.body.error.fields).toEqual({ code: 'Mã xác minh: Mã xác minh không đúng (sai ký tự kiểm tra): mã đã bị gõ nhầm hoặc bị sửa.' })
    const short = await lookUp('ABCD-1234')
    expect(short.status).toBe(400)
    expect(short.body.error.message).toBe('Mã xác minh gồm 18 ký tự (không kể dấu gạch); mã đã nhập có 8 ký tự.')
    const letters = await lookUp('ABCD-EFGH-JKMN-PQRS-TU'.replace('A', 'Ư'))
    expect(letters.status).toBe(400)
    expect(letters.body.error.message).toBe('Mã xác minh có ký tự không hợp lệ: "Ư".')
  })

  it('answers 404 for a well-formed code nobody was given', async () => {
    const res = await lookUp('0000-0000-0000-0000-00')
    expect(res.status).toBe(404)
    expect(res.body.error.message).toBe('Không tìm thấy giấy khen nào có mã này.')
  })

  it('tells a replaced certificate from its reissue, and shows a cancellation with its reason and Điều 93', async () => {
    const officer = await t.as('officerA')
    const [first, second] = decision.certificates
    const reissued = await officer.post(`/api/certificates/${second!.id}/reissue`, { reason: 'Bị mất', version: 1 })
    expect((await lookUp(second!.code)).body).toMatchObject({ status: 'replaced', statusText: 'Đã được cấp lại; bản này không còn giá trị', cancellationReason: null, changedOn: todayInVietnam(), awardName: 'Chiến sĩ thi đua cơ sở', serial: 2 })
    expect((await lookUp(reissued.body.code)).body).toMatchObject({ status: 'valid', statusText: 'Giấy khen hợp lệ', serial: 2, awardeeName: 'Ông Ma Văn Hùng' })
    await officer.post(`/api/certificates/${first!.id}/cancel`, { reason: 'Khai man thành tích', version: 1 })
    expect((await lookUp(first!.code)).body).toMatchObject({
      status: 'cancelled', statusText: 'Đã bị hủy bỏ, thu hồi (Luật Thi đua, khen thưởng 2022, Điều 93)', cancellationReason: 'Khai man thành tích',
      cancellationBasis: 'Luật Thi đua, khen thưởng 2022, Điều 93', changedOn: todayInVietnam(),
    })
  })
})
