import { randomUUID } from 'node:crypto'
import { assertCan } from '../../auth/policy.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import type { CreateCampaignInput } from './campaigns.schemas.ts'
import { findCampaign, insertCampaign, replaceAddressees, replaceParents } from './campaigns.repository.ts'
import { campaignDetail, type CampaignDetail } from './campaign-view.ts'
import { assertPlanValid, checkLinks } from './plan-input.ts'
import { todayInVietnam } from './answer-status.ts'
import { trackOf } from '../../../shared/issuer-identity.ts'

/** Saves a new draft plan of an issuer in the caller's subtree. */
export async function createCampaign(ctx: UseCaseContext, input: CreateCampaignInput): Promise<CampaignDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const issuer = await findOrganization(tx, actor.provinceId, input.issuerId)
    if (!issuer) throw new AppError('VALIDATION', 'Cơ quan ban hành không tồn tại.', { issuerId: 'Cơ quan ban hành: không tồn tại' })
    assertCan(actor, 'campaign.write', issuer.path)
    assertPlanValid(input.content)
    const id = randomUUID()
    const links = await checkLinks(tx, actor, { id, issuerId: issuer.id }, { parentIds: input.parentIds ?? [], addresseeIds: input.addresseeIds ?? [] })
    await insertCampaign(tx, actor.provinceId, {
      id,
      issuerId: issuer.id,
      track: trackOf(issuer.kind),
      kind: input.content.kind,
      symbol: input.content.symbol,
      year: Number(todayInVietnam().slice(0, 4)),
      title: input.content.title,
      content: input.content,
      amendsId: null,
      createdBy: actor.accountId,
    })
    await replaceParents(tx, actor.provinceId, id, links.parentIds)
    await replaceAddressees(tx, actor.provinceId, id, links.addresseeIds)
    const detail = await campaignDetail(tx, actor, (await findCampaign(tx, actor.provinceId, id))!)
    await recordAudit(tx, ctx, { action: 'create', entity: 'campaign', entityId: id, organizationId: issuer.id, summary: `Lập dự thảo kế hoạch "${detail.title}"`, after: detail })
    return detail
  })
}
