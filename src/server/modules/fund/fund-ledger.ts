// The fund's ledger as other modules use it (the events module pays its spending here): the balance of an
// organization-year, and recording a spending line inside the caller's transaction.
import type { Db } from '../../db/client.ts'
import { AppError, notFound, parseOrThrow } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { closingOf, formatVnd, yearTotals, type FundSpendingCategory } from '../../../shared/fund.ts'
import { loadFundOrganization } from './fund-access.ts'
import { writeFundLine } from './fund-write.ts'
import { findIssuedDecision, lockOrganizationYears, sumByYear } from './fund.repository.ts'
import { spendingBody } from './fund.schemas.ts'

export type { FundSpendingCategory } from '../../../shared/fund.ts'

/** Whole VND. opening: the previous year's closing (plus a balance carried in by hand when the ledger starts). */
export interface FundBalance { organizationId: string; year: number; opening: number; income: number; spending: number; balance: number }

export async function fundBalance(db: Db, provinceId: string, organizationId: string, year: number): Promise<FundBalance> {
  const totals = yearTotals(await sumByYear(db, provinceId, organizationId), year)
  return { organizationId, year, opening: totals.opening, income: totals.income, spending: totals.spending, balance: closingOf(totals) }
}

export interface FundSpendingInput {
  organizationId: string
  year: number
  occurredOn: string // YYYY-MM-DD
  category: FundSpendingCategory
  description: string
  amount: number
  decisionId?: string | null
  eventId?: string | null
}

/**
 * Must be called inside the caller's transaction (tx); locks the organization-year, refuses (AppError, field
 * 'amount') beyond the balance or the configured movement share, writes the line and its audit row.
 * A line linked to an award decision pays that decision (issued by the fund's organization) in full, and only
 * while no earlier payment line of it stands unreversed.
 */
export async function recordFundSpending(tx: Db, ctx: UseCaseContext, input: FundSpendingInput): Promise<{ id: string }> {
  const line = parseOrThrow(spendingBody, input)
  const organization = await loadFundOrganization(tx, ctx.actor, line.organizationId, 'fund.write')
  if (line.decisionId) {
    // Whether the decision is already paid is read under the lock every fund write takes on the organization's
    // fund years (writeFundLine takes it again, a no-op): of two payments of one decision at once, the second
    // waits for the first and then sees its line (migration 0016 replaced the unique index by this check).
    await lockOrganizationYears(tx, ctx.actor.provinceId, organization.id, line.year)
    const decision = await findIssuedDecision(tx, ctx.actor.provinceId, line.decisionId)
    if (!decision || decision.organizationId !== organization.id) throw notFound('quyết định khen thưởng đã ban hành của đơn vị giữ quỹ')
    if (line.category !== 'bonus') throw new AppError('VALIDATION', 'Loại khoản chi: chi trả quyết định khen thưởng phải là «Chi tiền thưởng».', { category: 'Loại khoản chi phải là chi tiền thưởng' })
    if (decision.paidLineId) throw new AppError('DUPLICATE', `Quyết định khen thưởng: Quyết định số ${decision.label} đã được chi trả từ quỹ.`, { decisionId: 'Quyết định đã được chi trả' })
    if (line.amount !== decision.total) {
      const message = `Số tiền phải bằng tổng tiền thưởng của Quyết định số ${decision.label} (${formatVnd(decision.total)})`
      throw new AppError('VALIDATION', `${message}.`, { amount: message })
    }
  }
  return writeFundLine(tx, ctx, organization, {
    year: line.year, category: line.category, occurredOn: line.occurredOn, description: line.description, counterparty: null, amount: line.amount,
    decisionId: line.decisionId ?? null, eventId: line.eventId ?? null, reversesId: null, reason: null,
  })
}
