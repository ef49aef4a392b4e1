// Records a spending line from the fund page, in its own transaction (other modules call recordFundSpending
// inside theirs).
import type { UseCaseContext } from '../../http/route.ts'
import { fundBalance, recordFundSpending, type FundBalance } from './fund-ledger.ts'
import type { SpendingInput } from './fund.schemas.ts'

export async function recordSpending(ctx: UseCaseContext, input: SpendingInput): Promise<{ id: string; balance: FundBalance }> {
  return ctx.db.transaction(async (tx) => {
    const { id } = await recordFundSpending(tx, ctx, input)
    return { id, balance: await fundBalance(tx, ctx.actor.provinceId, input.organizationId, input.year) }
  })
}
