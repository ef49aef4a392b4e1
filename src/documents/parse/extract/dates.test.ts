import { describe, expect, it } from 'vitest'
import { firstTimeRange, headerDate, isoDate, readPeriod } from './dates.ts'

describe('headerDate', () => {
  it('reads full, partial and numeric dates of the place-and-date line', () => {
    expect(headerDate('Bình An, ngày 20 tháng 02 năm 2025')).toBe('2025-02-20')
    expect(headerDate('Bình Thành, ngày tháng 02 năm 2025')).toBe('2025-02')
    expect(headerDate('Hà Nội, ngày … tháng … năm 2025')).toBe('2025')
    expect(headerDate('Huế, ngày 05/3/2024')).toBe('2024-03-05')
    expect(headerDate('Huế, ngày tháng năm 20')).toBeNull()
  })

  it('rejects impossible dates', () => {
    expect(isoDate(2025, 2, 30)).toBeNull()
    expect(isoDate(2025, 13)).toBeNull()
  })
})

describe('time expressions', () => {
  it('reads months, quarters, half years, year ends and days', () => {
    expect(firstTimeRange('trong tháng 8/2025')).toMatchObject({ from: '2025-08', to: '2025-08' })
    expect(firstTimeRange('dự kiến trong quý I năm 2025')).toMatchObject({ from: '2025-01', to: '2025-03' })
    expect(firstTimeRange('6 tháng cuối năm 2024')).toMatchObject({ from: '2024-07', to: '2024-12' })
    expect(firstTimeRange('đến hết năm 2025')).toMatchObject({ to: '2025-12-31' })
    expect(firstTimeRange('trước ngày 15 tháng 11 năm 2025')).toMatchObject({ from: '2025-11-15' })
  })

  it('splits "từ … đến …" and leaves open ends null', () => {
    expect(readPeriod('từ nay đến hết năm 2025', null)).toEqual({ from: null, to: '2025-12-31' })
    expect(readPeriod('Từ khi phát động (tháng 8/2024) đến tháng 7/2025', null)).toEqual({ from: '2024-08', to: '2025-07' })
    expect(readPeriod('từ ngày ban hành Kế hoạch đến khi tổ chức thành công Đại hội', '2025-11-15')).toEqual({ from: '2025-11-15', to: null })
    expect(readPeriod('Từ ngày phát động cho đến khi Đại hội thành công', null)).toEqual({ from: null, to: null })
  })

  it('gives a start without a year the year of the end', () => {
    expect(readPeriod('từ ngày 15/3 đến ngày 30/9/2025', null)).toEqual({ from: '2025-03-15', to: '2025-09-30' })
    expect(readPeriod('Từ tháng 3 đến tháng 11/2024', null)).toEqual({ from: '2024-03', to: '2024-11' })
  })
})
