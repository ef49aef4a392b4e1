// The configurable parameters as the rules page shows them: each with its national value under the rule
// set of the date (confidence, citation, note), the province's override, and the value evaluations use.
import { BASE_SALARIES, type Parameter } from '../../../rules/parameters.ts'
import { effectiveParameters, provinceAppliesOn, type ProvinceRules } from '../../../rules/province.ts'
import type { RuleSet } from '../../../rules/index.ts'
import type { ParameterRow } from './eligibility.repository.ts'
import { PARAMETER_KEYS, type ParameterKey } from './province-rules.ts'

export const PARAMETER_LABELS: Record<ParameterKey, string> = {
  ldttMinServiceMonths: 'Lao động tiên tiến: không xét người mới tuyển dụng dưới số tháng này',
  ttldttMinLdttShare: 'Tập thể lao động tiên tiến: tỷ lệ tối thiểu thành viên đạt Lao động tiên tiến',
  ttldttMemberDisciplineFrom: 'Tập thể lao động tiên tiến: không có thành viên bị kỷ luật từ hình thức này trở lên',
  disciplineMonths: 'Thời hạn kỷ luật (tháng) khi quyết định không ghi ngày kết thúc',
  cstdTinhCycleYears: 'Chiến sĩ thi đua toàn quốc: khoảng cách (năm) giữa hai lần Chiến sĩ thi đua cấp tỉnh',
  moneyRounding: 'Làm tròn tiền thưởng',
  quotaRounding: 'Làm tròn chỉ tiêu theo tỷ lệ',
  partyExcellentShare: 'Đảng: tỷ lệ tối đa hoàn thành xuất sắc nhiệm vụ trên số hoàn thành tốt (thường, đặc biệt)',
  baseSalary: 'Mức lương cơ sở dùng tính tiền thưởng (đồng)',
}

export interface ParameterView {
  key: ParameterKey
  label: string
  /** The national value on the date; null for the base salary before any known one. */
  national: Parameter<unknown> | null
  override: { value: unknown; citation: string; version: number; updatedAt: string } | null
  /** What an evaluation on the date uses (the override only inside the province rules' validity). */
  effective: Parameter<unknown> | null
}

function nationalBaseSalary(date: string): Parameter<number> | null {
  return [...BASE_SALARIES].reverse().find((b) => b.from <= date)?.value ?? null
}

export function parameterViews(ruleSet: RuleSet, date: string, rules: ProvinceRules | undefined, overrides: readonly ParameterRow[]): ParameterView[] {
  const applies = rules && provinceAppliesOn(rules, date) ? rules : undefined
  const effective = effectiveParameters(ruleSet.parameters, applies) as unknown as Record<string, Parameter<unknown>>
  const national = ruleSet.parameters as unknown as Record<string, Parameter<unknown>>
  return PARAMETER_KEYS.map((key) => {
    const row = overrides.find((o) => o.key === key)
    const override = row ? { value: row.value, citation: row.citation, version: row.version, updatedAt: row.updatedAt } : null
    if (key === 'baseSalary') {
      const base = nationalBaseSalary(date)
      const own = applies?.parameters.baseSalary
      const mine = own ? { value: own.value, confidence: 'confirmed' as const, citation: own.citation ? `${applies!.instrument}, ${own.citation}` : applies!.instrument } : null
      return { key, label: PARAMETER_LABELS[key], national: base, override, effective: mine ?? base }
    }
    return { key, label: PARAMETER_LABELS[key], national: national[key]!, override, effective: effective[key]! }
  })
}
