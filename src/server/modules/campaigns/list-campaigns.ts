import type { Page } from '../../../shared/schemas.ts'
import { normalizeText } from '../../../shared/vietnamese.ts'
import type { UseCaseContext } from '../../http/route.ts'
import type { ListCampaignsQuery } from './campaigns.schemas.ts'
import { searchCampaigns } from './campaigns.repository.ts'
import { toSummary, type CampaignSummary } from './campaign-view.ts'

/** One page of the plans the caller may see, newest first. */
export async function listCampaigns(ctx: UseCaseContext, query: ListCampaignsQuery): Promise<Page<CampaignSummary>> {
  const { items, total } = await searchCampaigns(ctx.db, ctx.actor.provinceId, {
    scopePath: ctx.actor.organizationPath,
    status: query.status ?? null,
    q: normalizeText(query.q ?? '') || null,
    issuerId: query.issuerId ?? null,
    year: query.year ?? null,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  })
  return { items: items.map(toSummary), total, page: query.page, pageSize: query.pageSize }
}
