import { AppError, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { viDate } from '../../../rules/dates.ts'
import { formatVnd } from '../../../shared/events.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { recordFundSpending } from '../fund/fund-ledger.ts'
import { listBudget, settleLine } from './budget.repository.ts'
import { assertStatus, assertVersion, eventLabel, eventPhrase, lockEvent } from './event-access.ts'
import { auditEvent } from './event-audit.ts'
import type { EventDetail } from './event-view.ts'
import { updateEventStatus } from './events.repository.ts'
import type { SettlementInput } from './events.schemas.ts'
import { reloadEvent } from './get-event.ts'

/**
 * The settlement (quyết toán, seed 001 §VI.8 and 002 §IV.1–2) of a held event: the actual amount of every estimate
 * line, each spent line posted as a spending line of the organization's commendation fund linked to the event,
 * and the event settled — in one transaction: a line the fund refuses (beyond its balance or the movement share)
 * leaves nothing written.
 */
export async function settleEvent(ctx: UseCaseContext, id: string, input: SettlementInput): Promise<EventDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const event = await lockEvent(tx, actor, id)
    assertVersion(event, input.version)
    assertStatus(event, (s) => s === 'held', 'quyết toán (sự kiện phải được ghi nhận đã tổ chức, chưa quyết toán)')
    const lines = await listBudget(tx, actor.provinceId, id)
    if (lines.length === 0) throw new AppError('VALIDATION', `${eventLabel(event)} chưa có dự toán kinh phí để quyết toán.`, { actuals: 'Chưa có dự toán kinh phí' })
    const stranger = input.actuals.findIndex((a) => !lines.some((l) => l.id === a.lineId))
    if (stranger >= 0) throw new AppError('VALIDATION', `Số thực chi, dòng ${stranger + 1}: không thuộc dự toán của sự kiện; hãy tải lại.`, { [`actuals.${stranger}.lineId`]: 'Dòng không thuộc dự toán' })
    const missing = lines.find((l) => !input.actuals.some((a) => a.lineId === l.id))
    if (missing) throw new AppError('VALIDATION', `Số thực chi: chưa nhập cho dòng ${missing.position} «${missing.item}» (nhập 0 nếu không chi).`, { actuals: `Chưa nhập số thực chi của «${missing.item}»` })
    const occurredOn = input.occurredOn ?? event.eventDate
    const year = Number(event.eventDate.slice(0, 4))
    if (Number(occurredOn.slice(0, 4)) !== year || occurredOn < event.eventDate || occurredOn > todayInVietnam()) {
      const message = `phải từ ngày tổ chức (${viDate(event.eventDate)}) đến hôm nay, trong năm ${year}`
      throw new AppError('VALIDATION', `Ngày chi ${message}.`, { occurredOn: `Ngày chi ${message}` })
    }
    let total = 0
    for (const line of lines) {
      const index = input.actuals.findIndex((a) => a.lineId === line.id)
      const actual = input.actuals[index]!.actualAmount
      let fundLineId: string | null = null
      if (actual > 0) {
        fundLineId = (await recordFundSpending(tx, ctx, {
          organizationId: event.organizationId, year, occurredOn, category: line.category, amount: actual, eventId: id,
          description: `${event.title}: ${line.item}`,
        }).catch((error: unknown) => {
          if (error instanceof AppError && error.fields?.amount) {
            throw new AppError('VALIDATION', `Số thực chi, dòng ${line.position} «${line.item}»: ${error.message}`, { [`actuals.${index}.actualAmount`]: `Số tiền thực chi: ${error.fields.amount}` })
          }
          throw error
        })).id
      }
      await settleLine(tx, actor.provinceId, id, line.id, actual, fundLineId)
      total += actual
    }
    if (!(await updateEventStatus(tx, actor.provinceId, id, { from: 'held', to: 'settled', actorId: actor.accountId }, input.version))) throw staleVersion(eventLabel(event))
    await auditEvent(tx, ctx, event, {
      action: 'settle', summary: `Quyết toán ${eventPhrase(event)}: thực chi ${formatVnd(total)} đồng từ quỹ thi đua, khen thưởng`,
      after: { occurredOn, actuals: input.actuals },
    })
    return reloadEvent(ctx, tx, id)
  })
}
