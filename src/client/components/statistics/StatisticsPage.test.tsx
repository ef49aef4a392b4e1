// @vitest-environment jsdom
// "/thong-ke" in a real DOM: the filters come from the URL and go to the API, the totals and the shares come
// from the server's answer, the deadlines show what is missing, the forms download for the same filters, and
// the settings button shows only to those who may configure.
import { describe, expect, it } from 'vitest'
import { RequireAuth } from '../../auth.tsx'
import { StatisticsPage } from '../../pages/StatisticsPage.tsx'
import { setUpDom, stubServer, waitFor } from '../eligibility/dom-testing.tsx'
import { DEFAULT_STATISTICS_SETTINGS, type DashboardData } from '../../../shared/statistics.ts'

const COMMUNE = '11111111-1111-4111-8111-111111111111'
const me = {
  accountId: 'a', provinceId: 'p', username: 'binhthanh.vanphong', displayName: 'Nguyễn Văn An', role: 'officer', roleLabel: 'Thường trực Hội đồng TĐKT',
  organizationId: COMMUNE, organizationName: 'Xã Bình Thành', csrfToken: 't',
}
const tree = {
  rootId: COMMUNE,
  items: [{ id: COMMUNE, parentId: null, path: `/${COMMUNE}/`, name: 'Xã Bình Thành', shortName: null, kind: 'commune', level: 'commune', track: 'government', validFrom: null, validTo: null, successorId: null, note: null, version: 1, updatedAt: '2025-01-01T00:00:00Z' }],
}
const years = [2024, 2025].map((year, i) => ({ year, numerator: i + 1, denominator: 4, share: (i + 1) / 4, change: i === 0 ? null : 25 }))
const dashboard: DashboardData = {
  organization: { id: COMMUNE, name: 'Xã Bình Thành' },
  fromYear: 2024,
  toYear: 2025,
  today: '2025-12-01',
  settings: { ...DEFAULT_STATISTICS_SETTINGS, targets: { directWorkers: 0.5, women: null, smallCollectives: null } },
  awards: {
    total: 12,
    bySubject: { individual: 8, collective: 3, household: 1 },
    byForm: [{ code: 'LDTT', name: 'Lao động tiên tiến', category: 'Danh hiệu thi đua', total: 8, bySubject: { individual: 8, collective: 0, household: 0 } }],
    byLevel: [{ level: 'commune', track: 'government', count: 12 }],
    byYear: [{ year: 2024, total: 4, bySubject: { individual: 4, collective: 0, household: 0 } }, { year: 2025, total: 8, bySubject: { individual: 4, collective: 3, household: 1 } }],
  },
  shares: {
    directWorkers: { total: { numerator: 3, denominator: 8, share: 0.375 }, target: 0.5, verdict: 'below', years },
    women: { total: { numerator: 4, denominator: 8, share: 0.5 }, target: null, verdict: 'no_target', years },
    smallCollectives: { total: { numerator: 2, denominator: 3, share: 2 / 3 }, target: null, verdict: 'no_target', years },
  },
  campaigns: {
    items: [{ campaignId: 'c1', title: 'Phát động thi đua năm 2025', numberAndSymbol: '12/KH-UBND', issuerName: 'Xã Bình Thành', year: 2025, answerDue: '2025-12-20', addressed: 3, counts: { answered: 1, draft: 1, notStarted: 1, late: 0 }, registration: { addressed: 3, registered: 1 } }],
    totals: { addressed: 3, answered: 1, draft: 1, notStarted: 1, late: 0 },
  },
  registrations: { byCampaign: { addressed: 3, registered: 1 }, byYear: [{ year: 2025, addressed: 3, registered: 2 }] },
  deadlines: [{ date: '2025-12-11', daysLeft: 10, kind: 'registration', title: 'Các đơn vị gửi bản đăng ký thi đua', campaignId: 'c1', campaignTitle: 'Phát động thi đua năm 2025', numberAndSymbol: '12/KH-UBND', issuerName: 'Xã Bình Thành', missing: '2/3 đơn vị chưa gửi bản đăng ký thi đua', missingCount: 2 }],
}

const dom = setUpDom({ wide: () => true })

// Charts and tables in jsdom are slow on a loaded machine.
describe('StatisticsPage', { timeout: 20_000 }, () => {
  it('asks for the unit and years of the URL and shows totals, shares, deadlines and the forms for them', async () => {
    const fetchMock = stubServer({ '/api/auth/me': me, '/api/organizations/tree': tree, '/api/statistics/dashboard': dashboard, '/api/statistics/settings': { ...dashboard.settings, canConfigure: false } })
    dom.render(<RequireAuth><StatisticsPage /></RequireAuth>, `/thong-ke?organizationId=${COMMUNE}&fromYear=2024&toYear=2025`)
    await waitFor(() => document.querySelector('[data-testid="statistics-dashboard"]'), 'bảng thống kê')

    const asked = fetchMock.mock.calls.map(([url]) => url).find((url) => url.startsWith('/api/statistics/dashboard'))!
    expect(new URL(asked, 'http://x').searchParams.toString()).toBe(`organizationId=${COMMUNE}&fromYear=2024&toYear=2025`)
    expect(document.querySelector('[data-testid="awards-total"] .ant-statistic-content-value')?.textContent).toBe('12')
    expect(document.querySelector('[data-testid="share-directWorkers-value"]')?.textContent).toBe('37,5%')
    expect(document.querySelector('[data-testid="share-directWorkers"]')?.textContent).toContain('Chưa đạt chỉ tiêu')
    expect(document.querySelector('[data-testid="share-directWorkers"]')?.textContent).toContain('Chỉ tiêu của tỉnh: 50%')
    expect(document.querySelector('[data-testid="share-women"]')?.textContent).toContain('Năm 2025: 50% (▲ 25 điểm % so với năm trước)')
    expect(document.querySelector('[data-testid="deadlines-table"]')?.textContent).toContain('2/3 đơn vị chưa gửi bản đăng ký thi đua')
    expect(document.querySelector('[data-testid="deadlines-table"]')?.textContent).toContain('còn 10 ngày')
    expect(document.querySelector('[data-testid="form-khen-thuong-theo-cap"]')?.getAttribute('href')).toBe(`/api/statistics/forms/khen-thuong-theo-cap?organizationId=${COMMUNE}&fromYear=2024&toYear=2025`)
    expect(document.querySelector('[data-testid="statistics-settings"]')).toBeNull()
  })

  it('offers the province settings to those who may configure them', async () => {
    stubServer({ '/api/auth/me': me, '/api/organizations/tree': tree, '/api/statistics/dashboard': dashboard, '/api/statistics/settings': { ...dashboard.settings, canConfigure: true } })
    dom.render(<RequireAuth><StatisticsPage /></RequireAuth>, '/thong-ke')
    const button = await waitFor(() => document.querySelector<HTMLElement>('[data-testid="statistics-settings"]'), 'nút cấu hình')
    button.click()
    await waitFor(() => document.querySelector('[data-testid="settings-citation"]'), 'ô căn cứ')
  })
})
