// Worked cases: Tập thể lao động tiên tiến, Tập thể lao động xuất sắc, Cờ thi đua.
import type { SubjectHistoryInput } from '../history.ts'
import { held, judged, rated, unit } from './builders.ts'
import type { WorkedCase } from './types.ts'

type CollectiveYear = NonNullable<SubjectHistoryInput['collectiveYears']>[number]
const year2025 = (over: Partial<CollectiveYear> = {}): CollectiveYear => ({ year: 2025, memberCount: 10, ldttCount: 8, cstdcsCount: 1, completedTaskCount: 10, memberDiscipline: [], ...over })
const advanced = (over: Partial<SubjectHistoryInput> = {}, cy: Partial<CollectiveYear> = {}) =>
  unit({ ratings: rated({ 2025: 'HTTNV' }), assessments: judged(2025, ['THI_DUA', 'NOI_BO_DOAN_KET']), collectiveYears: [year2025(cy)], ...over })
const excellent = (cy: Partial<CollectiveYear> = {}, over: Partial<SubjectHistoryInput> = {}) => advanced({ ratings: rated({ 2025: 'HTXSNV' }), ...over }, cy)

/** Seed plan 004 (Bắc Sơn): "không có cá nhân vi phạm và bị kỷ luật từ hình thức khiển trách trở lên". */
const BAC_SON_RULE = {
  province: 'Tỉnh Lạng Sơn',
  instrument: 'Kế hoạch thi đua chào mừng Đại hội Đảng bộ xã Bắc Sơn (kế hoạch mẫu 004)',
  standards: [{ code: 'TTLDTT' as const, criteria: [{ kind: 'no_discipline' as const, from: 'khien_trach' as const, citation: 'mục V' }] }],
}

export const TTLDTT_CASES: WorkedCase[] = [
  {
    id: 'TTLDTT-01',
    title: 'Tổ chuyên môn hoàn thành tốt nhiệm vụ, 8/10 LĐTT, không ai bị kỷ luật: Chủ tịch UBND xã công nhận TTLĐTT',
    article: 'Luật TĐKT 2022, Điều 28; Nghị định 129/2025/NĐ-CP, Điều 59',
    input: { subject: advanced(), target: 'TTLDTT', date: '2025-12-15', authority: 'CHU_TICH_UBND_XA' },
    expect: { eligible: true, bonusAmount: 1_880_000 },
  },
  {
    id: 'TTLDTT-02',
    title: 'Đúng 7/10 thành viên đạt LĐTT (70%): đạt ngưỡng',
    article: 'Luật TĐKT 2022, Điều 28 (ngưỡng 70% ⚠️, tham số)',
    input: { subject: advanced({}, { ldttCount: 7 }), target: 'TTLDTT', date: '2025-12-15' },
    expect: { eligible: true },
  },
  {
    id: 'TTLDTT-03',
    title: 'Chỉ 6/10 thành viên đạt LĐTT: dưới 70%',
    article: 'Luật TĐKT 2022, Điều 28 (ngưỡng 70% ⚠️, tham số)',
    input: { subject: advanced({}, { ldttCount: 6 }), target: 'TTLDTT', date: '2025-12-15' },
    expect: { eligible: false, failing: ['ttldtt.ldtt_share'] },
  },
  {
    id: 'TTLDTT-04',
    title: 'Một thành viên bị cảnh cáo trong năm: không đạt TTLĐTT',
    article: 'Luật TĐKT 2022, Điều 28 (law.md B9 ⚠️)',
    input: { subject: advanced({}, { memberDiscipline: [{ form: 'canh_cao', date: '2025-05-12', member: 'Lê Văn Hùng' }] }), target: 'TTLDTT', date: '2025-12-15' },
    expect: { eligible: false, failing: ['ttldtt.member_discipline'] },
  },
  {
    id: 'TTLDTT-05',
    title: 'Một thành viên bị khiển trách (dưới mức cảnh cáo): vẫn đạt theo quy định chung',
    article: 'Luật TĐKT 2022, Điều 28 (law.md B9 ⚠️)',
    input: { subject: advanced({}, { memberDiscipline: [{ form: 'khien_trach', date: '2025-05-12' }] }), target: 'TTLDTT', date: '2025-12-15' },
    expect: { eligible: true },
  },
  {
    id: 'TTLDTT-06',
    title: 'Chủ tịch UBND xã công nhận TTLĐTT ngày 30/06/2025: chưa có thẩm quyền',
    article: 'Luật TĐKT 2022, Điều 80, khoản 2, khoản 3',
    input: { subject: advanced(), target: 'TTLDTT', date: '2025-06-30', authority: 'CHU_TICH_UBND_XA' },
    expect: { eligible: false, failing: ['authority'] },
  },
  {
    id: 'TTLDTT-07',
    title: 'Kế hoạch của xã thêm tiêu chuẩn «không ai bị kỷ luật từ khiển trách trở lên»: thành viên bị khiển trách làm tập thể không đạt',
    article: 'Kế hoạch mẫu 004 (Bắc Sơn), mục V — tiêu chuẩn bổ sung của địa phương',
    input: { subject: advanced({}, { memberDiscipline: [{ form: 'khien_trach', date: '2025-05-12' }] }), target: 'TTLDTT', date: '2025-12-15', province: BAC_SON_RULE },
    expect: { eligible: false, failing: ['province.1.no_discipline'] },
  },
  {
    id: 'TTLDTT-08',
    title: 'Chưa nhập số liệu thành viên năm 2025: chưa kết luận được',
    article: 'Luật TĐKT 2022, Điều 28',
    input: { subject: advanced({ collectiveYears: [] }), target: 'TTLDTT', date: '2025-12-15' },
    expect: { eligible: null, unknown: ['ttldtt.ldtt_share', 'ttldtt.member_discipline'] },
  },
  {
    id: 'TTLDTT-09',
    title: 'Tỉnh quy định ngưỡng 80% thành viên LĐTT: 7/10 không đạt theo quy định tỉnh',
    article: 'Luật TĐKT 2022, Điều 28, khoản 3 (tỉnh quy định chi tiết)',
    input: {
      subject: advanced({}, { ldttCount: 7 }),
      target: 'TTLDTT',
      date: '2025-12-15',
      province: { province: 'Tỉnh Thái Nguyên', instrument: 'Quy định thi đua, khen thưởng tỉnh Thái Nguyên (ví dụ)', parameters: { ttldttMinLdttShare: { value: 0.8, citation: 'Điều 4' } } },
    },
    expect: { eligible: false, failing: ['ttldtt.ldtt_share'] },
  },
]

export const TTLDXS_CASES: WorkedCase[] = [
  {
    id: 'TTLDXS-01',
    title: 'Hoàn thành xuất sắc nhiệm vụ, 100% hoàn thành nhiệm vụ, 80% LĐTT, có CSTĐCS: Chủ tịch UBND tỉnh tặng TTLĐXS',
    article: 'Luật TĐKT 2022, Điều 27',
    input: { subject: excellent(), target: 'TTLDXS', date: '2025-12-20', authority: 'CHU_TICH_UBND_TINH' },
    expect: { eligible: true, bonusAmount: 3_510_000 },
  },
  {
    id: 'TTLDXS-02',
    title: 'Một thành viên không hoàn thành nhiệm vụ (9/10): không đạt 100%',
    article: 'Luật TĐKT 2022, Điều 27',
    input: { subject: excellent({ completedTaskCount: 9 }), target: 'TTLDXS', date: '2025-12-20' },
    expect: { eligible: false, failing: ['ttldxs.completed'] },
  },
  {
    id: 'TTLDXS-03',
    title: 'Không có cá nhân đạt CSTĐCS: không đạt TTLĐXS',
    article: 'Luật TĐKT 2022, Điều 27',
    input: { subject: excellent({ cstdcsCount: 0 }), target: 'TTLDXS', date: '2025-12-20' },
    expect: { eligible: false, failing: ['ttldxs.cstdcs'] },
  },
  {
    id: 'TTLDXS-04',
    title: 'Tập thể chỉ hoàn thành tốt nhiệm vụ: không đạt TTLĐXS (nhưng có thể TTLĐTT)',
    article: 'Luật TĐKT 2022, Điều 27',
    input: { subject: advanced(), target: 'TTLDXS', date: '2025-12-20' },
    expect: { eligible: false, failing: ['ttldxs.result'] },
  },
  {
    id: 'TTLDXS-05',
    title: 'Chủ tịch UBND xã không có thẩm quyền tặng TTLĐXS, kể cả sau 01/07/2025',
    article: 'Luật TĐKT 2022, Điều 80; Nghị định 129/2025/NĐ-CP, Điều 59',
    input: { subject: excellent(), target: 'TTLDXS', date: '2025-12-20', authority: 'CHU_TICH_UBND_XA' },
    expect: { eligible: false, failing: ['authority'] },
  },
  {
    id: 'TTLDXS-06',
    title: 'Có thành viên bị cảnh cáo: Luật 2022 bỏ điều kiện này với TTLĐXS, vẫn đạt',
    article: 'Luật TĐKT 2022, Điều 27',
    input: { subject: excellent({ memberDiscipline: [{ form: 'canh_cao', date: '2025-03-03' }] }), target: 'TTLDXS', date: '2025-12-20' },
    expect: { eligible: true },
  },
  {
    id: 'TTLDXS-07',
    title: 'Chỉ 6/10 thành viên LĐTT: dưới 70%',
    article: 'Luật TĐKT 2022, Điều 27',
    input: { subject: excellent({ ldttCount: 6 }), target: 'TTLDXS', date: '2025-12-20' },
    expect: { eligible: false, failing: ['ttldxs.ldtt_share'] },
  },
]

const flagYear = { leadsCluster: 'tinh' as const, exceededTargets: true }
const flagUnit = (cy: Partial<CollectiveYear> = flagYear) => excellent(cy, { assessments: judged(2025, ['THI_DUA', 'NOI_BO_DOAN_KET', 'DANG_DOAN_THE', 'TIET_KIEM']) })

export const FLAG_CASES: WorkedCase[] = [
  {
    id: 'CO_TINH-01',
    title: 'Dẫn đầu cụm thi đua của tỉnh, vượt chỉ tiêu, tổ chức đảng, đoàn thể vững mạnh: đạt Cờ thi đua cấp tỉnh',
    article: 'Luật TĐKT 2022, Điều 26 (nội dung theo QĐ 86/2025 Bắc Ninh ⚠️)',
    input: { subject: flagUnit(), target: 'CO_THI_DUA_TINH', date: '2025-12-20' },
    expect: { eligible: true, bonusAmount: 18_720_000 },
  },
  {
    id: 'CO_TINH-02',
    title: 'Không dẫn đầu cụm thi đua: không đạt Cờ thi đua cấp tỉnh',
    article: 'Luật TĐKT 2022, Điều 26',
    input: { subject: flagUnit({ leadsCluster: null, exceededTargets: true }), target: 'CO_THI_DUA_TINH', date: '2025-12-20' },
    expect: { eligible: false, failing: ['co_tinh.cluster'] },
  },
  {
    id: 'CO_CP-01',
    title: 'Dẫn đầu cụm thi đua do Hội đồng TĐKT Trung ương tổ chức: đạt Cờ thi đua của Chính phủ',
    article: 'Luật TĐKT 2022, Điều 25, khoản 1',
    input: { subject: flagUnit({ leadsCluster: 'trung_uong', exceededTargets: false }), target: 'CO_THI_DUA_CHINH_PHU', date: '2025-12-20' },
    expect: { eligible: true },
  },
  {
    id: 'CO_CP-02',
    title: 'Đã được Cờ thi đua của Chính phủ năm 2025: không tặng lần hai cho cùng thành tích',
    article: 'Luật TĐKT 2022, Điều 5, khoản 2',
    input: { subject: { ...flagUnit(), awards: held('CO_THI_DUA_CHINH_PHU', [2025]) }, target: 'CO_THI_DUA_CHINH_PHU', date: '2025-12-28' },
    expect: { eligible: false, failing: ['block.same_achievement'] },
  },
]
