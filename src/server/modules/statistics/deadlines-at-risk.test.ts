import { describe, expect, it } from 'vitest'
import { emptyPlan } from '../../../shared/campaign-plan.ts'
import { deadlinesAtRisk } from './deadlines-at-risk.ts'
import type { PlanAnswers } from './statistics.repository.ts'

const base = emptyPlan({ heading: 'ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH', governingBody: null, place: 'Bình Thành', symbol: 'KH-UBND' })

function plan(content: Partial<PlanAnswers['content']>, counts = { addressed: 5, answered: 2, drafts: 1 }): PlanAnswers {
  return {
    id: '00000000-0000-4000-8000-000000000001', title: 'Phát động thi đua năm 2026', number: 12, symbol: 'KH-UBND', track: 'state', year: 2026,
    issuerName: 'Xã Bình Thành', content: { deadlines: base.deadlines, events: base.events, phases: base.phases, ...content }, ...counts,
  }
}

describe('deadlinesAtRisk', () => {
  const today = '2026-03-01'
  const p = plan({
    events: [{ id: 'daihoi', name: 'Đại hội Đảng bộ xã', date: null }],
    phases: [
      { id: 'p1', name: 'Đợt 1', from: '2026-01-01', to: '2026-03-31', review: { kind: 'interim', due: { kind: 'date', date: '2026-03-20' } } },
      { id: 'p2', name: 'Đợt 2', from: '2026-04-01', to: '2026-12-31', review: { kind: 'final', due: { kind: 'date', date: '2026-12-20' } } },
    ],
    deadlines: [
      { id: 'dk', kind: 'registration', name: 'Gửi bản đăng ký thi đua', due: { kind: 'date', date: '2026-03-10' }, note: null },
      { id: 'hs', kind: 'dossier', name: 'Gửi hồ sơ đề nghị khen thưởng', due: { kind: 'event', eventId: 'daihoi', offsetDays: 20 }, note: null },
      { id: 'tl', kind: 'answer', name: 'Ban hành kế hoạch triển khai', due: { kind: 'date', date: '2026-03-31' }, note: null },
      { id: 'qua', kind: 'report', name: 'Báo cáo quý I', due: { kind: 'date', date: '2026-02-28' }, note: null },
    ],
  })

  it('lists the milestones of the next 30 days in date order with what is still missing', () => {
    const entries = deadlinesAtRisk([{ plan: p, events: [{ id: 'daihoi', name: 'Đại hội Đảng bộ xã', date: '2026-02-20' }], progress: { registration: { addressed: 6, registered: 4 }, nominations: { pending: 3, sent: 1 }, reports: new Map([['p1', { addressed: 5, reported: 2 }]]) } }], today)
    expect(entries.map((e) => [e.date, e.kind, e.daysLeft, e.missing])).toEqual([
      ['2026-03-10', 'registration', 9, '2/6 đơn vị chưa gửi bản đăng ký thi đua'],
      ['2026-03-12', 'dossier', 11, '3 hồ sơ đề nghị khen thưởng chưa gửi (nháp hoặc bị trả lại), 1 đã gửi'],
      ['2026-03-20', 'review', 19, '3/5 đơn vị chưa nộp báo cáo'],
      ['2026-03-31', 'answer', 30, '3/5 đơn vị chưa ban hành kế hoạch triển khai'],
    ])
    expect(entries[0]).toMatchObject({ title: 'Gửi bản đăng ký thi đua', numberAndSymbol: '12/KH-UBND', issuerName: 'Xã Bình Thành', missingCount: 2 })
    expect(entries[2]).toMatchObject({ title: 'Sơ kết Đợt 1', missingCount: 3 })
  })

  it('says when no unit in scope owes the review\'s report, and leaves a report deadline untracked', () => {
    const entries = deadlinesAtRisk([{ plan: p, events: [], progress: { registration: undefined, nominations: undefined, reports: new Map([['p1', { addressed: 0, reported: 0 }]]) } }], '2026-02-25')
    expect(entries.filter((e) => e.kind === 'review' || e.kind === 'report').map((e) => [e.kind, e.missing, e.missingCount])).toEqual([
      ['report', null, null],
      ['review', 'Không có đơn vị nào trong phạm vi phải thực hiện', 0],
    ])
  })

  it('leaves out deadlines hanging on an event without a date, and those past or beyond the horizon', () => {
    const entries = deadlinesAtRisk([{ plan: p, events: [{ id: 'daihoi', name: 'Đại hội Đảng bộ xã', date: null }], progress: { registration: undefined, nominations: undefined, reports: new Map() } }], today, 10)
    expect(entries.map((e) => [e.kind, e.missing])).toEqual([['registration', 'Không có đơn vị nào trong phạm vi phải thực hiện']])
  })
})
