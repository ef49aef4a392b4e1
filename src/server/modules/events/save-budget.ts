import { randomUUID } from 'node:crypto'
import { AppError, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { firstLineBeyondBalance, formatVnd, lineAmount } from '../../../shared/events.ts'
import { fundBalance } from '../fund/fund-ledger.ts'
import { listBudget, replaceBudget } from './budget.repository.ts'
import { assertStatus, assertVersion, eventLabel, eventPhrase, lockEvent } from './event-access.ts'
import { auditEvent } from './event-audit.ts'
import type { EventDetail } from './event-view.ts'
import { bumpVersion } from './events.repository.ts'
import type { BudgetInput } from './events.schemas.ts'
import { reloadEvent } from './get-event.ts'

/**
 * Saves the budget estimate (dự toán kinh phí) as a whole. The event is paid from the organization's commendation
 * fund (seed 002 §III "kinh phí … trích từ quỹ thi đua khen thưởng xã"; Nghị định 98/2023/NĐ-CP Điều 52 khoản 1):
 * the line that takes the estimate beyond the fund's balance for the event's year is refused and nothing is saved.
 */
export async function saveBudget(ctx: UseCaseContext, id: string, input: BudgetInput): Promise<EventDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const event = await lockEvent(tx, actor, id)
    assertVersion(event, input.version)
    assertStatus(event, (s) => s !== 'settled', 'sửa dự toán kinh phí')
    const year = Number(event.eventDate.slice(0, 4))
    const fund = await fundBalance(tx, actor.provinceId, event.organizationId, year)
    const beyond = firstLineBeyondBalance(input.lines, fund.balance)
    if (beyond !== null) {
      const line = input.lines[beyond]!
      const upTo = input.lines.slice(0, beyond + 1).reduce((s, l) => s + lineAmount(l), 0)
      const message = `vượt số dư quỹ: dự toán đến dòng này là ${formatVnd(upTo)} đồng, quỹ thi đua, khen thưởng năm ${year} của ${event.organizationName} còn ${formatVnd(fund.balance)} đồng`
      throw new AppError('VALIDATION', `Dự toán kinh phí, dòng ${beyond + 1} «${line.item}» — Thành tiền ${message}; dự toán chưa được lưu.`, { [`lines.${beyond}.unitPrice`]: `Thành tiền ${message}` })
    }
    const before = await listBudget(tx, actor.provinceId, id)
    if (!(await bumpVersion(tx, actor.provinceId, id, input.version))) throw staleVersion(eventLabel(event))
    const lines = input.lines.map((l) => ({ id: randomUUID(), item: l.item, unit: l.unit ?? null, quantity: l.quantity, unitPrice: l.unitPrice, category: l.category }))
    await replaceBudget(tx, actor.provinceId, id, lines)
    const total = input.lines.reduce((s, l) => s + lineAmount(l), 0)
    await auditEvent(tx, ctx, event, {
      action: 'update_budget', summary: `Dự toán kinh phí ${eventPhrase(event)}: ${formatVnd(total)} đồng (${lines.length} dòng)`,
      before: before.map((l) => ({ item: l.item, quantity: l.quantity, unitPrice: l.unitPrice, category: l.category })),
      after: lines.map((l) => ({ item: l.item, quantity: l.quantity, unitPrice: l.unitPrice, category: l.category })),
    })
    return reloadEvent(ctx, tx, id)
  })
}
