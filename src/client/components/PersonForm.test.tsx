// @vitest-environment jsdom
// The person form in a real DOM: client-side checks block bad input without a request,
// server field errors land under their fields, and a stale version keeps what was typed.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createRoot, type Root } from 'react-dom/client'
import { flushSync } from 'react-dom'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { App as AntApp, ConfigProvider } from 'antd'
import viVN from 'antd/locale/vi_VN'
import type { Person } from '../types.ts'
import { PersonForm } from './PersonForm.tsx'

const person: Person = {
  id: '5714a610-491c-4d3d-8b73-6a46000385c4',
  fullName: 'Nguyễn Văn An',
  birthDate: '1989-12-28',
  sex: 'nam',
  cccd: '019089312859',
  position: 'Công chức',
  organizationId: '11111111-1111-4111-8111-111111111111',
  organizationName: 'Xã Bình Thành',
  category: 'cong_chuc',
  directWorker: false,
  householdId: null,
  householdHeadName: null,
  version: 3,
  updatedAt: '2025-07-01T08:00:00Z',
}

const tree = {
  rootId: person.organizationId,
  items: [{ ...person, id: person.organizationId, parentId: null, path: '/x/', name: 'Xã Bình Thành', shortName: null, kind: 'commune', level: 'commune', track: 'government', validFrom: null, validTo: null, successorId: null, note: null }],
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

/** Answers reads of reference data; `write` answers the PATCH/POST under test. */
function stubServer(write: (init: RequestInit) => Response, reads: Record<string, unknown> = {}) {
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
    if (init.method && init.method !== 'GET') return write(init)
    if (url.startsWith('/api/organizations/tree')) return json(200, tree)
    if (url.startsWith('/api/households')) return json(200, { items: [], total: 0, page: 1, pageSize: 20 })
    const path = Object.keys(reads).find((prefix) => url.startsWith(prefix))
    return path ? json(200, reads[path]) : json(404, { error: { code: 'NOT_FOUND', message: 'Không tìm thấy' } })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

let root: Root
let container: HTMLDivElement

function render(props: { person: Person | null }) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  flushSync(() =>
    root.render(
      <ConfigProvider locale={viVN}>
        <AntApp>
          <QueryClientProvider client={queryClient}>
            <PersonForm person={props.person} onClose={() => {}} />
          </QueryClientProvider>
        </AntApp>
      </ConfigProvider>,
    ),
  )
}

async function waitFor<T>(find: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = find()
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`Không thấy: ${what}\n${document.body.textContent}`)
}

const input = (name: string) => document.getElementById(`person-form_${name}`) as HTMLInputElement

function type(name: string, value: string) {
  const element = input(name)
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(element, value)
  element.dispatchEvent(new Event('input', { bubbles: true }))
}

const save = () => (document.querySelector('[data-testid="form-save"]') as HTMLButtonElement).click()
const errorUnder = (name: string) => input(name).closest('.ant-form-item')?.querySelector('.ant-form-item-explain')?.textContent ?? ''
const writes = (fetchMock: ReturnType<typeof stubServer>) => fetchMock.mock.calls.filter(([, init]) => init?.method && init.method !== 'GET')

beforeAll(() => {
  // jsdom lacks matchMedia, which antd's responsive helpers read, and pseudo-element styles (antd measures the scrollbar).
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

describe('PersonForm', () => {
  it('checks required fields and the 12-digit CCCD before sending anything', async () => {
    const fetchMock = stubServer(() => json(201, person))
    render({ person: null })
    await waitFor(() => input('fullName'), 'ô Họ và tên')

    type('cccd', '01908931285')
    save()

    // Họ và tên, Giới tính, Số CCCD, Đơn vị, Đối tượng
    await waitFor(() => document.querySelectorAll('.ant-form-item-explain-error').length === 5, 'năm lỗi kiểm tra')
    expect(errorUnder('cccd')).toBe('Số CCCD phải gồm đúng 12 chữ số (đang là "01908931285")')
    expect(errorUnder('fullName')).toBe('Hãy nhập họ và tên')
    expect(document.body.textContent).toContain('Hãy chọn giới tính')
    expect(document.body.textContent).toContain('Hãy chọn đơn vị')
    expect(document.body.textContent).toContain('Hãy chọn đối tượng')
    expect(writes(fetchMock)).toHaveLength(0)
  })

  it('checks that the CCCD agrees with the birth year', async () => {
    stubServer(() => json(200, person))
    render({ person })
    await waitFor(() => input('cccd')?.value === '019089312859', 'số CCCD ban đầu')

    type('cccd', '019090312859') // encodes 1990, but the birth date is in 1989
    save()

    await waitFor(() => errorUnder('cccd'), 'lỗi dưới ô Số CCCD')
    expect(errorUnder('cccd')).toMatch(/ứng với năm sinh 1990, không khớp ngày sinh \(năm 1989\)/)
  })

  it('puts the server field errors under their fields and keeps what was typed', async () => {
    const fetchMock = stubServer(() =>
      json(409, { error: { code: 'DUPLICATE', message: 'Số CCCD 019089312860 đã được dùng cho người khác.', fields: { cccd: 'Số CCCD 019089312860 đã được dùng cho người khác.' } } }),
    )
    render({ person })
    await waitFor(() => input('fullName')?.value === 'Nguyễn Văn An', 'họ tên ban đầu')

    type('fullName', 'Nguyễn Văn An Mới')
    type('cccd', '019089312860')
    save()

    await waitFor(() => errorUnder('cccd'), 'lỗi máy chủ dưới ô Số CCCD')
    expect(errorUnder('cccd')).toBe('Số CCCD 019089312860 đã được dùng cho người khác.')
    expect(document.querySelector('[data-testid="form-problem"]')?.textContent).toContain('đã được dùng cho người khác')
    expect(document.body.textContent).not.toContain('Tải lại') // a duplicate is not a stale version
    expect(input('fullName').value).toBe('Nguyễn Văn An Mới')

    const [url, init] = writes(fetchMock)[0]!
    expect(url).toBe(`/api/people/${person.id}`)
    expect(JSON.parse(init!.body as string)).toMatchObject({ version: 3, fullName: 'Nguyễn Văn An Mới', cccd: '019089312860', birthDate: '1989-12-28', sex: 'nam' })
  })

  it('on a stale version offers "Tải lại", then saves against the newest version', async () => {
    const fresh = { ...person, position: 'Phó Chủ tịch', version: 4 }
    let attempt = 0
    const fetchMock = stubServer(
      () =>
        ++attempt === 1
          ? json(409, { error: { code: 'CONFLICT', message: 'Thông tin cá nhân vừa được người khác cập nhật.', fields: { version: 'Phiên bản dữ liệu đã cũ' } } })
          : json(200, fresh),
      { [`/api/people/${person.id}`]: fresh },
    )
    render({ person })
    await waitFor(() => input('fullName')?.value === 'Nguyễn Văn An', 'họ tên ban đầu')

    type('fullName', 'Nguyễn Văn Ân')
    save()

    const reload = await waitFor(() => [...document.querySelectorAll('button')].find((button) => button.textContent?.includes('Tải lại')), 'nút Tải lại')
    expect(document.body.textContent).toContain('vừa được người khác cập nhật')
    expect(input('fullName').value).toBe('Nguyễn Văn Ân')

    reload.click()
    await waitFor(() => input('position')?.value === 'Phó Chủ tịch', 'bản mới nhất trong biểu mẫu')
    save()
    await waitFor(() => writes(fetchMock).length === 2, 'lần lưu thứ hai')
    expect(JSON.parse(writes(fetchMock)[1]![1]!.body as string)).toMatchObject({ version: 4, position: 'Phó Chủ tịch' })
  })
})
