// Records an income line (khoản thu): the budget allocation at the start of the year (within the ceiling when
// the year's recurrent spending is recorded — ND 152 Điều 46(3)(b)), a contribution of an organisation or a
// person, or the balance carried in when the ledger starts (only for the organization's first year here:
// later years carry the previous closing over by themselves).
import { AppError } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadFundOrganization } from './fund-access.ts'
import { fundBalance, type FundBalance } from './fund-ledger.ts'
import { writeFundLine } from './fund-write.ts'
import { sumByYear } from './fund.repository.ts'
import type { IncomeInput } from './fund.schemas.ts'

export async function recordFundIncome(ctx: UseCaseContext, input: IncomeInput): Promise<{ id: string; balance: FundBalance }> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const organization = await loadFundOrganization(tx, actor, input.organizationId, 'fund.write')
    if (input.category === 'carry_over') {
      const earlier = (await sumByYear(tx, actor.provinceId, organization.id)).find((y) => y.year < input.year)
      if (earlier) {
        const message = `Loại khoản thu: số dư năm trước được chuyển tự động từ sổ quỹ năm ${earlier.year}; không ghi thêm khoản «Số dư năm trước chuyển sang»`
        throw new AppError('VALIDATION', `${message}.`, { category: message })
      }
    }
    if (input.category === 'contribution' && !input.counterparty) {
      throw new AppError('VALIDATION', 'Tổ chức, cá nhân đóng góp là bắt buộc với khoản đóng góp.', { counterparty: 'Tổ chức, cá nhân đóng góp là bắt buộc' })
    }
    const { id } = await writeFundLine(tx, ctx, organization, {
      year: input.year, category: input.category, occurredOn: input.occurredOn, description: input.description, counterparty: input.counterparty ?? null,
      amount: input.amount, decisionId: null, eventId: null, reversesId: null, reason: null,
    })
    return { id, balance: await fundBalance(tx, actor.provinceId, organization.id, input.year) }
  })
}
