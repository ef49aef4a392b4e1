// @vitest-environment jsdom
// The public page in a real DOM: the organization, title, period and list; the comment form sends without the
// session cookie, with the honeypot empty, and thanks the visitor; a closed posting shows no form; an unknown
// one shows the server's message.
import { describe, expect, it } from 'vitest'
import { Route, Routes } from 'react-router'
import { json, setUpDom, stubServer, typeInto, waitFor } from '../components/eligibility/dom-testing.tsx'
import type { PublicPosting } from '../components/postings/posting-queries.ts'
import { PublicPostingPage } from './PublicPostingPage.tsx'

const ID = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'
const LAN = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'
const posting: PublicPosting = {
  id: ID, title: 'Danh sách đề nghị công nhận Lao động tiên tiến năm 2025', organizationName: 'Xã Bình Thành',
  startsOn: '2025-11-01', endsOn: '2025-11-10', today: '2025-11-05', phase: 'open', phaseLabel: 'Đang công khai', commentsOpen: true,
  items: [{ position: 1, nominationId: LAN, subjectKind: 'individual', name: 'Nguyễn Thị Lan', description: 'Giáo viên, Trường Tiểu học Bình Thành', targetName: 'Lao động tiên tiến', achievement: 'Hoàn thành tốt nhiệm vụ.' }],
}

const dom = setUpDom({ wide: () => true })
const renderPage = () =>
  dom.render(
    <Routes>
      <Route path="/cong-khai/:id" element={<PublicPostingPage />} />
    </Routes>,
    `/cong-khai/${ID}`,
  )
const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)

function typeText(element: HTMLTextAreaElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(element, value)
  element.dispatchEvent(new Event('input', { bubbles: true }))
}

describe('PublicPostingPage', { timeout: 30_000 }, () => {
  it('shows the posting and sends a comment without the session cookie', async () => {
    const writes: { url: string; init: RequestInit }[] = []
    stubServer({ [`/api/public/postings/${ID}`]: posting }, (url, init) => {
      writes.push({ url, init })
      return json(201, { message: 'Đã nhận góp ý của bạn.' })
    })
    renderPage()
    await waitFor(() => byTestId('public-posting-title'), 'tiêu đề')
    expect(byTestId('public-posting-organization')!.textContent).toBe('Xã Bình Thành')
    expect(byTestId('public-posting-period')!.textContent).toBe('Công khai từ ngày 01/11/2025 đến hết ngày 10/11/2025')
    expect(byTestId('public-posting-items')!.textContent).toContain('Giáo viên, Trường Tiểu học Bình Thành')
    expect(byTestId('public-posting-items')!.textContent).not.toContain(LAN)

    typeInto(byTestId('public-comment-name') as HTMLInputElement, 'Trần Văn Dân')
    typeText(document.querySelector<HTMLTextAreaElement>('[data-testid="public-comment-content"]')!, 'Đề nghị xem lại.')
    byTestId('public-comment-send')!.click()
    const thanks = await waitFor(() => byTestId('public-comment-received'), 'lời cảm ơn')
    expect(thanks.textContent).toContain('Đã nhận góp ý của bạn.')
    expect(writes).toHaveLength(1)
    expect(writes[0]!.url).toBe(`/api/public/postings/${ID}/comments`)
    expect(writes[0]!.init.credentials).toBe('omit')
    expect(JSON.parse(writes[0]!.init.body as string)).toEqual({ authorName: 'Trần Văn Dân', authorContact: null, nominationId: null, content: 'Đề nghị xem lại.', website: '' })
  })

  it('shows no form once the period is over', async () => {
    stubServer({ [`/api/public/postings/${ID}`]: { ...posting, phase: 'closed', phaseLabel: 'Đã hết thời gian công khai', commentsOpen: false } })
    renderPage()
    const closed = await waitFor(() => byTestId('public-comments-closed'), 'thông báo hết hạn')
    expect(closed.textContent).toBe('Đã hết thời gian nhận góp ý (đến hết ngày 10/11/2025).')
    expect(byTestId('public-comment-form')).toBeNull()
  })

  it('shows the server\'s message for a withdrawn or unknown posting', async () => {
    stubServer({})
    renderPage()
    const error = await waitFor(() => byTestId('public-posting-error'), 'thông báo lỗi')
    expect(error.textContent).toContain(`Không tìm thấy /api/public/postings/${ID}`)
  })
})
