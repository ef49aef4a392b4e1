import { describe, expect, it } from 'vitest'
import { parseText } from '../index.ts'

const plan = (body: string) => parseText(`KẾ HOẠCH\nPhát động thi đua năm 2025\nThực hiện Kế hoạch số 12/KH-UBND ngày 02/01/2025 của UBND huyện, UBND xã Bình Thành ban hành kế hoạch như sau:\n${body}`)

describe('theme and slogans', () => {
  it('reads a quoted theme after "chủ đề" and slogans after "khẩu hiệu"', () => {
    const doc = plan(
      'I. CHỦ ĐỀ, KHẨU HIỆU\nNội dung, chủ đề thi đua: “Đảng bộ, chính quyền và Nhân dân xã Bình Thành thi đua lập thành tích”.\n2. Khẩu hiệu hành động\nĐợt thi đua chú trọng vào các khẩu hiệu sau “Đã cam kết là thực hiện”; “Tất cả vì dân giàu, nước mạnh”.',
    )
    expect(doc.theme).toBe('Đảng bộ, chính quyền và Nhân dân xã Bình Thành thi đua lập thành tích')
    expect(doc.slogans).toEqual(['Đã cam kết là thực hiện', 'Tất cả vì dân giàu, nước mạnh'])
  })

  it('reads a theme under its own heading and "thi đua với tinh thần “…”" as a slogan; movement names are neither', () => {
    const doc = plan(
      '1. Chủ đề thi đua\n“Chung sức xây dựng nông thôn mới”.\nII. NỘI DUNG\nCác cơ quan thực hiện Đợt thi đua với tinh thần “quyết tâm cao, hành động quyết liệt”, tập trung các nội dung sau:\n1. Hưởng ứng phong trào “Cả nước chung tay vì người nghèo”.',
    )
    expect(doc.theme).toBe('Chung sức xây dựng nông thôn mới')
    expect(doc.slogans).toEqual(['quyết tâm cao, hành động quyết liệt'])
  })
})

describe('period and phases', () => {
  it('reads the period under "Thời gian thi đua"', () => {
    const doc = plan('III. ĐỐI TƯỢNG, THỜI GIAN THI ĐUA\n1. Đối tượng thi đua\n- a) Tập thể: các cơ quan, đơn vị, các xóm trên địa bàn.\n2. Thời gian thi đua\nPhát động và tổ chức thực hiện Đợt thi đua từ nay đến hết năm 2025.')
    expect(doc.period).toEqual({ from: null, to: '2025-12-31', as_written: 'từ nay đến hết năm 2025' })
    expect(doc.target_groups).toEqual(['các cơ quan, đơn vị, các xóm trên địa bàn'])
  })

  it('reads phases with their reviews and derives the period from them', () => {
    const doc = plan(
      'II. THỜI GIAN\n3. Thời gian phát động thi đua\n3.1. Đợt 1: Từ khi phát động (tháng 8/2024) đến tháng 7/2025\n- Tổ chức sơ kết phong trào thi đua trong tháng 8/2025.\n3.2. Đợt 2: Từ tháng 8/2025 đến tháng 7/2026\n- Tổ chức tổng kết phong trào thi đua trong tháng 8/2026.\nIII. NỘI DUNG',
    )
    expect(doc.phases).toEqual([
      { name: 'Đợt 1', from: '2024-08', to: '2025-07', review: 'sơ kết', review_date: '2025-08' },
      { name: 'Đợt 2', from: '2025-08', to: '2026-07', review: 'tổng kết', review_date: '2026-08' },
    ])
    expect(doc.period).toMatchObject({ from: '2024-08', to: '2026-07' })
    expect(doc.deadlines).toEqual(['sơ kết phong trào thi đua trong tháng 8/2025', 'tổng kết phong trào thi đua trong tháng 8/2026'])
  })

  it('uses the issue date for "từ ngày ban hành" and a label "Thời gian tổ chức:"', () => {
    const issued = parseText('Số: 141/KH-UBND\nThái Nguyên, ngày 15 tháng 11 năm 2025\nKẾ HOẠCH\nTriển khai Đợt thi đua\nThực hiện Quyết định số 2437/QĐ-TTg.\nI. THỜI GIAN THI ĐUA\nĐợt thi đua được triển khai từ ngày ban hành Kế hoạch đến khi tổ chức thành công Đại hội.')
    expect(issued.period).toMatchObject({ from: '2025-11-15', to: null })
    const event = plan('II. HÌNH THỨC\n- Thời gian tổ chức: 01 buổi, dự kiến trong quý I năm 2025.')
    expect(event.period).toEqual({ from: '2025-01', to: '2025-03', as_written: '01 buổi, dự kiến trong quý I năm 2025' })
    expect(event.deadlines).toEqual(['01 buổi, dự kiến trong quý I năm 2025'])
  })
})

describe('target groups, award forms, dossier', () => {
  it('reads criteria sub-headings "Đối với …" as target groups', () => {
    const doc = plan('IV. TIÊU CHÍ THI ĐUA\n1.1. Đối với các sở, ban, ngành\n- Hoàn thành xuất sắc nhiệm vụ.\n1.2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh\n- Tổ chức sâu rộng các phong trào.\n1.3. Đối với cá nhân\n- Gương mẫu.')
    expect(doc.target_groups).toEqual(['các sở, ban, ngành', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'cá nhân'])
  })

  it('reads listed forms and "<authority> tặng giấy khen" sentences; other sections give none', () => {
    const doc = plan(
      'IV. KHEN THƯỞNG\n1. Cấp tỉnh: Thực hiện theo Kế hoạch số 213/KH-UBND ngày 19/11/2024 của Chủ tịch UBND tỉnh.\n2. Cấp huyện: Chủ tịch UBND huyện tặng giấy khen cho tập thể, cá nhân có thành tích xuất sắc.\n3. Hình thức khen thưởng\n- Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh;\n- Danh hiệu “Lao động tiên tiến”.\nV. NỘI DUNG\n- Hưởng ứng phong trào do Chủ tịch UBND tỉnh phát động.',
    )
    expect(doc.award_forms).toEqual(['Giấy khen của Chủ tịch UBND huyện', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'Danh hiệu Lao động tiên tiến'])
    expect(plan('V. Sơ kết, tổng kết và khen thưởng\n1. Khen thưởng cho tổ chức đảng theo Điều lệ Đảng.').award_forms).toEqual([])
  })

  it('reads the dossier list of the innermost dossier heading and one due date', () => {
    const doc = plan(
      'VI. HỒ SƠ KHEN THƯỞNG\n1. Thành phần hồ sơ\n- Tờ trình kèm danh sách đề nghị khen thưởng;\n- Biên bản họp xét, đề nghị khen thưởng.\n2. Thời gian gửi hồ sơ\nĐối với khen thưởng chào mừng Đại hội: Hồ sơ đề nghị khen thưởng gửi về Hội đồng Thi đua - Khen thưởng xã sau 20 ngày tổ chức Đại hội.\nVII. TỔ CHỨC THỰC HIỆN\n1. Đề nghị Ban Xây dựng Đảng\nHoàn thiện hồ sơ đề nghị khen thưởng gửi Hội đồng Thi đua - Khen thưởng xã sau 20 ngày tổ chức Đại hội.',
    )
    expect(doc.dossier_items).toEqual(['Tờ trình kèm danh sách đề nghị khen thưởng', 'Biên bản họp xét, đề nghị khen thưởng'])
    expect(doc.deadlines).toEqual(['Hồ sơ đề nghị khen thưởng gửi về Hội đồng Thi đua - Khen thưởng xã sau 20 ngày tổ chức Đại hội'])
  })

  it('reads an inline dossier list "Hồ sơ gồm: …"', () => {
    expect(plan('V. KHEN THƯỞNG\nHồ sơ gồm: Tờ trình; Báo cáo thành tích; Biên bản họp xét.').dossier_items).toEqual(['Tờ trình', 'Báo cáo thành tích', 'Biên bản họp xét'])
  })
})

describe('deadlines and assignments', () => {
  it('keeps a report due date, not the date of a cited document nor a campaign target', () => {
    const doc = plan(
      'II. NỘI DUNG\n1. Hoàn thành xóa nhà tạm trước ngày 31/3/2025.\n2. Tổ chức Lễ phát động gắn với Hội nghị theo Kế hoạch số 133/KH-UBND ngày 13/7/2023.\nIII. TỔ CHỨC THỰC HIỆN\n1. Các cơ quan, đơn vị gửi báo cáo kết quả về UBND xã (qua Văn phòng) trước ngày 15/11/2025 để tổng hợp.',
    )
    expect(doc.deadlines).toEqual(['Các cơ quan, đơn vị gửi báo cáo kết quả về UBND xã trước ngày 15/11/2025'])
  })

  it('names the assigned units: heading, text before a colon, or before the first verb', () => {
    const doc = plan(
      'VI. TỔ CHỨC THỰC HIỆN\n1. Văn phòng – Thống kê (Thường trực Hội đồng Thi đua - Khen thưởng)\na) Chủ trì tham mưu.\n2. Công chức Tài chính – Kế toán: Phối hợp lập dự toán.\n3. Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy: Chỉ đạo tuyên truyền.\n4. Tuyên giáo Đảng ủy phối hợp với các cơ quan liên quan.\n5. UBMTTQVN và các tổ chức chính trị - xã hội xã: Tiếp tục vận động.\n6. Chi bộ thôn An Điền 2 cử đồng chí Bí thư phát biểu.\nỦy ban nhân dân xã đề nghị các cơ quan nghiêm túc thực hiện./.',
    )
    expect(doc.assignments).toEqual([
      'Văn phòng – Thống kê',
      'Công chức Tài chính – Kế toán',
      'Ban Tuyên giáo và Dân vận Tỉnh ủy',
      'Tuyên giáo Đảng ủy',
      'UBMTTQVN và các tổ chức chính trị - xã hội xã',
      'Chi bộ thôn An Điền 2',
    ])
  })
})

describe('event and standards', () => {
  it('reads the event a plan organises', () => {
    const doc = parseText(
      'KẾ HOẠCH\nTổ chức Hội nghị tuyên dương điển hình tiên tiến xã Bình An\nThực hiện Kế hoạch số 216/KH-UBND, UBND xã Bình An xây dựng kế hoạch như sau:\nI. NỘI DUNG\n- Thời gian tổ chức: 01 buổi, dự kiến trong quý I năm 2025.\n- Số lượng: Không quá 150 đại biểu.\n3. Chương trình Hội nghị\n+ Chào cờ;\n+ Phát biểu khai mạc;\n+ Bế mạc.\n4. Chủ trì Hội nghị: Đại diện lãnh đạo Đảng, chính quyền (03 người)\nII. Kinh phí\nKinh phí được trích từ quỹ thi đua khen thưởng xã.',
    )
    expect(doc.event).toEqual({ kind: 'hoi_nghi_dien_hinh_tien_tien', when: '2025-Q1', agenda_items: 3, participants_groups: null, max_delegates: 150, chairs: 3, funding: 'quỹ thi đua khen thưởng xã' })
  })

  it('reads award standards without the "Đối với …:" qualifier', () => {
    const doc = plan('V. ĐỐI TƯỢNG, TIÊU CHUẨN KHEN THƯỞNG\nĐối với khen thưởng tại Đại hội: Là tập thể, cá nhân gương mẫu; không có cá nhân vi phạm kỷ luật.')
    expect(doc.standards).toBe('Là tập thể, cá nhân gương mẫu; không có cá nhân vi phạm kỷ luật')
    expect(doc.target_groups).toEqual([])
  })
})

describe('labelled variants', () => {
  it('reads a labelled theme, an unquoted slogan, a list of forms on one line and an event date once', () => {
    const doc = plan(
      'I. CHỦ ĐỀ\nChủ đề năm 2025: “Kỷ cương, trách nhiệm”.\n2. Khẩu hiệu\nĐoàn kết, sáng tạo, phát triển\nII. HÌNH THỨC KHEN THƯỞNG: Bằng khen của Chủ tịch UBND tỉnh, Giấy khen của Chủ tịch UBND huyện.\nIII. Thời gian tổ chức Lễ tổng kết: dự kiến tháng 12/2025.',
    )
    expect(doc).toMatchObject({
      theme: 'Kỷ cương, trách nhiệm',
      slogans: ['Đoàn kết, sáng tạo, phát triển'],
      award_forms: ['Bằng khen của Chủ tịch UBND tỉnh', 'Giấy khen của Chủ tịch UBND huyện'],
      deadlines: ['dự kiến tháng 12/2025'],
    })
  })
})

describe('bare time labels', () => {
  it('reads "Thời gian:" with a date as the period, and not a time of day', () => {
    expect(plan('II. TỔ CHỨC\n- Thời gian: dự kiến tháng 6/2025.').period).toEqual({ from: '2025-06', to: '2025-06', as_written: 'dự kiến tháng 6/2025' })
    expect(plan('II. TỔ CHỨC\n- Thời gian: 8 giờ 00.').period).toBeNull()
  })
})
