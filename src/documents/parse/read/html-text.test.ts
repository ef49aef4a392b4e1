import { describe, expect, it } from 'vitest'
import { htmlToText } from './html-text.ts'

describe('htmlToText', () => {
  it('keeps paragraphs, restores list markers and decodes entities', () => {
    const html = '<p>KẾ HOẠCH</p><ol><li>Mục đích<ol><li>Phát huy</li><li>Tạo khí thế</li></ol></li><li>Yêu cầu</li></ol><ul><li>HĐND &amp; UBND</li></ul>'
    expect(htmlToText(html).split('\n\n')).toEqual(['KẾ HOẠCH', '1. Mục đích', 'a) Phát huy', 'b) Tạo khí thế', '2. Yêu cầu', '- HĐND & UBND'])
  })

  it('writes data tables as pipe rows and layout tables as their cells in order', () => {
    const data = '<table><tr><td><p>TT</p></td><td><p>Họ và tên</p></td></tr><tr><td><p>1</p></td><td><p>Nguyễn Văn A</p></td></tr></table>'
    expect(htmlToText(data).split('\n\n')).toEqual(['| TT | Họ và tên |', '| 1 | Nguyễn Văn A |'])
    const layout = '<table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>XÃ BÌNH AN</p></td><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p></td></tr></table>'
    expect(htmlToText(layout).split('\n\n')).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ BÌNH AN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'])
  })
})
