// Values the engine must not hard-code silently: each one law.md marks ⚠️ or ❓ (or that a province
// sets) carries its confidence and source, lives in a rule set, and a province may override it.
import { law, nd152, tt01, TT15, bacNinh, qd366, ND73_BASE_SALARY } from './citations.ts'
import type { Confidence, DisciplineForm } from './types.ts'

export interface Parameter<T> {
  value: T
  confidence: Confidence
  citation: string
  note?: string
}

export type MoneyRounding = 'ceil_10000' | 'none'
export type QuotaRounding = 'floor' | 'round' | 'ceil'

export interface RuleParameters {
  /** LĐTT is not given to people recruited less than this many months before (law.md B8). */
  ldttMinServiceMonths: Parameter<number>
  /** TTLĐTT: minimum share of members who are LĐTT (law.md §1.3, ⚠️ Bắc Ninh wording). */
  ttldttMinLdttShare: Parameter<number>
  /** TTLĐTT: no member disciplined at this form or above during the year (law.md B9, ⚠️). */
  ttldttMemberDisciplineFrom: Parameter<DisciplineForm>
  /** Length of a discipline period when the record has no end date (law.md B3, §10.10 ❓). */
  disciplineMonths: Parameter<Partial<Record<DisciplineForm, number>>>
  /** CSTĐ toàn quốc: "2 lần liên tục" CSTĐ tỉnh means awards this many years apart (inference ⚠️). */
  cstdTinhCycleYears: Parameter<number>
  /** Money rounding (law.md B12, §6.3: the decree rounds up; which figure accounting pays is ❓). */
  moneyRounding: Parameter<MoneyRounding>
  /** Rounding of head-count quotas: no rule found (law.md B12 ❓). */
  quotaRounding: Parameter<QuotaRounding>
  /** Party: HTXSNV at most this share of those rated HTTNV, higher in exceptional cases (law.md §2.5). */
  partyExcellentShare: Parameter<{ normal: number; exceptional: number }>
}

const DISCIPLINE_MONTHS: Parameter<Partial<Record<DisciplineForm, number>>> = {
  value: { khien_trach: 6, canh_cao: 12, ha_bac_luong: 12, giang_chuc: 12, cach_chuc: 12 },
  confidence: 'unconfirmed',
  citation: 'Quy định về thời hạn kỷ luật của pháp luật cán bộ, công chức (chưa đối chiếu, law.md §10 mục 10)',
  note: 'Chỉ dùng khi bản ghi kỷ luật không có ngày kết thúc; buộc thôi việc, khai trừ coi như còn hiệu lực.',
}

const SHARED = {
  ttldttMinLdttShare: { value: 0.7, confidence: 'indirect', citation: `${law(28)}; ${bacNinh(4, 2)}`, note: 'Luật 2003 dùng ngưỡng trên 50%.' },
  ttldttMemberDisciplineFrom: { value: 'canh_cao', confidence: 'indirect', citation: `${law(28)}; ${bacNinh(4, 2)}` },
  disciplineMonths: DISCIPLINE_MONTHS,
  cstdTinhCycleYears: { value: 3, confidence: 'indirect', citation: law(21), note: 'Suy luận: mỗi lần CSTĐ cấp tỉnh dựa trên 03 năm CSTĐCS liên tục.' },
  quotaRounding: { value: 'floor', confidence: 'unconfirmed', citation: 'Chưa tìm thấy quy định làm tròn chỉ tiêu (law.md B12)' },
  partyExcellentShare: { value: { normal: 0.2, exceptional: 0.25 }, confidence: 'confirmed', citation: qd366(11) },
} satisfies Partial<RuleParameters>

export const ND98_PARAMETERS: RuleParameters = {
  ...SHARED,
  ldttMinServiceMonths: { value: 6, confidence: 'confirmed', citation: tt01(1, 5) },
  moneyRounding: { value: 'ceil_10000', confidence: 'unconfirmed', citation: 'Nghị định 98/2023/NĐ-CP (điều về mức tiền thưởng, chưa đối chiếu)', note: 'Giả định giống quy tắc làm tròn lên của Nghị định 152/2025.' },
}

export const ND152_PARAMETERS: RuleParameters = {
  ...SHARED,
  ldttMinServiceMonths: {
    value: 6,
    confidence: 'unconfirmed',
    citation: `${TT15} (thay ${tt01(1, 5)})`,
    note: 'Giả định Thông tư 15/2025 giữ ngưỡng 06 tháng của Thông tư 01/2024.',
  },
  moneyRounding: {
    value: 'ceil_10000',
    confidence: 'indirect',
    citation: nd152(49),
    note: 'Nghị định làm tròn lên hàng chục nghìn; báo chí nêu số chưa làm tròn — kế toán trả số nào chưa xác minh.',
  },
}

/** Base salary (mức lương cơ sở) by the date it took effect; money uses the one in force on the decision date. */
export const BASE_SALARIES: readonly { from: string; value: Parameter<number> }[] = [
  { from: '2023-07-01', value: { value: 1_800_000, confidence: 'unconfirmed', citation: 'Nghị định 24/2023/NĐ-CP (chưa đối chiếu)' } },
  { from: '2024-07-01', value: { value: 2_340_000, confidence: 'confirmed', citation: ND73_BASE_SALARY } },
]
