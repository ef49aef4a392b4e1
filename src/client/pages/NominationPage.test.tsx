// @vitest-environment jsdom
// One nomination in a real DOM: the header, timer and stored evaluation; the actions the status and the
// role allow (the officer returns a submitted one with a reason and the version read; the unit submits
// its draft), and a stale version offering "Tải lại".
import { describe, expect, it } from 'vitest'
import { Route, Routes } from 'react-router'
import { RequireAuth } from '../auth.tsx'
import { json, setUpDom, stubServer, waitFor } from '../components/eligibility/dom-testing.tsx'
import { detail, meOf, NOMINATION_ID, tree } from '../components/nominations/nomination-fixtures.ts'
import { NominationPage } from './NominationPage.tsx'

const dom = setUpDom({ wide: () => true })
const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)

function renderPage() {
  return dom.render(
    <RequireAuth>
      <Routes>
        <Route path="/de-nghi/:id" element={<NominationPage />} />
        <Route path="/de-nghi" element={<p data-testid="list-page">Danh sách</p>} />
      </Routes>
    </RequireAuth>,
    `/de-nghi/${NOMINATION_ID}`,
  )
}

function typeText(element: HTMLTextAreaElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(element, value)
  element.dispatchEvent(new Event('input', { bubbles: true }))
}

const submitted = detail({
  status: 'submitted',
  statusLabel: 'Đã trình',
  version: 6,
  batch: { id: 'b', organizationId: 'u', number: 5, numberAndSymbol: '05/TTr-THBT', submittedOn: '2025-11-25' },
  submittedOn: '2025-11-25',
  timer: { startedOn: '2025-11-25', dueOn: '2025-12-23', workingDays: 20, workingDaysLeft: 3, overdue: false, running: true, stoppedOn: null, citation: 'Quyết định 638/QĐ-BNV' },
})

describe('NominationPage', { timeout: 30_000 }, () => {
  it('shows the officer a submitted nomination with its timer and evaluation, and returns it with a reason and the version read', async () => {
    const writes: { url: string; body: unknown }[] = []
    stubServer({ '/api/auth/me': meOf('officer'), '/api/organizations/tree': tree, [`/api/nominations/${NOMINATION_ID}`]: submitted }, (url, init) => {
      writes.push({ url, body: JSON.parse(init.body as string) })
      return json(200, detail({ status: 'returned', statusLabel: 'Bị trả lại', version: 7 }))
    })
    renderPage()
    await waitFor(() => byTestId('nomination-status'), 'trạng thái')

    expect(byTestId('nomination-status')!.textContent).toBe('Đã trình')
    expect(byTestId('nomination-timer')!.textContent).toBe('Còn 3 ngày làm việc')
    expect(byTestId('nomination-batch')!.textContent).toBe('Số 05/TTr-THBT ngày 25/11/2025')
    expect(byTestId('nomination-eligibility')!.textContent).toContain('Đạt danh hiệu Lao động tiên tiến năm 2025')
    expect(byTestId('authority-summary')!.textContent).toContain('có thẩm quyền quyết định CSTĐCS')
    expect(byTestId('nomination-return')).not.toBeNull()
    expect(byTestId('nomination-check')).not.toBeNull()
    expect(byTestId('nomination-to-council')).not.toBeNull()
    expect(byTestId('nomination-edit')).toBeNull()
    expect(byTestId('nomination-delete')).toBeNull()
    expect(byTestId('nomination-submit')).toBeNull()

    byTestId('nomination-return')!.click()
    const reason = await waitFor(() => document.querySelector<HTMLTextAreaElement>('[data-testid="dialog-reason"]'), 'ô lý do')
    byTestId('dialog-ok')!.click()
    await waitFor(() => document.body.textContent!.includes('Hãy nhập lý do trả lại'), 'lỗi thiếu lý do')
    expect(writes).toEqual([])

    typeText(reason, 'Thiếu xác nhận sáng kiến')
    byTestId('dialog-ok')!.click()
    await waitFor(() => byTestId('nomination-status')?.textContent === 'Bị trả lại', 'trạng thái mới')
    expect(writes).toEqual([{ url: `/api/nominations/${NOMINATION_ID}/return`, body: { version: 6, reason: 'Thiếu xác nhận sáng kiến' } }])
  })

  it('gives the unit its draft to edit, delete and submit, and offers "Tải lại" when the version is stale', async () => {
    const calls: string[] = []
    const fetchMock = stubServer({ '/api/auth/me': meOf('unit'), '/api/organizations/tree': tree, [`/api/nominations/${NOMINATION_ID}`]: detail() }, (url, init) => {
      calls.push(`${init.method} ${url} ${init.body as string}`)
      return json(409, { error: { code: 'CONFLICT', message: 'Đề nghị «Hoàng Thị Lan» đã được người khác thay đổi.' } })
    })
    renderPage()
    await waitFor(() => byTestId('nomination-submit'), 'nút trình')

    expect(byTestId('nomination-status')!.textContent).toBe('Dự thảo')
    expect(byTestId('nomination-timer')).toBeNull()
    expect(byTestId('nomination-edit')).not.toBeNull()
    expect(byTestId('nomination-delete')).not.toBeNull()
    expect(byTestId('nomination-return')).toBeNull()
    expect(byTestId('nomination-check')).toBeNull()
    expect(byTestId('nomination-override-deadline')).toBeNull()

    byTestId('nomination-submit')!.click()
    const ok = await waitFor(() => document.querySelector<HTMLElement>('.ant-popconfirm-buttons .ant-btn-primary'), 'xác nhận trình')
    ok.click()
    const problem = await waitFor(() => byTestId('form-problem'), 'thông báo phiên bản cũ')
    expect(calls).toEqual([`POST /api/nominations/submit {"ids":["${NOMINATION_ID}"],"versions":{"${NOMINATION_ID}":4}}`])
    expect(problem.textContent).toContain('đã được người khác thay đổi')
    const reload = [...problem.querySelectorAll('button')].find((b) => b.textContent === 'Tải lại')!
    const reads = () => fetchMock.mock.calls.filter(([url, init]) => url === `/api/nominations/${NOMINATION_ID}` && (init as RequestInit | undefined)?.method === 'GET').length
    const before = reads()
    reload.click()
    await waitFor(() => reads() > before && !byTestId('form-problem'), 'tải lại đề nghị')
  })

  it('edits a draft in the drawer, sending the fields with the version read', async () => {
    const writes: { method: string; url: string; body: Record<string, unknown> }[] = []
    stubServer(
      { '/api/auth/me': meOf('unit'), '/api/organizations/tree': tree, '/api/eligibility/targets': { date: '2025-12-20', items: [] }, [`/api/nominations/${NOMINATION_ID}`]: detail() },
      (url, init) => {
        writes.push({ method: init.method!, url, body: JSON.parse(init.body as string) })
        return json(200, detail({ achievement: 'Thành tích mới', version: 5 }))
      },
    )
    renderPage()
    ;(await waitFor(() => byTestId('nomination-edit'), 'nút sửa')).click()
    const achievement = await waitFor(() => document.querySelector<HTMLTextAreaElement>('[data-testid="nomination-achievement"]'), 'ô thành tích')
    expect(achievement.value).toBe('Hoàn thành xuất sắc nhiệm vụ năm học 2024–2025.')
    typeText(achievement, 'Thành tích mới')
    byTestId('form-save')!.click()
    await waitFor(() => writes.length > 0, 'yêu cầu lưu')
    expect(writes[0]).toEqual({
      method: 'PATCH',
      url: `/api/nominations/${NOMINATION_ID}`,
      body: { target: 'CSTD_CO_SO', kind: 'cong_trang', achievement: 'Thành tích mới', decisionDate: '2025-12-20', simplified: false, simplifiedCase: null, reviewMeeting: null, version: 4 },
    })
    await waitFor(() => byTestId('nomination-achievement-text')?.textContent === 'Thành tích mới', 'thành tích đã lưu')
  })

  it('shows a signer no action', async () => {
    stubServer({ '/api/auth/me': meOf('signer'), '/api/organizations/tree': tree, [`/api/nominations/${NOMINATION_ID}`]: submitted })
    renderPage()
    const actions = await waitFor(() => byTestId('nomination-actions'), 'thao tác')
    expect(actions.querySelectorAll('button')).toHaveLength(0)
    expect(byTestId('dossier-upload')).toBeNull()
  })
})
