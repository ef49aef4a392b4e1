import { describe, expect, it } from 'vitest'
import { VIETNAMESE_LETTERS, formatNumberLine, formatPlaceDate, letterMarker, romanNumeral } from './format.ts'

describe('formatNumberLine', () => {
  it('prints the state form with a leading 0 below 10', () => {
    expect(formatNumberLine({ track: 'state', number: '27', symbol: 'KH-UBND' })).toBe('Số: 27/KH-UBND')
    expect(formatNumberLine({ track: 'state', number: '5', symbol: 'KH-UBND' })).toBe('Số: 05/KH-UBND')
    expect(formatNumberLine({ track: 'state', number: '05', symbol: 'QĐ-UBND' })).toBe('Số: 05/QĐ-UBND')
    expect(formatNumberLine({ track: 'state', number: '141', symbol: 'KH-UBND' })).toBe('Số: 141/KH-UBND')
  })

  it('prints the Party form with a hyphen and no colon', () => {
    expect(formatNumberLine({ track: 'party', number: '5', symbol: 'KH/ĐU' })).toBe('Số 05-KH/ĐU')
    expect(formatNumberLine({ track: 'party', number: '133', symbol: 'KH/ĐU' })).toBe('Số 133-KH/ĐU')
  })

  it('leaves a blank for the number of an unnumbered document', () => {
    expect(formatNumberLine({ track: 'state', number: null, symbol: 'KH-UBND' })).toBe('Số:      /KH-UBND')
    expect(formatNumberLine({ track: 'state', number: ' ', symbol: 'KH-UBND' })).toBe('Số:      /KH-UBND')
    expect(formatNumberLine({ track: 'party', number: null, symbol: 'KH/ĐU' })).toBe('Số      -KH/ĐU')
  })
})

describe('formatPlaceDate', () => {
  it('writes the date in full with leading zeros on days 1–9 and months 1–2', () => {
    expect(formatPlaceDate('Bình An', '2025-02-20')).toBe('Bình An, ngày 20 tháng 02 năm 2025')
    expect(formatPlaceDate('Bình An', '2025-02-05')).toBe('Bình An, ngày 05 tháng 02 năm 2025')
    expect(formatPlaceDate('Bình Thành', '2025-01-01')).toBe('Bình Thành, ngày 01 tháng 01 năm 2025')
    expect(formatPlaceDate('Bình Thành', '2025-03-09')).toBe('Bình Thành, ngày 09 tháng 3 năm 2025')
    expect(formatPlaceDate('Thái Nguyên', '2025-11-15')).toBe('Thái Nguyên, ngày 15 tháng 11 năm 2025')
  })

  it('accepts a timestamp and reads only its date', () => {
    expect(formatPlaceDate('Bắc Sơn', '2025-07-02T08:00:00+07:00')).toBe('Bắc Sơn, ngày 02 tháng 7 năm 2025')
  })

  it('leaves the day blank for a month-only date', () => {
    expect(formatPlaceDate('Bình Thành', '2025-02')).toBe('Bình Thành, ngày     tháng 02 năm 2025')
    expect(formatPlaceDate('Bình Thành', '2025-11')).toBe('Bình Thành, ngày     tháng 11 năm 2025')
  })

  it('leaves the day and month blank while undated', () => {
    expect(formatPlaceDate('Bình An', null)).toBe('Bình An, ngày     tháng     năm 20…')
  })

  it('refuses dates that do not exist or are not ISO', () => {
    expect(() => formatPlaceDate('Bình An', '2025-02-30')).toThrow(RangeError)
    expect(() => formatPlaceDate('Bình An', '2025-13-01')).toThrow(RangeError)
    expect(() => formatPlaceDate('Bình An', '20/02/2025')).toThrow(RangeError)
  })
})

describe('letterMarker', () => {
  it('follows the Vietnamese letter order, đ after d and no f, j, w, z', () => {
    expect(VIETNAMESE_LETTERS.join('')).toBe('abcdđeghiklmnopqrstuvxy')
    expect([0, 1, 2, 3, 4, 5, 6].map(letterMarker)).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)'])
    expect(letterMarker(22)).toBe('y)')
  })

  it('refuses an index past y', () => {
    expect(() => letterMarker(23)).toThrow(RangeError)
    expect(() => letterMarker(-1)).toThrow(RangeError)
    expect(() => letterMarker(1.5)).toThrow(RangeError)
  })
})

describe('romanNumeral', () => {
  it('writes section and congress numbers', () => {
    expect([1, 2, 3, 4, 5, 6, 9, 10].map(romanNumeral)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'IX', 'X'])
    expect(romanNumeral(14)).toBe('XIV')
    expect(romanNumeral(26)).toBe('XXVI')
    expect(romanNumeral(40)).toBe('XL')
    expect(romanNumeral(1994)).toBe('MCMXCIV')
  })

  it('refuses numbers Roman numerals cannot write', () => {
    expect(() => romanNumeral(0)).toThrow(RangeError)
    expect(() => romanNumeral(4000)).toThrow(RangeError)
    expect(() => romanNumeral(2.5)).toThrow(RangeError)
  })
})
