// The commendation fund's (quỹ thi đua, khen thưởng) categories and pure rules, shared by server and client.
// law.md §6.4: income from the budget allocation (Nghị định 152/2025/NĐ-CP Điều 46 khoản 3 điểm b) and from
// contributions; spending on bonuses, award items, and — within a share of the fund — organising movements
// (Nghị định 98/2023/NĐ-CP Điều 52 khoản 1 điểm a; Thông tư 28/2025/TT-BTC).

export const FUND_INCOME_CATEGORIES = ['allocation', 'contribution', 'carry_over'] as const
export type FundIncomeCategory = (typeof FUND_INCOME_CATEGORIES)[number]
export const FUND_SPENDING_CATEGORIES = ['bonus', 'award_items', 'movement'] as const
export type FundSpendingCategory = (typeof FUND_SPENDING_CATEGORIES)[number]
export type FundCategory = FundIncomeCategory | FundSpendingCategory
export type FundLineKind = 'income' | 'spending'

export const FUND_CATEGORY_LABELS: Record<FundCategory, string> = {
  allocation: 'Ngân sách cấp đầu năm', // trích từ ngân sách, ND 152 Điều 46(3)(b)
  contribution: 'Đóng góp của tổ chức, cá nhân',
  carry_over: 'Số dư năm trước chuyển sang',
  bonus: 'Chi tiền thưởng',
  award_items: 'Chi in giấy khen, làm khung, cờ, huy hiệu',
  movement: 'Chi tổ chức phong trào, tuyên truyền, hội nghị sơ kết, tổng kết',
}

export const kindOf = (category: FundCategory): FundLineKind =>
  (FUND_INCOME_CATEGORIES as readonly string[]).includes(category) ? 'income' : 'spending'

/** The year's figures, whole VND. opening: the previous year's closing plus a balance carried in by hand. */
export interface FundTotals {
  opening: number
  income: number
  spending: number
  /** Net spending on organising movements (the capped share). */
  movement: number
  /** Net budget allocation (capped by the year's recurrent spending). */
  allocation: number
}

/** One year of an organization's ledger: the net amount per category (reversals included). */
export interface LedgerYear {
  year: number
  byCategory: Partial<Record<FundCategory, number>>
}

const sumOf = (y: LedgerYear | undefined, categories: readonly FundCategory[]) => categories.reduce((s, c) => s + (y?.byCategory[c] ?? 0), 0)
const netOf = (y: LedgerYear) => sumOf(y, FUND_INCOME_CATEGORIES) - sumOf(y, FUND_SPENDING_CATEGORIES)

/** The year's figures: the opening is every earlier year's net plus what this year carries in by hand. */
export function yearTotals(years: readonly LedgerYear[], year: number): FundTotals {
  const earlier = years.filter((y) => y.year < year).reduce((s, y) => s + netOf(y), 0)
  const own = years.find((y) => y.year === year)
  return {
    opening: earlier + sumOf(own, ['carry_over']),
    income: sumOf(own, ['allocation', 'contribution']),
    spending: sumOf(own, FUND_SPENDING_CATEGORIES),
    movement: sumOf(own, ['movement']),
    allocation: sumOf(own, ['allocation']),
  }
}

export const closingOf = (t: Pick<FundTotals, 'opening' | 'income' | 'spending'>) => t.opening + t.income - t.spending

/** The most the year may spend on movements: share × (opening + income), rounded down to the đồng. */
export const movementCap = (t: Pick<FundTotals, 'opening' | 'income'>, share: number) => Math.floor(roundShare(share) * Math.max(0, t.opening + t.income) / 10000)

/** The allocation's ceiling: rate × the year's recurrent spending (ND 152 Điều 46(3)(b)), rounded down. */
export const allocationCap = (recurrentSpending: number, rate: number) => Math.floor(Math.round(rate * 100000) * recurrentSpending / 100000)

/** A line about to be written: its category and its amount as stored (negative for a reversal). */
export interface LedgerChange {
  year: number
  category: FundCategory
  amount: number
}

export interface LedgerRules {
  movementShare: number
  movementShareCitation: string
  /** The year's allocation ceiling, when the officer recorded the recurrent spending; with how it was computed. */
  allocationCap: { amount: number; rate: number; recurrentSpending: number; citation: string } | null
}

function applyChange(years: readonly LedgerYear[], change: LedgerChange): LedgerYear[] {
  const list = years.some((y) => y.year === change.year) ? years : [...years, { year: change.year, byCategory: {} }]
  return list
    .map((y) => (y.year !== change.year ? y : { year: y.year, byCategory: { ...y.byCategory, [change.category]: (y.byCategory[change.category] ?? 0) + change.amount } }))
    .sort((a, b) => a.year - b.year)
}

/**
 * Why the change may not be written, or null. The ledger refuses a change that makes a year's closing balance
 * negative (that year or a later one, whose opening it lowers), that takes the movement spending of a year
 * beyond its share of the fund (Nghị định 98/2023/NĐ-CP Điều 52 khoản 1 điểm a; Thông tư 28/2025/TT-BTC), or the
 * year's allocation beyond its ceiling (Nghị định 152/2025/NĐ-CP Điều 46 khoản 3 điểm b). A year already over a
 * limit (after the province lowered its share, say) only refuses changes that make it worse.
 */
export function ledgerProblem(years: readonly LedgerYear[], change: LedgerChange, rules: LedgerRules): string | null {
  const after = applyChange(years, change)
  for (const y of after.filter((y) => y.year >= change.year)) {
    const before = yearTotals(years, y.year)
    const now = yearTotals(after, y.year)
    const closingNow = closingOf(now)
    if (closingNow < 0 && closingNow < closingOf(before)) {
      const left = closingOf(before)
      return y.year === change.year
        ? `Số tiền ${formatVnd(Math.abs(change.amount))} vượt số dư quỹ năm ${y.year} (còn ${formatVnd(left)})`
        : `Số tiền ${formatVnd(Math.abs(change.amount))} làm số dư quỹ năm ${y.year} bị âm (năm đó còn ${formatVnd(left)})`
    }
    const overNow = now.movement - movementCap(now, rules.movementShare)
    const overBefore = before.movement - movementCap(before, rules.movementShare)
    if (overNow > 0 && overNow > overBefore) {
      return `Số tiền: chi tổ chức phong trào, tuyên truyền, hội nghị năm ${y.year} sẽ là ${formatVnd(now.movement)}, vượt ${formatShare(rules.movementShare)} quỹ `
        + `(${formatVnd(movementCap(now, rules.movementShare))}) theo ${rules.movementShareCitation}`
    }
  }
  const cap = rules.allocationCap
  if (change.category === 'allocation' && change.amount > 0 && cap) {
    const allocation = yearTotals(after, change.year).allocation
    if (allocation > cap.amount) {
      return `Số tiền: ngân sách cấp năm ${change.year} sẽ là ${formatVnd(allocation)}, vượt mức tối đa ${formatVnd(cap.amount)} `
        + `(${formatShare(cap.rate)} tổng chi thường xuyên ${formatVnd(cap.recurrentSpending)}, ${cap.citation})`
    }
  }
  return null
}

// Shares are stored with four decimals: integer arithmetic on basis points avoids 0.2 × x float drift.
const roundShare = (share: number) => Math.round(share * 10000)

/** "1.234.567 đ" */
export const formatVnd = (amount: number) => `${new Intl.NumberFormat('vi-VN').format(amount)} đ`

/** "20%", "1,5%" */
export const formatShare = (share: number) => `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 }).format(share * 100)}%`
