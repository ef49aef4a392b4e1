// @vitest-environment jsdom
// The public honour pages in a real DOM, against a stubbed server: the board's landing links and cards, the
// search sent as typed (the server folds diacritics) without the session cookie; the story's paragraphs shown
// as text (markup typed into a story never becomes elements), the awards with the certificate check's link.
import { describe, expect, it } from 'vitest'
import { Route, Routes } from 'react-router'
import { setUpDom, stubServer, typeInto, waitFor } from '../eligibility/dom-testing.tsx'
import { PublicHonourBoardPage } from '../../pages/PublicHonourBoardPage.tsx'
import { PublicExemplarPage } from '../../pages/PublicExemplarPage.tsx'
import type { PublicExemplar, PublicHonourBoard } from './honour-ui.ts'

const ID = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'
const card = {
  id: ID, kind: 'good_deed', kindLabel: 'Người tốt, việc tốt', year: 2025, name: 'Bà Lường Thị Đào', unitName: 'Xóm Đồng Tâm', organizationName: 'Xã Bình Thành',
  provinceName: 'Tỉnh Thái Nguyên', title: 'Hai mươi năm nấu cơm cho bệnh nhân', summary: 'Mỗi trưa bà nấu hàng trăm suất cơm.', photoUrl: null, publishedOn: '2025-12-01',
} as const
const board: PublicHonourBoard = {
  items: [card], total: 1, page: 1, pageSize: 12, provinces: [{ code: 'TN', name: 'Tỉnh Thái Nguyên' }],
  kinds: [{ kind: 'good_deed', label: 'Người tốt, việc tốt', count: 1 }, { kind: 'advanced', label: 'Điển hình tiên tiến', count: 0 }, { kind: 'model', label: 'Mô hình hay, cách làm hiệu quả', count: 0 }, { kind: 'initiative', label: 'Sáng kiến', count: 0 }],
  years: [{ year: 2025, count: 1 }],
}
const story: PublicExemplar = {
  ...card, story: 'Đoạn thứ nhất.\n\n<img src=x onerror="window.hacked=1"> Đoạn thứ hai.',
  decision: { numberAndSymbol: '01/QĐ-UBND', decisionDate: '2025-12-20', issuer: 'Ủy ban nhân dân xã Bình Thành' },
  awards: [{ name: 'Giấy khen của Chủ tịch UBND xã', year: 2025, decisionNumber: '01/QĐ-UBND', decisionDate: '2025-12-20', decisionIssuer: 'Ủy ban nhân dân xã Bình Thành', linked: true, verifyPath: '/xac-minh/5GMJ-5FA6-963K-Q1YV-YJ' }],
}

const dom = setUpDom({ wide: () => true })
const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)

describe('public honour pages', { timeout: 30_000 }, () => {
  it('the board shows the landing links and the cards, and searches as typed without the session cookie', async () => {
    const fetchMock = stubServer({ '/api/public/honours': board })
    dom.render(<Routes><Route path="/vinh-danh" element={<PublicHonourBoardPage />} /></Routes>, '/vinh-danh')
    await waitFor(() => byTestId('exemplar-card-name'), 'thẻ gương')
    expect(byTestId('honours-title')!.textContent).toBe('Bảng vinh danh — Tỉnh Thái Nguyên')
    expect(['landing-honours', 'landing-postings', 'landing-verify'].map((id) => byTestId(id)!.getAttribute('href'))).toEqual(['/vinh-danh', '/cong-khai', '/xac-minh'])
    expect(byTestId('exemplar-card')!.getAttribute('href')).toBe(`/vinh-danh/${ID}`)
    expect(byTestId('exemplar-card')!.textContent).toContain('Xóm Đồng Tâm')

    const input = byTestId('honours-search')!.querySelector('input')!
    typeInto(input, 'luong thi dao')
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true }))
    await waitFor(() => fetchMock.mock.calls.some(([url]) => url.includes('q=luong+thi+dao')), 'tìm kiếm')
    expect(fetchMock.mock.calls.every(([, init]) => init?.credentials === 'omit')).toBe(true)
  })

  it('the story keeps its paragraphs as text, with the decision and the certificate check', async () => {
    stubServer({ [`/api/public/honours/${ID}`]: story })
    dom.render(<Routes><Route path="/vinh-danh/:id" element={<PublicExemplarPage />} /></Routes>, `/vinh-danh/${ID}`)
    const text = await waitFor(() => byTestId('exemplar-story'), 'câu chuyện')
    expect([...text.querySelectorAll('.ant-typography')].map((p) => p.textContent)).toEqual(['Đoạn thứ nhất.', '<img src=x onerror="window.hacked=1"> Đoạn thứ hai.'])
    expect(text.querySelector('img')).toBeNull()
    expect(byTestId('exemplar-decision')!.querySelector('.ant-card-body')!.textContent).toBe('Quyết định số 01/QĐ-UBND ngày 20/12/2025 của Ủy ban nhân dân xã Bình Thành')
    expect(byTestId('exemplar-verify')!.getAttribute('href')).toBe('/xac-minh/5GMJ-5FA6-963K-Q1YV-YJ')
    expect(byTestId('exemplar-awards')!.textContent).toContain('Gắn với câu chuyện này')
  })

  it('a draft or withdrawn exemplar shows the server\'s message', async () => {
    stubServer({})
    dom.render(<Routes><Route path="/vinh-danh/:id" element={<PublicExemplarPage />} /></Routes>, `/vinh-danh/${ID}`)
    expect((await waitFor(() => byTestId('exemplar-error'), 'thông báo')).textContent).toContain(`Không tìm thấy /api/public/honours/${ID}`)
  })
})
