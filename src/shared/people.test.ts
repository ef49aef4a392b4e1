import { describe, expect, it } from 'vitest'
import { CCCD_PROVINCE_CODES, cccdBirthInfo, cccdMatchesPerson, todayInVietnam, validateBirthDate, validateCccd } from './people.ts'

describe('validateCccd', () => {
  it('accepts a well-formed number', () => {
    expect(validateCccd('001085012345')).toBeNull()
    expect(validateCccd('096305000001')).toBeNull()
  })
  it('requires exactly 12 digits', () => {
    expect(validateCccd('00108501234')).toMatch(/12 chữ số/)
    expect(validateCccd('0010850123456')).toMatch(/12 chữ số/)
    expect(validateCccd('00108501234a')).toMatch(/12 chữ số/)
    expect(validateCccd('')).toMatch(/12 chữ số/)
  })
  it('rejects province codes that do not exist', () => {
    for (const code of ['000', '003', '005', '013', '050', '097', '123']) expect(validateCccd(`${code}085012345`)).toMatch(new RegExp(`mã tỉnh ${code}`))
    expect(CCCD_PROVINCE_CODES.size).toBe(63)
  })
  it('rejects a century/sex digit above 5', () => {
    expect(validateCccd('001685012345')).toMatch(/chữ số thứ 4/)
  })
})

describe('cccdMatchesPerson', () => {
  it('decodes century, sex and year', () => {
    expect(cccdBirthInfo('001185012345')).toEqual({ year: 1985, sex: 'nu' })
    expect(cccdBirthInfo('079205012345')).toEqual({ year: 2005, sex: 'nam' })
    expect(cccdBirthInfo('079500012345')).toEqual({ year: 2100, sex: 'nu' })
  })
  it('accepts a number that agrees with birth year and sex', () => {
    expect(cccdMatchesPerson('001085012345', { birthDate: '1985-03-15', sex: 'nam' })).toBeNull()
    expect(cccdMatchesPerson('001303012345', { birthDate: '2003-12-31', sex: 'nu' })).toBeNull()
  })
  it('checks only what is known', () => {
    expect(cccdMatchesPerson('001085012345', { birthDate: null, sex: 'nam' })).toBeNull()
    expect(cccdMatchesPerson('001085012345', { birthDate: '1985-01-01' })).toBeNull()
  })
  it('names the mismatch', () => {
    expect(cccdMatchesPerson('001085012345', { birthDate: '1986-03-15', sex: 'nam' })).toMatch(/năm sinh 1985.*năm 1986/)
    expect(cccdMatchesPerson('001285012345', { birthDate: '1985-03-15', sex: 'nam' })).toMatch(/năm sinh 2085/)
    expect(cccdMatchesPerson('001085012345', { birthDate: '1985-03-15', sex: 'nu' })).toMatch(/giới tính Nam.*Nữ/)
  })
  it('reports a malformed number first', () => {
    expect(cccdMatchesPerson('12345', { birthDate: '1985-03-15', sex: 'nam' })).toMatch(/12 chữ số/)
  })
})

describe('validateBirthDate', () => {
  it('accepts real past dates from 1900', () => {
    expect(validateBirthDate('1900-01-01', '2025-07-01')).toBeNull()
    expect(validateBirthDate('2024-02-29', '2025-07-01')).toBeNull()
    expect(validateBirthDate('2025-07-01', '2025-07-01')).toBeNull()
  })
  it('rejects impossible, too early and future dates', () => {
    expect(validateBirthDate('2023-02-29', '2025-07-01')).toMatch(/không phải ngày hợp lệ/)
    expect(validateBirthDate('1899-12-31', '2025-07-01')).toMatch(/1900/)
    expect(validateBirthDate('2025-07-02', '2025-07-01')).toMatch(/tương lai/)
  })
  it('uses the date in Vietnam (UTC+7)', () => {
    expect(todayInVietnam(new Date('2025-06-30T18:00:00Z'))).toBe('2025-07-01')
  })
})
