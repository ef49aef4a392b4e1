// An event as the API answers it: its fields, the delegate groups with their counts, the attendees, the
// programme, the pledge signers (ceremony), the honourees (conference), the budget with the fund's balance, and
// what the caller may do now.
import { can, type Actor } from '../../auth/policy.ts'
import type { Db } from '../../db/client.ts'
import {
  canChangeAttendees, canRecordOnTheDay, EVENT_KIND_LABELS, EVENT_STATUS_LABELS, type EventKind, type EventStatus,
} from '../../../shared/events.ts'
import { fundBalance, type FundBalance } from '../fund/fund-ledger.ts'
import { listAttendees, type Attendee } from './attendees.repository.ts'
import { listBudget, type BudgetLine } from './budget.repository.ts'
import { listGroups, type EventGroup, type EventRecord } from './events.repository.ts'
import { listHonourees, type Honouree } from './honourees.repository.ts'
import { listSigners, type PledgeSigner } from './pledges.repository.ts'
import { listProgramme, type ProgrammeItem } from './programme.repository.ts'

export interface EventSummary {
  id: string
  kind: EventKind
  kindLabel: string
  title: string
  organization: { id: string; name: string }
  campaign: { id: string; title: string } | null
  eventDate: string
  startTime: string | null
  venue: string | null
  status: EventStatus
  statusLabel: string
  attendeeCount: number
  delegateCap: number | null
  version: number
}

export interface EventDetail extends EventSummary {
  chairLimit: number | null
  pledgeCommitments: string[]
  invitationsIssuedAt: string | null
  heldAt: string | null
  settledAt: string | null
  settledByName: string | null
  createdByName: string
  groups: EventGroup[]
  attendees: Attendee[]
  programme: ProgrammeItem[]
  pledgeSigners: PledgeSigner[]
  honourees: Honouree[]
  budget: { lines: BudgetLine[]; estimate: number; actual: number | null; fund: FundBalance | null }
  counts: { attendees: number; invited: number; attended: number; absent: number; chairs: number }
  /** What the caller may do now (the server checks again). */
  can: { edit: boolean; changeAttendees: boolean; recordOnTheDay: boolean; issueInvitations: boolean; markHeld: boolean; settle: boolean }
}

export function toSummary(e: EventRecord): EventSummary {
  return {
    id: e.id, kind: e.kind, kindLabel: EVENT_KIND_LABELS[e.kind], title: e.title, organization: { id: e.organizationId, name: e.organizationName },
    campaign: e.campaignId ? { id: e.campaignId, title: e.campaignTitle ?? '' } : null, eventDate: e.eventDate, startTime: e.startTime, venue: e.venue,
    status: e.status, statusLabel: EVENT_STATUS_LABELS[e.status], attendeeCount: e.attendeeCount, delegateCap: e.delegateCap, version: e.version,
  }
}

export async function eventDetail(db: Db, actor: Actor, e: EventRecord): Promise<EventDetail> {
  const { provinceId } = actor
  const [groups, attendees, programme, pledgeSigners, honourees, lines] = await Promise.all([
    listGroups(db, provinceId, e.id), listAttendees(db, provinceId, e.id), listProgramme(db, provinceId, e.id),
    listSigners(db, provinceId, e.id), listHonourees(db, provinceId, e.id), listBudget(db, provinceId, e.id),
  ])
  const fund = can(actor, 'fund.read') ? await fundBalance(db, provinceId, e.organizationId, Number(e.eventDate.slice(0, 4))) : null
  const writer = can(actor, 'event.write')
  const settled = lines.some((l) => l.actualAmount !== null)
  return {
    ...toSummary(e),
    chairLimit: e.chairLimit, pledgeCommitments: e.pledgeCommitments, invitationsIssuedAt: e.invitationsIssuedAt, heldAt: e.heldAt,
    settledAt: e.settledAt, settledByName: e.settledByName, createdByName: e.createdByName,
    groups, attendees, programme, pledgeSigners, honourees,
    budget: {
      lines, estimate: lines.reduce((s, l) => s + l.amount, 0), actual: settled ? lines.reduce((s, l) => s + (l.actualAmount ?? 0), 0) : null, fund,
    },
    counts: {
      attendees: attendees.length, invited: attendees.filter((a) => a.invitedAt !== null).length, attended: attendees.filter((a) => a.attended === true).length,
      absent: attendees.filter((a) => a.attended === false).length, chairs: attendees.filter((a) => a.role === 'chair').length,
    },
    can: {
      edit: writer && e.status !== 'settled',
      changeAttendees: writer && canChangeAttendees(e.status),
      recordOnTheDay: writer && canRecordOnTheDay(e.status),
      issueInvitations: writer && canChangeAttendees(e.status) && attendees.some((a) => a.invitedAt === null),
      markHeld: writer && e.status === 'planned',
      settle: writer && e.status === 'held' && lines.length > 0,
    },
  }
}
