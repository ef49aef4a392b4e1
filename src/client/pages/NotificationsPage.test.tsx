// @vitest-environment jsdom
// The notifications page and the header bell in a real DOM: "Việc sắp đến hạn" with overdue marked, the
// account's notifications unread first, marking one and all read (up to what was loaded), and the bell's count.
import { describe, expect, it } from 'vitest'
import { json, setUpDom, stubServer, waitFor } from '../components/eligibility/dom-testing.tsx'
import { NotificationBell } from '../components/notifications/NotificationBell.tsx'
import { NotificationsPage } from './NotificationsPage.tsx'

const dom = setUpDom({ wide: () => true })
const all = (id: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)]
const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)

const page = {
  items: [
    { id: 'n2', kind: 'registration.returned', title: 'Bản đăng ký thi đua bị cấp trên trả lại', body: 'Lý do: Bổ sung chỉ tiêu', link: '/dang-ky-thi-dua/r1', createdAt: '2025-12-10T02:00:00Z', readAt: null },
    { id: 'n1', kind: 'registration.reminded', title: 'Nhắc đăng ký thi đua năm 2026', body: null, link: 'https://evil.example', createdAt: '2025-12-09T02:00:00Z', readAt: '2025-12-09T03:00:00Z' },
  ],
  total: 2, page: 1, pageSize: 20, unread: 1,
}
const due = {
  today: '2025-12-10', until: '2025-12-24',
  items: [
    { kind: 'public_comments', kindLabel: 'Góp ý chưa xử lý', title: 'Xử lý 2 góp ý về danh sách công khai «Danh sách 2025»', detail: 'Công khai đến hết ngày 08/12/2025', due: '2025-12-08', overdue: true, link: '/cong-khai-danh-sach/p1' },
    { kind: 'registration', kindLabel: 'Đăng ký thi đua chưa gửi', title: 'Gửi đăng ký thi đua theo kế hoạch «KH 2026»', detail: null, due: '2025-12-20', overdue: false, link: '/dang-ky-thi-dua' },
  ],
}

describe('NotificationsPage', { timeout: 30_000 }, () => {
  it('shows what is due and the notifications, and marks one and then all read', async () => {
    const writes: { url: string; body: unknown }[] = []
    stubServer({ '/api/notifications/due': due, '/api/notifications': page }, (url, init) => {
      writes.push({ url, body: JSON.parse(init.body as string) })
      return json(200, url.endsWith('/read-all') ? { marked: 1, unread: 0 } : { ...page.items[0], readAt: '2025-12-10T05:00:00Z', unread: 0 })
    })
    dom.render(<NotificationsPage />, '/thong-bao')
    await waitFor(() => all('due-item').length === 2 && all('notification-row').length === 2, 'việc sắp đến hạn và thông báo')

    const [overdue, upcoming] = all('due-item')
    expect(overdue!.textContent).toContain('Quá hạn')
    expect(overdue!.textContent).toContain('08/12/2025')
    expect(overdue!.querySelector('a')!.getAttribute('href')).toBe('/cong-khai-danh-sach/p1')
    expect(upcoming!.textContent).not.toContain('Quá hạn')
    const [unread, read] = all('notification-row')
    expect(unread!.textContent).toContain('Lý do: Bổ sung chỉ tiêu')
    expect(unread!.querySelector('a')!.getAttribute('href')).toBe('/dang-ky-thi-dua/r1')
    expect(read!.querySelector('a')).toBeNull() // a link that is not an app path is not followed
    expect(read!.textContent).toContain('Đã đọc')

    byTestId('notification-mark-read')!.click()
    await waitFor(() => writes.length === 1, 'đánh dấu đã đọc')
    expect(writes[0]).toEqual({ url: '/api/notifications/n2/read', body: {} })
    byTestId('notifications-read-all')!.click()
    await waitFor(() => writes.length === 2, 'đánh dấu đã đọc tất cả')
    expect(writes[1]!.url).toBe('/api/notifications/read-all')
    expect((writes[1]!.body as { upTo: string }).upTo).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  })
})

describe('NotificationBell', { timeout: 30_000 }, () => {
  it('shows the unread count and, opened, the latest with "Xem tất cả"', async () => {
    stubServer({ '/api/notifications/unread-count': { unread: 3 }, '/api/notifications': page })
    dom.render(<NotificationBell />, '/')
    await waitFor(() => byTestId('notification-count')?.textContent === '3', 'số chưa đọc')
    expect(byTestId('notification-bell')!.getAttribute('aria-label')).toBe('Thông báo: 3 chưa đọc')
    byTestId('notification-bell')!.click()
    await waitFor(() => all('notification-item').length === 2, 'thông báo mới nhất')
    expect(all('notification-item')[0]!.textContent).toContain('Bản đăng ký thi đua bị cấp trên trả lại')
    expect(byTestId('notification-see-all')!.textContent).toBe('Xem tất cả')
  })
})
