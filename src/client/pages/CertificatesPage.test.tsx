// @vitest-environment jsdom
// The officer's certificates of a decision: one row per awardee with its code and status, the print links for
// both modes (and for the chosen rows), the reissue history, and reissue with a reason.
import { describe, expect, it } from 'vitest'
import { Route, Routes } from 'react-router'
import { RequireAuth } from '../auth.tsx'
import { json, setUpDom, stubServer, waitFor } from '../components/eligibility/dom-testing.tsx'
import type { CertificateLine, DecisionCertificates } from '../components/certificates/certificate-types.ts'
import { CertificatesPage } from './CertificatesPage.tsx'

const DECISION = '22222222-2222-4222-8222-222222222222'
const me = {
  accountId: 'a', provinceId: 'p', username: 'binhthanh.vanphong', displayName: 'Nguyễn Văn An', role: 'officer', roleLabel: 'Thường trực Hội đồng TĐKT',
  organizationId: 'o', organizationName: 'Xã Bình Thành', csrfToken: 't',
}
const line = (serial: number, extra: Partial<CertificateLine> = {}): CertificateLine => ({
  id: `00000000-0000-4000-8000-00000000000${serial}`, code: `AAAA-BBBB-CCCC-DDD${serial}-EE`, serial, status: 'valid', statusLabel: 'Còn hiệu lực',
  awardeeName: `Bà Người ${serial}`, awardName: 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã', unitName: 'Trường Tiểu học Bình Thành', reason: null,
  statusChangedAt: null, statusChangedByName: null, issuedAt: '2025-12-20T08:00:00Z', issuedByName: 'Nguyễn Văn An', replacesId: null, version: 1, history: [], ...extra,
})
const data: DecisionCertificates = {
  decision: { id: DECISION, organizationId: 'o', title: 'Về việc tặng Giấy khen năm học 2024-2025', numberText: '05/QĐ-UBND', decisionDate: '2025-12-20', status: 'issued' },
  certificates: [
    line(1, { replacesId: 'old', history: [{ ...line(9), id: 'old', code: 'OLD0-OLD0-OLD0-OLD0-00', status: 'replaced', statusLabel: 'Đã cấp lại', reason: 'Bị mất', statusChangedAt: '2026-01-02T08:00:00Z', statusChangedByName: 'Nguyễn Văn An' }] }),
    line(2, { status: 'cancelled', statusLabel: 'Đã hủy bỏ, thu hồi', reason: 'Khai man thành tích', statusChangedAt: '2026-01-03T08:00:00Z', statusChangedByName: 'Nguyễn Văn An' }),
  ],
}

const dom = setUpDom({ wide: () => true })
const page = (
  <RequireAuth>
    <Routes>
      <Route path="/quyet-dinh/:id/giay-khen" element={<CertificatesPage />} />
    </Routes>
  </RequireAuth>
)
const href = (testId: string) => document.querySelector(`[data-testid="${testId}"]`)?.getAttribute('href')

describe('CertificatesPage', () => {
  it('lists the certificates with their status and prints the valid ones in both modes', async () => {
    stubServer({ '/api/auth/me': me, [`/api/decisions/${DECISION}/certificates`]: data })
    dom.render(page, `/quyet-dinh/${DECISION}/giay-khen`)
    const table = await waitFor(() => document.querySelector('[data-testid="certificates-table"]'), 'bảng giấy khen')
    expect(document.body.textContent).toContain('Giấy khen theo Quyết định số 05/QĐ-UBND ngày 20/12/2025')
    expect(table.textContent).toContain('Bà Người 1')
    expect(table.querySelector('[data-testid="certificate-status-cancelled"]')?.textContent).toBe('Đã hủy bỏ, thu hồi')
    expect(table.textContent).toContain('Khai man thành tích')
    expect(href('print-full')).toBe(`/api/decisions/${DECISION}/certificates.pdf?mode=full`)
    expect(href('print-preprinted')).toBe(`/api/decisions/${DECISION}/certificates.pdf?mode=preprinted`)
    expect(document.querySelector('[data-testid="reissue-1"]')).not.toBeNull()
    expect(document.querySelector('[data-testid="reissue-2"]')).toBeNull()

    table.querySelector<HTMLElement>('.ant-table-row-expand-icon:not(.ant-table-row-expand-icon-spaced)')!.click()
    const history = await waitFor(() => document.querySelector('[data-testid="certificate-history"]'), 'lịch sử cấp lại')
    expect(history.textContent).toContain('OLD0-OLD0-OLD0-OLD0-00')
    expect(history.textContent).toContain('Bị mất')
  })

  it('reissues with a reason and the version', async () => {
    const posted: { url: string; body: unknown }[] = []
    stubServer({ '/api/auth/me': me, [`/api/decisions/${DECISION}/certificates`]: data }, (url, init) => {
      posted.push({ url, body: JSON.parse(String(init.body)) })
      return json(200, { ...line(1), code: 'NEW0-NEW0-NEW0-NEW0-00' })
    })
    dom.render(page, `/quyet-dinh/${DECISION}/giay-khen`)
    const button = await waitFor(() => document.querySelector<HTMLElement>('[data-testid="reissue-1"]'), 'nút cấp lại')
    button.click()
    const reason = await waitFor(() => document.querySelector<HTMLTextAreaElement>('[data-testid="certificate-change-reason"]'), 'ô lý do')
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(reason, 'Bị hư hỏng do ngập lụt')
    reason.dispatchEvent(new Event('input', { bubbles: true }))
    document.querySelector<HTMLElement>('[data-testid="certificate-change-ok"]')!.click()
    await waitFor(() => posted.length > 0, 'yêu cầu cấp lại')
    expect(posted).toEqual([{ url: `/api/certificates/${line(1).id}/reissue`, body: { reason: 'Bị hư hỏng do ngập lụt', version: 1 } }])
    await waitFor(() => document.body.textContent?.includes('Đã cấp lại; mã xác minh mới NEW0-NEW0-NEW0-NEW0-00'), 'thông báo')
  })
})
