import { describe, expect, it } from 'vitest'
import type { FormCount } from '../../../shared/statistics.ts'
import { changeText, formChartRows, levelChartRows, percent, planLabel, trendRows } from './statistics-ui.ts'

const form = (name: string, individual: number, collective = 0): FormCount => ({ code: null, name, category: 'Khác', total: individual + collective, bySubject: { individual, collective, household: 0 } })

describe('statistics charts and labels', () => {
  it('writes shares and their change the Vietnamese way', () => {
    expect(percent(0.456)).toBe('45,6%')
    expect(percent(null)).toBe('—')
    expect(changeText(2.5)).toBe('▲ 2,5 điểm %')
    expect(changeText(-1)).toBe('▼ 1 điểm %')
    expect(changeText(null)).toBe('')
  })

  it('keeps the most awarded forms and sums the rest', () => {
    const rows = formChartRows([form('A', 1), form('B', 5), form('C', 2, 2), form('D', 1)], 3)
    expect(rows).toEqual([
      { name: 'B', individual: 5, collective: 0, household: 0 },
      { name: 'C', individual: 2, collective: 2, household: 0 },
      { name: 'Các hình thức khác (2)', individual: 2, collective: 0, household: 0 },
    ])
  })

  it('orders the levels and stacks the tracks, leaving out empty levels', () => {
    expect(levelChartRows([{ level: 'commune', track: 'party', count: 2 }, { level: null, track: 'mass', count: 1 }, { level: 'commune', track: 'government', count: 5 }, { level: 'province', track: 'government', count: 1 }])).toEqual([
      { level: 'Cấp tỉnh', government: 1, party: 0, mass: 0 },
      { level: 'Cấp xã', government: 5, party: 2, mass: 0 },
      { level: 'Chưa ghi cấp', government: 0, party: 0, mass: 1 },
    ])
  })

  it('turns the trend into percent points and names plans by their number', () => {
    expect(trendRows([{ year: 2024, numerator: 1, denominator: 3, share: 1 / 3, change: null }, { year: 2025, numerator: 0, denominator: 0, share: null, change: null }])).toEqual([{ year: '2024', share: 33.3 }, { year: '2025', share: null }])
    expect(planLabel({ numberAndSymbol: '141/KH-UBND', title: 'x' })).toBe('141/KH-UBND')
    expect(planLabel({ numberAndSymbol: null, title: 'Phát động phong trào thi đua năm 2026 của xã' })).toBe('Phát động phong trào thi đua…')
  })
})
