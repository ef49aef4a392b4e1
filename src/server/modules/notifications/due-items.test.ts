// "Việc sắp đến hạn" as a pure function: the window of campaign deadlines, registrations closed by their
// deadline left out, nominations beyond the listed ones counted, and the order (overdue, dated, undated).
import { describe, expect, it } from 'vitest'
import type { CalendarEntry } from '../campaigns/calendar-entries.ts'
import { addDays, dueItems, type DueSources } from './due-items.ts'

const TODAY = '2025-12-10'
const empty: DueSources = { calendar: [], openRegistrations: [], nominationsToCheck: { items: [], total: 0 }, sessionsToVote: [], unresolvedComments: [], draftDecisions: [] }
const entry = (date: string, kind: CalendarEntry['kind'], overdue = false): CalendarEntry => ({
  date, kind, title: `Mốc ${kind} ${date}`, campaignId: 'c1', campaignTitle: 'Phát động thi đua năm 2026', numberAndSymbol: '141/KH-UBND', organizationName: 'UBND xã Bình Thành', overdue,
})

describe('dueItems', () => {
  it('takes deadlines, reviews and answers due within the horizon, and overdue ones of the last days only', () => {
    const digest = dueItems({
      ...empty,
      calendar: [
        entry('2025-12-10', 'deadline'), entry('2025-12-24', 'review'), entry('2025-12-25', 'deadline'), entry('2025-12-12', 'phase_start'),
        entry('2025-12-01', 'answer_due', true), entry('2025-11-01', 'deadline', true), entry('2025-12-05', 'deadline', false),
      ],
    }, TODAY, 14)
    expect(digest.until).toBe('2025-12-24')
    expect(digest.items.map((i) => [i.due, i.overdue])).toEqual([['2025-12-01', true], ['2025-12-10', false], ['2025-12-24', false]])
    expect(digest.items[1]).toMatchObject({ kind: 'campaign_deadline', kindLabel: 'Hạn của kế hoạch thi đua', detail: 'Kế hoạch «Phát động thi đua năm 2026» (141/KH-UBND) — UBND xã Bình Thành', link: '/ke-hoach/c1' })
  })

  it('leaves out a registration whose deadline has passed and words the others by their state', () => {
    const base = { campaignTitle: 'KH 2026', registrationId: null, registrationStatus: null }
    const digest = dueItems({
      ...empty,
      openRegistrations: [
        { ...base, campaignId: 'late', deadline: { name: 'Hạn đăng ký', due: '2025-12-09' } },
        { ...base, campaignId: 'undated', deadline: { name: 'Hạn đăng ký', due: null } },
        { ...base, campaignId: 'returned', registrationId: 'r1', registrationStatus: 'returned', deadline: { name: 'Hạn đăng ký', due: '2025-12-20' } },
        { ...base, campaignId: 'none', deadline: null },
      ],
    }, TODAY, 14)
    expect(digest.items.map((i) => [i.detail, i.link])).toEqual([
      ['bản đăng ký đang ở trạng thái "Bị trả lại"; Hạn đăng ký: 20/12/2025', '/dang-ky-thi-dua/r1'],
      ['chưa lập bản đăng ký; Hạn đăng ký: chưa xác định ngày', '/dang-ky-thi-dua'],
      ['chưa lập bản đăng ký; kế hoạch không đặt hạn đăng ký', '/dang-ky-thi-dua'],
    ])
  })

  it('counts the nominations beyond those listed, and marks a posting ended with comments unresolved and a late draft decision overdue', () => {
    const digest = dueItems({
      ...empty,
      nominationsToCheck: { items: [{ id: 'n1', subjectName: 'Nguyễn Thị Lan', target: 'LDTT', nominatingOrganizationName: 'Trường Tiểu học Bình Thành', submittedOn: '2025-12-01' }], total: 3 },
      unresolvedComments: [{ postingId: 'p1', title: 'Danh sách 2025', endsOn: '2025-12-08', unresolved: 2, oldestAt: '2025-12-02T01:00:00Z' }],
      draftDecisions: [{ id: 'd1', title: 'Tặng Giấy khen', decisionDate: '2025-12-15', lines: 4 }],
      sessionsToVote: [{ sessionId: 's1', title: 'Xét khen thưởng', councilName: 'Hội đồng TĐKT xã', meetsOn: '2025-12-10', pending: 2 }],
    }, TODAY, 14)
    expect(digest.items.map((i) => [i.kind, i.overdue, i.title])).toEqual([
      ['public_comments', true, 'Xử lý 2 góp ý về danh sách công khai «Danh sách 2025»'],
      ['council_vote', false, 'Bỏ phiếu phiên họp «Xét khen thưởng» — Hội đồng TĐKT xã'],
      ['decision_issue', false, 'Ký ban hành quyết định «Tặng Giấy khen»'],
      ['nomination_check', false, 'Kiểm tra hồ sơ đề nghị «Nguyễn Thị Lan» — LĐTT'],
      ['nomination_check', false, 'Còn 2 hồ sơ đề nghị khác chờ kiểm tra'],
    ])
    expect(digest.items[3]!.detail).toBe('Trường Tiểu học Bình Thành, trình ngày 01/12/2025')
  })

  it('adds days across months and years', () => {
    expect(addDays('2025-12-25', 14)).toBe('2026-01-08')
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29')
  })
})
