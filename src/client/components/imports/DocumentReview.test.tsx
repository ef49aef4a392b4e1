// @vitest-environment jsdom
// The review of a parsed document in a real DOM: a badge per field, the source of the field in
// focus (or of one list entry) marked in the text as <mark> elements, markup in the text shown as
// text, "Tạo dự thảo kế hoạch" sending the edited fields before opening the new draft, and a
// decision's awardees matched, picked and written into the award registry.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createRoot, type Root } from 'react-dom/client'
import { flushSync } from 'react-dom'
import { MemoryRouter, Route, Routes } from 'react-router'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { App as AntApp, ConfigProvider } from 'antd'
import viVN from 'antd/locale/vi_VN'
import { parseText, type ParsedDocument } from '../../../documents/parse/index.ts'
import { DocumentReview } from './DocumentReview.tsx'

const ISSUER_ID = '11111111-1111-4111-8111-111111111111'
const DRAFT_ID = '22222222-2222-4222-8222-222222222222'

const PLAN_TEXT = [
  'ỦY BAN NHÂN DÂN',
  'XÃ BÌNH THÀNH',
  'Số: 15/KH-UBND',
  'Bình Thành, ngày 10 tháng 3 năm 2025',
  'KẾ HOẠCH',
  'Phát động phong trào thi đua năm 2025',
  'Thực hiện Kế hoạch số 213/KH-UBND ngày 19/11/2024 của Chủ tịch UBND tỉnh, UBND xã xây dựng kế hoạch như sau:',
  'I. HÌNH THỨC KHEN THƯỞNG',
  '- Giấy khen của Chủ tịch UBND xã;',
  '- Bằng khen của Chủ tịch UBND tỉnh.',
  'II. GHI CHÚ',
  'Mẫu <b>in đậm</b> giữ nguyên dạng chữ.',
  'Nơi nhận:',
  '- Lưu: VT.',
  'CHỦ TỊCH',
  'Ma Khánh Sơn',
].join('\n')

const DECISION_TEXT = [
  'ỦY BAN NHÂN DÂN',
  'XÃ BÌNH THÀNH',
  'Số: 152/QĐ-UBND',
  'Bình Thành, ngày 20 tháng 12 năm 2024',
  'QUYẾT ĐỊNH',
  'Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2024',
  'QUYẾT ĐỊNH:',
  'Điều 1. Tặng Giấy khen cho 3 cá nhân và 1 tập thể (có danh sách kèm theo).',
  'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
  'DANH SÁCH CÁ NHÂN, TẬP THỂ ĐƯỢC TẶNG GIẤY KHEN',
  '1. Ông Nguyễn Văn An, Công chức Văn phòng – Thống kê, UBND xã Bình Thành;',
  '2. Bà Trần Thị Bình, Giáo viên, Trường Tiểu học Bình Thành;',
  '3. Ông Lê Văn Cường, Trưởng xóm Đồng Tâm;',
  '4. Tập thể Trường Tiểu học Bình Thành.',
].join('\n')

const TARGETS = [
  { code: 'GIAY_KHEN_CHU_TICH_XA', name: 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã', subjects: ['individual', 'collective', 'household'] },
  { code: 'LDTT', name: 'Lao động tiên tiến', subjects: ['individual'] },
]

/** What the server answers for DECISION_TEXT in a scope with two Trần Thị Bình and no Lê Văn Cường. */
const previewRows = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Tập thể Trường Tiểu học Bình Thành'].map((name, index) => {
  const kind = index === 3 ? 'collective' : 'individual'
  const candidate = (subjectId: string, birthDate: string | null) => ({ subjectId, name, birthDate, organizationName: 'Trường Tiểu học Bình Thành' })
  const match = [
    { status: 'matched', subjectId: 'an', candidates: [candidate('an', '1988-05-02')] },
    { status: 'ambiguous', candidates: [candidate('binh-1', '1985-03-12'), candidate('binh-2', '1992-11-30')] },
    { status: 'unmatched', candidates: [] },
    { status: 'matched', subjectId: 'school', candidates: [candidate('school', null)] },
  ][index]
  return {
    index,
    awardee: { name, position: null, organization: null, form: null },
    identity: { kind, name, birthDate: null, cccd: null, position: null, organization: null },
    proposed: { subjectKind: kind, code: 'GIAY_KHEN_CHU_TICH_XA', name: 'Giấy khen', year: 2024, decisionNumber: '152/QĐ-UBND', decisionDate: '2024-12-20', decisionIssuer: 'UBND xã Bình Thành', track: 'government', level: 'commune', kind: 'cong_trang' },
    match,
    duplicateWarnings: index === 0 ? [{ recordId: 'r1', message: 'Có thể trùng khen thưởng: Giấy khen đoàn thể năm 2024' }] : [],
  }
})

const tree = {
  rootId: ISSUER_ID,
  items: [{ id: ISSUER_ID, parentId: null, path: `/${ISSUER_ID}/`, name: 'Xã Bình Thành', shortName: null, kind: 'commune', level: 'commune', track: 'government', validFrom: null, validTo: null, successorId: null, note: null, version: 1, updatedAt: '2025-01-01T00:00:00Z' }],
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

function stubServer(write: (init: RequestInit, url: string) => Response) {
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
    if (init.method && init.method !== 'GET') return write(init, url)
    if (url.startsWith('/api/organizations/tree')) return json(200, tree)
    if (url.startsWith('/api/campaigns?')) return json(200, { items: [], total: 0, page: 1, pageSize: 30 })
    if (url.startsWith('/api/eligibility/targets')) return json(200, { items: TARGETS })
    return json(404, { error: { code: 'NOT_FOUND', message: 'Không tìm thấy' } })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

let root: Root
let container: HTMLDivElement

function render(document: ParsedDocument, planDrafts: { defaultIssuerId: string } | null = { defaultIssuerId: ISSUER_ID }, registryWrites = true, nominationDrafts: { defaultOrganizationId: string } | null = null) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  flushSync(() =>
    root.render(
      <ConfigProvider locale={viVN}>
        <AntApp>
          <QueryClientProvider client={queryClient}>
            <MemoryRouter initialEntries={['/nhap-van-ban']}>
              <Routes>
                <Route path="/nhap-van-ban" element={<DocumentReview fileName="ke-hoach.docx" document={document} planDrafts={planDrafts} registryWrites={registryWrites} nominationDrafts={nominationDrafts} />} />
                <Route path="/ke-hoach/:id" element={<div data-testid="plan-page">Trang kế hoạch</div>} />
              </Routes>
            </MemoryRouter>
          </QueryClientProvider>
        </AntApp>
      </ConfigProvider>,
    ),
  )
}

async function waitFor<T>(find: () => T | null | undefined | false, what: string): Promise<T> {
  const until = Date.now() + 10_000
  while (Date.now() < until) {
    const found = find()
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`Không thấy: ${what}\n${document.body.textContent}`)
}

const byId = (id: string) => document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null
const marks = () => [...document.querySelectorAll('[data-testid="source-text"] mark')].map((m) => m.textContent)
const badge = (field: string) => document.querySelector(`[data-testid="found-${field}"]`)?.textContent
const focus = (element: Element) => flushSync(() => element.dispatchEvent(new FocusEvent('focusin', { bubbles: true })))

function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const prototype = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype
  Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(element, value)
  element.dispatchEvent(new Event('input', { bubbles: true }))
}

beforeAll(() => {
  // jsdom lacks matchMedia and ResizeObserver, which antd's responsive helpers and text areas use, and pseudo-element styles (antd measures the scrollbar).
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  const computedStyle = window.getComputedStyle.bind(window)
  window.getComputedStyle = (element: Element) => computedStyle(element)
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false })) as typeof window.matchMedia
})

beforeEach(() => {
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
})

afterEach(() => {
  root.unmount()
  document.body.innerHTML = ''
  vi.unstubAllGlobals()
})

// The form renders every field: allow jsdom a while on a busy machine.
describe('DocumentReview', { timeout: 30_000 }, () => {
  it('shows per field whether it was found, and marks the source of the field in focus', async () => {
    stubServer(() => json(500, {}))
    render(parseText(PLAN_TEXT))
    const title = await waitFor(() => byId('review_title'), 'ô Trích yếu')
    expect(badge('title')).toBe('Tìm thấy')
    expect(badge('theme')).toBe('Không tìm thấy')
    expect(marks()).toEqual([])

    focus(title)
    await waitFor(() => marks().length > 0, 'đoạn được đánh dấu')
    expect(marks()).toEqual(['Phát động phong trào thi đua năm 2025'])

    focus(byId('review_signer_name')!)
    expect(marks()).toEqual(['Ma Khánh Sơn'])
  })

  it('marks one list entry by its own span, also after an entry above it is removed', async () => {
    stubServer(() => json(500, {}))
    render(parseText(PLAN_TEXT))
    const second = await waitFor(() => byId('review_award_forms_1'), 'hình thức khen thưởng thứ hai')
    focus(second)
    expect(marks()).toEqual(['Bằng khen của Chủ tịch UBND tỉnh'])

    flushSync(() => (document.querySelector('[aria-label="Xóa hình thức khen thưởng"]') as HTMLButtonElement).click())
    await waitFor(() => !byId('review_award_forms_1'), 'danh sách còn một dòng')
    focus(byId('review_award_forms_0')!)
    expect(byId('review_award_forms_0')!.value).toBe('Bằng khen của Chủ tịch UBND tỉnh')
    expect(marks()).toEqual(['Bằng khen của Chủ tịch UBND tỉnh'])
  })

  it('shows markup in the text as text, never as HTML', async () => {
    stubServer(() => json(500, {}))
    render(parseText(PLAN_TEXT))
    const text = await waitFor(() => document.querySelector('[data-testid="source-text"]'), 'nội dung văn bản')
    expect(text.textContent).toContain('Mẫu <b>in đậm</b> giữ nguyên dạng chữ.')
    expect(text.querySelector('b')).toBeNull()
  })

  it('sends the edited fields with the text and the issuer, then opens the new draft', async () => {
    const fetchMock = stubServer(() => json(201, { campaign: { id: DRAFT_ID, title: 'Phát động thi đua năm 2025 (đã sửa)' }, warnings: [] }))
    const parsed = parseText(PLAN_TEXT)
    render(parsed)
    type(await waitFor(() => byId('review_title'), 'ô Trích yếu'), 'Phát động thi đua năm 2025 (đã sửa)')
    type(byId('review_signer_title')!, 'CHỦ TỊCH UBND')
    ;(await waitFor(() => document.querySelector('[data-testid="create-plan-draft"]:not([disabled])') as HTMLButtonElement | null, 'nút tạo dự thảo')).click()

    await waitFor(() => document.querySelector('[data-testid="plan-page"]'), 'trang dự thảo mới')
    const [url, init] = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!
    expect(url).toBe('/api/imports/apply-plan')
    const body = JSON.parse(init!.body as string)
    expect(body).toMatchObject({
      issuerId: ISSUER_ID,
      fileName: 'ke-hoach.docx',
      parentIds: [],
      parsed: {
        doc_type: 'ke_hoach',
        title: 'Phát động thi đua năm 2025 (đã sửa)',
        signer_title: 'CHỦ TỊCH UBND',
        theme: null,
        award_forms: ['Giấy khen của Chủ tịch UBND xã', 'Bằng khen của Chủ tịch UBND tỉnh'],
        _meta: { text: parsed._meta.text },
      },
    })
  })

  it('offers no draft for a document that is neither a plan, a decision nor a proposal', async () => {
    stubServer(() => json(500, {}))
    render({ ...parseText(PLAN_TEXT), doc_type: 'huong_dan' })
    await waitFor(() => document.body.textContent?.includes('Văn bản loại «Hướng dẫn»'), 'thông báo loại văn bản')
    expect(document.querySelector('[data-testid="create-plan-draft"]')).toBeNull()
    expect(document.querySelector('[data-testid="decision-awards-card"]')).toBeNull()
    expect(document.querySelector('[data-testid="nomination-drafts-card"]')).toBeNull()
  })

  it('offers nomination drafts for a proposal only to an account that may nominate, matching its rows', async () => {
    const proposal = { ...parseText(PLAN_TEXT), doc_type: 'to_trinh' as const }
    stubServer(() => json(500, {}))
    render(proposal)
    await waitFor(() => document.body.textContent?.includes('không lập được đề nghị khen thưởng'), 'thông báo quyền')
    expect(document.querySelector('[data-testid="nomination-drafts-card"]')).toBeNull()
    const identity = { kind: 'individual', name: 'Hoàng Thị Lan', birthDate: null, cccd: null, position: 'Giáo viên', organization: null }
    const rows = [{ index: 0, awardee: { name: 'Hoàng Thị Lan', position: 'Giáo viên', organization: null, form: null }, identity, proposed: { subjectKind: 'individual', target: 'LDTT', form: 'Lao động tiên tiến', achievement: 'Hoàn thành tốt nhiệm vụ', year: 2025 }, match: { status: 'matched', subjectId: 'p1', candidates: [{ subjectId: 'p1', name: 'Hoàng Thị Lan', birthDate: null, organizationName: 'Trường Tiểu học Bình Thành' }] } }]
    stubServer((_init, url) => (url === '/api/imports/preview-nomination' ? json(200, { rows }) : json(200, { items: [] })))
    render(proposal, null, false, { defaultOrganizationId: ISSUER_ID })
    await waitFor(() => document.querySelector('[data-testid="nomination-match-0"]'), 'bảng đề nghị')
    expect(document.querySelector('[data-testid="nomination-match-0"]')!.textContent).toBe('Đã khớp')
    expect(document.querySelector('[data-testid="apply-nomination"]')!.textContent).toContain('Tạo dự thảo đề nghị khen thưởng (1)')
  })

  it('matches a decision\'s awardees, lets the officer pick a namesake, and writes the chosen rows into the registry', async () => {
    const fetchMock = stubServer((init, url) => {
      if (url === '/api/imports/preview-decision') return json(200, { rows: previewRows })
      return json(201, { inserted: 2, skipped: [{ index: 1, reason: 'Trần Thị Bình đã có «Giấy khen» năm 2024 trong sổ khen thưởng' }] })
    })
    const parsed = parseText(DECISION_TEXT)
    render(parsed)
    await waitFor(() => document.querySelector('[data-testid="match-3"]'), 'bảng đối chiếu')
    expect([0, 1, 2, 3].map((i) => document.querySelector(`[data-testid="match-${i}"]`)!.textContent)).toEqual(['Đã khớp', 'Nhiều người trùng', 'Chưa khớp', 'Đã khớp'])
    const body = (url: string) => JSON.parse(fetchMock.mock.calls.find(([u]) => u === url)![1]!.body as string)
    expect(body('/api/imports/preview-decision').parsed).toMatchObject({ doc_type: 'quyet_dinh', number: '152', awardees: parsed.awardees, _meta: { sources: { awardees: parsed._meta.sources.awardees } } })
    const include = (i: number) => {
      const box = document.querySelector(`[data-testid="include-${i}"]`)!
      return (box instanceof HTMLInputElement ? box : box.querySelector('input')) as HTMLInputElement
    }
    expect([0, 1, 2, 3].map((i) => [include(i).checked, include(i).disabled])).toEqual([[true, false], [false, true], [false, true], [true, false]])
    expect(document.body.textContent).toContain('Có thể trùng khen thưởng: Giấy khen đoàn thể năm 2024')

    // Trần Thị Bình: the second of the two namesakes.
    flushSync(() => document.querySelector('[data-testid="subject-1"]')!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true })))
    const option = await waitFor(() => [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find((o) => o.textContent?.includes('30/11/1992')), 'người trùng tên thứ hai')
    flushSync(() => option.click())
    await waitFor(() => include(1).checked, 'dòng 2 được chọn')

    const apply = await waitFor(() => document.querySelector<HTMLButtonElement>('[data-testid="apply-decision"]:not([disabled])'), 'nút ghi vào sổ')
    expect(apply.textContent).toContain('(3)')
    apply.click()
    const result = await waitFor(() => document.querySelector('[data-testid="decision-apply-result"]'), 'kết quả ghi sổ')
    expect(result.textContent).toContain('Đã ghi 2 khen thưởng vào sổ.')
    expect(result.textContent).toContain('Trần Thị Bình — bỏ qua: Trần Thị Bình đã có «Giấy khen» năm 2024 trong sổ khen thưởng')
    expect(body('/api/imports/apply-decision')).toEqual({
      fileName: 'ke-hoach.docx',
      decision: { number: '152/QĐ-UBND', date: '2024-12-20', issuer: 'UBND xã Bình Thành' },
      rows: [0, 1, 3].map((index) => ({
        index, subjectKind: index === 3 ? 'collective' : 'individual', subjectId: ['an', 'binh-2', 'x', 'school'][index], code: 'GIAY_KHEN_CHU_TICH_XA', name: 'Giấy khen', year: 2024, level: 'commune', kind: 'cong_trang',
      })),
    })
  })

  it('writes nothing from a decision for an account that cannot write the registry', async () => {
    stubServer(() => json(500, {}))
    render(parseText(DECISION_TEXT), null, false)
    await waitFor(() => document.body.textContent?.includes('không ghi được sổ khen thưởng'), 'thông báo quyền')
    expect(document.querySelector('[data-testid="decision-awards-card"]')).toBeNull()
  })

  it('offers no draft to an account that cannot write plans', async () => {
    stubServer(() => json(500, {}))
    render(parseText(PLAN_TEXT), null)
    await waitFor(() => document.body.textContent?.includes('không lập được kế hoạch'), 'thông báo quyền')
    expect(document.querySelector('[data-testid="create-plan-draft"]')).toBeNull()
  })
})
