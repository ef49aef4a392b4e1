// Worked cases: Gia đình văn hóa, Thôn/Tổ dân phố văn hóa, Xã tiêu biểu.
import { household, judged, unit } from './builders.ts'
import type { WorkedCase } from './types.ts'

const family = (over = {}) => household({ assessments: judged(2025, ['GDVH_TIEU_CHUAN']), ...over })
const village = (over = {}) => unit({ id: 'xom-dong-tam', name: 'Xóm Đồng Tâm', assessments: judged(2025, ['TVH_KINH_TE', 'TVH_VAN_HOA', 'TVH_MOI_TRUONG', 'TVH_AN_NINH', 'TVH_DOAN_KET']), ...over })

export const GDVH_CASES: WorkedCase[] = [
  {
    id: 'GDVH-01',
    title: 'Hộ đạt tiêu chuẩn của tỉnh, không thành viên nào vi phạm: Chủ tịch UBND xã công nhận Gia đình văn hóa',
    article: 'Luật TĐKT 2022, Điều 31; Nghị định 86/2023/NĐ-CP, Điều 6',
    input: { subject: family(), target: 'GIA_DINH_VAN_HOA', date: '2025-11-20', authority: 'CHU_TICH_UBND_XA' },
    expect: { eligible: true },
  },
  {
    id: 'GDVH-02',
    title: 'Con trai bị xử phạt hành chính vì đánh bạc tháng 3/2025: hộ không được công nhận năm 2025',
    article: 'Nghị định 86/2023/NĐ-CP, Điều 6, khoản 4, điểm d',
    input: { subject: family({ exclusions: [{ kind: 'xu_phat_trat_tu', member: 'Trần Văn Cường', startDate: '2025-03-10' }] }), target: 'GIA_DINH_VAN_HOA', date: '2025-11-20' },
    expect: { eligible: false, failing: ['gdvh.exclusions'] },
  },
  {
    id: 'GDVH-03',
    title: 'Xử phạt đánh bạc tháng 11/2024 (năm trước): năm 2025 vẫn được xét',
    article: 'Nghị định 86/2023/NĐ-CP, Điều 6, khoản 4, điểm d',
    input: { subject: family({ exclusions: [{ kind: 'xu_phat_trat_tu', startDate: '2024-11-20' }] }), target: 'GIA_DINH_VAN_HOA', date: '2025-11-20' },
    expect: { eligible: true },
  },
  {
    id: 'GDVH-04',
    title: 'Thành viên đang bị truy cứu trách nhiệm hình sự: không công nhận',
    article: 'Nghị định 86/2023/NĐ-CP, Điều 6, khoản 4, điểm a',
    input: { subject: family({ exclusions: [{ kind: 'truy_cuu_hinh_su', startDate: '2023-05-01' }] }), target: 'GIA_DINH_VAN_HOA', date: '2025-11-20' },
    expect: { eligible: false, failing: ['gdvh.exclusions'] },
  },
  {
    id: 'GDVH-05',
    title: 'Việc truy cứu trách nhiệm hình sự đã chấm dứt trước ngày xét: không còn là trường hợp loại trừ',
    article: 'Nghị định 86/2023/NĐ-CP, Điều 6, khoản 4, điểm a',
    input: { subject: family({ exclusions: [{ kind: 'truy_cuu_hinh_su', startDate: '2023-05-01', endDate: '2024-02-01' }] }), target: 'GIA_DINH_VAN_HOA', date: '2025-11-20' },
    expect: { eligible: true },
  },
  {
    id: 'GDVH-06',
    title: 'Thôn chưa họp bình xét tiêu chuẩn năm 2025: chưa kết luận được',
    article: 'Luật TĐKT 2022, Điều 31; Nghị định 86/2023/NĐ-CP, Phụ lục I',
    input: { subject: household(), target: 'GIA_DINH_VAN_HOA', date: '2025-11-20' },
    expect: { eligible: null, unknown: ['gdvh.standards'] },
  },
  {
    id: 'GDVH-07',
    title: 'Tỉnh thay tiêu chuẩn chung bằng tiêu chí riêng; hộ không đạt tiêu chí «gia đình no ấm, tiến bộ»',
    article: 'Luật TĐKT 2022, Điều 31 (Ủy ban nhân dân tỉnh quy định chi tiết tiêu chuẩn)',
    input: {
      subject: household({ assessments: [{ year: 2025, key: 'GDVH_CHAP_HANH', met: true }, { year: 2025, key: 'GDVH_NO_AM', met: false }] }),
      target: 'GIA_DINH_VAN_HOA',
      date: '2025-11-20',
      province: {
        province: 'Tỉnh Thái Nguyên',
        instrument: 'Quyết định quy định tiêu chuẩn Gia đình văn hóa tỉnh Thái Nguyên (ví dụ)',
        standards: [
          {
            code: 'GIA_DINH_VAN_HOA',
            mode: 'replace',
            criteria: [
              { kind: 'judgement', key: 'GDVH_CHAP_HANH', label: 'Gương mẫu chấp hành chủ trương, pháp luật; tích cực tham gia phong trào ở địa phương', citation: 'Điều 3, khoản 1' },
              { kind: 'judgement', key: 'GDVH_NO_AM', label: 'Gia đình no ấm, hòa thuận, tiến bộ, khỏe mạnh', citation: 'Điều 3, khoản 2' },
            ],
          },
        ],
      },
    },
    expect: { eligible: false, failing: ['province.2.judgement'] },
  },
  {
    id: 'GDVH-08',
    title: 'Chủ tịch UBND xã công nhận Gia đình văn hóa ngày 30/06/2025: có thẩm quyền cả trước 01/07/2025',
    article: 'Luật TĐKT 2022, Điều 80, khoản 3',
    input: { subject: family({ assessments: judged(2025, ['GDVH_TIEU_CHUAN']) }), target: 'GIA_DINH_VAN_HOA', date: '2025-06-30', authority: 'CHU_TICH_UBND_XA' },
    expect: { eligible: true },
  },
]

export const THON_CASES: WorkedCase[] = [
  {
    id: 'THON-01',
    title: 'Chủ tịch UBND xã công nhận Xóm văn hóa ngày 30/06/2025: chưa có thẩm quyền (thuộc Chủ tịch UBND huyện)',
    article: 'Luật TĐKT 2022, Điều 80, khoản 2',
    input: { subject: village(), target: 'THON_VAN_HOA', date: '2025-06-30', authority: 'CHU_TICH_UBND_XA' },
    expect: { eligible: false, failing: ['authority'] },
  },
  {
    id: 'THON-02',
    title: 'Chủ tịch UBND xã công nhận Xóm văn hóa ngày 01/07/2025: có thẩm quyền',
    article: 'Nghị định 129/2025/NĐ-CP, Điều 59',
    input: { subject: village(), target: 'THON_VAN_HOA', date: '2025-07-01', authority: 'CHU_TICH_UBND_XA' },
    expect: { eligible: true, bonusAmount: 3_510_000 },
  },
  {
    id: 'THON-03',
    title: 'Chủ tịch UBND huyện công nhận Xóm văn hóa ngày 30/06/2025: có thẩm quyền',
    article: 'Luật TĐKT 2022, Điều 80, khoản 2',
    input: { subject: village(), target: 'THON_VAN_HOA', date: '2025-06-30', authority: 'CHU_TICH_UBND_HUYEN' },
    expect: { eligible: true },
  },
  {
    id: 'THON-04',
    title: 'Xóm chưa đạt tiêu chí môi trường, cảnh quan: không công nhận',
    article: 'Luật TĐKT 2022, Điều 30',
    input: {
      subject: village({ assessments: [...judged(2025, ['TVH_KINH_TE', 'TVH_VAN_HOA', 'TVH_AN_NINH', 'TVH_DOAN_KET']), ...judged(2025, ['TVH_MOI_TRUONG'], false)] }),
      target: 'THON_VAN_HOA',
      date: '2025-12-10',
    },
    expect: { eligible: false, failing: ['thon.standards'] },
  },
  {
    id: 'XA-01',
    title: 'Xã dẫn đầu cụm thi đua của tỉnh, đạt tiêu chuẩn của tỉnh: Chủ tịch UBND tỉnh tặng danh hiệu xã tiêu biểu',
    article: 'Luật TĐKT 2022, Điều 29',
    input: {
      subject: unit({ id: 'xa-binh-thanh', name: 'Xã Bình Thành', establishedDate: null, assessments: judged(2025, ['XA_TIEU_CHUAN']), collectiveYears: [{ year: 2025, memberCount: 0, leadsCluster: 'tinh' }] }),
      target: 'XA_TIEU_BIEU',
      date: '2025-11-24',
      authority: 'CHU_TICH_UBND_TINH',
    },
    expect: { eligible: true },
  },
  {
    id: 'XA-02',
    title: 'Xã không dẫn đầu cụm thi đua: không đạt danh hiệu xã tiêu biểu',
    article: 'Luật TĐKT 2022, Điều 29',
    input: {
      subject: unit({ id: 'xa-bac-son', name: 'Xã Bắc Sơn', establishedDate: null, assessments: judged(2025, ['XA_TIEU_CHUAN']), collectiveYears: [{ year: 2025, memberCount: 0 }] }),
      target: 'XA_TIEU_BIEU',
      date: '2025-11-24',
    },
    expect: { eligible: false, failing: ['xa.lead'] },
  },
]
