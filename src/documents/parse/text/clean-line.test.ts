import { describe, expect, it } from 'vitest'
import { cleanTableDebris, isPageNumberLine, stripMarkdown } from './clean-line.ts'

describe('stripMarkdown', () => {
  it('drops heading marks and emphasis from the seed exports', () => {
    expect(stripMarkdown('## **2. Yêu cầu**')).toBe('2. Yêu cầu')
    expect(stripMarkdown('Số: **141** /KH-UBND')).toBe('Số: 141 /KH-UBND')
    expect(stripMarkdown('- Ban Thường vụ Huyện ủy (*báo cáo*),')).toBe('- Ban Thường vụ Huyện ủy (báo cáo),')
    expect(stripMarkdown('***Nơi nhận:***')).toBe('Nơi nhận:')
    expect(stripMarkdown('chủ đề thi đua: “*Đảng bộ xã*”.')).toBe('chủ đề thi đua: “Đảng bộ xã”.')
  })

  it('turns a star bullet into a dash and removes a lone star separator', () => {
    expect(stripMarkdown('* Các chi bộ trực thuộc;')).toBe('- Các chi bộ trực thuộc;')
    expect(stripMarkdown('*')).toBe('')
  })
})

describe('cleanTableDebris', () => {
  it('removes border rows and turns pipe rows into items', () => {
    expect(cleanTableDebris('|----|-------------|----------|')).toBeNull()
    expect(cleanTableDebris('+----+------+')).toBeNull()
    expect(cleanTableDebris('| 1 | Ông Nguyễn Văn A | Chủ tịch UBND xã |')).toBe('1. Ông Nguyễn Văn A, Chủ tịch UBND xã')
    expect(cleanTableDebris('| TT | Họ và tên | Chức vụ |')).toBe('TT, Họ và tên, Chức vụ')
  })

  it('removes fill runs but keeps ordinary hyphens', () => {
    expect(cleanTableDebris('Số: ......./KH-UBND')).toBe('Số:  /KH-UBND')
    expect(cleanTableDebris('kinh tế - xã hội')).toBe('kinh tế - xã hội')
  })
})

describe('isPageNumberLine', () => {
  it('recognises page numbers on their own line', () => {
    for (const line of ['2', '- 3 -', 'Trang 4', 'Trang 2/7', '3/12']) expect(isPageNumberLine(line)).toBe(true)
    for (const line of ['14 xóm;', '2. Yêu cầu', 'năm 2025']) expect(isPageNumberLine(line)).toBe(false)
  })
})
