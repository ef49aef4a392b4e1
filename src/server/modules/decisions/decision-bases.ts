// The default bases (căn cứ) of a decision from what its lines went through: the campaign plan, the council
// sessions that passed them, the proposals (tờ trình) of the units. Reads only.
import { viDate } from '../../../rules/dates.ts'
import type { Db } from '../../db/client.ts'
import { numberAndSymbol } from '../campaigns/campaign-numbering.ts'
import { loadIssuerIdentity } from '../campaigns/issuer-lookup.ts'
import { loadCampaignRefs } from '../nominations/campaign-deadline.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { defaultBases } from './decision-wording.ts'
import { findCouncilPasses, findProposals } from './decisions.repository.ts'

export async function loadDefaultBases(db: Db, provinceId: string, d: { organizationId: string; campaignId: string | null; decisionDate: string }, nominationIds: readonly string[]): Promise<string[]> {
  const [campaigns, passes, proposals] = await Promise.all([
    loadCampaignRefs(db, provinceId, d.campaignId ? [d.campaignId] : []),
    findCouncilPasses(db, provinceId, d.organizationId, nominationIds),
    findProposals(db, provinceId, nominationIds),
  ])
  const campaign = d.campaignId ? campaigns.get(d.campaignId) : undefined
  let campaignText: string | null = null
  if (campaign?.numberAndSymbol) {
    const issuer = await loadIssuerIdentity(db, provinceId, (await findOrganization(db, provinceId, campaign.issuerId))!)
    campaignText = `Kế hoạch số ${campaign.numberAndSymbol}${campaign.issuedOn ? ` ngày ${viDate(campaign.issuedOn)}` : ''} của ${issuer.formalName} ${campaign.title.replace(/^Về/, 'về')}`
  }
  return defaultBases({
    decisionDate: d.decisionDate,
    campaign: campaignText,
    meetings: [...new Set(passes.values())].sort(),
    proposals: proposals.map((p) => ({ organizationName: p.organizationName, numberAndSymbol: numberAndSymbol(p.number, p.symbol, p.track)!, submittedOn: p.submittedOn })),
  })
}
