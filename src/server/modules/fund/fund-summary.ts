// The year's summary of a fund (tình hình sử dụng quỹ): opening balance carried from the previous year,
// income and spending by category, the movement share used against its ceiling, the allocation against its
// ceiling, and the closing balance. Reads only.
import {
  allocationCap, closingOf, FUND_INCOME_CATEGORIES, FUND_SPENDING_CATEGORIES, movementCap, yearTotals, type FundCategory,
} from '../../../shared/fund.ts'
import type { Db } from '../../db/client.ts'
import { findSettings, findYear, sumByYear } from './fund.repository.ts'

export interface FundSummary {
  organizationId: string
  year: number
  opening: number
  income: number
  spending: number
  closing: number
  /** Net amount of each category this year (carry_over is part of the opening). */
  byCategory: Record<FundCategory, number>
  movementShare: number
  movementShareCitation: string
  /** share × (opening + income): what movements may use this year. */
  movementCap: number
  allocationRate: number
  allocationRateCitation: string
  /** Tổng chi thường xuyên recorded for the year, and the allocation ceiling it gives. */
  recurrentSpending: number | null
  allocationCap: number | null
  /** Version of the organization-year's settings (0 while the year has no row yet). */
  yearVersion: number
}

export async function fundSummary(db: Db, provinceId: string, organizationId: string, year: number): Promise<FundSummary> {
  const [years, settings, fundYear] = await Promise.all([sumByYear(db, provinceId, organizationId), findSettings(db, provinceId), findYear(db, provinceId, organizationId, year)])
  const totals = yearTotals(years, year)
  const own = years.find((y) => y.year === year)?.byCategory ?? {}
  const byCategory = Object.fromEntries([...FUND_INCOME_CATEGORIES, ...FUND_SPENDING_CATEGORIES].map((c) => [c, own[c] ?? 0])) as Record<FundCategory, number>
  const recurrentSpending = fundYear?.recurrentSpending ?? null
  return {
    organizationId,
    year,
    opening: totals.opening,
    income: totals.income,
    spending: totals.spending,
    closing: closingOf(totals),
    byCategory,
    movementShare: settings.movementShare,
    movementShareCitation: settings.movementShareCitation,
    movementCap: movementCap(totals, settings.movementShare),
    allocationRate: settings.allocationRate,
    allocationRateCitation: settings.allocationRateCitation,
    recurrentSpending,
    allocationCap: recurrentSpending === null ? null : allocationCap(recurrentSpending, settings.allocationRate),
    yearVersion: fundYear?.version ?? 0,
  }
}
