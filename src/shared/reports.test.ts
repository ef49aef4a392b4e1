import { describe, expect, it } from 'vitest'
import { emptyPlan, type PlanContent } from './campaign-plan.ts'
import { reportTransitionProblem, resultProblems, submitProblem, type ReportResult } from './reports.ts'
import { answersPeriod, periodNotOpen, planCriteria, reportingPeriods, WHOLE_CAMPAIGN_PERIOD } from './reports-periods.ts'

const result = (r: Partial<ReportResult>): ReportResult => ({ criterionKey: null, criterion: 'Giảm nghèo', measure: 'số hộ thoát nghèo', value: 12, parts: [], text: null, ...r })

describe('resultProblems', () => {
  it('refuses parts adding up beyond their total, on the parts field, with both figures', () => {
    expect(resultProblems([result({ parts: [{ label: 'a', value: 9 }, { label: 'b', value: 5 }] })])).toEqual({
      'results.0.parts': '«Giảm nghèo» (số hộ thoát nghèo): các số liệu «trong đó» cộng lại (14) vượt tổng số (12)',
    })
  })
  it('accepts parts up to the total, decimals summed exactly', () => {
    expect(resultProblems([result({ value: 12.3, parts: [{ label: 'a', value: 12.1 }, { label: 'b', value: 0.2 }] })])).toEqual({})
  })
  it('asks for a total when parts are given, and for something in an empty result', () => {
    expect(resultProblems([result({ value: null, parts: [{ label: 'a', value: 1 }] }), result({ value: null })])).toEqual({
      'results.0.value': '«Giảm nghèo» (số hộ thoát nghèo): có số liệu «trong đó» thì phải nhập tổng số',
      'results.1.value': '«Giảm nghèo» (số hộ thoát nghèo): nhập số liệu hoặc nội dung kết quả',
    })
  })
  it('accepts a result in words only', () => {
    expect(resultProblems([result({ value: null, measure: null, text: 'Hoàn thành' })])).toEqual({})
  })
})

describe('report statuses', () => {
  it('moves only forward: submitted from draft or returned; accepted or returned from submitted', () => {
    expect(reportTransitionProblem('draft', 'submitted')).toBeNull()
    expect(reportTransitionProblem('returned', 'submitted')).toBeNull()
    expect(reportTransitionProblem('submitted', 'accepted')).toBeNull()
    expect(reportTransitionProblem('draft', 'accepted')).toMatch(/không thể chuyển/)
    expect(reportTransitionProblem('accepted', 'returned')).toMatch(/không thể chuyển/)
  })
  it('needs some result before it is sent', () => {
    expect(submitProblem({ results: [], sections: { results: null, shortcomings: 'x', lessons: null, direction: null } })).toMatch(/chưa có kết quả/)
    expect(submitProblem({ results: [], sections: { results: 'Đạt', shortcomings: null, lessons: null, direction: null } })).toBeNull()
  })
})

const plan = (overrides: Partial<PlanContent>): PlanContent => ({ ...emptyPlan({ heading: 'UBND', governingBody: null, place: 'Bình Thành', symbol: 'KH-UBND' }), ...overrides })

describe('reportingPeriods', () => {
  it('reports each phase at its review (seed 001: sơ kết 8/2025, tổng kết 8/2026)', () => {
    const periods = reportingPeriods(plan({
      phases: [
        { id: 'dot-1', name: 'Đợt 1', from: '2024-08-01', to: '2025-07-31', review: { kind: 'interim', due: { kind: 'date', date: '2025-08-31' } } },
        { id: 'dot-2', name: 'Đợt 2', from: '2025-08-01', to: '2026-07-31', review: { kind: 'final', due: { kind: 'date', date: '2026-08-31' } } },
      ],
    }), [], '2024-08-12')
    expect(periods.map((p) => [p.id, p.name, p.kind, p.due])).toEqual([['dot-1', 'Sơ kết — Đợt 1', 'interim', '2025-08-31'], ['dot-2', 'Tổng kết — Đợt 2', 'final', '2026-08-31']])
  })
  it('adds the whole campaign\'s tổng kết when no phase has one, due at the report deadline relative to the congress (seed 003)', () => {
    const content = plan({
      events: [{ id: 'dai-hoi-xiv', name: 'Đại hội XIV', date: null }],
      period: { from: { kind: 'date', date: '2025-11-15' }, to: { kind: 'event', eventId: 'dai-hoi-xiv', offsetDays: 0 }, asWritten: null },
      deadlines: [{ id: 'bc', kind: 'report', name: 'Gửi báo cáo tổng kết', due: { kind: 'event', eventId: 'dai-hoi-xiv', offsetDays: 15 }, note: null }],
    })
    const [undated] = reportingPeriods(content, content.events, '2025-11-15')
    expect(undated).toMatchObject({ id: WHOLE_CAMPAIGN_PERIOD, kind: 'final', from: '2025-11-15', to: null, due: null, phaseName: null })
    const [dated] = reportingPeriods(content, [{ id: 'dai-hoi-xiv', name: 'Đại hội XIV', date: '2026-01-25' }], '2025-11-15')
    expect(dated).toMatchObject({ to: '2026-01-25', due: '2026-02-09', dueAsWritten: 'Gửi báo cáo tổng kết' })
  })
  it('opens a period on its first day', () => {
    const period = { id: 'dot-2', name: 'Tổng kết — Đợt 2', phaseName: 'Đợt 2', kind: 'final' as const, from: '2025-08-01', to: null, due: null, dueAsWritten: null }
    expect(periodNotOpen(period, '2025-07-31')).toBe('Kỳ báo cáo «Tổng kết — Đợt 2» chưa bắt đầu (từ ngày 01/08/2025), chưa thể lập báo cáo')
    expect(periodNotOpen(period, '2025-08-01')).toBeNull()
  })
})

describe('answersPeriod and planCriteria', () => {
  it('matches the same period under the plan, the same kind of review under an answering plan', () => {
    const target = { campaignId: 'p141', periodId: 'tong-ket', kind: 'final' as const }
    expect(answersPeriod({ campaignId: 'p141', periodId: 'tong-ket', periodKind: 'final' }, target)).toBe(true)
    expect(answersPeriod({ campaignId: 'binh-thanh', periodId: 'dot-2', periodKind: 'final' }, target)).toBe(true)
    expect(answersPeriod({ campaignId: 'binh-thanh', periodId: 'dot-1', periodKind: 'interim' }, target)).toBe(false)
    expect(answersPeriod({ campaignId: 'p141', periodId: 'dot-1', periodKind: 'final' }, target)).toBe(false)
  })
  it('keys each criterion by its group and place, skipping blank lines', () => {
    expect(planCriteria({ targetGroups: [{ id: 'xa', kind: 'collective', name: 'các xã', criteria: ['A', ' ', 'B'] }] }).map((c) => [c.key, c.text])).toEqual([['xa#0', 'A'], ['xa#2', 'B']])
  })
})
