// The money of each line of an award decision (tiền thưởng), pure: coefficient × the base salary in force on
// the decision date, rounded as the rule set (or the province) says (bonusAmount; Nghị định 152/2025/NĐ-CP,
// Điều 49 khoản 1, 2). Several emulation titles of the same subject for the same period pay only the highest
// (Điều 49 khoản 5) — among the decision's own lines and against titles of that period already paid in the
// registry; forms pay each, and a title with a form pays both (khoản 6, 7). An unknown coefficient gives no
// amount, with the reason, never a silent 0.
import { CATALOGUE, ruleSetOn, type CatalogueCode, type ProvinceRules, type RuleSetId, type SubjectKind } from '../../../rules/index.ts'
import { bonusAmount } from '../../../rules/engine/bonus.ts'
import { effectiveParameters, provinceAppliesOn } from '../../../rules/province.ts'

export interface AmountLine {
  nominationId: string
  subjectId: string
  subjectKind: SubjectKind
  target: CatalogueCode
  /** The year the achievement refers to: titles of the same year are the same period. */
  year: number
}

/** A title already in the registry for a subject, and whether its money was paid. */
export interface RecordedTitle {
  subjectId: string
  code: CatalogueCode
  year: number
  /** The date of the decision that conferred it (its coefficient), or null when unknown. */
  decisionDate: string | null
  decisionNumber: string | null
}

export interface LineAmount {
  nominationId: string
  coefficient: number | null
  baseSalary: number | null
  /** coefficient × base salary before rounding. */
  unrounded: number | null
  amount: number | null
  paid: boolean
  /** Why there is no amount or why it is not paid; null otherwise. */
  note: string | null
  citations: string[]
}

const SAME_PERIOD_CITATION: Record<RuleSetId, string> = {
  ND98_2023: 'Nghị định 98/2023/NĐ-CP (nguyên tắc tiền thưởng, chưa đối chiếu)',
  ND152_2025: 'Nghị định 152/2025/NĐ-CP, Điều 49',
}

const isTitle = (code: CatalogueCode) => CATALOGUE[code].category === 'title'

function coefficientOf(code: CatalogueCode, kind: SubjectKind, date: string): number | null {
  const details = CATALOGUE[code].byRuleSet[ruleSetOn(date).id]
  return details?.bonus[kind]?.coefficient ?? null
}

function noBonus(code: CatalogueCode, kind: SubjectKind, ruleSet: RuleSetId): string {
  const entry = CATALOGUE[code]
  return entry.byRuleSet[ruleSet]
    ? `${entry.short}: không có mức tiền thưởng cho ${kind === 'individual' ? 'cá nhân' : kind === 'collective' ? 'tập thể' : 'hộ gia đình'} trong quy định áp dụng`
    : `${entry.short} không có trong quy định áp dụng ngày quyết định`
}

/**
 * The amount of every line, in the order given. `recorded`: titles of the lines' subjects already in the
 * registry whose money was paid (not revoked), compared by coefficient under their own decision's date.
 */
export function decisionAmounts(lines: readonly AmountLine[], date: string, province: ProvinceRules | undefined, recorded: readonly RecordedTitle[]): LineAmount[] {
  const ruleSet = ruleSetOn(date)
  const applies = province && provinceAppliesOn(province, date) ? province : undefined
  const params = effectiveParameters(ruleSet.parameters, applies)
  const amounts = lines.map((line): LineAmount => {
    const bonus = CATALOGUE[line.target].byRuleSet[ruleSet.id]?.bonus[line.subjectKind]
    if (!bonus) return { nominationId: line.nominationId, coefficient: null, baseSalary: null, unrounded: null, amount: null, paid: true, note: noBonus(line.target, line.subjectKind, ruleSet.id), citations: [] }
    const b = bonusAmount(bonus, date, params, applies)
    const note = b.amount === null ? `Chưa xác định được số tiền: ${b.notes.join('; ')}` : null
    return { nominationId: line.nominationId, coefficient: b.coefficient, baseSalary: b.baseSalary, unrounded: b.unrounded, amount: b.amount, paid: true, note, citations: b.citations }
  })

  // Same subject, same period: the titles with a known coefficient compete; the highest (first on a tie) is paid.
  const citation = SAME_PERIOD_CITATION[ruleSet.id]
  const groups = new Map<string, number[]>()
  lines.forEach((line, i) => {
    if (!isTitle(line.target) || amounts[i]!.coefficient === null) return
    const key = `${line.subjectId}|${line.year}`
    groups.set(key, [...(groups.get(key) ?? []), i])
  })
  for (const indexes of groups.values()) {
    const line0 = lines[indexes[0]!]!
    const earlier = recorded
      .filter((r) => r.subjectId === line0.subjectId && r.year === line0.year && isTitle(r.code))
      .map((r) => ({ r, coefficient: coefficientOf(r.code, line0.subjectKind, r.decisionDate ?? date) }))
      .filter((e): e is { r: RecordedTitle; coefficient: number } => e.coefficient !== null)
    const best = indexes.reduce((a, b) => (amounts[b]!.coefficient! > amounts[a]!.coefficient! ? b : a))
    const bestEarlier = earlier.reduce<(typeof earlier)[number] | null>((a, e) => (a === null || e.coefficient > a.coefficient ? e : a), null)
    for (const i of indexes) {
      const own = amounts[i]!
      const winnerHere = i === best && (bestEarlier === null || own.coefficient! > bestEarlier.coefficient)
      if (winnerHere) continue
      const over = i !== best && (bestEarlier === null || amounts[best]!.coefficient! > bestEarlier.coefficient)
        ? `«${CATALOGUE[lines[best]!.target].name}» trong quyết định này`
        : `«${CATALOGUE[bestEarlier!.r.code].name}» năm ${bestEarlier!.r.year}${bestEarlier!.r.decisionNumber ? ` (Quyết định số ${bestEarlier!.r.decisionNumber})` : ''} đã nhận`
      amounts[i] = { ...own, paid: false, note: `Cùng thời gian với ${over} chỉ nhận tiền thưởng mức cao nhất (${citation})`, citations: [...own.citations, citation] }
    }
  }
  return amounts
}

/** The total the decision pays: paid lines with a known amount. */
export const totalPaid = (amounts: readonly Pick<LineAmount, 'amount' | 'paid'>[]) => amounts.reduce((sum, a) => sum + (a.paid && a.amount !== null ? a.amount : 0), 0)
