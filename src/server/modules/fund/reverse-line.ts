// Corrects a recorded line the accounting way: a reversing line (ghi đảo) with the opposite amount, the same
// category and year, the reason, and a reference to the line it corrects. A line is reversed once; a reversing
// line is not reversed again (record the right line anew). Reversing income is refused when the money was
// already spent (the balance would go negative). Reversing a decision's payment reopens the decision: it is
// listed as unpaid again and may be paid anew (migration 0016).
import { AppError, notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadFundOrganization } from './fund-access.ts'
import { fundBalance, type FundBalance } from './fund-ledger.ts'
import { writeFundLine } from './fund-write.ts'
import { findLine } from './fund.repository.ts'
import type { ReverseInput } from './fund.schemas.ts'

export async function reverseFundLine(ctx: UseCaseContext, id: string, input: ReverseInput): Promise<{ id: string; balance: FundBalance }> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const line = await findLine(tx, actor.provinceId, id)
    if (!line) throw notFound('dòng sổ quỹ')
    const organization = await loadFundOrganization(tx, actor, line.organizationId, 'fund.write')
    if (line.reversesId) throw new AppError('CONFLICT', 'Dòng này là dòng điều chỉnh; không điều chỉnh tiếp — hãy ghi lại khoản đúng.', { id: 'Dòng điều chỉnh không được điều chỉnh tiếp' })
    if (line.reversedById) throw new AppError('CONFLICT', 'Dòng sổ quỹ này đã được điều chỉnh.', { id: 'Dòng sổ quỹ đã được điều chỉnh' })
    if (!input.occurredOn.startsWith(`${line.year}-`)) {
      throw new AppError('VALIDATION', `Ngày ghi sổ phải thuộc năm ${line.year} của dòng được điều chỉnh.`, { occurredOn: `Ngày ghi sổ phải thuộc năm ${line.year}` })
    }
    const written = await writeFundLine(tx, ctx, organization, {
      year: line.year, category: line.category, occurredOn: input.occurredOn, description: `Điều chỉnh: ${line.description}`.slice(0, 1000), counterparty: line.counterparty,
      amount: -line.amount, decisionId: line.decisionId, eventId: line.eventId, reversesId: line.id, reason: input.reason,
    })
    return { id: written.id, balance: await fundBalance(tx, actor.provinceId, organization.id, line.year) }
  })
}
