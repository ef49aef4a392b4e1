// Dated rule sets: which implementing decree governs a date (law.md §0, §9).
//   NĐ 98/2023 for 01/01/2024 – 30/06/2025 (Luật TĐKT 2022 in force 01/01/2024);
//   NĐ 152/2025 + NĐ 129/2025 from 01/07/2025 (two-level local government, commune chair takes
//   over the district chair's TĐKT powers).
// A date before every rule set is refused with a Vietnamese message, never evaluated.
import { viDate } from './dates.ts'
import { ND152_PARAMETERS, ND98_PARAMETERS, type RuleParameters } from './parameters.ts'

export type RuleSetId = 'ND98_2023' | 'ND152_2025'

export interface RuleSet {
  id: RuleSetId
  name: string
  /** First and last day the rule set governs (`to: null`: still in force). */
  from: string
  to: string | null
  /** The instruments that make up the rule set, as cited. */
  instruments: string[]
  parameters: RuleParameters
}

export const RULE_SETS: readonly RuleSet[] = [
  {
    id: 'ND98_2023',
    name: 'Luật TĐKT 2022 và Nghị định 98/2023/NĐ-CP',
    from: '2024-01-01',
    to: '2025-06-30',
    instruments: [
      'Luật Thi đua, khen thưởng số 06/2022/QH15 (hiệu lực 01/01/2024)',
      'Nghị định 98/2023/NĐ-CP ngày 31/12/2023 (hiệu lực 01/01/2024 đến 30/06/2025)',
      'Thông tư 01/2024/TT-BNV ngày 24/02/2024',
      'Nghị định 86/2023/NĐ-CP ngày 07/12/2023',
    ],
    parameters: ND98_PARAMETERS,
  },
  {
    id: 'ND152_2025',
    name: 'Luật TĐKT 2022, Nghị định 152/2025/NĐ-CP và Nghị định 129/2025/NĐ-CP',
    from: '2025-07-01',
    to: null,
    instruments: [
      'Luật Thi đua, khen thưởng số 06/2022/QH15',
      'Nghị định 152/2025/NĐ-CP ngày 14/06/2025 (hiệu lực 01/07/2025, thay Nghị định 98/2023 và 28/2024)',
      'Nghị định 129/2025/NĐ-CP, Điều 59 (thẩm quyền của Chủ tịch UBND cấp huyện chuyển cho Chủ tịch UBND cấp xã)',
      'Luật Tổ chức chính quyền địa phương số 72/2025/QH15 (bỏ cấp huyện từ 01/07/2025)',
      'Thông tư 15/2025/TT-BNV (thay Thông tư 01/2024/TT-BNV)',
      'Nghị định 86/2023/NĐ-CP ngày 07/12/2023',
    ],
    parameters: ND152_PARAMETERS,
  },
]

/** A date no rule set governs; `field` names the input that carried it. */
export class RuleSetError extends Error {
  constructor(
    readonly date: string,
    readonly field = 'date',
  ) {
    const first = RULE_SETS[0]
    super(
      `Ngày ${viDate(date)} nằm ngoài mọi bộ quy định đã số hóa: hệ thống áp dụng Luật Thi đua, khen thưởng 2022 từ ngày ${first ? viDate(first.from) : ''}; ` +
        'quy định trước đó (Luật Thi đua, khen thưởng 2003, Nghị định 91/2017/NĐ-CP) chưa được số hóa.',
    )
    this.name = 'RuleSetError'
  }
}

/** The rule set in force on an ISO date (YYYY-MM-DD); throws RuleSetError when none is. */
export function ruleSetOn(date: string, field = 'date'): RuleSet {
  const found = RULE_SETS.find((r) => r.from <= date && (r.to === null || date <= r.to))
  if (!found) throw new RuleSetError(date, field)
  return found
}
