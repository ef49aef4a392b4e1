// @vitest-environment jsdom
// "Danh sách đủ điều kiện" in a real DOM: the question comes from the URL, the three counts come from
// the server's answer, a count filters the list to its verdict, and each subject shows its verdict and
// the reason (criterion, facts, citation, confidence) with a link to its page on the same question.
import { describe, expect, it } from 'vitest'
import { RequireAuth } from '../auth.tsx'
import { setUpDom, stubServer, waitFor } from '../components/eligibility/dom-testing.tsx'
import type { EligibleList } from '../types.ts'
import { EligibleListPage } from './EligibleListPage.tsx'

const COMMUNE = '11111111-1111-4111-8111-111111111111'
const me = {
  accountId: 'a', provinceId: 'p', username: 'binhthanh.vanphong', displayName: 'Nguyễn Văn An', role: 'officer', roleLabel: 'Thường trực Hội đồng TĐKT',
  organizationId: COMMUNE, organizationName: 'Xã Bình Thành', csrfToken: 't',
}
const tree = {
  rootId: COMMUNE,
  items: [{ id: COMMUNE, parentId: null, path: `/${COMMUNE}/`, name: 'Xã Bình Thành', shortName: null, kind: 'commune', level: 'commune', track: 'government', validFrom: null, validTo: null, successorId: null, note: null, version: 1, updatedAt: '2025-01-01T00:00:00Z' }],
}
const ruleSet = { id: 'ND152_2025', name: 'Luật TĐKT 2022, Nghị định 152/2025/NĐ-CP và Nghị định 129/2025/NĐ-CP' }
const targets = {
  date: '2025-12-20',
  ruleSet,
  items: [{ code: 'LDTT', name: 'Lao động tiên tiến', short: 'LĐTT', category: 'title', categoryLabel: 'Danh hiệu thi đua', track: 'government', subjects: ['individual'], kinds: ['cong_trang'], standardsSetBy: 'law', citation: 'Luật TĐKT 2022, Điều 24', confidence: 'confirmed', available: true, authorities: [] }],
}
const list: EligibleList = {
  target: 'LDTT',
  targetName: 'Lao động tiên tiến',
  date: '2025-12-20',
  year: 2025,
  ruleSet: { id: 'ND152_2025', name: ruleSet.name },
  province: null,
  counts: { eligible: 23, unknown: 80, notEligible: 6, total: 109 },
  items: [
    { subjectKind: 'individual', subjectId: 'a2b42706-9dcc-4456-8bd4-486ed636587d', name: 'Nguyễn Văn An', organizationId: COMMUNE, organizationName: 'Văn phòng HĐND và UBND xã', eligible: true, reason: null, problems: [] },
    {
      subjectKind: 'individual',
      subjectId: 'a56ec529-0dd9-443f-b381-608cac272fff',
      name: 'La Đức Cường',
      organizationId: COMMUNE,
      organizationName: 'Trường THCS Bình Thành',
      eligible: false,
      reason: {
        id: 'ldtt.rating',
        criterion: 'Xếp loại năm 2025 từ «Hoàn thành tốt nhiệm vụ» trở lên',
        passed: false,
        citation: 'Luật TĐKT 2022, Điều 24, khoản 1',
        facts: ['Năm 2025: Hoàn thành nhiệm vụ (HTNV)'],
        confidence: 'confirmed',
        source: 'law',
      },
      problems: [],
    },
  ],
  total: 109,
  page: 1,
  pageSize: 20,
}

const dom = setUpDom({ wide: () => true })
const count = (verdict: string) => document.querySelector(`[data-testid="count-${verdict}"] .ant-statistic-content-value`)?.textContent
const rows = () => [...document.querySelectorAll<HTMLElement>('[data-testid="eligible-table"] tr.ant-table-row')]

describe('EligibleListPage', () => {
  it('shows the counts and each subject with its verdict and reason', async () => {
    const fetchMock = stubServer({ '/api/auth/me': me, '/api/organizations/tree': tree, '/api/eligibility/targets': targets, '/api/eligible': list })
    dom.render(
      <RequireAuth>
        <EligibleListPage />
      </RequireAuth>,
      '/xet-dieu-kien?target=LDTT&date=2025-12-20&year=2025',
    )
    await waitFor(() => count('eligible') && rows().length === 2, 'số lượng và danh sách')

    expect([count('eligible'), count('unknown'), count('not_eligible')]).toEqual(['23', '80', '6'])
    expect(document.querySelector('[data-testid="eligible-question"]')?.textContent).toContain('Lao động tiên tiến năm 2025 — ngày xét 20/12/2025')
    const asked = fetchMock.mock.calls.map(([url]) => url).find((url) => url.startsWith('/api/eligible'))!
    expect(new URL(asked, 'http://x').searchParams.toString()).toBe(`organizationId=${COMMUNE}&target=LDTT&date=2025-12-20&year=2025&page=1&pageSize=20`)

    const [eligible, notEligible] = rows()
    expect(eligible!.querySelector('[data-testid="verdict"]')?.textContent).toBe('Đủ điều kiện')
    expect(eligible!.textContent).toContain('Đạt mọi tiêu chuẩn')
    expect(notEligible!.querySelector('[data-testid="verdict"]')?.textContent).toBe('Chưa đủ điều kiện')
    expect(notEligible!.textContent).toContain('Xếp loại năm 2025 từ «Hoàn thành tốt nhiệm vụ» trở lên')
    expect(notEligible!.querySelector('[data-testid="criterion-facts"]')?.textContent).toBe('Năm 2025: Hoàn thành nhiệm vụ (HTNV)')
    expect(notEligible!.querySelector('[data-testid="confidence-tag"]')?.getAttribute('aria-label')).toBe('Đã xác nhận — Luật TĐKT 2022, Điều 24, khoản 1')
    expect(notEligible!.querySelector('a')?.getAttribute('href')).toBe('/ca-nhan/a56ec529-0dd9-443f-b381-608cac272fff?target=LDTT&date=2025-12-20&year=2025')
  })

  it('filters the list to a verdict when its count is pressed', async () => {
    const fetchMock = stubServer({ '/api/auth/me': me, '/api/organizations/tree': tree, '/api/eligibility/targets': targets, '/api/eligible': list })
    const router = dom.render(
      <RequireAuth>
        <EligibleListPage />
      </RequireAuth>,
      '/xet-dieu-kien?target=LDTT&date=2025-12-20&year=2025',
    )
    const card = await waitFor(() => document.querySelector<HTMLElement>('[data-testid="count-not_eligible"]'), 'ô Chưa đủ điều kiện')
    expect(card.getAttribute('aria-pressed')).toBe('false')
    card.click()

    await waitFor(() => fetchMock.mock.calls.some(([url]) => url.includes('verdict=not_eligible')), 'yêu cầu lọc theo kết quả')
    expect(router.state.location.search).toContain('verdict=not_eligible')
    await waitFor(() => document.querySelector('[data-testid="count-not_eligible"]')?.getAttribute('aria-pressed') === 'true', 'ô được chọn')
  })
})
