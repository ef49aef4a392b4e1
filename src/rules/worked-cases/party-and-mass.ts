// Worked cases: the Party track (xếp loại tổ chức đảng; khen thưởng đảng viên, chi bộ) and mass organisations.
import { rated, ratedFrom, staff, unit } from './builders.ts'
import type { WorkedCase } from './types.ts'

const member = (over = {}) => staff({ id: 'dv-01', name: 'Phạm Văn Đức', ratings: [...ratedFrom(2021, 2025, 'HTXSNV', 'party'), ...rated({ 2025: 'HTTNV' })], ...over })
const cell = (partyYear = {}, over = {}) =>
  unit({
    id: 'cb-xom-3',
    name: 'Chi bộ xóm 3',
    collectiveYears: [{ year: 2025, memberCount: 24, partyScore: 92, partyTasksCompletedShare: 1, partyTasksExceededShare: 0.35, ...partyYear }],
    ...over,
  })

export const PARTY_CASES: WorkedCase[] = [
  {
    id: 'DANG-01',
    title: 'Đảng viên hoàn thành xuất sắc nhiệm vụ năm 2025 (xếp loại của Đảng): Giấy khen của Đảng ủy xã',
    article: 'Hướng dẫn 06-HD/TW ngày 09/06/2025, mục 19.2',
    input: { subject: member(), target: 'GIAY_KHEN_DANG_UY_DANG_VIEN', date: '2025-12-20', authority: 'DANG_UY_CO_SO' },
    expect: { eligible: true, bonusAmount: 710_000 },
  },
  {
    id: 'DANG-02',
    title: 'Công chức HTXSNV nhưng xếp loại đảng viên chỉ HTTNV: không đạt Giấy khen của Đảng ủy',
    article: 'Hướng dẫn 06-HD/TW ngày 09/06/2025, mục 19.2',
    input: { subject: staff({ ratings: [...rated({ 2025: 'HTTNV' }, 'party'), ...rated({ 2025: 'HTXSNV' })] }), target: 'GIAY_KHEN_DANG_UY_DANG_VIEN', date: '2025-12-20' },
    expect: { eligible: false, failing: ['party.member.htxsnv'] },
  },
  {
    id: 'DANG-03',
    title: '05 năm liền (2021–2025) đảng viên HTXSNV: Bằng khen của Ban Thường vụ Tỉnh ủy',
    article: 'Hướng dẫn 06-HD/TW ngày 09/06/2025, mục 19.2',
    input: { subject: member(), target: 'BANG_KHEN_BTV_TINH_UY_DANG_VIEN', date: '2025-12-20', authority: 'BTV_TINH_UY' },
    expect: { eligible: true, bonusAmount: 3_510_000 },
  },
  {
    id: 'DANG-04',
    title: 'Năm 2023 đảng viên chỉ HTTNV: chuỗi 05 năm bị đứt',
    article: 'Hướng dẫn 06-HD/TW ngày 09/06/2025, mục 19.2',
    input: {
      subject: member({ ratings: rated({ 2021: 'HTXSNV', 2022: 'HTXSNV', 2023: 'HTTNV', 2024: 'HTXSNV', 2025: 'HTXSNV' }, 'party') }),
      target: 'GIAY_KHEN_BTV_CAP_TREN_DANG_VIEN',
      date: '2025-12-20',
    },
    expect: { eligible: false, failing: ['party.member.five_years'] },
  },
  {
    id: 'DANG-05',
    title: 'Giấy khen của Đảng ủy ngày 20/05/2025, trước Hướng dẫn 06-HD/TW: quy định trước đó chưa số hóa',
    article: 'Hướng dẫn 06-HD/TW ngày 09/06/2025 (thay Hướng dẫn 01-HD/TW năm 2021)',
    input: { subject: member(), target: 'GIAY_KHEN_DANG_UY_DANG_VIEN', date: '2025-05-20', year: 2024 },
    expect: { eligible: null, unknown: ['availability'] },
  },
  {
    id: 'DANG-06',
    title: 'Chi bộ đạt 92 điểm, 100% nhiệm vụ hoàn thành, 35% vượt mức, không bị kỷ luật: xếp loại HTXSNV',
    article: 'Quy định 366-QĐ/TW năm 2025, Điều 11',
    input: { subject: cell(), target: 'TO_CHUC_DANG_HTXSNV', date: '2025-12-10' },
    expect: { eligible: true },
  },
  {
    id: 'DANG-07',
    title: 'Chi bộ đạt 88 điểm: chưa đủ 90 điểm để xếp loại HTXSNV',
    article: 'Quy định 366-QĐ/TW năm 2025, Điều 11',
    input: { subject: cell({ partyScore: 88 }), target: 'TO_CHUC_DANG_HTXSNV', date: '2025-12-10' },
    expect: { eligible: false, failing: ['party.org.score'] },
  },
  {
    id: 'DANG-08',
    title: 'Chi bộ chỉ 25% nhiệm vụ vượt mức: dưới 30%',
    article: 'Quy định 366-QĐ/TW năm 2025, Điều 11',
    input: { subject: cell({ partyTasksExceededShare: 0.25 }), target: 'TO_CHUC_DANG_HTXSNV', date: '2025-12-10' },
    expect: { eligible: false, failing: ['party.org.tasks_exceeded'] },
  },
  {
    id: 'DANG-09',
    title: 'Chi bộ bị khiển trách trong năm 2025: không xếp loại HTXSNV',
    article: 'Quy định 366-QĐ/TW năm 2025, Điều 11',
    input: { subject: cell({}, { discipline: [{ form: 'khien_trach', track: 'party', startDate: '2025-04-01', endDate: '2025-09-30' }] }), target: 'TO_CHUC_DANG_HTXSNV', date: '2025-12-10' },
    expect: { eligible: false, failing: ['party.org.no_discipline'] },
  },
  {
    id: 'DANG-10',
    title: 'Xếp loại đảng viên HTXSNV: tiêu chuẩn cá nhân chưa có trong tài liệu đã đối chiếu (❓)',
    article: 'Quy định 366-QĐ/TW năm 2025',
    input: { subject: member(), target: 'DANG_VIEN_HTXSNV', date: '2025-12-10' },
    expect: { eligible: null, unknown: ['party.rating_standard'] },
  },
  {
    id: 'DANG-11',
    title: 'Đảng viên bị kỷ luật khiển trách của Đảng năm 2025: không được Giấy khen của Đảng ủy (áp dụng tương tự, suy luận)',
    article: 'Nghị định 152/2025/NĐ-CP, Điều 4, khoản 4 (áp dụng tương tự cho khen thưởng của Đảng)',
    input: { subject: member({ discipline: [{ form: 'khien_trach', track: 'party', startDate: '2025-03-01', endDate: '2025-08-31' }] }), target: 'GIAY_KHEN_DANG_UY_DANG_VIEN', date: '2025-12-20' },
    expect: { eligible: false, failing: ['block.discipline'] },
  },
]

const MASS_RULES = {
  province: 'Hội Liên hiệp Phụ nữ xã Bình Thành',
  instrument: 'Quy chế khen thưởng của Hội Liên hiệp Phụ nữ (ví dụ)',
  standards: [{ code: 'GIAY_KHEN_TO_CHUC_CT_XH' as const, mode: 'replace' as const, criteria: [{ kind: 'judgement' as const, key: 'HOI_VIEN_TIEU_BIEU', label: 'Hội viên tiêu biểu trong phong trào của Hội', citation: 'Điều 5' }] }],
}

export const MASS_CASES: WorkedCase[] = [
  {
    id: 'DOAN_THE-01',
    title: 'Giấy khen của Hội Phụ nữ khi chưa nhập quy chế của Hội: chưa kết luận được',
    article: 'Điều lệ, quy chế khen thưởng của tổ chức chính trị - xã hội',
    input: { subject: staff(), target: 'GIAY_KHEN_TO_CHUC_CT_XH', date: '2025-12-20' },
    expect: { eligible: null, unknown: ['mass.standard'] },
  },
  {
    id: 'DOAN_THE-02',
    title: 'Quy chế của Hội được nhập; hội viên được bình xét tiêu biểu: đạt Giấy khen của Hội',
    article: 'Quy chế khen thưởng của Hội Liên hiệp Phụ nữ (ví dụ), Điều 5',
    input: { subject: staff({ assessments: [{ year: 2025, key: 'HOI_VIEN_TIEU_BIEU', met: true }] }), target: 'GIAY_KHEN_TO_CHUC_CT_XH', date: '2025-12-20', province: MASS_RULES },
    expect: { eligible: true },
  },
]
