// @vitest-environment jsdom
// The plan editor in a real DOM: a refused save (400 with field errors, 409 conflict) keeps every
// edit in the form with the messages at the fields, and a local copy brings unsaved edits back
// after a reload.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createRoot, type Root } from 'react-dom/client'
import { flushSync } from 'react-dom'
import { MemoryRouter } from 'react-router'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { App as AntApp, ConfigProvider } from 'antd'
import viVN from 'antd/locale/vi_VN'
import { emptyPlan } from '../../../shared/campaign-plan.ts'
import type { DocumentModel } from '../../../documents/document-model.ts'
import type { CampaignDetail } from '../../types.ts'
import { PlanEditor } from './PlanEditor.tsx'

const ISSUER_ID = '11111111-1111-4111-8111-111111111111'

const plan: CampaignDetail = {
  id: '22222222-2222-4222-8222-222222222222',
  issuerId: ISSUER_ID,
  issuerName: 'Xã Bình Thành',
  status: 'draft',
  kind: 'phase',
  number: null,
  symbol: 'KH-UBND',
  numberAndSymbol: null,
  title: 'Phát động thi đua chào mừng Đại hội Đảng bộ xã',
  issuedOn: null,
  year: 2025,
  parentIds: [],
  amendsId: null,
  version: 3,
  createdAt: '2025-02-01T08:00:00Z',
  updatedAt: '2025-02-01T08:00:00Z',
  content: {
    ...emptyPlan({ heading: 'ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH', governingBody: null, place: 'Bình Thành', symbol: 'KH-UBND' }),
    title: 'Phát động thi đua chào mừng Đại hội Đảng bộ xã',
    slogans: ['Đoàn kết, sáng tạo'],
  },
  parents: [],
  addressees: [],
  eventDates: {},
  track: 'state',
}

const tree = {
  rootId: ISSUER_ID,
  items: [
    { id: ISSUER_ID, parentId: null, path: `/${ISSUER_ID}/`, name: 'Xã Bình Thành', shortName: null, kind: 'commune', level: 'commune', track: 'government', validFrom: null, validTo: null, successorId: null, note: null, version: 1, updatedAt: '2025-01-01T00:00:00Z' },
  ],
}

const model: DocumentModel = {
  header: { track: 'state', governingBody: null, issuer: 'ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH', number: null, symbol: 'KH-UBND', place: 'Bình Thành', date: null },
  documentType: 'KẾ HOẠCH',
  title: plan.title,
  body: [],
  recipients: ['Lưu: VT'],
  signature: { authorityLines: ['TM. ỦY BAN NHÂN DÂN'], title: 'CHỦ TỊCH', name: '' },
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

/** Reference reads and the live preview are answered; `write` answers the PUT under test, `reads` other GETs. */
function stubServer(write: (init: RequestInit) => Response, reads: Record<string, unknown> = {}) {
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
    if (url === '/api/campaigns/preview') return json(200, model)
    if (init.method && init.method !== 'GET') return write(init)
    if (url.startsWith('/api/organizations/tree')) return json(200, tree)
    if (url.startsWith('/api/campaigns?')) return json(200, { items: [], total: 0, page: 1, pageSize: 30 })
    const path = Object.keys(reads).find((prefix) => url === prefix)
    return path ? json(200, reads[path]) : json(404, { error: { code: 'NOT_FOUND', message: 'Không tìm thấy' } })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

const writes = (fetchMock: ReturnType<typeof stubServer>) => fetchMock.mock.calls.filter(([url, init]) => url !== '/api/campaigns/preview' && init?.method && init.method !== 'GET')

let root: Root
let container: HTMLDivElement

function render() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  flushSync(() =>
    root.render(
      <ConfigProvider locale={viVN}>
        <AntApp>
          <QueryClientProvider client={queryClient}>
            <MemoryRouter>
              <PlanEditor plan={plan} canIssue />
            </MemoryRouter>
          </QueryClientProvider>
        </AntApp>
      </ConfigProvider>,
    ),
  )
}

/** Unmounts and mounts again, as a page reload does (localStorage survives). */
function reload() {
  root.unmount()
  root = createRoot(container)
  render()
}

/** The editor renders every tab: allow jsdom a while on a busy machine. */
async function waitFor<T>(find: () => T | null | undefined | false, what: string): Promise<T> {
  const until = Date.now() + 15_000
  while (Date.now() < until) {
    const found = find()
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`Không thấy: ${what}\n${document.body.textContent}`)
}

const field = (id: string) => document.getElementById(`plan_${id}`) as HTMLInputElement | HTMLTextAreaElement | null
const title = () => field('content_title') as HTMLTextAreaElement
const symbol = () => field('content_symbol') as HTMLInputElement

function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const prototype = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype
  Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(element, value)
  element.dispatchEvent(new Event('input', { bubbles: true }))
}

const button = (text: string) => [...document.querySelectorAll('button')].find((element) => element.textContent?.replace(/\s+/g, ' ').trim() === text)
const save = () => (document.querySelector('[data-testid="plan-save"]') as HTMLButtonElement).click()
const errorUnder = (element: Element) => element.closest('.ant-form-item')?.querySelector('.ant-form-item-explain')?.textContent ?? ''
const storedDraft = () => localStorage.getItem(`tdkt.ke-hoach.ban-nhap.${plan.id}`)

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
  localStorage.clear()
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
})

afterEach(() => {
  root.unmount()
  document.body.innerHTML = ''
  vi.unstubAllGlobals()
})

describe('PlanEditor', { timeout: 60_000 }, () => {
  it('after a 400 keeps the edits, shows the messages at their fields and in the problems panel, and keeps the local copy', async () => {
    const fetchMock = stubServer(() =>
      json(400, {
        error: {
          code: 'VALIDATION',
          message: 'Kế hoạch chưa hợp lệ — Trích yếu: trùng với kế hoạch số 05/KH-UBND',
          fields: { 'content.title': 'Trích yếu: trùng với kế hoạch số 05/KH-UBND', 'content.slogans.0': 'Khẩu hiệu: quá chung chung' },
        },
      }),
    )
    render()
    await waitFor(() => title()?.value === plan.title, 'trích yếu ban đầu')

    type(title(), 'Phát động thi đua lập thành tích chào mừng Đại hội')
    await waitFor(() => storedDraft()?.includes('lập thành tích'), 'bản sao trên máy')
    save()

    await waitFor(() => errorUnder(title()), 'lỗi dưới ô Trích yếu')
    expect(errorUnder(title())).toBe('Trích yếu: trùng với kế hoạch số 05/KH-UBND')
    expect(errorUnder(field('content_slogans_0')!)).toBe('Khẩu hiệu: quá chung chung')
    expect(document.querySelector('[data-testid="form-problem"]')?.textContent).toContain('Kế hoạch chưa hợp lệ')
    expect(document.querySelector('[data-testid="plan-problems"]')?.textContent).toContain('Khẩu hiệu: quá chung chung')
    expect(title().value).toBe('Phát động thi đua lập thành tích chào mừng Đại hội')
    expect(storedDraft()).toContain('lập thành tích')

    const [url, init] = writes(fetchMock)[0]!
    expect(url).toBe(`/api/campaigns/${plan.id}`)
    expect(JSON.parse(init!.body as string)).toMatchObject({ version: 3, content: { title: 'Phát động thi đua lập thành tích chào mừng Đại hội', slogans: ['Đoàn kết, sáng tạo'] } })
  })

  it('refuses to send a plan the shared schema refuses, pointing at the field', async () => {
    const fetchMock = stubServer(() => json(200, plan))
    render()
    await waitFor(() => symbol()?.value === 'KH-UBND', 'ký hiệu ban đầu')

    type(symbol(), 'kế hoạch')
    save()

    await waitFor(() => errorUnder(symbol()), 'lỗi dưới ô Ký hiệu')
    expect(errorUnder(symbol())).toContain('Ký hiệu không đúng dạng')
    expect(writes(fetchMock)).toHaveLength(0)
  })

  it('after a 409 keeps the edits and offers "Tải lại", which brings the newest version', async () => {
    const fresh = { ...plan, version: 4, title: 'Bản do người khác sửa', content: { ...plan.content, title: 'Bản do người khác sửa' } }
    stubServer(() => json(409, { error: { code: 'CONFLICT', message: 'Kế hoạch vừa được người khác cập nhật.', fields: { version: 'Phiên bản dữ liệu đã cũ' } } }), {
      [`/api/campaigns/${plan.id}`]: fresh,
    })
    render()
    await waitFor(() => title()?.value === plan.title, 'trích yếu ban đầu')

    type(title(), 'Bản tôi đang sửa')
    // Form.useWatch reports changes in a later task: the local copy is written before the user reaches "Lưu".
    await waitFor(() => storedDraft()?.includes('Bản tôi đang sửa'), 'bản sao trên máy')
    save()

    const reloadButton = await waitFor(() => button('Tải lại'), 'nút Tải lại')
    expect(document.body.textContent).toContain('Kế hoạch vừa được người khác cập nhật.')
    expect(title().value).toBe('Bản tôi đang sửa')
    expect(storedDraft()).toContain('Bản tôi đang sửa')

    reloadButton.click()
    await waitFor(() => title().value === 'Bản do người khác sửa', 'bản mới nhất trong biểu mẫu')
    await waitFor(() => storedDraft() === null, 'bản sao trên máy được bỏ')
  })

  it('restores the unsaved local copy after a reload, with a notice, and can discard it', async () => {
    stubServer(() => json(200, plan))
    render()
    await waitFor(() => title()?.value === plan.title, 'trích yếu ban đầu')
    expect(document.querySelector('[data-testid="draft-restored"]')).toBeNull()

    type(title(), 'Chưa kịp lưu thì tải lại trang')
    await waitFor(() => storedDraft()?.includes('Chưa kịp lưu'), 'bản sao trên máy')

    reload()
    const notice = await waitFor(() => document.querySelector('[data-testid="draft-restored"]'), 'thông báo khôi phục')
    expect(notice.textContent).toContain('Đã khôi phục bản nháp chưa lưu')
    await waitFor(() => title()?.value === 'Chưa kịp lưu thì tải lại trang', 'nội dung khôi phục')
    expect(document.body.textContent).toContain('Chưa lưu')

    button('Bỏ bản nháp')!.click()
    await waitFor(() => title().value === plan.title, 'bản đã lưu')
    await waitFor(() => storedDraft() === null, 'bản sao được xóa')
    expect(document.querySelector('[data-testid="draft-restored"]')).toBeNull()
  })
})
