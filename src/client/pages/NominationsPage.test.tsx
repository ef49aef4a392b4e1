// @vitest-environment jsdom
// The nominations list in a real DOM: filters go to the server, each row shows its status, verdict, deciding
// level, deadline and timer; drafts of one unit are chosen (others are locked out) and submitted with the
// versions read, and the proposal's number is shown.
import { describe, expect, it } from 'vitest'
import { RequireAuth } from '../auth.tsx'
import { json, setUpDom, stubServer, waitFor } from '../components/eligibility/dom-testing.tsx'
import { COMMUNE, meOf, summary, tree } from '../components/nominations/nomination-fixtures.ts'
import { NominationsPage } from './NominationsPage.tsx'

const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'
const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'
const C = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc'
const D = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd'
const items = [
  summary({ id: A, version: 2 }),
  summary({ id: B, status: 'returned', statusLabel: 'Bị trả lại', version: 5, subject: { kind: 'individual', id: 's2', name: 'Đặng Văn Minh', organizationName: 'Trường Tiểu học Bình Thành' } }),
  summary({ id: C, nominatingOrganization: { id: COMMUNE, name: 'Xã Bình Thành' }, subject: { kind: 'collective', id: 's3', name: 'Tổ Văn phòng', organizationName: 'Xã Bình Thành' } }),
  summary({
    id: D, status: 'submitted', statusLabel: 'Đã trình', eligible: false,
    deciding: { organizationId: COMMUNE, organizationName: 'Xã Bình Thành', competent: false, escalateTo: { organizationId: 'p', organizationName: 'Tỉnh Thái Nguyên', authorities: [{ code: 'CHU_TICH_UBND_TINH', name: 'Chủ tịch UBND tỉnh' }] } },
    timer: { startedOn: '2025-08-22', dueOn: '2025-09-19', workingDays: 20, workingDaysLeft: -2, overdue: true, running: true, stoppedOn: null, citation: 'QĐ 638' },
    subject: { kind: 'individual', id: 's4', name: 'La Đức Cường', organizationName: 'Trường Tiểu học Bình Thành' },
  } as never),
]
const page = { items, total: 4, page: 1, pageSize: 20 }

const dom = setUpDom({ wide: () => true })
const rows = () => [...document.querySelectorAll<HTMLElement>('[data-testid="nominations-table"] tr.ant-table-row')]
const checkbox = (row: HTMLElement) => row.querySelector<HTMLInputElement>('input[type="checkbox"]')!
const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)

function renderPage(role: 'unit' | 'signer', url = '/de-nghi?year=2025') {
  const reads = { '/api/auth/me': meOf(role), '/api/organizations/tree': tree, '/api/nominations': page, '/api/campaigns': { items: [], total: 0, page: 1, pageSize: 30 } }
  const writes: { url: string; body: unknown }[] = []
  const fetchMock = stubServer(reads, (path, init) => {
    writes.push({ url: path, body: JSON.parse(init.body as string) })
    return json(201, { batch: { id: 'b', organizationId: 'u', number: 5, numberAndSymbol: '05/TTr-THBT', submittedOn: '2025-11-25' }, nominations: [items[0], items[1]] })
  })
  dom.render(
    <RequireAuth>
      <NominationsPage />
    </RequireAuth>,
    url,
  )
  return { fetchMock, writes }
}

describe('NominationsPage', { timeout: 30_000 }, () => {
  it('lists the nominations with status, verdict, deciding level and timer, asking the server with the filters', async () => {
    const { fetchMock } = renderPage('unit', '/de-nghi?year=2025&status=draft')
    await waitFor(() => rows().length === 4, 'bốn đề nghị')
    const asked = fetchMock.mock.calls.map(([url]) => url as string).find((url) => url.startsWith('/api/nominations'))!
    expect(new URL(asked, 'http://x').searchParams.toString()).toBe('status=draft&year=2025&page=1&pageSize=20')

    const [a, , , d] = rows()
    expect(a!.querySelector('[data-testid="nomination-status"]')!.textContent).toBe('Dự thảo')
    expect(a!.querySelector('a')!.getAttribute('href')).toBe(`/de-nghi/${A}`)
    expect(a!.querySelector('[data-testid="nomination-timer"]')).toBeNull()
    expect(d!.querySelector('[data-testid="nomination-status"]')!.textContent).toBe('Đã trình')
    expect(d!.querySelector('[data-testid="verdict"]')!.textContent).toBe('Chưa đủ điều kiện')
    expect(d!.querySelector('[data-testid="nomination-escalate"]')!.textContent).toContain('Phải trình lên Tỉnh Thái Nguyên (Chủ tịch UBND tỉnh)')
    expect(d!.querySelector('[data-testid="nomination-timer"]')!.textContent).toBe('Quá hạn 2 ngày làm việc')
    expect(byTestId('nomination-create')).not.toBeNull()
  })

  it('submits drafts of one unit with the versions read and shows the proposal number', async () => {
    const { writes } = renderPage('unit')
    await waitFor(() => rows().length === 4, 'bốn đề nghị')
    const [a, b, c, d] = rows()
    expect(checkbox(d!).disabled).toBe(true)
    expect((byTestId('nominations-submit') as HTMLButtonElement).disabled).toBe(true)

    checkbox(a!).click()
    await waitFor(() => checkbox(c!).disabled, 'đề nghị của đơn vị khác bị khóa')
    expect(checkbox(b!).disabled).toBe(false)
    checkbox(b!).click()
    await waitFor(() => byTestId('nominations-submit')!.textContent!.includes('(2)'), 'hai đề nghị được chọn')

    byTestId('nominations-submit')!.click()
    const ok = await waitFor(() => document.querySelector<HTMLElement>('.ant-popconfirm-buttons .ant-btn-primary'), 'xác nhận trình')
    ok.click()
    const result = await waitFor(() => byTestId('nominations-submit-result'), 'kết quả trình')
    expect(result.textContent).toBe('Đã trình 2 đề nghị kèm Tờ trình số 05/TTr-THBT.')
    expect(writes).toEqual([{ url: '/api/nominations/submit', body: { ids: [A, B], versions: { [A]: 2, [B]: 5 } } }])
  })

  it('gives a signer neither the create button nor the selection', async () => {
    renderPage('signer')
    await waitFor(() => rows().length === 4, 'bốn đề nghị')
    expect(byTestId('nomination-create')).toBeNull()
    expect(byTestId('nominations-submit')).toBeNull()
    expect(rows()[0]!.querySelector('input[type="checkbox"]')).toBeNull()
  })
})
