import { describe, expect, it } from 'vitest'
import { dropRunningLines, pageLines, type TextPiece } from './pdf-lines.ts'

const piece = (str: string, x: number, y: number, width = str.length * 6): TextPiece => ({ str, x, y, width, size: 13 })

describe('pageLines', () => {
  it('orders pieces by position, spaces words and marks the gap between columns', () => {
    const lines = pageLines([
      piece('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 300, 800),
      piece('ỦY BAN NHÂN DÂN', 85, 800.4),
      piece('Thi đua', 85, 780),
      piece('yêu nước', 130, 780),
    ])
    expect(lines).toEqual(['ỦY BAN NHÂN DÂN    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Thi đua yêu nước'])
  })

  it('puts a blank line where paragraph spacing is taller than line spacing', () => {
    const lines = pageLines([piece('dòng một', 85, 700), piece('dòng hai', 85, 685), piece('dòng ba', 85, 670), piece('đoạn mới', 85, 645)])
    expect(lines).toEqual(['dòng một', 'dòng hai', 'dòng ba', '', 'đoạn mới'])
  })
})

describe('dropRunningLines', () => {
  it('removes a header or footer repeated on most pages, page numbers masked', () => {
    const pages = [
      ['UBND xã Bình An - Kế hoạch 27', 'nội dung 1', 'Trang 1'],
      ['UBND xã Bình An - Kế hoạch 27', 'nội dung 2', 'Trang 2'],
      ['UBND xã Bình An - Kế hoạch 27', 'nội dung 3', 'Trang 3'],
    ]
    expect(dropRunningLines(pages)).toEqual([['nội dung 1'], ['nội dung 2'], ['nội dung 3']])
  })
})
