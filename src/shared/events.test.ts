import { describe, expect, it } from 'vitest'
import { capProblem, chairProblem, firstLineBeyondBalance, formatVnd, lineAmount } from './events.ts'
import { EVENT_TEMPLATES, templateFromPlan } from './events-templates.ts'

describe('the delegate cap and the chairs', () => {
  it('admits up to the cap, names the field and the room left beyond it', () => {
    expect(capProblem(150, 149, 1)).toBeNull()
    expect(capProblem(null, 10_000, 5)).toBeNull()
    expect(capProblem(150, 148, 5)).toBe('Số lượng đại biểu tối đa là 150: đã có 148, chỉ còn thêm được 2 (đang thêm 5)')
    expect(capProblem(2, 2, 1)).toBe('Số lượng đại biểu tối đa là 2: đã có 2, không thể thêm (đang thêm 1)')
  })

  it('admits up to the chairs\' limit', () => {
    expect(chairProblem(3, 3)).toBeNull()
    expect(chairProblem(3, 4)).toBe('Chủ trì tối đa 3 người (đang có 4)')
    expect(chairProblem(null, 9)).toBeNull()
  })
})

describe('the budget against the fund', () => {
  it('finds the first line that takes the running total beyond the balance', () => {
    const lines = [{ quantity: 20, unitPrice: 60_000 }, { quantity: 1, unitPrice: 1_500_000 }, { quantity: 150, unitPrice: 15_000 }]
    expect(lines.map(lineAmount)).toEqual([1_200_000, 1_500_000, 2_250_000])
    expect(firstLineBeyondBalance(lines, 4_950_000)).toBeNull()
    expect(firstLineBeyondBalance(lines, 4_949_999)).toBe(2)
    expect(firstLineBeyondBalance(lines, 1_000_000)).toBe(0)
    expect(firstLineBeyondBalance([], 0)).toBeNull()
  })

  it('prints money the Vietnamese way', () => {
    expect(formatVnd(20_200_000)).toBe('20.200.000')
    expect(formatVnd(0)).toBe('0')
  })
})

describe('the templates', () => {
  it('gives the conference of 002 its nine items, 150 delegates and 3 chairs, and the ceremony of 001 its pledge signing', () => {
    expect(EVENT_TEMPLATES.honouring_conference.programme).toHaveLength(9)
    expect([EVENT_TEMPLATES.honouring_conference.delegateCap, EVENT_TEMPLATES.honouring_conference.chairLimit]).toEqual([150, 3])
    expect(EVENT_TEMPLATES.launch_ceremony.programme.map((p) => p.title)).toContain('Ký cam kết thi đua')
  })

  it('takes a plan\'s own ceremony section for a ceremony, not for a conference', () => {
    const ceremony = { attendees: [{ group: 'Bí thư các chi bộ', count: 12 }], programme: [{ title: 'Khai mạc', speaker: 'Đồng chí Bí thư' }] }
    const fromPlan = templateFromPlan('launch_ceremony', ceremony)
    expect(fromPlan.groups).toEqual([{ name: 'Bí thư các chi bộ', plannedCount: 12 }])
    expect(fromPlan.programme).toEqual([{ title: 'Khai mạc', speakerText: 'Đồng chí Bí thư', durationMinutes: null }])
    expect(templateFromPlan('honouring_conference', ceremony)).toBe(EVENT_TEMPLATES.honouring_conference)
    expect(templateFromPlan('launch_ceremony', { attendees: [], programme: [] }).programme).toBe(EVENT_TEMPLATES.launch_ceremony.programme)
  })
})
