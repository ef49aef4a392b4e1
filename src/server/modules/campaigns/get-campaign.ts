import type { UseCaseContext } from '../../http/route.ts'
import { loadVisibleCampaign } from './campaign-access.ts'
import { campaignDetail, type CampaignDetail } from './campaign-view.ts'

export async function getCampaign(ctx: UseCaseContext, id: string): Promise<CampaignDetail> {
  return campaignDetail(ctx.db, ctx.actor, await loadVisibleCampaign(ctx.db, ctx.actor, id))
}
