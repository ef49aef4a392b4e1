// @vitest-environment jsdom
// One unit's report in a real DOM: a total lowered below its parts is flagged under its row as it is typed; saved
// anyway, the server's refusal shows with the criterion named and everything typed stays, and goes once the figure is
// corrected; the officer above sees "Tiếp nhận" / "Trả lại" instead of the unit's buttons.
import { describe, expect, it } from 'vitest'
import { Route, Routes } from 'react-router'
import { RequireAuth } from '../auth.tsx'
import { json, setUpDom, stubServer, typeInto, waitFor } from '../components/eligibility/dom-testing.tsx'
import { meOf } from '../components/nominations/nomination-fixtures.ts'
import { emptyNarrative } from '../../shared/reports.ts'
import type { ReportDetail } from '../components/reports/report-ui.ts'
import { ReportPage } from './ReportPage.tsx'

const dom = setUpDom({ wide: () => true })
const ID = '55555555-5555-4555-8555-555555555555'
const CRITERION = 'Đẩy mạnh chuyển đổi số, cải cách hành chính'
const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)
const byLabel = (label: string) => [...document.querySelectorAll<HTMLInputElement>(`[aria-label="${label}"]`)]

function detail(fields: Partial<ReportDetail> = {}): ReportDetail {
  return {
    id: ID, organizationId: 'u', organizationName: 'Trường Tiểu học Bình Thành', campaignId: 'c', campaignTitle: 'Phát động Đợt thi đua đặc biệt', periodId: 'dot-2', periodKind: 'final',
    content: {
      results: [{ criterionKey: 'tap-the#1', criterion: CRITERION, measure: 'số hồ sơ được số hóa', value: 12, parts: [{ label: 'học bạ số', value: 9 }], text: null }],
      sections: { ...emptyNarrative(), results: 'Hoàn thành số hóa hồ sơ.' }, models: [], initiatives: [],
    },
    status: 'draft', returnReason: null, submittedOn: null, acceptedByName: null, acceptedAt: null, version: 3, createdByName: 'Hiệu trưởng', createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z',
    period: { id: 'dot-2', name: 'Tổng kết — Đợt 2', phaseName: 'Đợt 2', kind: 'final', from: '2026-07-01', to: '2026-12-31', due: null, dueAsWritten: null },
    criteria: [
      { key: 'tap-the#0', groupName: 'các cơ quan, đơn vị', groupKind: 'collective', text: 'Giảm nghèo bền vững' },
      { key: 'tap-the#1', groupName: 'các cơ quan, đơn vị', groupKind: 'collective', text: CRITERION },
    ],
    events: [], files: [], canEdit: true, canReview: false,
    ...fields,
  }
}

function renderPage() {
  return dom.render(
    <RequireAuth>
      <Routes><Route path="/bao-cao/:id" element={<ReportPage />} /></Routes>
    </RequireAuth>,
    `/bao-cao/${ID}`,
  )
}

describe('ReportPage', { timeout: 30_000 }, () => {
  it('flags a total below its parts as typed, and keeps everything typed when the server refuses it', async () => {
    const writes: { url: string; body: { version: number; content: ReportDetail['content'] } }[] = []
    const message = `«${CRITERION}» (số hồ sơ được số hóa): các số liệu «trong đó» cộng lại (9) vượt tổng số (8)`
    stubServer({ '/api/auth/me': meOf('unit'), [`/api/reports/${ID}`]: detail() }, (url, init) => {
      writes.push({ url, body: JSON.parse(init.body as string) })
      return json(400, { error: { code: 'VALIDATION', message: `Kết quả thực hiện: ${message}.`, fields: { 'content.results.0.parts': message } } })
    })
    renderPage()
    const [total] = await waitFor(() => byLabel('Tổng số').length > 0 && byLabel('Tổng số'), 'ô tổng số')
    expect(total!.value).toBe('12')
    expect(byTestId('report-submit')!.hasAttribute('disabled')).toBe(false)

    typeInto(total!, '8')
    await waitFor(() => byTestId('report-row-problem')?.textContent === message, 'lỗi số liệu khi gõ')
    expect(byTestId('report-submit')!.hasAttribute('disabled')).toBe(true)

    byTestId('report-save')!.click()
    await waitFor(() => byTestId('report-problem'), 'thông báo từ chối')
    expect(byTestId('report-problem')!.textContent).toContain(message)
    expect(writes).toHaveLength(1)
    expect(writes[0]!.url).toBe(`/api/reports/${ID}`)
    expect(writes[0]!.body.version).toBe(3)
    expect(writes[0]!.body.content.results).toEqual([{ criterionKey: 'tap-the#1', criterion: CRITERION, measure: 'số hồ sơ được số hóa', value: 8, parts: [{ label: 'học bạ số', value: 9 }], text: null }])
    // Nothing typed is lost: the lowered total, the part and the narrative are all still there.
    expect(byLabel('Tổng số')[0]!.value).toBe('8')
    expect(byLabel('Trong đó: số liệu')[0]!.value).toBe('9')
    expect(document.querySelector<HTMLTextAreaElement>('[data-testid="narrative-results"]')!.value).toBe('Hoàn thành số hóa hồ sơ.')
    expect(byTestId('report-submit')!.hasAttribute('disabled')).toBe(true)

    // Corrected, the refusal (which spoke of the total of 8) no longer stands: its messages go and "Nộp" is open again.
    typeInto(byLabel('Tổng số')[0]!, '10')
    await waitFor(() => byTestId('report-row-problem') === null && byTestId('report-problem') === null, 'lời từ chối cũ biến mất')
    expect(byTestId('report-submit')!.hasAttribute('disabled')).toBe(false)
    // Back to the refused figure, the problem shows again, as typed.
    typeInto(byLabel('Tổng số')[0]!, '8')
    await waitFor(() => byTestId('report-row-problem')?.textContent === message, 'lỗi số liệu gõ lại')
    expect(byTestId('report-submit')!.hasAttribute('disabled')).toBe(true)
  })

  it('gives the level above "Tiếp nhận" and "Trả lại" on a submitted report, and no editing', async () => {
    stubServer({ '/api/auth/me': meOf('officer'), [`/api/reports/${ID}`]: detail({ status: 'submitted', submittedOn: '2026-11-20', canEdit: false, canReview: true }) })
    renderPage()
    await waitFor(() => byTestId('report-accept'), 'nút tiếp nhận')
    expect(byTestId('report-return')).not.toBeNull()
    expect(byTestId('report-save')).toBeNull()
    expect(byTestId('report-submit')).toBeNull()
    expect(byTestId('report-header')!.textContent).toContain('Đã nộp, chờ tiếp nhận')
  })
})
