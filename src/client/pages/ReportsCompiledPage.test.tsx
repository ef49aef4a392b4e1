// @vitest-environment jsdom
// The level's compiled report in a real DOM: the units' reports, each criterion's total with its parts and the
// units that reported, the awards; the officer's narrative saved the first time with version null, then with the
// version the server answered.
import { describe, expect, it } from 'vitest'
import { Route, Routes } from 'react-router'
import { RequireAuth } from '../auth.tsx'
import { json, setUpDom, stubServer, waitFor } from '../components/eligibility/dom-testing.tsx'
import { meOf, tree } from '../components/nominations/nomination-fixtures.ts'
import { emptyNarrative } from '../../shared/reports.ts'
import type { CompiledReport } from '../components/reports/report-ui.ts'
import { ReportsCompiledPage } from './ReportsCompiledPage.tsx'

const dom = setUpDom({ wide: () => true })
const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)
const CAMPAIGN = '44444444-4444-4444-8444-444444444444'

const compiled: CompiledReport = {
  organization: { id: 'c', name: 'Xã Bình Thành' },
  campaign: { id: CAMPAIGN, title: 'Phát động Đợt thi đua đặc biệt', numberAndSymbol: '01/KH-UBND', issuedOn: '2025-11-25', issuerId: 'c' },
  period: { id: 'dot-1', name: 'Sơ kết — Đợt 1', phaseName: 'Đợt 1', kind: 'interim', from: '2025-11-25', to: '2026-06-30', due: '2026-07-15', dueAsWritten: null },
  reports: [
    { id: 'r1', organizationId: 'u1', organizationName: 'Trường Tiểu học Bình Thành', status: 'accepted' },
    { id: 'r2', organizationId: 'u2', organizationName: 'Trường THCS Bình Thành', status: 'submitted' },
  ],
  counted: ['Trường Tiểu học Bình Thành'],
  registrations: { units: 1, targets: [{ code: 'TTLDTT', name: 'Tập thể lao động tiên tiến', units: 1, members: 0 }] },
  results: [{ criterionKey: 'tap-the#1', criterion: 'Giảm nghèo bền vững', measure: 'số hộ thoát nghèo', total: 8, parts: [{ label: 'hộ cận nghèo', value: 3 }], units: ['Trường Tiểu học Bình Thành'], texts: [] }],
  awards: [{ code: 'GIAY_KHEN_CHU_TICH_XA', name: 'Giấy khen của Chủ tịch UBND xã', byKind: { individual: 2, collective: 1, household: 0 }, total: 3 }],
  models: [{ unit: 'Trường Tiểu học Bình Thành', text: 'Cổng trường an toàn giao thông' }],
  initiatives: [],
  recognisedInitiatives: [],
  narrative: { sections: emptyNarrative(), version: null, updatedByName: null, updatedAt: null },
  canEditNarrative: true,
}

describe('ReportsCompiledPage', { timeout: 30_000 }, () => {
  it('shows the compiled figures and saves the narrative with the version read', async () => {
    const writes: { url: string; body: Record<string, unknown> }[] = []
    stubServer({ '/api/auth/me': meOf('officer'), '/api/organizations/tree': tree, '/api/campaigns': { items: [], total: 0, page: 1, pageSize: 30 }, '/api/reports/periods': { campaignId: CAMPAIGN, campaignTitle: 'x', periods: [compiled.period], criteria: [] }, '/api/reports/compiled': compiled }, (url, init) => {
      const body = JSON.parse(init.body as string)
      writes.push({ url, body })
      return json(200, { sections: body.sections, version: writes.length, updatedByName: 'Nguyễn Văn An', updatedAt: '2026-11-21T08:00:00Z' })
    })
    dom.render(<RequireAuth><Routes><Route path="/bao-cao/tong-hop" element={<ReportsCompiledPage />} /></Routes></RequireAuth>, `/bao-cao/tong-hop?campaignId=${CAMPAIGN}&periodId=dot-1`)
    await waitFor(() => byTestId('compiled-total'), 'tổng số')
    expect(byTestId('compiled-total')!.textContent).toBe('8')
    expect(byTestId('compiled-results')!.textContent).toContain('trong đó hộ cận nghèo: 3')
    expect(byTestId('compiled-reports')!.textContent).toContain('Trường THCS Bình Thành')
    expect(byTestId('compiled-awards')!.textContent).toContain('Giấy khen của Chủ tịch UBND xã')
    expect(byTestId('compiled-docx')!.getAttribute('href')).toBe(`/api/reports/compiled/document?organizationId=${meOf('officer').organizationId}&campaignId=${CAMPAIGN}&periodId=dot-1&format=docx`)

    byTestId('narrative-save')!.click()
    await waitFor(() => writes.length === 1, 'lưu lần đầu')
    expect(writes[0]).toMatchObject({ url: '/api/reports/compiled/narrative', body: { campaignId: CAMPAIGN, periodId: 'dot-1', version: null } })
    await new Promise((resolve) => setTimeout(resolve, 50))
    byTestId('narrative-save')!.click()
    await waitFor(() => writes.length === 2, 'lưu lần hai')
    expect(writes[1]!.body.version).toBe(1)
  })
})
