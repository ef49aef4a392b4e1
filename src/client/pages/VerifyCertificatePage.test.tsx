// @vitest-environment jsdom
// The public check on a phone: the code from the QR address is looked up without a session and the answer
// coloured by status; a mistyped code is explained at once, without asking the server.
import { describe, expect, it } from 'vitest'
import { Route, Routes } from 'react-router'
import { newCertificateCode } from '../../shared/certificate-code.ts'
import { setUpDom, stubServer, waitFor } from '../components/eligibility/dom-testing.tsx'
import type { PublicCertificate } from '../components/certificates/certificate-types.ts'
import { VerifyCertificatePage } from './VerifyCertificatePage.tsx'

const dom = setUpDom({ wide: () => false })
const code = newCertificateCode(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
const facts: PublicCertificate = {
  code, status: 'valid', statusText: 'Giấy khen hợp lệ', cancellationReason: null, cancellationBasis: null, changedOn: null,
  awardeeName: 'Bà Hoàng Thị Lan', unitName: 'Trường Tiểu học Bình Thành', awardName: 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã',
  decision: { number: '05/QĐ-UBND', date: '2025-12-20' }, issuer: 'Ủy ban nhân dân xã Bình Thành', serial: 12,
}
/** The page under its real routes, so the code comes from the address. */
const page = (
  <Routes>
    <Route path="/xac-minh" element={<VerifyCertificatePage />} />
    <Route path="/xac-minh/:code" element={<VerifyCertificatePage />} />
  </Routes>
)
const text = (testId: string) => document.querySelector(`[data-testid="${testId}"]`)?.textContent

describe('VerifyCertificatePage', () => {
  it('looks up the code of the address and shows a valid certificate in green with its facts', async () => {
    const fetchMock = stubServer({ [`/api/public/certificates/${code}`]: facts })
    dom.render(page, `/xac-minh/${code.toLowerCase()}`)
    await waitFor(() => document.querySelector('[data-testid="verify-result-valid"]'), 'kết quả hợp lệ')
    expect(text('verify-status')).toContain('Giấy khen hợp lệ')
    expect(text('verify-awardee')).toBe('Bà Hoàng Thị Lan')
    expect(text('verify-result-valid')).toContain('Số 05/QĐ-UBND ngày 20/12/2025')
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([`/api/public/certificates/${code}`])
  })

  it('shows a cancelled certificate in red with the reason and Điều 93', async () => {
    stubServer({ '/api/public/certificates/': { ...facts, status: 'cancelled', statusText: 'Đã bị hủy bỏ, thu hồi (Luật Thi đua, khen thưởng 2022, Điều 93)', cancellationReason: 'Khai man thành tích', cancellationBasis: 'Luật Thi đua, khen thưởng 2022, Điều 93', changedOn: '2026-01-05' } })
    dom.render(page, `/xac-minh/${code}`)
    const card = await waitFor(() => document.querySelector('[data-testid="verify-result-cancelled"]'), 'kết quả đã hủy')
    expect(card.textContent).toContain('Lý do: Khai man thành tích (ngày 05/01/2026). Căn cứ: Luật Thi đua, khen thưởng 2022, Điều 93.')
  })

  it('explains a tampered code without asking the server', async () => {
    const fetchMock = stubServer({})
    const tampered = `${code[0] === '7' ? '8' : '7'}${code.slice(1)}`
    dom.render(page, `/xac-minh/${tampered}`)
    await waitFor(() => document.body.textContent?.includes('Mã xác minh không đúng (sai ký tự kiểm tra)'), 'lỗi mã')
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('shows the server\'s message for a well-formed code nobody was given', async () => {
    stubServer({})
    dom.render(page, `/xac-minh/${code}`)
    await waitFor(() => document.querySelector('[data-testid="verify-problem"]'), 'thông báo không tìm thấy')
    expect(text('verify-problem')).toContain(`Không tìm thấy /api/public/certificates/${code}`)
  })
})
