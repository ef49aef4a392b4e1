import { describe, expect, it } from 'vitest'
import { effectiveEventDates, type EventSource } from './campaign-events.ts'

const congress = { id: 'daihoi14', name: 'Đại hội XIV của Đảng', date: null }

const sources = (list: EventSource[]) => new Map(list.map((s) => [s.id, s]))

describe('effectiveEventDates', () => {
  it('takes a date entered after issue over the content, and the parent\'s date for an undated event of the same id', () => {
    const all = sources([
      { id: 'tinh', parentIds: [], events: [congress, { id: 'other', name: 'Khác', date: '2025-12-01' }], entered: { daihoi14: '2026-01-25' } },
      { id: 'xa', parentIds: ['tinh'], events: [congress, { id: 'daihoixa', name: 'Đại hội xã', date: null }], entered: {} },
      { id: 'xom', parentIds: ['xa'], events: [{ ...congress, date: '2026-02-01' }], entered: {} },
    ])
    expect(effectiveEventDates('tinh', all)).toEqual({ daihoi14: '2026-01-25', other: '2025-12-01' })
    expect(effectiveEventDates('xa', all)).toEqual({ daihoi14: '2026-01-25' })
    expect(effectiveEventDates('xom', all)).toEqual({ daihoi14: '2026-02-01' })
  })

  it('prefers the first parent and survives a loop in the links', () => {
    const all = sources([
      { id: 'a', parentIds: ['b', 'c'], events: [congress], entered: {} },
      { id: 'b', parentIds: ['a'], events: [congress], entered: { daihoi14: '2026-01-20' } },
      { id: 'c', parentIds: [], events: [congress], entered: { daihoi14: '2026-01-21' } },
    ])
    expect(effectiveEventDates('a', all)).toEqual({ daihoi14: '2026-01-20' })
  })
})
