import { describe, expect, it } from 'vitest'
import { emptyPlan, type PlanContent } from './campaign-plan.ts'
import { checkPlan, vietnameseDate } from './campaign-plan-checks.ts'

const base = (): PlanContent => ({
  ...emptyPlan({ heading: 'ĐẢNG ỦY XÃ BÌNH CHƯƠNG', governingBody: null, place: 'Bình Chương', symbol: 'KH/ĐU' }),
  title: 'Phát động thi đua trong Đảng bộ xã',
  events: [{ id: 'daihoi', name: 'Đại hội Đảng bộ xã', date: '2025-07-20' }],
  period: { from: { kind: 'date', date: '2024-08-01' }, to: { kind: 'date', date: '2026-07-31' }, asWritten: null },
  phases: [
    { id: 'p1', name: 'Đợt 1', from: '2024-08-01', to: '2025-07-31', review: { kind: 'interim', due: { kind: 'date', date: '2025-08-31' } } },
    { id: 'p2', name: 'Đợt 2', from: '2025-08-01', to: '2026-07-31', review: { kind: 'final', due: { kind: 'date', date: '2026-08-31' } } },
  ],
  targetGroups: [{ id: 'cb', kind: 'collective', name: 'Chi bộ', criteria: [] }],
  awardForms: [{ id: 'gk', catalogueCode: null, name: 'Giấy khen của Đảng ủy', authority: null, targetGroupIds: ['cb'], quota: null }],
  deadlines: [{ id: 'hs', kind: 'dossier', name: 'Nộp hồ sơ', due: { kind: 'event', eventId: 'daihoi', offsetDays: 20 }, note: null }],
})

const fields = (content: PlanContent) => checkPlan(content).map((p) => p.field)

describe('checkPlan', () => {
  it('accepts the two-phase plan of seed 001', () => {
    expect(checkPlan(base())).toEqual([])
  })

  it('refuses a period that ends before it starts', () => {
    const plan = base()
    plan.period.to = { kind: 'date', date: '2024-07-31' }
    plan.phases = []
    expect(checkPlan(plan)).toEqual([{ field: 'period.to', message: 'Thời gian thi đua — đến ngày: 31/07/2024 trước ngày bắt đầu 01/08/2024' }])
  })

  it('refuses a phase outside the period and a phase ending before it starts', () => {
    const plan = base()
    plan.phases[0]!.from = '2024-07-01'
    plan.phases[1]!.to = '2026-09-30'
    expect(fields(plan)).toEqual(['phases.0.from', 'phases.1.to'])
    expect(checkPlan(plan)[0]!.message).toMatch(/Giai đoạn 1 «Đợt 1» — từ ngày: 01\/07\/2024 nằm ngoài thời gian thi đua/)
    const backwards = base()
    backwards.phases[1]!.to = '2025-07-01'
    expect(checkPlan(backwards)).toContainEqual({ field: 'phases.1.to', message: 'Giai đoạn 2 «Đợt 2» — đến ngày: 01/07/2025 trước ngày bắt đầu 01/08/2025' })
  })

  it('refuses overlapping phases, whatever their order in the list', () => {
    const plan = base()
    plan.phases[1]!.from = '2025-07-31'
    plan.phases.reverse()
    expect(checkPlan(plan)).toEqual([{ field: 'phases.0.from', message: 'Giai đoạn 1 «Đợt 2» — từ ngày: trùng thời gian với giai đoạn 2 «Đợt 1» (đến 31/07/2025)' }])
  })

  it('refuses a date relative to an event the plan does not have', () => {
    const plan = base()
    plan.deadlines[0]!.due = { kind: 'event', eventId: 'khong-co', offsetDays: 20 }
    plan.period.to = { kind: 'event', eventId: 'daihoi-xiv', offsetDays: 0 }
    expect(fields(plan)).toEqual(['period.to', 'deadlines.0.due'])
    expect(checkPlan(plan)[1]!.message).toBe('Thời hạn 1 «Nộp hồ sơ»: tính theo sự kiện «khong-co» không có trong danh sách sự kiện của kế hoạch')
  })

  it('compares dates relative to a dated event, and skips them while the event has no date', () => {
    const plan = base()
    plan.period.to = { kind: 'event', eventId: 'daihoi', offsetDays: -400 }
    plan.phases = []
    expect(fields(plan)).toEqual(['period.to'])
    plan.events[0]!.date = null
    expect(checkPlan(plan)).toEqual([])
  })

  it('refuses duplicate local ids in each list', () => {
    const plan = base()
    plan.targetGroups.push({ id: 'cb', kind: 'individual', name: 'Đảng viên', criteria: [] })
    plan.events.push({ id: 'daihoi', name: 'Đại hội lần hai', date: null })
    expect(fields(plan)).toEqual(['events.1.id', 'targetGroups.1.id'])
  })

  it('refuses an award form for an unknown target group', () => {
    const plan = base()
    plan.awardForms[0]!.targetGroupIds = ['cb', 'dv']
    expect(checkPlan(plan)).toEqual([{ field: 'awardForms.0.targetGroupIds', message: 'Hình thức khen thưởng «Giấy khen của Đảng ủy» — nhóm đối tượng: «dv» không có trong danh sách đối tượng thi đua' }])
  })

  it('refuses a review due before its phase starts', () => {
    const plan = base()
    plan.phases[1]!.review = { kind: 'final', due: { kind: 'event', eventId: 'daihoi', offsetDays: 0 } }
    expect(checkPlan(plan)).toEqual([{ field: 'phases.1.review.due', message: 'Giai đoạn 2 «Đợt 2» — thời hạn sơ kết, tổng kết: 20/07/2025 trước ngày bắt đầu giai đoạn 01/08/2025' }])
  })

  it('writes dates the Vietnamese way', () => {
    expect(vietnameseDate('2025-02-05')).toBe('05/02/2025')
  })
})
