// Worked cases: Giấy khen, Bằng khen của Chủ tịch UBND tỉnh, Bằng khen của Thủ tướng, Huân chương Lao động.
import { held, household, judged, rated, ratedFrom, spirit, staff, unit } from './builders.ts'
import type { WorkedCase } from './types.ts'

const movement = { id: 'tt-ntm-2025', description: 'Tiêu biểu trong phong trào «Thái Nguyên chung sức xây dựng nông thôn mới»', kind: 'phong_trao' as const, level: 'xa' as const, date: '2025-11-05' }
const exemplary = (over = {}) => staff({ ratings: rated({ 2025: 'HTTNV' }), assessments: judged(2025, ['GUONG_MAU']), achievements: [movement], ...over })

export const GIAY_KHEN_CASES: WorkedCase[] = [
  {
    id: 'GK_XA-01',
    title: 'Công chức gương mẫu, hoàn thành tốt nhiệm vụ, tiêu biểu trong phong trào nông thôn mới: Giấy khen Chủ tịch UBND xã (0,3 × lương cơ sở)',
    article: 'Luật TĐKT 2022, Điều 75; Nghị định 152/2025/NĐ-CP, Điều 54',
    input: { subject: exemplary(), target: 'GIAY_KHEN_CHU_TICH_XA', date: '2025-12-15', authority: 'CHU_TICH_UBND_XA' },
    expect: { eligible: true, bonusAmount: 710_000 },
  },
  {
    id: 'GK_XA-02',
    title: 'Cùng trường hợp, quyết định ngày 30/06/2025 theo Nghị định 98/2023: 0,15 × lương cơ sở',
    article: 'Luật TĐKT 2022, Điều 75; Nghị định 98/2023/NĐ-CP (mức 0,15)',
    input: { subject: exemplary({ achievements: [{ ...movement, date: '2025-05-05' }] }), target: 'GIAY_KHEN_CHU_TICH_XA', date: '2025-06-30', authority: 'CHU_TICH_UBND_XA' },
    expect: { eligible: true, bonusAmount: 360_000 },
  },
  {
    id: 'GK_XA-03',
    title: 'Thành tích phong trào đã được khen Giấy khen năm 2024: không khen lại',
    article: 'Luật TĐKT 2022, Điều 5, khoản 2',
    input: {
      subject: exemplary({ achievements: [{ ...movement, usedFor: { code: 'GIAY_KHEN_CHU_TICH_XA', year: 2024 } }] }),
      target: 'GIAY_KHEN_CHU_TICH_XA',
      date: '2025-12-15',
    },
    expect: { eligible: false, failing: ['gk.achievement'] },
  },
  {
    id: 'GK_XA-04',
    title: 'Hộ gia đình hiến 300 m² đất làm đường liên xóm: Giấy khen Chủ tịch UBND xã cho hộ',
    article: 'Luật TĐKT 2022, Điều 75 (tiêu chuẩn hộ gia đình theo QĐ 86/2025 Bắc Ninh ⚠️)',
    input: {
      subject: household({
        assessments: judged(2025, ['GUONG_MAU']),
        achievements: [{ id: 'hien-dat', description: 'Hiến 300 m² đất làm đường liên xóm', kind: 'dong_gop', level: 'xa', date: '2025-08-19' }],
      }),
      target: 'GIAY_KHEN_CHU_TICH_XA',
      date: '2025-12-15',
    },
    expect: { eligible: true, bonusAmount: 1_060_000 },
  },
  {
    id: 'GK_XA-05',
    title: 'Tổ dân quân cứu hộ trong lũ (thành tích đột xuất): Giấy khen đột xuất cho tập thể',
    article: 'Luật TĐKT 2022, Điều 75; Điều 85 (thủ tục đơn giản)',
    input: {
      subject: unit({
        name: 'Trung đội dân quân xã Bình Thành',
        ratings: rated({ 2025: 'HTTNV' }),
        assessments: judged(2025, ['GUONG_MAU', 'NOI_BO_DOAN_KET']),
        achievements: [{ id: 'cuu-ho-lu', description: 'Cứu hộ 12 hộ dân trong lũ tháng 9/2025', kind: 'dot_xuat', level: 'xa', date: '2025-09-12' }],
      }),
      target: 'GIAY_KHEN_CHU_TICH_XA',
      date: '2025-09-20',
      kind: 'dot_xuat',
      achievementId: 'cuu-ho-lu',
    },
    expect: { eligible: true, bonusAmount: 1_410_000 },
  },
  {
    id: 'GK_XA-06',
    title: 'Tập thể chỉ hoàn thành nhiệm vụ: không đạt «hoàn thành tốt nhiệm vụ» của Giấy khen',
    article: 'Luật TĐKT 2022, Điều 75, khoản 2 (tiêu chuẩn theo QĐ 86/2025 Bắc Ninh ⚠️)',
    input: {
      subject: unit({ ratings: rated({ 2025: 'HTNV' }), assessments: judged(2025, ['GUONG_MAU', 'NOI_BO_DOAN_KET']), achievements: [movement] }),
      target: 'GIAY_KHEN_CHU_TICH_XA',
      date: '2025-12-15',
    },
    expect: { eligible: false, failing: ['gk.duty'] },
  },
  {
    id: 'GK_HUYEN-01',
    title: 'Giấy khen của Chủ tịch UBND huyện ngày 01/07/2025: hình thức không còn (bỏ cấp huyện)',
    article: 'Luật Tổ chức chính quyền địa phương 2025 (số 72/2025/QH15); Nghị định 129/2025/NĐ-CP, Điều 59',
    input: { subject: exemplary(), target: 'GIAY_KHEN_CHU_TICH_HUYEN', date: '2025-07-01' },
    expect: { eligible: false, failing: ['availability'] },
  },
  {
    id: 'GK_HUYEN-02',
    title: 'Giấy khen của Chủ tịch UBND huyện ngày 30/06/2025: còn thẩm quyền',
    article: 'Luật TĐKT 2022, Điều 75, Điều 80, khoản 2',
    input: { subject: exemplary({ achievements: [{ ...movement, date: '2025-04-30' }] }), target: 'GIAY_KHEN_CHU_TICH_HUYEN', date: '2025-06-30', authority: 'CHU_TICH_UBND_HUYEN' },
    expect: { eligible: true },
  },
  {
    id: 'GK_TT-01',
    title: 'Giám đốc Sở tặng Giấy khen cho viên chức: có thẩm quyền',
    article: 'Luật TĐKT 2022, Điều 75, Điều 80',
    input: { subject: exemplary(), target: 'GIAY_KHEN_THU_TRUONG', date: '2025-12-15', authority: 'THU_TRUONG_CO_QUAN_CHUYEN_MON' },
    expect: { eligible: true },
  },
  {
    id: 'GK_TT-02',
    title: 'Chủ tịch UBND xã ký Giấy khen «của thủ trưởng cơ quan»: sai thẩm quyền, phải là Giấy khen của Chủ tịch UBND xã',
    article: 'Luật TĐKT 2022, Điều 75, khoản 1',
    input: { subject: exemplary(), target: 'GIAY_KHEN_THU_TRUONG', date: '2025-12-15', authority: 'CHU_TICH_UBND_XA' },
    expect: { eligible: false, failing: ['authority'] },
  },
  {
    id: 'GK_XA-07',
    title: 'Đợt thi đua chào mừng Đại hội (kế hoạch 004): tập thể có thành viên bị khiển trách không được Giấy khen',
    article: 'Kế hoạch mẫu 004 (Bắc Sơn), mục V — tiêu chuẩn bổ sung',
    input: {
      subject: unit({
        ratings: rated({ 2025: 'HTTNV' }),
        assessments: judged(2025, ['GUONG_MAU', 'NOI_BO_DOAN_KET']),
        achievements: [movement],
        collectiveYears: [{ year: 2025, memberCount: 12, memberDiscipline: [{ form: 'khien_trach', date: '2025-04-01' }] }],
      }),
      target: 'GIAY_KHEN_CHU_TICH_XA',
      date: '2025-12-15',
      kind: 'phong_trao',
      province: {
        province: 'Tỉnh Lạng Sơn',
        instrument: 'Kế hoạch thi đua chào mừng Đại hội Đảng bộ xã Bắc Sơn (kế hoạch mẫu 004)',
        standards: [{ code: 'GIAY_KHEN_CHU_TICH_XA', criteria: [{ kind: 'no_discipline', from: 'khien_trach', citation: 'mục V' }] }],
      },
    },
    expect: { eligible: false, failing: ['province.1.no_discipline'] },
  },
  {
    id: 'GK_XA-08',
    title: 'Tỉnh thay tiêu chuẩn Giấy khen bằng «02 năm liên tục hoàn thành tốt nhiệm vụ»: đạt',
    article: 'Luật TĐKT 2022, Điều 75, khoản 2 (tỉnh quy định tiêu chuẩn Giấy khen)',
    input: {
      subject: staff({ ratings: rated({ 2024: 'HTTNV', 2025: 'HTXSNV' }) }),
      target: 'GIAY_KHEN_CHU_TICH_XA',
      date: '2025-12-15',
      province: {
        province: 'Tỉnh Thái Nguyên',
        instrument: 'Quy định thi đua, khen thưởng tỉnh Thái Nguyên (ví dụ)',
        standards: [{ code: 'GIAY_KHEN_CHU_TICH_XA', mode: 'replace', criteria: [{ kind: 'min_rating', rating: 'HTTNV', years: 2, citation: 'Điều 9' }] }],
      },
    },
    expect: { eligible: true },
  },
]

const initiativeAt = (id: string, date: string, over = {}) => ({ id, title: `Sáng kiến ${id}`, type: 'sang_kien' as const, level: 'co_so' as const, recognisedDate: date, appliedEffectively: true, ...over })

export const BANG_KHEN_TINH_CASES: WorkedCase[] = [
  {
    id: 'BK_TINH-01',
    title: '02 lần liên tục CSTĐCS (2024, 2025), gương mẫu: đạt Bằng khen của Chủ tịch UBND tỉnh',
    article: 'Luật TĐKT 2022, Điều 74, khoản 1, điểm d',
    input: { subject: staff({ ratings: ratedFrom(2024, 2025, 'HTXSNV'), assessments: judged(2025, ['GUONG_MAU']), awards: held('CSTDCS', [2024, 2025]) }), target: 'BANG_KHEN_CHU_TICH_TINH', date: '2025-12-20', authority: 'CHU_TICH_UBND_TINH' },
    expect: { eligible: true, bonusAmount: 3_510_000 },
  },
  {
    id: 'BK_TINH-02',
    title: 'CSTĐCS năm 2023 và 2025, thiếu 2024; không có tuyến khác: không đạt',
    article: 'Luật TĐKT 2022, Điều 74, khoản 1, điểm d',
    input: { subject: staff({ ratings: rated({ 2024: 'HTTNV', 2025: 'HTTNV' }), assessments: judged(2025, ['GUONG_MAU']), awards: held('CSTDCS', [2023, 2025]) }), target: 'BANG_KHEN_CHU_TICH_TINH', date: '2025-12-20' },
    expect: { eligible: false, failing: ['bk.achievement'] },
  },
  {
    id: 'BK_TINH-03',
    title: '02 năm liên tục HTXSNV và 02 sáng kiến cơ sở áp dụng hiệu quả, chưa dùng: đạt (dùng hết 2 sáng kiến)',
    article: 'Luật TĐKT 2022, Điều 74, khoản 1, điểm d; Công văn 5007/BNV-TĐKT',
    input: {
      subject: staff({ ratings: ratedFrom(2024, 2025, 'HTXSNV'), assessments: judged(2025, ['GUONG_MAU']), initiatives: [initiativeAt('sk-a', '2024-06-01'), initiativeAt('sk-b', '2025-05-01')] }),
      target: 'BANG_KHEN_CHU_TICH_TINH',
      date: '2025-12-20',
    },
    expect: { eligible: true },
  },
  {
    id: 'BK_TINH-04',
    title: 'Một trong hai sáng kiến đã dùng cho CSTĐCS 2025: còn 1 sáng kiến, không đủ (cần thêm 2 sáng kiến)',
    article: 'Luật TĐKT 2022, Điều 74, khoản 1, điểm d; Công văn 5007/BNV-TĐKT',
    input: {
      subject: staff({
        ratings: ratedFrom(2024, 2025, 'HTXSNV'),
        assessments: judged(2025, ['GUONG_MAU']),
        initiatives: [initiativeAt('sk-a', '2024-06-01'), initiativeAt('sk-b', '2025-05-01', { usedFor: { code: 'CSTDCS', year: 2025 } })],
      }),
      target: 'BANG_KHEN_CHU_TICH_TINH',
      date: '2025-12-20',
    },
    expect: { eligible: false, failing: ['bk.achievement'] },
  },
  {
    id: 'BK_TINH-05',
    title: 'Hộ gia đình hiến 1.200 m² đất xây trường: Bằng khen của Chủ tịch UBND tỉnh cho hộ (1,5 lần mức cá nhân)',
    article: 'Luật TĐKT 2022, Điều 74, khoản 3 (theo QĐ 86/2025 Bắc Ninh ⚠️); Nghị định 152/2025/NĐ-CP, Điều 54',
    input: {
      subject: household({
        assessments: judged(2025, ['GUONG_MAU']),
        achievements: [{ id: 'hien-dat-truong', description: 'Hiến 1.200 m² đất xây trường mầm non', kind: 'dong_gop', level: 'tinh', date: '2025-06-01' }],
      }),
      target: 'BANG_KHEN_CHU_TICH_TINH',
      date: '2025-12-20',
    },
    expect: { eligible: true, bonusAmount: 5_270_000 },
  },
  {
    id: 'BK_TINH-06',
    title: 'Trường học 02 năm liên tục TTLĐXS, thực hiện tốt dân chủ cơ sở, tiết kiệm: Bằng khen cho tập thể',
    article: 'Luật TĐKT 2022, Điều 74, khoản 2 (theo QĐ 86/2025 Bắc Ninh ⚠️)',
    input: {
      subject: unit({ ratings: rated({ 2024: 'HTXSNV', 2025: 'HTXSNV' }), awards: held('TTLDXS', [2024, 2025]), assessments: judged(2025, ['GUONG_MAU', 'NOI_BO_DOAN_KET', 'DAN_CHU', 'TIET_KIEM']) }),
      target: 'BANG_KHEN_CHU_TICH_TINH',
      date: '2025-12-20',
    },
    expect: { eligible: true, bonusAmount: 7_020_000 },
  },
  {
    id: 'BK_TINH-07',
    title: 'Bắt đối tượng truy nã, được tỉnh ghi nhận (thành tích đột xuất phạm vi tỉnh): Bằng khen đột xuất',
    article: 'Luật TĐKT 2022, Điều 74, khoản 1, điểm b',
    input: {
      subject: staff({ assessments: judged(2025, ['GUONG_MAU']), achievements: [{ id: 'bat-truy-na', description: 'Bắt giữ đối tượng truy nã đặc biệt nguy hiểm', kind: 'dot_xuat', level: 'tinh', date: '2025-10-03' }] }),
      target: 'BANG_KHEN_CHU_TICH_TINH',
      date: '2025-10-20',
      kind: 'dot_xuat',
    },
    expect: { eligible: true },
  },
  {
    id: 'BK_TINH-08',
    title: 'Đã được Bằng khen tỉnh năm 2024 (dùng CSTĐCS 2023–2024): năm 2024 không tính lại cho Bằng khen 2025',
    article: 'Luật TĐKT 2022, Điều 5, khoản 2',
    input: {
      subject: staff({ ratings: ratedFrom(2023, 2025, 'HTXSNV'), assessments: judged(2025, ['GUONG_MAU']), awards: [...held('CSTDCS', [2023, 2024, 2025]), ...held('BANG_KHEN_CHU_TICH_TINH', [2024])] }),
      target: 'BANG_KHEN_CHU_TICH_TINH',
      date: '2025-12-20',
    },
    expect: { eligible: false, failing: ['block.same_achievement'] },
  },
]

/** Bằng khen tỉnh 2020, then 2021–2025 all HTTNV or better with CSTĐCS in 2021, 2023, 2025. */
const longRecord = (over = {}) =>
  staff({
    ratings: rated({ 2020: 'HTXSNV', 2021: 'HTXSNV', 2022: 'HTTNV', 2023: 'HTXSNV', 2024: 'HTTNV', 2025: 'HTXSNV' }),
    assessments: spirit(2025),
    awards: [...held('BANG_KHEN_CHU_TICH_TINH', [2020]), ...held('CSTDCS', [2021, 2023, 2025])],
    ...over,
  })

export const BANG_KHEN_TTG_CASES: WorkedCase[] = [
  {
    id: 'BKTTG-01',
    title: 'Bằng khen tỉnh 2020, 05 năm tiếp theo (2021–2025) hoàn thành tốt trở lên, 03 lần CSTĐCS: đạt Bằng khen Thủ tướng',
    article: 'Luật TĐKT 2022, Điều 73, khoản 1, điểm b',
    input: { subject: longRecord(), target: 'BANG_KHEN_THU_TUONG', date: '2025-12-28' },
    expect: { eligible: true, bonusAmount: 8_190_000 },
  },
  {
    id: 'BKTTG-02',
    title: 'Bằng khen tỉnh năm 2020 là khen thưởng theo chuyên đề: không làm căn cứ đề nghị khen thưởng công trạng',
    article: 'Nghị định 152/2025/NĐ-CP, Điều 4, khoản 3',
    input: { subject: longRecord({ awards: [...held('BANG_KHEN_CHU_TICH_TINH', [2020], 'phong_trao'), ...held('CSTDCS', [2021, 2023, 2025])] }), target: 'BANG_KHEN_THU_TUONG', date: '2025-12-28' },
    expect: { eligible: false, failing: ['bkttg.prerequisite', 'block.adhoc_basis'] },
  },
  {
    id: 'BKTTG-03',
    title: 'Năm 2023 chỉ «hoàn thành nhiệm vụ»: chuỗi 05 năm bị đứt',
    article: 'Luật TĐKT 2022, Điều 73, khoản 1, điểm b',
    input: { subject: longRecord({ ratings: rated({ 2021: 'HTXSNV', 2022: 'HTTNV', 2023: 'HTNV', 2024: 'HTTNV', 2025: 'HTXSNV' }), awards: [...held('BANG_KHEN_CHU_TICH_TINH', [2020]), ...held('CSTDCS', [2021, 2024, 2025])] }), target: 'BANG_KHEN_THU_TUONG', date: '2025-12-28' },
    expect: { eligible: false, failing: ['bkttg.years'] },
  },
  {
    id: 'BKTTG-04',
    title: 'Chỉ 02 lần CSTĐCS trong 05 năm: không đạt',
    article: 'Luật TĐKT 2022, Điều 73, khoản 1, điểm b',
    input: { subject: longRecord({ awards: [...held('BANG_KHEN_CHU_TICH_TINH', [2020]), ...held('CSTDCS', [2023, 2025])] }), target: 'BANG_KHEN_THU_TUONG', date: '2025-12-28' },
    expect: { eligible: false, failing: ['bkttg.cstdcs'] },
  },
  {
    id: 'BKTTG-05',
    title: 'Bằng khen tỉnh năm 2022: chưa đủ 05 năm tiếp theo',
    article: 'Luật TĐKT 2022, Điều 73, khoản 1, điểm b',
    input: { subject: longRecord({ awards: [...held('BANG_KHEN_CHU_TICH_TINH', [2022]), ...held('CSTDCS', [2021, 2023, 2025])] }), target: 'BANG_KHEN_THU_TUONG', date: '2025-12-28' },
    expect: { eligible: false, failing: ['bkttg.prerequisite'] },
  },
  {
    id: 'BKTTG-06',
    title: 'Bằng khen Thủ tướng cho tập thể: tiêu chuẩn chưa được số hóa (❓), chưa kết luận được',
    article: 'Luật TĐKT 2022, Điều 73',
    input: { subject: unit({ ratings: ratedFrom(2021, 2025, 'HTXSNV') }), target: 'BANG_KHEN_THU_TUONG', date: '2025-12-28' },
    expect: { eligible: null, unknown: ['bkttg.standard'] },
  },
]

const orderRecord = (over = {}) =>
  longRecord({
    awards: [...held('BANG_KHEN_THU_TUONG', [2020]), ...held('CSTDCS', [2021, 2023, 2025])],
    ...over,
  })

export const HUAN_CHUONG_CASES: WorkedCase[] = [
  {
    id: 'HCLD3-01',
    title: 'Bằng khen Thủ tướng 2020, 05 năm tiếp theo hoàn thành tốt trở lên, có năm HTXSNV, 03 lần CSTĐCS: đạt Huân chương Lao động hạng Ba',
    article: 'Luật TĐKT 2022, Điều 44, khoản 1, điểm e',
    input: { subject: orderRecord(), target: 'HUAN_CHUONG_LAO_DONG_HANG_BA', date: '2025-12-28', authority: 'CHU_TICH_NUOC' },
    expect: { eligible: true, bonusAmount: 10_530_000 },
  },
  {
    id: 'HCLD3-02',
    title: 'Không có năm nào hoàn thành xuất sắc nhiệm vụ: không đạt',
    article: 'Luật TĐKT 2022, Điều 44, khoản 1, điểm e',
    input: { subject: orderRecord({ ratings: ratedFrom(2021, 2025, 'HTTNV') }), target: 'HUAN_CHUONG_LAO_DONG_HANG_BA', date: '2025-12-28' },
    expect: { eligible: false, failing: ['hcld3.htxsnv'] },
  },
  {
    id: 'HCLD3-03',
    title: 'Bằng khen Thủ tướng năm 2020 là khen đột xuất: không làm căn cứ khen thưởng công trạng',
    article: 'Nghị định 152/2025/NĐ-CP, Điều 4, khoản 3',
    input: { subject: orderRecord({ awards: [...held('BANG_KHEN_THU_TUONG', [2020], 'dot_xuat'), ...held('CSTDCS', [2021, 2023, 2025])] }), target: 'HUAN_CHUONG_LAO_DONG_HANG_BA', date: '2025-12-28' },
    expect: { eligible: false, failing: ['hcld3.prerequisite', 'block.adhoc_basis'] },
  },
  {
    id: 'HCLD3-04',
    title: 'Đang bị xem xét kỷ luật: chưa đề nghị Huân chương',
    article: 'Nghị định 152/2025/NĐ-CP, Điều 4, khoản 4',
    input: { subject: orderRecord({ proceedings: [{ kind: 'xem_xet_ky_luat', startDate: '2025-12-01' }] }), target: 'HUAN_CHUONG_LAO_DONG_HANG_BA', date: '2025-12-28' },
    expect: { eligible: false, failing: ['block.pending'] },
  },
  {
    id: 'HCLD3-05',
    title: 'Huân chương Lao động hạng Ba về quá trình cống hiến: tiêu chuẩn thời gian giữ chức vụ chưa số hóa (❓)',
    article: 'Luật TĐKT 2022, Điều 44, khoản 1, điểm g; Nghị định 152/2025/NĐ-CP, Điều 21',
    input: { subject: orderRecord(), target: 'HUAN_CHUONG_LAO_DONG_HANG_BA', date: '2025-12-28', kind: 'cong_hien' },
    expect: { eligible: null, unknown: ['hcld.standard'] },
  },
  {
    id: 'HCLD3-06',
    title: 'Chủ tịch UBND tỉnh không có thẩm quyền tặng Huân chương (chỉ đề nghị)',
    article: 'Luật TĐKT 2022, Điều 78',
    input: { subject: orderRecord(), target: 'HUAN_CHUONG_LAO_DONG_HANG_BA', date: '2025-12-28', authority: 'CHU_TICH_UBND_TINH' },
    expect: { eligible: false, failing: ['authority'] },
  },
  {
    id: 'HCLD2-01',
    title: 'Huân chương Lao động hạng Nhì: tiêu chuẩn chưa tìm thấy trong nguồn (❓), chưa kết luận được',
    article: 'Luật TĐKT 2022, Điều 43',
    input: { subject: orderRecord({ awards: held('HUAN_CHUONG_LAO_DONG_HANG_BA', [2020]) }), target: 'HUAN_CHUONG_LAO_DONG_HANG_NHI', date: '2025-12-28' },
    expect: { eligible: null, unknown: ['hcld.standard'] },
  },
]
