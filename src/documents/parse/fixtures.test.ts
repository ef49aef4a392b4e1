// Invented but realistic documents of every type (fixtures/*.txt), read end to end.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseText } from './index.ts'

const fixture = (name: string) => parseText(readFileSync(new URL(`./fixtures/${name}.txt`, import.meta.url), 'utf8'))

describe('documents of other types', () => {
  it('reads a decision with a merged two-column header, a deputy signature and awardees', () => {
    const doc = fixture('quyet-dinh-khen-thuong')
    expect(doc).toMatchObject({
      doc_type: 'quyet_dinh',
      number: '152',
      symbol: 'QĐ-UBND',
      issuer: 'UBND xã Ân Tường',
      place: 'Ân Tường',
      date: '2024-01-05',
      title: 'Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2023',
      legal_bases: ['98/2023/NĐ-CP', '03/TTr-HĐTĐKT'],
      recipients: ['Như Điều 3', 'Phòng Nội vụ huyện', 'Lưu: VT, VHXH'],
      signer_title: 'PHÓ CHỦ TỊCH',
      signer_name: 'Phạm Văn Toàn',
      theme: null,
      period: null,
      assignments: [],
    })
    expect(doc.awardees.map((a) => a.name)).toEqual(['Trường Tiểu học Ân Tường', 'Thôn Linh Chiểu', 'Nguyễn Văn Hùng', 'Trần Thị Mai', 'Lê Minh Đức'])
  })

  it('reads a proposal (tờ trình) addressed with "Kính gửi"', () => {
    expect(fixture('to-trinh')).toMatchObject({
      doc_type: 'to_trinh',
      symbol: 'TTr-UBND',
      issuer: 'UBND phường Hòa Minh',
      title: 'Về việc đề nghị tặng Bằng khen của Chủ tịch UBND thành phố cho tập thể và cá nhân',
      legal_bases: ['210/KH-UBND'],
      signer_name: 'Nguyễn Thanh Tùng',
    })
  })

  it('reads a Party report cut off mid-sentence', () => {
    expect(fixture('bao-cao-cut')).toMatchObject({
      doc_type: 'bao_cao',
      number: '18',
      symbol: 'BC/ĐU',
      issuer: 'Đảng ủy xã Nam Giang',
      date: '2024-06-28',
      legal_bases: ['25-KH/ĐU'],
      recipients: [],
      signer_title: null,
      signer_name: null,
    })
  })

  it('reads a guidance with forms, dossier, due date and a council issuer of the province', () => {
    expect(fixture('huong-dan')).toMatchObject({
      doc_type: 'huong_dan',
      issuer: 'Hội đồng Thi Đua - Khen Thưởng tỉnh Quảng Trị',
      award_forms: ['Danh hiệu Cờ thi đua của UBND tỉnh', 'Bằng khen của Chủ tịch UBND tỉnh', 'Danh hiệu Chiến sĩ thi đua cấp tỉnh'],
      dossier_items: [
        'Tờ trình đề nghị khen thưởng của cơ quan, đơn vị',
        'Biên bản họp Hội đồng Thi đua - Khen thưởng cấp trình',
        'Báo cáo thành tích của tập thể, cá nhân có xác nhận của cấp trình khen',
      ],
      deadlines: ['Các cơ quan, đơn vị gửi hồ sơ về Sở Nội vụ trước ngày 15/12/2025'],
      assignments: ['Ban Thi đua - Khen thưởng Sở Nội vụ', 'Các sở, ban, ngành, địa phương'],
      signer_title: 'PHÓ CHỦ TỊCH',
    })
  })

  it('reads a letter (công văn) with its "V/v" subject', () => {
    expect(fixture('cong-van')).toMatchObject({
      doc_type: 'other',
      number: '231',
      symbol: 'UBND-VP',
      issuer: 'UBND xã Tân Lập',
      place: 'Tân Lập',
      date: '2025-03-03',
      title: 'V/v đăng ký thi đua năm 2025',
      legal_bases: ['12/HD-HĐTĐKT'],
      recipients: ['Như trên', 'Lưu: VT'],
      signer_name: 'Đinh Văn Quý',
    })
  })

  it('reads a Party plan written with the "hoà / uỷ" tone placement', () => {
    expect(fixture('ke-hoach-party-old-tones')).toMatchObject({
      number: '05',
      symbol: 'KH/ĐU',
      issuer: 'Đảng uỷ xã Thuỷ An',
      theme: 'Đoàn kết - Dân chủ - Kỷ cương - Đổi mới - Phát triển',
      slogans: ['Thuỷ An chung sức xây dựng nông thôn mới kiểu mẫu'],
      period: { from: '2025-03-15', to: '2025-09-30', as_written: 'Từ ngày 15/3/2025 đến ngày 30/9/2025' },
      target_groups: ['Các chi bộ trực thuộc Đảng uỷ', 'Cán bộ, đảng viên trong Đảng bộ xã'],
      award_forms: ['Giấy khen của Ban Thường vụ Đảng uỷ', 'Giấy khen của Ban Thường vụ Huyện uỷ'],
      assignments: ['Văn phòng Đảng uỷ', 'Các chi bộ trực thuộc'],
      signer_title: 'PHÓ BÍ THƯ',
      signer_name: 'Lê Thị Hoà',
    })
  })

  it('reads a district plan with "I/" headings, inline labels and a merged signature column', () => {
    expect(fixture('ke-hoach-huyen')).toMatchObject({
      issuer: 'UBND huyện Lục Ngạn',
      title: 'Tổ chức phong trào thi đua "Lục Ngạn chung sức xây dựng nông thôn mới" năm 2024',
      legal_bases: ['45/KH-UBND'],
      period: { from: '2024-03', to: '2024-11', as_written: 'Từ tháng 3 đến tháng 11/2024' },
      target_groups: ['Các xã, thị trấn', 'các cơ quan, đơn vị thuộc UBND huyện'],
      award_forms: ['Giấy khen của Chủ tịch UBND huyện', 'Bằng khen của Chủ tịch UBND tỉnh'],
      dossier_items: ['Tờ trình đề nghị khen thưởng', 'Báo cáo thành tích'],
      deadlines: ['trước ngày 20/11/2024 về Phòng Nội vụ huyện'],
      assignments: ['Phòng Nội vụ', 'Phòng Nông nghiệp và PTNT', 'UBND các xã, thị trấn'],
      recipients: ['UBND tỉnh', 'Các xã, thị trấn', 'Lưu: VT'],
      signer_title: 'PHÓ CHỦ TỊCH',
      signer_name: 'Nguyễn Văn Long',
    })
  })
})
