// What a nomination takes from its campaign: the plan's number and title, its dossier items, and the dossier
// deadline (the first deadline of kind "dossier", resolved through the event dates as they stand now —
// "20 ngày sau Đại hội Đảng bộ xã" has a date once the congress date is entered).
import type { Db } from '../../db/client.ts'
import { resolveDateRef, type PlanContent } from '../../../shared/campaign-plan.ts'
import type { CampaignStatus } from '../campaigns/campaign-lifecycle.ts'
import { datedEvents } from '../campaigns/campaign-events.ts'
import { loadEventDates } from '../campaigns/answer-tracking.ts'
import { numberAndSymbol } from '../campaigns/campaign-numbering.ts'
import { findCampaigns } from '../campaigns/campaigns.repository.ts'

export interface DossierDeadline {
  name: string
  /** null while the event it hangs on has no date yet. */
  due: string | null
}

export interface CampaignRef {
  id: string
  numberAndSymbol: string | null
  title: string
  issuedOn: string | null
  status: CampaignStatus
  issuerId: string
  issuerName: string
  issuerPath: string
  dossierItems: string[]
  deadline: DossierDeadline | null
}

/** The plan's dossier deadline, or null when it sets none. Pure. */
export function dossierDeadline(content: Pick<PlanContent, 'deadlines' | 'events'>, eventDates: Readonly<Record<string, string>>): DossierDeadline | null {
  const deadline = content.deadlines.find((d) => d.kind === 'dossier')
  return deadline ? { name: deadline.name, due: resolveDateRef(deadline.due, datedEvents(content.events, eventDates)) } : null
}

/** Past the deadline (Vietnam's calendar day)? */
export const isLate = (deadline: DossierDeadline | null, today: string): boolean => deadline?.due != null && today > deadline.due

export async function loadCampaignRefs(db: Db, provinceId: string, ids: readonly string[]): Promise<Map<string, CampaignRef>> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const [campaigns, eventDates] = await Promise.all([findCampaigns(db, provinceId, unique), loadEventDates(db, provinceId, unique)])
  return new Map(
    campaigns.map((c) => [
      c.id,
      {
        id: c.id,
        numberAndSymbol: numberAndSymbol(c.number, c.symbol, c.track),
        title: c.title,
        issuedOn: c.issuedOn,
        status: c.status,
        issuerId: c.issuerId,
        issuerName: c.issuerName,
        issuerPath: c.issuerPath,
        dossierItems: c.content.dossier.items,
        deadline: dossierDeadline(c.content, eventDates.get(c.id) ?? {}),
      },
    ]),
  )
}
