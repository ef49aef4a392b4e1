import { describe, expect, it } from 'vitest'
import { defaultPartyTerm, documentFileStem, formatNumber, numberAndSymbol, periodCoversYear, periodKeyFor, registerLabel } from './campaign-numbering.ts'

describe('numbering', () => {
  it('keeps a register per year for State bodies and per term for Party bodies', () => {
    expect(periodKeyFor('state', undefined, '2025-11-15')).toBe('2025')
    expect(periodKeyFor('party', undefined, '2024-08-12')).toBe('term:2020-2025')
    expect(periodKeyFor('party', { period: 'term', termLabel: '2025-2030' }, '2025-09-01')).toBe('term:2025-2030')
    expect(periodKeyFor('party', { period: 'year', termLabel: null }, '2025-09-01')).toBe('2025')
    expect(defaultPartyTerm('2030-01-02')).toBe('2030-2035')
  })

  it('names registers and the years they cover', () => {
    expect(registerLabel('KH', '2025')).toBe('sổ Kế hoạch năm 2025')
    expect(registerLabel('KH', 'term:2020-2025')).toBe('sổ Kế hoạch nhiệm kỳ 2020-2025')
    expect(periodCoversYear('term:2020-2025', 2024)).toBe(true)
    expect(periodCoversYear('term:2020-2025', 2026)).toBe(false)
    expect(periodCoversYear('2025', 2024)).toBe(false)
  })

  it('prints numbers below 10 with a leading zero, State with "/", Party with "-"', () => {
    expect(formatNumber(5)).toBe('05')
    expect(numberAndSymbol(141, 'KH-UBND', 'state')).toBe('141/KH-UBND')
    expect(numberAndSymbol(5, 'KH/ĐU', 'party')).toBe('05-KH/ĐU')
    expect(numberAndSymbol(null, 'KH/ĐU', 'party')).toBeNull()
  })

  it('names files in ASCII with a Vietnamese alternative', () => {
    expect(documentFileStem(141, 'KH-UBND', 2025)).toEqual({ ascii: 'KH-141-KH-UBND-2025', unicode: 'KH-141-KH-UBND-2025' })
    expect(documentFileStem(null, 'KH/ĐU', 2024)).toEqual({ ascii: 'KH-du-thao-KH-DU-2024', unicode: 'KH-du-thao-KH-ĐU-2024' })
  })
})
