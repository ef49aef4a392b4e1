import { describe, expect, it } from 'vitest'
import { flagDuplicateCccds, flagTakenCccds, groupOrganizationsByName, parsePersonRow, type RowContext } from './people-import-rows.ts'
import type { SheetRow } from './people-xlsx.ts'

const context: RowContext = {
  defaultOrganization: { id: 'default', name: 'Xóm Đồng Tâm' },
  organizationsByName: groupOrganizationsByName([
    { id: 'school', name: 'Trường Tiểu học Bình Thành' },
    { id: 'cell-1', name: 'Chi bộ 1' },
    { id: 'cell-2', name: 'Chi Bộ 1' },
  ]),
  today: '2025-07-01',
}
const row = (cells: SheetRow['cells'], n = 2) => parsePersonRow({ row: n, cells: { fullName: 'Nguyễn Văn A', sex: 'Nam', category: 'Nhân dân', ...cells } }, context)
const columns = (cells: SheetRow['cells']) => row(cells).errors.map((e) => e.column)

describe('parsePersonRow', () => {
  it('reads a minimal row with the default unit', () => {
    expect(row({})).toEqual({
      row: 2,
      errors: [],
      values: { fullName: 'Nguyễn Văn A', birthDate: null, sex: 'nam', cccd: null, position: null, organizationName: 'Xóm Đồng Tâm', organizationId: 'default', category: 'nhan_dan', directWorker: false },
    })
  })
  it('accepts day-first, ISO and Excel dates, and rejects the rest naming the column', () => {
    expect(row({ birthDate: '5/3/1985' }).values.birthDate).toBe('1985-03-05')
    expect(row({ birthDate: '05-03-1985' }).values.birthDate).toBe('1985-03-05')
    expect(row({ birthDate: '1985-03-05' }).values.birthDate).toBe('1985-03-05')
    expect(row({ birthDate: new Date(Date.UTC(1985, 2, 5)) }).values.birthDate).toBe('1985-03-05')
    expect(row({ birthDate: '03/1985' }).errors).toEqual([{ column: 'Ngày sinh', message: 'Ngày sinh "03/1985" không đúng dạng dd/mm/yyyy' }])
    expect(row({ birthDate: 1985 }).errors[0]?.column).toBe('Ngày sinh')
    expect(row({ birthDate: '01/01/2030' }).errors[0]?.message).toMatch(/tương lai/)
  })
  it('folds sex, category labels and codes', () => {
    expect(row({ sex: 'NỮ' }).values.sex).toBe('nu')
    expect(row({ sex: 'nu' }).values.sex).toBe('nu')
    expect(row({ category: 'nguoi lao dong' }).values.category).toBe('nguoi_lao_dong')
    expect(row({ category: 'dang_vien' }).values.category).toBe('dang_vien')
    expect(columns({ sex: 'Khác', category: 'Học sinh', fullName: '' })).toEqual(['Họ và tên', 'Giới tính', 'Đối tượng'])
  })
  it('reads the direct-worker mark', () => {
    for (const yes of ['x', 'X', 'Có', '1', 'true', true, 1]) expect(row({ directWorker: yes }).values.directWorker).toBe(true)
    for (const no of ['', 'không', '0', null]) expect(row({ directWorker: no }).values.directWorker).toBe(false)
    expect(columns({ directWorker: 'hơi hơi' })).toEqual(['Lao động trực tiếp'])
  })
  it('restores the leading zeros of a numeric CCCD and checks it against birth year and sex', () => {
    expect(row({ cccd: 1085012345, birthDate: '15/03/1985' }).values.cccd).toBe('001085012345')
    expect(row({ cccd: '001 085 012345' }).values.cccd).toBe('001085012345')
    expect(row({ cccd: '001085012345', birthDate: '15/03/1986' }).errors).toEqual([{ column: 'Số CCCD', message: expect.stringMatching(/^Số CCCD ứng với năm sinh 1985/) }])
    expect(row({ cccd: '001185012345' }).errors[0]?.message).toMatch(/giới tính Nữ/)
  })
  it('matches units by accent-free exact name and refuses unknown or ambiguous names', () => {
    expect(row({ organizationName: 'truong tieu hoc binh thanh' }).values).toMatchObject({ organizationId: 'school', organizationName: 'Trường Tiểu học Bình Thành' })
    expect(row({ organizationName: 'Trường Tiểu học' }).errors[0]).toEqual({ column: 'Đơn vị', message: 'Đơn vị "Trường Tiểu học" không có trong phạm vi quản lý của bạn' })
    expect(row({ organizationName: 'chi bo 1' }).errors[0]?.message).toMatch(/Có 2 đơn vị cùng tên/)
  })
})

describe('CCCD checks across rows', () => {
  it('flags every repeated number with the other rows, and numbers already taken', () => {
    const rows = [row({ cccd: '001085012345' }, 2), row({ cccd: '001085012345' }, 3), row({ cccd: '001085012345' }, 4), row({ cccd: '002085000001' }, 5)]
    flagDuplicateCccds(rows)
    flagTakenCccds(rows, new Set(['002085000001']))
    expect(rows.map((r) => r.errors.map((e) => e.message))).toEqual([
      ['Số CCCD 001085012345 bị trùng với dòng 3, 4 trong tệp'],
      ['Số CCCD 001085012345 bị trùng với dòng 2, 4 trong tệp'],
      ['Số CCCD 001085012345 bị trùng với dòng 2, 3 trong tệp'],
      ['Số CCCD 002085000001 đã được dùng cho người khác'],
    ])
  })
})
