// Who may see a plan: drafts only inside the issuer's subtree; an issued plan also wherever one of its
// addressees lies in the caller's subtree. (The same rule, in SQL, filters lists: campaigns.repository.ts.)
import type { Db } from '../../db/client.ts'
import { inScope, type Actor } from '../../auth/policy.ts'
import { forbidden, notFound } from '../../http/errors.ts'
import { findCampaign, listAddressees, type CampaignWithContent } from './campaigns.repository.ts'

export function canSee(actor: Actor, campaign: Pick<CampaignWithContent, 'issuerPath' | 'status'>, addresseePaths: readonly string[]): boolean {
  if (inScope(actor, campaign.issuerPath)) return true
  return campaign.status !== 'draft' && addresseePaths.some((path) => inScope(actor, path))
}

/** The plan, if it exists and the caller may see it. */
export async function loadVisibleCampaign(db: Db, actor: Actor, id: string): Promise<CampaignWithContent> {
  const campaign = await findCampaign(db, actor.provinceId, id)
  if (!campaign) throw notFound('kế hoạch')
  const addressees = await listAddressees(db, actor.provinceId, [id])
  if (!canSee(actor, campaign, addressees.map((a) => a.organizationPath))) throw forbidden('Kế hoạch này thuộc đơn vị ngoài phạm vi quản lý của bạn.')
  return campaign
}
