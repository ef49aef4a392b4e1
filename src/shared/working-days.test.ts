import { describe, expect, it } from 'vitest'
import { addDays, addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days.ts'

const NONE = new Set<string>()
// Tết Ất Tỵ 2025: the offices closed Monday 27 to Friday 31 January; Giỗ Tổ Hùng Vương on Monday 7 April.
const HOLIDAYS_2025 = new Set(['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-04-07'])

describe('working days', () => {
  it('skip Saturdays and Sundays', () => {
    expect(isWorkingDay('2025-11-21', NONE)).toBe(true) // Friday
    expect(isWorkingDay('2025-11-22', NONE)).toBe(false) // Saturday
    expect(isWorkingDay('2025-11-23', NONE)).toBe(false) // Sunday
    expect(addWorkingDays('2025-11-21', 1, NONE)).toBe('2025-11-24')
    expect(addWorkingDays('2025-11-22', 1, NONE)).toBe('2025-11-24')
    expect(addWorkingDays('2025-11-17', 5, NONE)).toBe('2025-11-24')
  })

  it('count 20 working days as four working weeks when nothing else intervenes', () => {
    expect(addWorkingDays('2025-11-03', 20, NONE)).toBe('2025-12-01')
    expect(workingDaysBetween('2025-11-03', '2025-12-01', NONE)).toBe(20)
  })

  it('skip the holidays of the calendar', () => {
    expect(isWorkingDay('2025-01-29', HOLIDAYS_2025)).toBe(false)
    expect(addWorkingDays('2025-01-24', 1, HOLIDAYS_2025)).toBe('2025-02-03')
    // 20 working days from Friday 17 January run across Tết: two weeks later than without holidays.
    expect(addWorkingDays('2025-01-17', 20, NONE)).toBe('2025-02-14')
    expect(addWorkingDays('2025-01-17', 20, HOLIDAYS_2025)).toBe('2025-02-21')
    expect(addWorkingDays('2025-04-04', 1, HOLIDAYS_2025)).toBe('2025-04-08')
  })

  it('count the days left, negative once past', () => {
    expect(workingDaysBetween('2025-01-24', '2025-02-03', HOLIDAYS_2025)).toBe(1)
    expect(workingDaysBetween('2025-01-24', '2025-01-24', HOLIDAYS_2025)).toBe(0)
    expect(workingDaysBetween('2025-02-04', '2025-01-31', HOLIDAYS_2025)).toBe(-2)
    expect(workingDaysBetween('2025-11-24', '2025-11-22', NONE)).toBe(-1)
  })

  it('refuse dates that do not exist and counts that are not positive', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow('Ngày không hợp lệ: 2025-02-30')
    expect(() => addWorkingDays('2025-01-01', 0, NONE)).toThrow(/số nguyên dương/)
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01')
  })
})
