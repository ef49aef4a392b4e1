// @vitest-environment jsdom
// The fund page: the balance cards, the ledger with its running balance and "Điều chỉnh", and "Chi trả" of
// an issued decision waiting to be paid, which posts the payment dated today.
import { describe, expect, it } from 'vitest'
import { Route, Routes } from 'react-router'
import { RequireAuth } from '../../auth.tsx'
import { todayIso } from '../../format.ts'
import { json, setUpDom, stubServer, typeInto, waitFor } from '../eligibility/dom-testing.tsx'
import { FundPage } from '../../pages/FundPage.tsx'
import type { FundLine, FundSettingsView, FundView, PayableDecision } from './fund-ui.ts'

const ORG = '11111111-1111-4111-8111-111111111111'
const me = {
  accountId: 'a', provinceId: 'p', username: 'bacson.vanphong', displayName: 'Lò Văn Sơn', role: 'officer', roleLabel: 'Thường trực Hội đồng TĐKT',
  organizationId: ORG, organizationName: 'Xã Bắc Sơn', csrfToken: 't',
}
const line = (id: string, extra: Partial<FundLine>): FundLine => ({
  id, kind: 'income', category: 'allocation', occurredOn: '2026-01-02', description: 'Ngân sách xã cấp', counterparty: null, amount: 50_000_000, decisionId: null,
  decisionLabel: null, eventId: null, reversesId: null, reason: null, reversedById: null, createdByName: 'Lò Văn Sơn', createdAt: '2026-01-02T08:00:00Z', ...extra,
})
const view: FundView = {
  organization: { id: ORG, name: 'Xã Bắc Sơn' },
  canWrite: true,
  summary: {
    organizationId: ORG, year: new Date().getFullYear(), opening: 1_000_000, income: 55_000_000, spending: 3_000_000, closing: 53_000_000,
    byCategory: { allocation: 50_000_000, contribution: 5_000_000, carry_over: 0, bonus: 0, award_items: 0, movement: 3_000_000 },
    movementShare: 0.2, movementShareCitation: 'Nghị định 98/2023/NĐ-CP, Điều 52 khoản 1 điểm a', movementCap: 11_200_000,
    allocationRate: 0.01, allocationRateCitation: 'Nghị định 152/2025/NĐ-CP, Điều 46 khoản 3 điểm b', recurrentSpending: null, allocationCap: null, yearVersion: 1,
  },
  lines: [
    line('l1', {}),
    line('l2', { category: 'contribution', description: 'Ủng hộ quỹ', counterparty: 'Hợp tác xã Chè Kim Sơn', amount: 5_000_000 }),
    line('l3', { kind: 'spending', category: 'movement', description: 'Hội nghị sơ kết', amount: 3_000_000 }),
  ],
}
const decision: PayableDecision = { id: 'd1', label: '01/QĐ-UBND', title: 'Về việc tặng Giấy khen', decisionDate: '2026-01-10', lineCount: 2, total: 4_680_000, cancelledLines: 1, unknownAmountLines: 0, notPaidLines: 0 }

const settings: FundSettingsView = {
  movementShare: 0.2, movementShareCitation: 'Nghị định 98/2023/NĐ-CP, Điều 52 khoản 1 điểm a; Thông tư 28/2025/TT-BTC',
  allocationRate: 0.01, allocationRateCitation: 'Nghị định 152/2025/NĐ-CP, Điều 46 khoản 3 điểm b', version: 0, stored: false, canConfigure: true,
}

const dom = setUpDom({ wide: () => true })
const page = (
  <RequireAuth>
    <Routes>
      <Route path="/quy-thi-dua" element={<FundPage />} />
    </Routes>
  </RequireAuth>
)
const text = (testId: string) => document.querySelector(`[data-testid="${testId}"]`)?.textContent ?? ''

describe('FundPage', () => {
  it('shows the balance, the ledger with its running balance and the decisions waiting to be paid', async () => {
    stubServer({ '/api/auth/me': me, '/api/fund/unpaid-decisions': [decision], '/api/fund?': view })
    dom.render(page, '/quy-thi-dua')
    await waitFor(() => document.querySelector('[data-testid="fund-ledger"] tr.ant-table-row:nth-of-type(3)'), 'sổ quỹ')
    expect(text('fund-balance')).toContain('53.000.000 đ')
    expect(text('fund-opening')).toContain('1.000.000 đ')
    const rows = [...document.querySelectorAll('[data-testid="fund-ledger"] tr.ant-table-row')].map((r) => r.textContent)
    expect(rows[0]).toContain('51.000.000 đ')
    expect(rows[1]).toContain('Hợp tác xã Chè Kim Sơn')
    expect(rows[2]).toContain('53.000.000 đ')
    await waitFor(() => text('fund-unpaid-decisions').includes('01/QĐ-UBND'), 'quyết định chờ chi trả')
    expect(text('fund-unpaid-decisions')).toContain('Không tính: 1 dòng đã hủy bỏ khen thưởng')
    expect(document.querySelector('[data-testid="fund-reverse-l1"]')).not.toBeNull()
    expect(document.querySelector('[data-testid="fund-ledger-xlsx"]')?.getAttribute('href')).toBe(`/api/fund/ledger.xlsx?organizationId=${ORG}&year=${view.summary.year}`)
  }, 20_000)

  it('pays a decision with "Chi trả", dated today', async () => {
    const posted: { url: string; body: unknown }[] = []
    stubServer({ '/api/auth/me': me, '/api/fund/unpaid-decisions': [decision], '/api/fund?': view }, (url, init) => {
      posted.push({ url, body: JSON.parse(String(init.body)) })
      return json(201, { id: 'l4', balance: {} })
    })
    dom.render(page, '/quy-thi-dua')
    const pay = await waitFor(() => document.querySelector<HTMLElement>('[data-testid="fund-pay-d1"]'), 'nút chi trả')
    pay.click()
    const confirm = await waitFor(() => [...document.querySelectorAll<HTMLElement>('.ant-popconfirm button')].find((b) => b.textContent === 'Chi trả'), 'xác nhận chi trả')
    confirm.click()
    await waitFor(() => posted.length > 0, 'yêu cầu chi trả')
    expect(posted).toEqual([{ url: '/api/fund/decisions/d1/pay', body: { occurredOn: todayIso() } }])
  }, 20_000)

  it('hides the province\'s fund rules from those who may not change them', async () => {
    stubServer({ '/api/auth/me': me, '/api/fund/unpaid-decisions': [], '/api/fund/settings': { ...settings, canConfigure: false }, '/api/fund?': view })
    dom.render(page, '/quy-thi-dua')
    await waitFor(() => text('fund-balance').includes('53.000.000 đ'), 'số dư')
    expect(document.querySelector('[data-testid="fund-settings"]')).toBeNull()
  }, 20_000)

  it('edits the province\'s fund rules with the article cited next to each value', async () => {
    const posted: { url: string; body: unknown }[] = []
    stubServer({ '/api/auth/me': me, '/api/fund/unpaid-decisions': [], '/api/fund/settings': settings, '/api/fund?': view }, (url, init) => {
      posted.push({ url, body: JSON.parse(String(init.body)) })
      return json(200, { ...settings, movementShare: 0.25, version: 1, stored: true })
    })
    dom.render(page, '/quy-thi-dua')
    const open = await waitFor(() => document.querySelector<HTMLElement>('[data-testid="fund-settings"]'), 'nút quy định về quỹ')
    open.click()
    const citation = await waitFor(() => document.querySelector<HTMLInputElement>('[data-testid="fund-settings-movement-citation"]'), 'ô căn cứ')
    expect(citation.value).toBe(settings.movementShareCitation)
    expect(document.querySelector<HTMLInputElement>('[data-testid="fund-settings-allocation-citation"]')!.value).toBe(settings.allocationRateCitation)
    const share = document.querySelector<HTMLInputElement>('[data-testid="fund-settings-movement-share"]')!
    expect(share.value).toBe('20')
    typeInto(share, '25')
    typeInto(citation, 'Quyết định 12/2026/QĐ-UBND tỉnh, Điều 5')
    document.querySelector<HTMLElement>('[data-testid="fund-settings-allocation-rate"] input[value="1.5"]')!.click()
    document.querySelector<HTMLElement>('[data-testid="fund-settings-save"]')!.click()
    await waitFor(() => posted.length > 0, 'yêu cầu lưu quy định')
    expect(posted).toEqual([{
      url: '/api/fund/settings',
      body: { movementShare: 0.25, movementShareCitation: 'Quyết định 12/2026/QĐ-UBND tỉnh, Điều 5', allocationRate: 0.015, allocationRateCitation: settings.allocationRateCitation, version: 0 },
    }])
  }, 20_000)

  it('keeps what was typed and names the field when the server refuses', async () => {
    stubServer({ '/api/auth/me': me, '/api/fund/unpaid-decisions': [], '/api/fund/settings': settings, '/api/fund?': view }, () =>
      json(400, { error: { code: 'VALIDATION', message: 'Dữ liệu không hợp lệ', fields: { movementShareCitation: 'Căn cứ tỷ lệ chi tổ chức phong trào: tối đa 500 ký tự' } } }))
    dom.render(page, '/quy-thi-dua')
    ;(await waitFor(() => document.querySelector<HTMLElement>('[data-testid="fund-settings"]'), 'nút quy định về quỹ')).click()
    const citation = await waitFor(() => document.querySelector<HTMLInputElement>('[data-testid="fund-settings-movement-citation"]'), 'ô căn cứ')
    typeInto(citation, 'Quyết định 12/2026/QĐ-UBND tỉnh')
    document.querySelector<HTMLElement>('[data-testid="fund-settings-save"]')!.click()
    await waitFor(() => document.body.textContent?.includes('tối đa 500 ký tự'), 'lỗi của ô căn cứ')
    expect(document.querySelector<HTMLInputElement>('[data-testid="fund-settings-movement-citation"]')!.value).toBe('Quyết định 12/2026/QĐ-UBND tỉnh')
  }, 20_000)
})
