// A commune's emulation plan in DocumentModel form, about three A4 pages, for the writer tests:
// numbered sections, lettered items through "đ)", dashes, bold and italic runs, a table.
import type { DocumentModel } from '../../document-model.ts'

export const samplePlan: DocumentModel = {
  header: {
    track: 'state',
    governingBody: null,
    issuer: 'ỦY BAN NHÂN DÂN\nXÃ BÌNH AN',
    number: '5',
    symbol: 'KH-UBND',
    place: 'Bình An',
    date: '2025-02-05',
  },
  documentType: 'KẾ HOẠCH',
  title:
    'Tổ chức phong trào thi đua lập thành tích chào mừng Đại hội Đảng bộ xã Bình An lần thứ XIII, tiến tới Đại hội Thi đua yêu nước huyện Bình Sơn lần thứ VI (2025 - 2030)',
  body: [
    {
      type: 'paragraph',
      runs: [
        'Thực hiện Kế hoạch số 216/KH-UBND ngày 30/9/2024 của UBND huyện Bình Sơn về việc tổ chức Đại hội Thi đua yêu nước cấp cơ sở tiến tới Đại hội Thi đua yêu nước huyện Bình Sơn lần thứ VI (2025 - 2030); Ủy ban nhân dân xã Bình An xây dựng Kế hoạch tổ chức phong trào thi đua năm 2025 cụ thể như sau:',
      ],
    },
    { type: 'heading', level: 1, text: 'I. MỤC ĐÍCH, YÊU CẦU' },
    { type: 'heading', level: 2, text: '1. Mục đích' },
    {
      type: 'item',
      marker: 'a)',
      runs: [
        'Phát huy truyền thống yêu nước, lòng tự hào dân tộc, sức mạnh của cả hệ thống chính trị, tạo khí thế thi đua sôi nổi, rộng khắp trên tất cả các lĩnh vực của đời sống xã hội, lập thành tích chào mừng Đại hội Đảng bộ xã Bình An lần thứ XIII và các ngày lễ lớn của đất nước trong năm 2025.',
      ],
    },
    {
      type: 'item',
      marker: 'b)',
      runs: [
        'Nâng cao vai trò, trách nhiệm của cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể trong tổ chức các phong trào thi đua và thực hiện chính sách, pháp luật về thi đua, khen thưởng.',
      ],
    },
    {
      type: 'item',
      marker: 'c)',
      runs: [
        'Tổ chức phong trào thi đua hoàn thành tốt, hoàn thành xuất sắc các chỉ tiêu phát triển kinh tế - xã hội, quốc phòng, an ninh của xã giai đoạn 2021 - 2025.',
      ],
    },
    {
      type: 'item',
      marker: 'd)',
      runs: [
        'Thông qua phong trào thi đua phát hiện, bồi dưỡng, nhân rộng các điển hình tiên tiến, gương người tốt, việc tốt; tạo sự chuyển biến mạnh mẽ trong nhận thức của cán bộ, đảng viên và các tầng lớp Nhân dân về công tác thi đua, khen thưởng.',
      ],
    },
    {
      type: 'item',
      marker: 'đ)',
      runs: [
        'Tổng kết, đánh giá, biểu dương, khen thưởng kịp thời các tập thể, cá nhân và hộ gia đình có thành tích xuất sắc tiêu biểu trong phong trào thi đua.',
      ],
    },
    { type: 'heading', level: 2, text: '2. Yêu cầu' },
    {
      type: 'item',
      marker: '-',
      runs: [
        'Việc tổ chức phong trào thi đua phải bảo đảm thiết thực, hiệu quả, tiết kiệm, tránh phô trương, hình thức; nội dung thi đua cụ thể, phù hợp với chức năng, nhiệm vụ của từng cơ quan, đơn vị, thôn.',
      ],
    },
    {
      type: 'item',
      marker: '-',
      runs: [
        'Công tác khen thưởng phải ',
        { text: 'kịp thời, chính xác, công khai, minh bạch', bold: true },
        ', đúng đối tượng, đúng thành tích; chú trọng khen thưởng người lao động trực tiếp, cán bộ cơ sở và Nhân dân.',
      ],
    },
    { type: 'heading', level: 1, text: 'II. NỘI DUNG THI ĐUA' },
    {
      type: 'paragraph',
      runs: [
        'Chủ đề thi đua: “',
        {
          text: 'Đảng bộ, chính quyền và Nhân dân xã Bình An đoàn kết, đổi mới, thi đua lập thành tích chào mừng Đại hội Đảng bộ xã lần thứ XIII',
          italic: true,
        },
        '”. Các cơ quan, đơn vị, thôn tập trung thi đua thực hiện các nội dung chủ yếu sau:',
      ],
    },
    {
      type: 'item',
      marker: '1.',
      runs: [
        'Thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2025; đẩy mạnh chuyển dịch cơ cấu cây trồng, vật nuôi, phát triển sản xuất hàng hóa, nâng cao thu nhập cho Nhân dân; phấn đấu thu ngân sách trên địa bàn vượt dự toán được giao.',
      ],
    },
    {
      type: 'item',
      marker: '2.',
      runs: [
        'Thi đua xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu; hưởng ứng phong trào “Cả nước chung tay xóa nhà tạm, nhà dột nát” trong năm 2025; giữ gìn vệ sinh môi trường, xây dựng cảnh quan xanh - sạch - đẹp.',
      ],
    },
    {
      type: 'item',
      marker: '3.',
      runs: [
        'Thi đua xây dựng Đảng, chính quyền trong sạch, vững mạnh; đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; thực hiện tốt văn hóa công sở, cải cách hành chính, chuyển đổi số.',
      ],
    },
    {
      type: 'item',
      marker: '4.',
      runs: [
        'Thi đua bảo đảm quốc phòng, an ninh, giữ vững ổn định chính trị, trật tự an toàn xã hội; phòng, chống thiên tai, dịch bệnh; giảm thiểu tai nạn giao thông trên địa bàn xã.',
      ],
    },
    { type: 'heading', level: 1, text: 'III. TIÊU CHÍ VÀ THANG ĐIỂM' },
    {
      type: 'paragraph',
      runs: ['Kết quả thi đua của các thôn được chấm theo thang điểm 100, gồm các nhóm tiêu chí sau:'],
    },
    {
      type: 'table',
      widths: [1, 6, 2],
      rows: [
        ['STT', 'Nhóm tiêu chí', 'Điểm tối đa'],
        ['1', 'Phát triển kinh tế, thu nhập bình quân đầu người, giảm nghèo bền vững', '30'],
        ['2', 'Xây dựng nông thôn mới, vệ sinh môi trường, cảnh quan xanh - sạch - đẹp', '25'],
        ['3', 'Văn hóa - xã hội, khu dân cư văn hóa, gia đình văn hóa', '25'],
        ['4', 'Quốc phòng, an ninh, trật tự an toàn xã hội', '20'],
      ],
    },
    { type: 'heading', level: 1, text: 'IV. HÌNH THỨC VÀ TIÊU CHUẨN KHEN THƯỞNG' },
    {
      type: 'paragraph',
      runs: [
        'Căn cứ kết quả phong trào thi đua, Chủ tịch Ủy ban nhân dân xã xét tặng Giấy khen cho các tập thể, cá nhân, hộ gia đình có thành tích tiêu biểu theo quy định của Luật Thi đua, khen thưởng năm 2022 và Nghị định số 152/2025/NĐ-CP của Chính phủ; lựa chọn các tập thể, cá nhân xuất sắc nhất đề nghị cấp trên khen thưởng.',
      ],
    },
    {
      type: 'item',
      marker: '-',
      runs: [
        { text: 'Đối với tập thể:', bold: true },
        ' hoàn thành xuất sắc nhiệm vụ, có nhiều sáng kiến, mô hình hay được nhân rộng, nội bộ đoàn kết, thực hiện tốt quy chế dân chủ ở cơ sở.',
      ],
    },
    {
      type: 'item',
      marker: '-',
      runs: [
        { text: 'Đối với cá nhân:', bold: true },
        ' gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước, có thành tích tiêu biểu, xuất sắc, được tập thể nơi công tác hoặc cư trú suy tôn.',
      ],
    },
    {
      type: 'item',
      marker: '-',
      runs: [
        { text: 'Đối với hộ gia đình:', bold: true },
        ' gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước, tích cực tham gia các phong trào thi đua tại khu dân cư, phát triển kinh tế gia đình hiệu quả.',
      ],
    },
    { type: 'heading', level: 1, text: 'V. TỔ CHỨC THỰC HIỆN' },
    { type: 'heading', level: 2, text: '1. Công chức Văn phòng - Thống kê' },
    { type: 'heading', level: 3, text: 'a) Tham mưu tổ chức phát động' },
    {
      type: 'paragraph',
      runs: [
        'Tham mưu Ủy ban nhân dân xã tổ chức Lễ phát động phong trào thi đua; hướng dẫn các cơ quan, đơn vị, thôn đăng ký thi đua; theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo Thường trực Hội đồng Thi đua - Khen thưởng xã.',
      ],
    },
    { type: 'heading', level: 3, text: 'b) Sơ kết, tổng kết' },
    {
      type: 'paragraph',
      runs: [
        'Xây dựng báo cáo sơ kết vào tháng 6/2025 và tổng kết phong trào thi đua vào tháng 11/2025; tổng hợp hồ sơ đề nghị khen thưởng trình Hội đồng Thi đua - Khen thưởng xã xem xét, đề nghị Chủ tịch Ủy ban nhân dân xã quyết định.',
      ],
    },
    { type: 'heading', level: 2, text: '2. Công chức Tài chính - Kế toán' },
    {
      type: 'paragraph',
      runs: [
        'Phối hợp với công chức Văn phòng - Thống kê lập dự toán kinh phí tổ chức phong trào thi đua và chi khen thưởng từ Quỹ thi đua, khen thưởng của xã bảo đảm đúng quy định.',
      ],
    },
    { type: 'heading', level: 2, text: '3. Công chức Văn hóa - Xã hội' },
    {
      type: 'paragraph',
      runs: [
        'Đẩy mạnh tuyên truyền về phong trào thi đua trên hệ thống truyền thanh xã và trang thông tin điện tử; biểu dương các điển hình tiên tiến, nhân tố mới, gương người tốt, việc tốt.',
      ],
    },
    { type: 'heading', level: 2, text: '4. Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội' },
    {
      type: 'paragraph',
      runs: [
        'Vận động đoàn viên, hội viên và Nhân dân tích cực hưởng ứng phong trào thi đua; giới thiệu các tập thể, cá nhân tiêu biểu để biểu dương, khen thưởng.',
      ],
    },
    {
      type: 'paragraph',
      runs: [
        'Trên đây là Kế hoạch tổ chức phong trào thi đua năm 2025 của Ủy ban nhân dân xã Bình An, đề nghị các cơ quan, đơn vị, thôn nghiêm túc triển khai thực hiện./.',
      ],
    },
  ],
  recipients: [
    'Phòng Nội vụ huyện',
    'TT Đảng ủy, HĐND xã',
    'Hội đồng TĐ-KT xã',
    'Mặt trận và các tổ chức chính trị - xã hội xã',
    'Các cơ quan, đơn vị, thôn trên địa bàn xã',
    'Lưu: VT',
  ],
  signature: { authorityLines: ['TM. ỦY BAN NHÂN DÂN'], title: 'CHỦ TỊCH', name: 'Nguyễn Đức Soán' },
}

/** The same plan issued by the commune's Party committee (HD 36-HD/VPTW header and number). */
export const partyPlan: DocumentModel = {
  ...samplePlan,
  header: {
    track: 'party',
    governingBody: 'ĐẢNG BỘ HUYỆN BÌNH SƠN',
    issuer: 'ĐẢNG ỦY XÃ BÌNH CHƯƠNG',
    number: '5',
    symbol: 'KH/ĐU',
    place: 'Bình Chương',
    date: '2025-02-05',
  },
  recipients: ['Ban Thường vụ Huyện ủy (báo cáo)', 'Các chi bộ trực thuộc Đảng ủy', 'Lưu VP Đảng ủy'],
  signature: { authorityLines: ['T/M ĐẢNG ỦY'], title: 'BÍ THƯ', name: 'Lê Văn Phúc' },
}

/** A draft: no number or date yet, a governing body above a long issuer name, the signer not chosen. */
export const draftPlan: DocumentModel = {
  ...samplePlan,
  header: {
    ...samplePlan.header,
    governingBody: 'UBND XÃ BÌNH THÀNH',
    issuer: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG XÃ BÌNH THÀNH',
    number: null,
    symbol: 'KH-HĐTĐKT',
    place: 'Bình Thành',
    date: null,
  },
  body: samplePlan.body.slice(0, 6),
  signature: { authorityLines: ['TM. HỘI ĐỒNG', 'KT. CHỦ TỊCH'], title: 'PHÓ CHỦ TỊCH', name: '' },
}
