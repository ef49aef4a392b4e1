// @vitest-environment jsdom
// One conference in a real DOM: the count against the cap; a delegate beyond the cap refused by the server with
// the field's message while the name typed stays; a budget line beyond the fund marked on its row.
import { describe, expect, it } from 'vitest'
import { Route, Routes } from 'react-router'
import { RequireAuth } from '../auth.tsx'
import { json, setUpDom, stubServer, waitFor } from '../components/eligibility/dom-testing.tsx'
import { meOf, tree } from '../components/nominations/nomination-fixtures.ts'
import { conference, EVENT_ID } from '../components/events/event-fixtures.ts'
import { EventPage } from './EventPage.tsx'

const dom = setUpDom({ wide: () => true })
const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)

function renderPage() {
  return dom.render(<RequireAuth><Routes><Route path="/su-kien/:id" element={<EventPage />} /></Routes></RequireAuth>, `/su-kien/${EVENT_ID}`)
}

function typeInto(element: HTMLInputElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(element, value)
  element.dispatchEvent(new Event('input', { bubbles: true }))
}

const openTab = async (label: string) => {
  const tab = await waitFor(() => [...document.querySelectorAll<HTMLElement>('.ant-tabs-tab-btn')].find((t) => t.textContent!.startsWith(label)), `thẻ ${label}`)
  tab.click()
}

const CAP_MESSAGE = 'Số lượng đại biểu tối đa là 2: đã có 2, không thể thêm (đang thêm 1)'

describe('EventPage', { timeout: 30_000 }, () => {
  it('refuses a delegate beyond the cap with the server\'s message and keeps the name typed', async () => {
    const writes: { url: string; body: Record<string, unknown> }[] = []
    stubServer({ '/api/auth/me': meOf('officer'), '/api/organizations/tree': tree, [`/api/events/${EVENT_ID}`]: conference() }, (url, init) => {
      writes.push({ url, body: JSON.parse(init.body as string) })
      return json(400, { error: { code: 'VALIDATION', message: `Hội nghị: ${CAP_MESSAGE}; chưa thêm ai vào danh sách.`, fields: { delegateCap: CAP_MESSAGE } } })
    })
    renderPage()
    await waitFor(() => byTestId('event-status'), 'trạng thái')
    expect(byTestId('event-status')!.textContent).toBe('Đang chuẩn bị')
    expect(byTestId('event-issue-invitations')).not.toBeNull()
    await openTab('Thành phần đại biểu')
    const count = await waitFor(() => byTestId('attendee-count'), 'số đại biểu')
    expect(count.textContent).toContain('Đại biểu: 2/2')
    expect(count.textContent).toContain('chủ trì 1/3')

    const name = await waitFor(() => document.querySelector<HTMLInputElement>('[data-testid="attendee-name"]'), 'ô họ tên')
    typeInto(name, 'Lương Văn Toàn')
    byTestId('attendee-add')!.click()
    const problem = await waitFor(() => byTestId('form-problem'), 'thông báo vượt số đại biểu')
    expect(problem.textContent).toContain(CAP_MESSAGE)
    expect(writes).toEqual([{ url: `/api/events/${EVENT_ID}/attendees`, body: { personId: null, fullName: 'Lương Văn Toàn', position: '', unitName: '', groupId: null, role: 'delegate', seat: '' } }])
    expect(document.querySelector<HTMLInputElement>('[data-testid="attendee-name"]')!.value).toBe('Lương Văn Toàn')
  })

  it('shows the fund\'s balance and marks the budget line the server refuses, keeping the lines typed', async () => {
    const message = 'Thành tiền vượt số dư quỹ: dự toán đến dòng này là 60.000.000 đồng, quỹ thi đua, khen thưởng năm 2026 của Xã Bắc Sơn còn 53.580.000 đồng'
    const writes: { url: string; body: { version: number; lines: { item: string; unitPrice: number }[] } }[] = []
    stubServer({ '/api/auth/me': meOf('officer'), '/api/organizations/tree': tree, [`/api/events/${EVENT_ID}`]: conference() }, (url, init) => {
      writes.push({ url, body: JSON.parse(init.body as string) })
      return json(400, { error: { code: 'VALIDATION', message: `Dự toán kinh phí, dòng 1 — ${message}.`, fields: { 'lines.0.unitPrice': message } } })
    })
    renderPage()
    await openTab('Kinh phí')
    const balance = await waitFor(() => byTestId('fund-balance'), 'số dư quỹ')
    expect(balance.textContent).toContain('53.580.000')
    expect(byTestId('budget-total')!.textContent).toContain('2.500.000')
    const item = document.querySelector<HTMLInputElement>('[data-testid="budget-item"]')!
    typeInto(item, 'Thuê âm thanh, ánh sáng')
    await waitFor(() => !(byTestId('budget-save') as HTMLButtonElement).disabled, 'nút lưu')
    byTestId('budget-save')!.click()
    await waitFor(() => byTestId('budget-error'), 'lỗi dự toán')
    expect(document.body.textContent).toContain(message)
    expect(writes[0]!.body).toMatchObject({ version: 4, lines: [{ item: 'Thuê âm thanh, ánh sáng', unitPrice: 2_500_000 }] })
    expect(document.querySelector<HTMLInputElement>('[data-testid="budget-item"]')!.value).toBe('Thuê âm thanh, ánh sáng')
  })
})
