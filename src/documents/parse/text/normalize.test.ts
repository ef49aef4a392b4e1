import { describe, expect, it } from 'vitest'
import { normalizeDocumentText } from './normalize.ts'

const lines = (text: string) => text.split('\n')

describe('normalizeDocumentText', () => {
  it('joins the wrapped lines of a double-spaced PDF export and keeps list items apart', () => {
    const raw = [
      'KẾ HOẠCH ', '', 'Phát động phong trào thi đua lập thành tích chào mừng  ', '', 'Đại hội Đảng bộ xã tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII  ', '',
      'và Đại hội đại biểu toàn quốc lần thứ XIV của Đảng ', ' ', ' ', '', 'Thực hiện Kế hoạch số 01-KH/ĐU ngày 02/7/2025 của Đảng ủy xã Bắc Sơn ', '',
      'về tổ chức Đại hội Đảng bộ các cấp trong Đảng bộ xã. ', '', '1. Thành phần hồ sơ ', '', '- Báo cáo thành tích của tập thể, cá nhân (mẫu 08, Nghị định 98/2023/NĐ-', '',
      'CP của Chính phủ); ', '', '- Biên bản họp xét, đề nghị khen thưởng. ', '', '2. Thời gian gửi hồ sơ  ', '', 'Hồ sơ gửi về Hội đồng Thi đua - Khen thưởng xã trước ngày 20/8/2025. ', '',
      '3. Đề nghị Ban Xây dựng Đảng  ', '', 'Xem xét, lựa chọn các tập thể, cá nhân có thành tích xuất sắc trong công tác tham mưu, chuẩn bị đại hội. ',
    ].join('\n')
    expect(lines(normalizeDocumentText(raw, 'unknown'))).toEqual([
      'KẾ HOẠCH',
      'Phát động phong trào thi đua lập thành tích chào mừng Đại hội Đảng bộ xã tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII và Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
      'Thực hiện Kế hoạch số 01-KH/ĐU ngày 02/7/2025 của Đảng ủy xã Bắc Sơn về tổ chức Đại hội Đảng bộ các cấp trong Đảng bộ xã.',
      '1. Thành phần hồ sơ',
      '- Báo cáo thành tích của tập thể, cá nhân (mẫu 08, Nghị định 98/2023/NĐ-CP của Chính phủ);',
      '- Biên bản họp xét, đề nghị khen thưởng.',
      '2. Thời gian gửi hồ sơ',
      'Hồ sơ gửi về Hội đồng Thi đua - Khen thưởng xã trước ngày 20/8/2025.',
      '3. Đề nghị Ban Xây dựng Đảng',
      'Xem xét, lựa chọn các tập thể, cá nhân có thành tích xuất sắc trong công tác tham mưu, chuẩn bị đại hội.',
    ])
  })

  it('keeps one-paragraph-per-line text as is, joining only a page break inside a sentence', () => {
    const long = 'Tập trung triển khai có hiệu quả các phong trào thi đua do huyện phát động, trọng tâm như các phong trào: “Cả'
    const raw = `## KẾ HOẠCH\n\n**Phát động thi đua năm 2025**\n\nNăm 2025 là năm có ý nghĩa quan trọng đối với toàn xã, là năm tổ chức đại hội đảng bộ các cấp.\n\n${long}\n\nnước thi đua xây dựng xã hội học tập”.\n\n2\n\nThực hiện Chỉ thị số 39/CT-TTg ngày 15/10/2024 của Thủ tướng Chính phủ.`
    expect(lines(normalizeDocumentText(raw, 'unknown'))).toEqual([
      'KẾ HOẠCH',
      'Phát động thi đua năm 2025',
      'Năm 2025 là năm có ý nghĩa quan trọng đối với toàn xã, là năm tổ chức đại hội đảng bộ các cấp.',
      `${long} nước thi đua xây dựng xã hội học tập”.`,
      'Thực hiện Chỉ thị số 39/CT-TTg ngày 15/10/2024 của Thủ tướng Chính phủ.',
    ])
  })

  it('joins a title wrapped over consecutive lines, keeps the signature lines apart and cleans tables', () => {
    const raw = [
      'KẾ HOẠCH', '', '**phát động thi đua trong Đảng bộ xã lập thành tích chào mừng', '50 năm giải phóng xã Bình Chương; đại hội đảng các cấp tiến tới Đại hội', 'Đảng bộ xã lần thứ XXI**', '',
      '| TT | Họ và tên |', '|----|-----------|', '| 1 | Nguyễn Văn A |', '', 'T/M ĐẢNG ỦY', 'BÍ THƯ', '', 'Lê Văn Phúc',
    ].join('\n')
    expect(lines(normalizeDocumentText(raw, 'unknown'))).toEqual([
      'KẾ HOẠCH',
      'phát động thi đua trong Đảng bộ xã lập thành tích chào mừng 50 năm giải phóng xã Bình Chương; đại hội đảng các cấp tiến tới Đại hội Đảng bộ xã lần thứ XXI',
      'TT, Họ và tên',
      '1. Nguyễn Văn A',
      'T/M ĐẢNG ỦY',
      'BÍ THƯ',
      'Lê Văn Phúc',
    ])
  })

  it('applies NFC and drops invisible characters', () => {
    expect(normalizeDocumentText('Ho\u0300a Bi\u0300nh\u200b\u00a0xã', 'paragraphs')).toBe('Hòa Bình xã')
  })

  it('does not take a wrapped "- xã hội" or "Mục III …" for the start of an item or a part', () => {
    const raw = 'Căn cứ tình hình thực tế, các cơ quan phát triển kinh tế\n- xã hội của địa phương và báo cáo tại\nMục III Kế hoạch này.\n- Các chi bộ trực thuộc.'
    expect(lines(normalizeDocumentText(raw, 'lines'))).toEqual([
      'Căn cứ tình hình thực tế, các cơ quan phát triển kinh tế - xã hội của địa phương và báo cáo tại Mục III Kế hoạch này.',
      '- Các chi bộ trực thuộc.',
    ])
  })
})
