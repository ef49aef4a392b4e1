import { describe, expect, it } from 'vitest'
import { splitColumns } from './split-columns.ts'

describe('splitColumns', () => {
  it('separates the issuer from the national motto when extraction merged the columns', () => {
    expect(splitColumns('ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual(['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'])
    expect(splitColumns('XÃ BÌNH AN Độc lập – Tự do – Hạnh phúc')).toEqual(['XÃ BÌNH AN', 'Độc lập – Tự do – Hạnh phúc'])
    expect(splitColumns('ĐẢNG ỦY XÃ BÌNH CHƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM')).toEqual(['ĐẢNG ỦY XÃ BÌNH CHƯƠNG', 'ĐẢNG CỘNG SẢN VIỆT NAM'])
  })

  it('separates the number from the place and date', () => {
    expect(splitColumns('Số: 27/KH-UBND Bình An, ngày 20 tháng 02 năm 2025')).toEqual(['Số: 27/KH-UBND', 'Bình An, ngày 20 tháng 02 năm 2025'])
    expect(splitColumns('V/v đăng ký thi đua TP. Hồ Chí Minh, ngày 05 tháng 3 năm 2025')).toEqual(['V/v đăng ký thi đua', 'TP. Hồ Chí Minh, ngày 05 tháng 3 năm 2025'])
  })

  it('separates the signature from the recipients', () => {
    expect(splitColumns('Nơi nhận: TM. ỦY BAN NHÂN DÂN')).toEqual(['Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN'])
    expect(splitColumns('- Như Điều 3; KT. CHỦ TỊCH')).toEqual(['- Như Điều 3;', 'KT. CHỦ TỊCH'])
    expect(splitColumns('- Lưu: VT, NC. PHÓ CHỦ TỊCH')).toEqual(['- Lưu: VT, NC.', 'PHÓ CHỦ TỊCH'])
  })

  it('splits on a wide gap of spaces and leaves body text alone', () => {
    expect(splitColumns('Nơi nhận:        CHỦ TỊCH')).toEqual(['Nơi nhận:', 'CHỦ TỊCH'])
    const body = 'Thực hiện Kế hoạch số 216/KH-UBND, ngày 30/9/2024 của UBND huyện Bình Sơn về việc tổ chức Đại hội'
    expect(splitColumns(body)).toEqual([body])
    expect(splitColumns('Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam bảo đảm')).toEqual(['Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam bảo đảm'])
  })
})
