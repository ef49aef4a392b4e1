import { describe, expect, it } from 'vitest'
import { emptyPlan } from '../../../shared/campaign-plan.ts'
import { transitionProblem } from './campaign-lifecycle.ts'

const plan = emptyPlan({ heading: 'ỦY BAN NHÂN DÂN\nXÃ BÌNH AN', governingBody: null, place: 'Bình An', symbol: 'KH-UBND' })
const withInterim = { ...plan, phases: [{ id: 'p1', name: 'Đợt 1', from: '2025-01-01', to: '2025-06-30', review: { kind: 'interim' as const, due: { kind: 'date' as const, date: '2025-07-15' } } }] }

describe('transitionProblem', () => {
  it('moves only forward', () => {
    expect(transitionProblem('issued', 'running', plan)).toBeNull()
    expect(transitionProblem('running', 'reviewed', plan)).toBeNull()
    expect(transitionProblem('reviewed', 'closed', plan)).toBeNull()
    expect(transitionProblem('draft', 'running', plan)).toMatch(/chưa được ban hành/)
    expect(transitionProblem('reviewed', 'running', plan)).toMatch(/không quay lại/)
    expect(transitionProblem('issued', 'closed', plan)).toMatch(/chỉ chuyển tiếp theo thứ tự/)
    expect(transitionProblem('closed', 'closed', plan)).toMatch(/chỉ chuyển tiếp theo thứ tự/)
  })

  it('skips the interim review only for plans without one', () => {
    expect(transitionProblem('running', 'closed', plan)).toBeNull()
    expect(transitionProblem('running', 'closed', withInterim)).toMatch(/kế hoạch có sơ kết/)
  })
})
