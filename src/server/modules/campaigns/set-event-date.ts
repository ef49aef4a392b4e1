import { assertCan } from '../../auth/policy.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { vietnameseDate } from '../../../shared/campaign-plan-checks.ts'
import { findCampaign, saveEventDate } from './campaigns.repository.ts'
import { IN_FORCE } from './campaign-lifecycle.ts'
import { campaignDetail, type CampaignDetail } from './campaign-view.ts'
import { loadEventDates } from './answer-tracking.ts'

/**
 * Enters (or, with null, withdraws) the date of an event of an issued plan — "the congress took place on …" —
 * without touching its immutable content. Deadlines relative to the event then resolve, here and in the
 * answering plans that reuse the event.
 */
export async function setEventDate(ctx: UseCaseContext, id: string, eventId: string, date: string | null): Promise<CampaignDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const campaign = await findCampaign(tx, actor.provinceId, id)
    if (!campaign) throw notFound('kế hoạch')
    assertCan(actor, 'campaign.write', campaign.issuerPath)
    if (campaign.status === 'draft') throw new AppError('CONFLICT', 'Kế hoạch còn là dự thảo: hãy nhập ngày của sự kiện ngay trong nội dung kế hoạch.')
    if (!IN_FORCE.includes(campaign.status)) throw new AppError('CONFLICT', 'Kế hoạch đã tổng kết, không cập nhật ngày sự kiện.')
    const event = campaign.content.events.find((e) => e.id === eventId)
    if (!event) throw notFound(`sự kiện «${eventId}» trong kế hoạch`)
    const before = (await loadEventDates(tx, actor.provinceId, [id])).get(id)?.[eventId] ?? null
    await saveEventDate(tx, actor.provinceId, id, eventId, date)
    const detail = await campaignDetail(tx, actor, campaign)
    await recordAudit(tx, ctx, {
      action: 'set_event_date', entity: 'campaign', entityId: id, organizationId: campaign.issuerId,
      summary: date ? `Cập nhật ngày diễn ra "${event.name}": ${vietnameseDate(date)}` : `Bỏ ngày đã nhập của "${event.name}"`,
      before: { eventId, date: before }, after: { eventId, date: detail.eventDates[eventId] ?? null },
    })
    return detail
  })
}
