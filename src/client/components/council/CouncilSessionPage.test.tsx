// @vitest-environment jsdom
// The session page in a real DOM: a present member votes with a confirmation and then sees only "Đã bỏ
// phiếu", with no count anywhere while voting is open; after the close the officer sees the votes as a share
// of all members, the result and the minutes.
import { describe, expect, it } from 'vitest'
import { Route, Routes } from 'react-router'
import { RequireAuth } from '../../auth.tsx'
import { CouncilSessionPage } from '../../pages/CouncilSessionPage.tsx'
import { json, setUpDom, stubServer, waitFor } from '../eligibility/dom-testing.tsx'
import type { ItemView, MyBallot, SessionDetail } from './council-queries.ts'

const SESSION = '22222222-2222-4222-8222-222222222222'
const ITEM = '33333333-3333-4333-8333-333333333333'
const member = { accountId: 'm', provinceId: 'p', username: 'binhthanh.hoidong', displayName: 'Ma Văn Hùng', role: 'council_member', roleLabel: 'Thành viên Hội đồng TĐKT', organizationId: 'o', organizationName: 'Xã Bình Thành', csrfToken: 't' }
const officer = { ...member, username: 'binhthanh.vanphong', role: 'officer', roleLabel: 'Thường trực Hội đồng TĐKT' }

const item: ItemView = {
  id: ITEM, position: 1, nominationId: 'n', nominee: { kind: 'individual', name: 'Nguyễn Thị Lan', unitName: 'Trường Tiểu học Bình Thành' }, nominatingOrganizationName: 'Trường Tiểu học Bình Thành',
  year: 2025, target: 'CSTDCS', targetName: 'Chiến sĩ thi đua cơ sở', targetShort: 'CSTĐCS', nominationStatus: 'to_council', nominationStatusLabel: 'Trình Hội đồng',
  threshold: { share: 0.8, strict: false, label: 'Ít nhất 80% tổng số thành viên Hội đồng đồng ý (bỏ phiếu)', citation: 'Nghị định 98/2023/NĐ-CP, Điều 30, khoản 7', votesNeeded: 9 },
  recusals: [], received: { ballots: 4, writtenOpinions: 0 }, writtenOpinions: null, tally: null, result: null, resultReason: null,
}
const open: SessionDetail = {
  id: SESSION, title: 'Xét khen thưởng năm 2025', meetsOn: '2025-12-15', place: 'Hội trường UBND xã', status: 'open', statusLabel: 'Đang bỏ phiếu', totalMembers: 11,
  openedAt: '2025-12-15T01:00:00Z', closedAt: null, version: 3,
  council: { id: 'c', name: 'Hội đồng Thi đua – Khen thưởng xã Bình Thành', organizationId: 'o', organizationName: 'Xã Bình Thành', quorumShare: 0.6667, majorityShare: 0.5 },
  quorum: { members: 11, present: 10, needed: 8, met: true, problem: null },
  members: [{ id: 'm1', fullName: 'Ma Văn Hùng', position: null, role: 'chair', roleLabel: 'Chủ tịch Hội đồng', hasAccount: true, present: true }],
  items: [item], quota: null, seat: { memberId: 'm1', fullName: 'Ma Văn Hùng', present: true }, canManage: false,
}
const paper = (voted: boolean): MyBallot => ({
  sessionId: SESSION, title: open.title, meetsOn: open.meetsOn, status: 'open', statusLabel: 'Đang bỏ phiếu', councilName: open.council.name,
  member: { id: 'm1', fullName: 'Ma Văn Hùng', roleLabel: 'Chủ tịch Hội đồng' }, present: true,
  items: [{ id: ITEM, position: 1, nomineeName: 'Nguyễn Thị Lan', unitName: 'Trường Tiểu học Bình Thành', targetName: 'Chiến sĩ thi đua cơ sở', targetShort: 'CSTĐCS', thresholdLabel: item.threshold.label, voted, recusal: null }],
})

const dom = setUpDom({ wide: () => true })
const page = (
  <RequireAuth>
    <Routes>
      <Route path="/hoi-dong/phien/:id" element={<CouncilSessionPage />} />
    </Routes>
  </RequireAuth>
)
const testId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)

describe('CouncilSessionPage', () => {
  it('lets a present member vote after confirming, then shows only "Đã bỏ phiếu"', async () => {
    const fetchMock = stubServer({ '/api/auth/me': member, [`/api/council-sessions/${SESSION}/my-ballot`]: paper(false), [`/api/council-sessions/${SESSION}`]: open }, () => json(200, paper(true)))
    dom.render(page, `/hoi-dong/phien/${SESSION}`)
    const agree = await waitFor(() => testId('ballot-for'), 'nút Đồng ý')
    expect(testId('item-received')?.textContent).toBe('4/1')
    expect(document.body.textContent).not.toMatch(/Thông qua|%\s*\(/)
    agree.click()
    const confirm = await waitFor(() => [...document.querySelectorAll<HTMLButtonElement>('.ant-popconfirm button')].find((b) => b.textContent?.includes('Gửi phiếu')), 'xác nhận gửi phiếu')
    confirm.click()
    await waitFor(() => testId('ballot-voted'), 'Đã bỏ phiếu')
    const [url, init] = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!
    expect(url).toBe(`/api/council-items/${ITEM}/ballot`)
    expect(JSON.parse(init!.body as string)).toEqual({ choice: 'for' })
    expect(testId('ballot-for')).toBeNull()
  }, 15_000)

  it('shows the officer the results as shares of all members and the minutes once closed', async () => {
    const tally = { ballots: { for: 8, against: 1, abstain: 0 }, written: { for: 1, against: 0, abstain: 0 }, total: { for: 9, against: 1, abstain: 0 }, totalMembers: 11, shareFor: '81,8%', reachedThreshold: true }
    const closed: SessionDetail = {
      ...open, status: 'closed', statusLabel: 'Đã kết thúc', closedAt: '2025-12-15T03:00:00Z', seat: null, canManage: true,
      items: [{ ...item, tally, result: 'passed', resultReason: 'Hội đồng: 9/11 thành viên đồng ý (81,8%)', writtenOpinions: [] }],
    }
    stubServer({ '/api/auth/me': officer, [`/api/council-sessions/${SESSION}`]: closed })
    dom.render(page, `/hoi-dong/phien/${SESSION}`)
    await waitFor(() => testId('minutes-docx'), 'nút tải biên bản')
    expect(testId('minutes-docx')?.getAttribute('href')).toBe(`/api/council-sessions/${SESSION}/minutes.docx`)
    expect(testId('session-status')?.textContent).toBe('Đã kết thúc')
    expect(document.body.textContent).toContain('81,8% (9/11)')
    expect(document.body.textContent).toContain('Thông qua')
    expect(testId('session-close')).toBeNull()
  })
})
