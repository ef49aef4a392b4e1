// "Chi thưởng theo quyết định": the organization's issued award decisions not yet paid from its fund (or whose
// every payment line was reversed), and paying one in a single action — one "Chi tiền thưởng" line linked to
// the decision for its total (its paid lines with a known amount; lines whose award was cancelled under Luật
// TĐKT 2022 Điều 93 are left out, as are lines not paid because a higher title of the same period is paid
// instead — ND 152 Điều 49 khoản 5).
import { viDate } from '../../../rules/dates.ts'
import { formatVnd } from '../../../shared/fund.ts'
import { AppError, notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadFundOrganization } from './fund-access.ts'
import { fundBalance, recordFundSpending, type FundBalance } from './fund-ledger.ts'
import { findIssuedDecision, listIssuedDecisions, type PayableDecision } from './fund.repository.ts'

export async function listUnpaidDecisions(ctx: UseCaseContext, organizationId: string): Promise<PayableDecision[]> {
  const organization = await loadFundOrganization(ctx.db, ctx.actor, organizationId, 'fund.read')
  return listIssuedDecisions(ctx.db, ctx.actor.provinceId, organization.id, true)
}

/** Why a decision's total leaves lines out: "1 dòng đã hủy bỏ khen thưởng; 2 dòng chưa xác định số tiền". */
export function excludedLines(d: Pick<PayableDecision, 'cancelledLines' | 'unknownAmountLines' | 'notPaidLines'>): string[] {
  return [
    d.cancelledLines ? `${d.cancelledLines} dòng đã hủy bỏ khen thưởng` : null,
    d.unknownAmountLines ? `${d.unknownAmountLines} dòng chưa xác định số tiền` : null,
    d.notPaidLines ? `${d.notPaidLines} dòng không nhận tiền thưởng (chỉ nhận mức cao nhất cùng thời gian)` : null,
  ].filter((s): s is string => s !== null)
}

export async function payDecision(ctx: UseCaseContext, decisionId: string, input: { occurredOn: string }): Promise<{ id: string; balance: FundBalance }> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const decision = await findIssuedDecision(tx, actor.provinceId, decisionId)
    if (!decision) throw notFound('quyết định khen thưởng đã ban hành')
    await loadFundOrganization(tx, actor, decision.organizationId, 'fund.write')
    if (decision.total <= 0) {
      const why = excludedLines(decision)
      throw new AppError('VALIDATION', `Quyết định số ${decision.label} không có khoản tiền thưởng nào để chi${why.length ? ` (${why.join('; ')})` : ''}.`, { decisionId: 'Quyết định không có khoản tiền thưởng để chi' })
    }
    const year = Number(input.occurredOn.slice(0, 4))
    const why = excludedLines(decision)
    const { id } = await recordFundSpending(tx, ctx, {
      organizationId: decision.organizationId, year, occurredOn: input.occurredOn, category: 'bonus', decisionId: decision.id, amount: decision.total,
      description: `Chi tiền thưởng theo Quyết định số ${decision.label} ngày ${viDate(decision.decisionDate)} (${decision.lineCount} dòng, ${formatVnd(decision.total)})${why.length ? `; không chi: ${why.join('; ')}` : ''}`,
    })
    return { id, balance: await fundBalance(tx, actor.provinceId, decision.organizationId, year) }
  })
}
