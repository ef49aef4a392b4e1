// What the API answers about a plan: the summary of lists and the detail of one plan
// (content, parents, addressees with their answers, event dates). Reads only.
import type { Db } from '../../db/client.ts'
import type { Actor } from '../../auth/policy.ts'
import type { PlanContent } from '../../../shared/campaign-plan.ts'
import type { AnswerStatus } from './answer-status.ts'
import { formatNumber, numberAndSymbol, type Track } from './campaign-numbering.ts'
import { findCampaigns, type CampaignRecord, type CampaignWithContent } from './campaigns.repository.ts'
import { loadEventDates, trackAnswers } from './answer-tracking.ts'

export interface CampaignSummary {
  id: string
  issuerId: string
  issuerName: string
  status: CampaignRecord['status']
  kind: string
  number: string | null
  symbol: string
  numberAndSymbol: string | null
  title: string
  issuedOn: string | null
  year: number
  parentIds: string[]
  amendsId: string | null
  version: number
  createdAt: string
  updatedAt: string
}

export interface CampaignDetail extends CampaignSummary {
  content: PlanContent
  parents: { id: string; numberAndSymbol: string | null; title: string; issuerName: string }[]
  addressees: { organizationId: string; organizationName: string; answerDue: string | null; answer: CampaignSummary | null; status: AnswerStatus }[]
  eventDates: Record<string, string>
  track: Track
}

export function toSummary(r: CampaignRecord): CampaignSummary {
  return {
    id: r.id,
    issuerId: r.issuerId,
    issuerName: r.issuerName,
    status: r.status,
    kind: r.kind,
    number: r.number === null ? null : formatNumber(r.number),
    symbol: r.symbol,
    numberAndSymbol: numberAndSymbol(r.number, r.symbol, r.track),
    title: r.title,
    issuedOn: r.issuedOn,
    year: r.year,
    parentIds: r.parentIds,
    amendsId: r.amendsId,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  }
}

/** The detail of a plan the caller may see (visibility is checked by the caller of this function). */
export async function campaignDetail(db: Db, actor: Actor, campaign: CampaignWithContent): Promise<CampaignDetail> {
  const parentRows = await findCampaigns(db, actor.provinceId, campaign.parentIds)
  const parents = campaign.parentIds
    .map((id) => parentRows.find((p) => p.id === id))
    .filter((p): p is CampaignWithContent => p !== undefined)
    .map((p) => ({ id: p.id, numberAndSymbol: numberAndSymbol(p.number, p.symbol, p.track), title: p.title, issuerName: p.issuerName }))
  const eventDates = await loadEventDates(db, actor.provinceId, [campaign.id])
  const tracked = await trackAnswers(db, actor, [campaign], eventDates)
  return {
    ...toSummary(campaign),
    content: campaign.content,
    parents,
    addressees: (tracked.get(campaign.id) ?? []).map((a) => ({
      organizationId: a.organizationId,
      organizationName: a.organizationName,
      answerDue: a.answerDue,
      answer: a.answer ? toSummary(a.answer) : null,
      status: a.status,
    })),
    eventDates: eventDates.get(campaign.id) ?? {},
    track: campaign.track,
  }
}
