import { randomUUID } from 'node:crypto'
import { assertCan } from '../../auth/policy.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findCampaign, insertCampaign, listAddressees, replaceAddressees, replaceParents } from './campaigns.repository.ts'
import { campaignDetail, type CampaignDetail } from './campaign-view.ts'
import { todayInVietnam } from './answer-status.ts'
import { numberAndSymbol } from './campaign-numbering.ts'

/** Starts an amending plan (kế hoạch sửa đổi, bổ sung) of an issued one: a new draft with the same content, parents and addressees. */
export async function amendCampaign(ctx: UseCaseContext, id: string): Promise<CampaignDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const original = await findCampaign(tx, actor.provinceId, id)
    if (!original) throw notFound('kế hoạch')
    assertCan(actor, 'campaign.write', original.issuerPath)
    if (original.status === 'draft') throw new AppError('CONFLICT', 'Kế hoạch còn là dự thảo: hãy sửa trực tiếp, chỉ lập kế hoạch sửa đổi, bổ sung cho kế hoạch đã ban hành.')
    const newId = randomUUID()
    await insertCampaign(tx, actor.provinceId, {
      id: newId,
      issuerId: original.issuerId,
      track: original.track,
      kind: original.kind,
      symbol: original.symbol,
      year: Number(todayInVietnam().slice(0, 4)),
      title: original.title,
      content: original.content,
      amendsId: original.id,
      createdBy: actor.accountId,
    })
    await replaceParents(tx, actor.provinceId, newId, original.parentIds)
    await replaceAddressees(tx, actor.provinceId, newId, (await listAddressees(tx, actor.provinceId, [id])).map((a) => a.organizationId))
    const detail = await campaignDetail(tx, actor, (await findCampaign(tx, actor.provinceId, newId))!)
    await recordAudit(tx, ctx, {
      action: 'amend', entity: 'campaign', entityId: newId, organizationId: original.issuerId,
      summary: `Lập dự thảo sửa đổi, bổ sung kế hoạch số ${numberAndSymbol(original.number, original.symbol, original.track)}`, after: detail,
    })
    return detail
  })
}
