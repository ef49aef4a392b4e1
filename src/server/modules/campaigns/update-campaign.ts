import { assertCan } from '../../auth/policy.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, notFound, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import type { UpdateCampaignInput } from './campaigns.schemas.ts'
import { findCampaign, replaceAddressees, replaceParents, updateDraftContent } from './campaigns.repository.ts'
import { campaignDetail, toSummary, type CampaignDetail } from './campaign-view.ts'
import { assertPlanValid, checkLinks } from './plan-input.ts'

/**
 * Saves a draft (optimistic: the caller sends the version it read). Issued plans are immutable:
 * their changes go through an amending plan. A refused save leaves the stored draft untouched.
 */
export async function updateCampaign(ctx: UseCaseContext, id: string, input: UpdateCampaignInput): Promise<CampaignDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await findCampaign(tx, actor.provinceId, id)
    if (!current) throw notFound('kế hoạch')
    assertCan(actor, 'campaign.write', current.issuerPath)
    if (current.status !== 'draft') throw new AppError('CONFLICT', 'Kế hoạch đã ban hành không được sửa. Hãy lập kế hoạch sửa đổi, bổ sung.')
    if (input.version !== current.version) throw staleVersion('Kế hoạch')
    assertPlanValid(input.content)
    const links = await checkLinks(tx, actor, { id, issuerId: current.issuerId }, input)
    if (!(await updateDraftContent(tx, actor.provinceId, id, input.content, input.version))) throw staleVersion('Kế hoạch')
    await replaceParents(tx, actor.provinceId, id, links.parentIds)
    await replaceAddressees(tx, actor.provinceId, id, links.addresseeIds)
    const detail = await campaignDetail(tx, actor, (await findCampaign(tx, actor.provinceId, id))!)
    await recordAudit(tx, ctx, { action: 'update', entity: 'campaign', entityId: id, organizationId: current.issuerId, summary: `Sửa dự thảo kế hoạch "${detail.title}"`, before: { ...toSummary(current), content: current.content }, after: detail })
    return detail
  })
}
