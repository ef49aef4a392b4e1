import { describe, expect, it } from 'vitest'
import type { DocumentModel } from '../document-model.ts'
import { toPlainText } from './plain-text.ts'
import { draftPlan, partyPlan, samplePlan } from './testing/sample-plan.ts'

const lines = (model: DocumentModel) => toPlainText(model).trimEnd().split('\n')

describe('toPlainText', () => {
  it('reads the header left column, the right column, then the number and the date', () => {
    expect(lines(samplePlan).slice(0, 8)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'XÃ BÌNH AN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 05/KH-UBND',
      'Bình An, ngày 05 tháng 02 năm 2025',
      'KẾ HOẠCH',
      samplePlan.title,
    ])
  })

  it('prints items with their markers, table cells one per line, recipients and the signature', () => {
    const text = lines(samplePlan)
    expect(text).toContain('I. MỤC ĐÍCH, YÊU CẦU')
    expect(text.find((l) => l.startsWith('đ) '))).toBe(
      'đ) Tổng kết, đánh giá, biểu dương, khen thưởng kịp thời các tập thể, cá nhân và hộ gia đình có thành tích xuất sắc tiêu biểu trong phong trào thi đua.',
    )
    expect(text).toContain('- Công tác khen thưởng phải kịp thời, chính xác, công khai, minh bạch, đúng đối tượng, đúng thành tích; chú trọng khen thưởng người lao động trực tiếp, cán bộ cơ sở và Nhân dân.')
    const table = text.indexOf('STT')
    expect(text.slice(table, table + 4)).toEqual(['STT', 'Nhóm tiêu chí', 'Điểm tối đa', '1'])
    expect(text.slice(-10)).toEqual([
      'Nơi nhận:',
      '- Phòng Nội vụ huyện;',
      '- TT Đảng ủy, HĐND xã;',
      '- Hội đồng TĐ-KT xã;',
      '- Mặt trận và các tổ chức chính trị - xã hội xã;',
      '- Các cơ quan, đơn vị, thôn trên địa bàn xã;',
      '- Lưu: VT.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Nguyễn Đức Soán',
    ])
  })

  it('gives Party documents the Party name, the asterisk and the hyphenated number', () => {
    expect(lines(partyPlan).slice(0, 6)).toEqual([
      'ĐẢNG BỘ HUYỆN BÌNH SƠN',
      'ĐẢNG ỦY XÃ BÌNH CHƯƠNG',
      '*',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 05-KH/ĐU',
      'Bình Chương, ngày 05 tháng 02 năm 2025',
    ])
    expect(toPlainText(partyPlan)).not.toContain('Độc lập')
    expect(lines(partyPlan).slice(-7)).toEqual([
      'Nơi nhận:',
      '- Ban Thường vụ Huyện ủy (báo cáo);',
      '- Các chi bộ trực thuộc Đảng ủy;',
      '- Lưu VP Đảng ủy.',
      'T/M ĐẢNG ỦY',
      'BÍ THƯ',
      'Lê Văn Phúc',
    ])
  })

  it('leaves blanks for an unnumbered, undated draft and prints no name while the signer is unknown', () => {
    const text = lines(draftPlan)
    expect(text.slice(0, 6)).toEqual([
      'UBND XÃ BÌNH THÀNH',
      'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG XÃ BÌNH THÀNH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số:      /KH-HĐTĐKT',
      'Bình Thành, ngày     tháng     năm 20…',
    ])
    expect(text.slice(-3)).toEqual(['TM. HỘI ĐỒNG', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'])
  })

  it('prints text in NFC with white space folded, whatever the producer passed', () => {
    const decomposed: DocumentModel = {
      ...samplePlan,
      title: 'Tổ chức\n  Hội nghị'.normalize('NFD'),
      body: [{ type: 'paragraph', runs: ['  Nguyễn Đức Soán '.normalize('NFD'), { text: 'phát biểu  ', bold: true }] }],
    }
    const text = lines(decomposed)
    expect(text).toContain('Tổ chức Hội nghị')
    expect(text).toContain('Nguyễn Đức Soán phát biểu')
  })
})
