import { describe, expect, it } from 'vitest'
import { parseText } from '../index.ts'

describe('header fields', () => {
  it('reads a state header whose columns PDF extraction merged', () => {
    const doc = parseText(
      [
        'UBND HUYỆN BÌNH SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'ỦY BAN NHÂN DÂN XÃ BÌNH AN Độc lập - Tự do - Hạnh phúc',
        'Số: 27/KH-UBND Bình An, ngày 20 tháng 02 năm 2025',
        'KẾ HOẠCH',
        'Tổ chức Hội nghị tuyên dương điển hình tiên tiến xã Bình An năm 2025',
        'Thực hiện Kế hoạch số 216/KH-UBND ngày 30/9/2024 của UBND huyện Bình Sơn; UBND xã Bình An xây dựng kế hoạch như sau:',
        'I. MỤC ĐÍCH, YÊU CẦU',
      ].join('\n'),
    )
    expect(doc).toMatchObject({
      doc_type: 'ke_hoach',
      number: '27',
      symbol: 'KH-UBND',
      issuer: 'UBND xã Bình An',
      place: 'Bình An',
      date: '2025-02-20',
      title: 'Tổ chức Hội nghị tuyên dương điển hình tiên tiến xã Bình An năm 2025',
      legal_bases: ['216/KH-UBND'],
    })
  })

  it('reads a blank number, a Party symbol and a partial date', () => {
    const party = parseText('ĐẢNG BỘ HUYỆN BÌNH SƠN\nĐẢNG ỦY XÃ BÌNH CHƯƠNG\n*\nSố -KH/ĐU\nBình Chương, ngày tháng 8 năm 2024\nKẾ HOẠCH\nphát động thi đua năm 2024')
    expect(party).toMatchObject({ number: null, symbol: 'KH/ĐU', issuer: 'Đảng ủy xã Bình Chương', date: '2024-08' })
    expect(parseText('Số 05-KH/ĐU\nKẾ HOẠCH\nthi đua').number).toBe('05')
    expect(parseText('Số: 86/2025/QĐ-UBND\nQUYẾT ĐỊNH\nBan hành quy chế').symbol).toBe('QĐ-UBND')
  })

  it('finds the issuer in the preamble when the header is cut off, adding the place the text names most', () => {
    const cut = parseText(
      'KẾ HOẠCH\nPhát động thi đua năm 2025\nThực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị, Đảng ủy xây dựng kế hoạch như sau:\nI. Mục đích\nXây dựng xã Bình Chương giàu đẹp; Nhân dân xã Bình Chương đoàn kết; huyện Bình Sơn phát triển.',
    )
    expect(cut).toMatchObject({ issuer: 'Đảng ủy xã Bình Chương', number: null, symbol: null, place: null, date: null, legal_bases: ['35-CT/TW'] })
    const province = parseText('KẾ HOẠCH\nTriển khai Đợt thi đua\nĐể động viên Nhân dân, Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên ban hành Kế hoạch với các nội dung như sau:')
    expect(province.issuer).toBe('UBND tỉnh Thái Nguyên')
  })

  it('takes the document type from the symbol or the text when the type line is missing', () => {
    expect(parseText('Số: 12/BC-UBND\nsơ kết công tác thi đua').doc_type).toBe('bao_cao')
    expect(parseText('… các phong trào thi đua.\nTrên đây là hướng dẫn khen thưởng của Hội đồng.').doc_type).toBe('huong_dan')
    expect(parseText('Số: 231/UBND-VP\nV/v đăng ký thi đua năm 2025\nKính gửi: Các cơ quan, đơn vị.')).toMatchObject({ doc_type: 'other', title: 'V/v đăng ký thi đua năm 2025' })
  })

  it('matches both tone placements but returns the text as written', () => {
    const doc = parseText('ĐẢNG UỶ XÃ THUỶ AN\nSố 05-KH/ĐU\nThuỷ An, ngày 10 tháng 3 năm 2025\nKẾ HOẠCH\nthi đua chào mừng Đại hội')
    expect(doc).toMatchObject({ issuer: 'Đảng uỷ xã Thuỷ An', place: 'Thuỷ An', date: '2025-03-10' })
  })

  it('gives the span each value was read from', () => {
    const doc = parseText('Số: 27/KH-UBND\nBình An, ngày 20 tháng 02 năm 2025\nKẾ HOẠCH\nTổ chức Hội nghị')
    const at = (field: 'symbol' | 'place' | 'title') => doc._meta.sources[field]?.map((s) => doc._meta.text.slice(s.start, s.end))
    expect(at('symbol')).toEqual(['KH-UBND'])
    expect(at('place')).toEqual(['Bình An'])
    expect(at('title')).toEqual(['Tổ chức Hội nghị'])
  })

  it('joins a title set over several short paragraphs and stops at the context paragraph', () => {
    const doc = parseText('KẾ HOẠCH\n\nPhát động phong trào thi đua lập thành tích chào mừng\n\nĐại hội Đảng bộ xã lần thứ XV\n\nNăm 2025 là năm có ý nghĩa đặc biệt quan trọng đối với Đảng bộ và Nhân dân toàn xã.')
    expect(doc.title).toBe('Phát động phong trào thi đua lập thành tích chào mừng Đại hội Đảng bộ xã lần thứ XV')
  })

  it('reads a hyphenated place name', () => {
    expect(parseText('Số: 12/KH-UBND\nPhan Rang - Tháp Chàm, ngày 02 tháng 4 năm 2025\nKẾ HOẠCH\nThi đua').place).toBe('Phan Rang - Tháp Chàm')
  })

  it('takes a title that opens like a preamble when it is not a sentence', () => {
    const doc = parseText('KẾ HOẠCH\nTriển khai phong trào thi đua “Chung sức xây dựng nông thôn mới” năm 2025\nThực hiện Kế hoạch số 12/KH-UBND của UBND huyện, UBND xã ban hành kế hoạch như sau:\nI. MỤC ĐÍCH')
    expect(doc.title).toBe('Triển khai phong trào thi đua “Chung sức xây dựng nông thôn mới” năm 2025')
    expect(doc.legal_bases).toEqual(['12/KH-UBND'])
  })

  it('keeps the quotes of a title that ends with a quoted name', () => {
    expect(parseText('KẾ HOẠCH\nPhát động phong trào thi đua “Dân vận khéo”\nCăn cứ Luật Thi đua, khen thưởng;').title).toBe('Phát động phong trào thi đua “Dân vận khéo”')
  })
})
