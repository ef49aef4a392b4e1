// Gathers what an event's documents are written from (event-document-data.ts). Reads only, outside any transaction.
import { viDate } from '../../../../rules/dates.ts'
import { can, type Actor } from '../../../auth/policy.ts'
import type { Db } from '../../../db/client.ts'
import { todayInVietnam } from '../../../../shared/people.ts'
import { numberAndSymbol } from '../../campaigns/campaign-numbering.ts'
import { findCampaign } from '../../campaigns/campaigns.repository.ts'
import { loadIssuerIdentity } from '../../campaigns/issuer-lookup.ts'
import { fundBalance } from '../../fund/fund-ledger.ts'
import { dossierUnit } from '../../nominations/nomination-dossier-data.ts'
import { findOrganization } from '../../organizations/organizations.repository.ts'
import { listRegistrationsOf } from '../../registrations/registrations.repository.ts'
import { listAttendees } from '../attendees.repository.ts'
import { listBudget } from '../budget.repository.ts'
import { listGroups, type EventRecord } from '../events.repository.ts'
import { listHonourees } from '../honourees.repository.ts'
import { listSigners } from '../pledges.repository.ts'
import { listProgramme } from '../programme.repository.ts'
import type { EventDocumentData } from './event-document-data.ts'

/** "Kế hoạch số 141/KH-UBND ngày 15/11/2025 của Ủy ban nhân dân xã Bình Thành" (a draft plan: its title). */
async function campaignReference(db: Db, provinceId: string, campaignId: string): Promise<string> {
  const campaign = (await findCampaign(db, provinceId, campaignId))!
  const issuer = (await findOrganization(db, provinceId, campaign.issuerId))!
  const identity = await loadIssuerIdentity(db, provinceId, issuer)
  const number = numberAndSymbol(campaign.number, campaign.symbol, campaign.track)
  return `Kế hoạch${number ? ` số ${number}` : ` «${campaign.title}»`}${campaign.issuedOn ? ` ngày ${viDate(campaign.issuedOn)}` : ''} của ${identity.formalName}`
}

export async function loadEventDocumentData(db: Db, actor: Actor, e: EventRecord): Promise<EventDocumentData> {
  const { provinceId } = actor
  const organization = (await findOrganization(db, provinceId, e.organizationId))!
  const year = Number(e.eventDate.slice(0, 4))
  const [identity, groups, attendees, programme, pledgeSigners, honourees, budget] = await Promise.all([
    loadIssuerIdentity(db, provinceId, organization), listGroups(db, provinceId, e.id), listAttendees(db, provinceId, e.id), listProgramme(db, provinceId, e.id),
    listSigners(db, provinceId, e.id), listHonourees(db, provinceId, e.id), listBudget(db, provinceId, e.id),
  ])
  const signingUnits = pledgeSigners.map((s) => s.organizationId).filter((id): id is string => id !== null)
  const registrations = await listRegistrationsOf(db, provinceId, signingUnits, e.campaignId ? [e.campaignId] : null, year)
  const registeredCommitments = new Map<string, string[]>()
  for (const r of registrations) if (!registeredCommitments.has(r.organizationId)) registeredCommitments.set(r.organizationId, r.commitments)
  const balance = can(actor, 'fund.read') ? (await fundBalance(db, provinceId, e.organizationId, year)).balance : null
  return {
    unit: dossierUnit(identity), kind: e.kind, title: e.title, eventDate: e.eventDate, startTime: e.startTime, venue: e.venue,
    campaign: e.campaignId ? await campaignReference(db, provinceId, e.campaignId) : null,
    issuedOn: e.invitationsIssuedAt ? todayInVietnam(new Date(e.invitationsIssuedAt)) : null,
    groups, attendees, programme, pledgeSigners, pledgeCommitments: e.pledgeCommitments, registeredCommitments, honourees, budget,
    fund: { label: `Quỹ thi đua, khen thưởng của ${organization.name} năm ${year}`, balance },
  }
}
