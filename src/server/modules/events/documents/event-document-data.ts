// What an event's documents are written from: the organizing unit as it heads its documents (Decree 30 header and
// signature) and the event as stored. Plain data; the producers beside this file build Decree 30 models from it.
import type { DossierUnit } from '../../../../documents/nomination/index.ts'
import type { EventKind } from '../../../../shared/events.ts'
import type { Attendee } from '../attendees.repository.ts'
import type { BudgetLine } from '../budget.repository.ts'
import type { EventGroup } from '../events.repository.ts'
import type { Honouree } from '../honourees.repository.ts'
import type { PledgeSigner } from '../pledges.repository.ts'
import type { ProgrammeItem } from '../programme.repository.ts'

export interface EventDocumentData {
  unit: DossierUnit
  kind: EventKind
  title: string
  eventDate: string
  startTime: string | null
  venue: string | null
  /** "Kế hoạch số 141/KH-UBND ngày 15/11/2025 của …" when the event serves a plan. */
  campaign: string | null
  /** The day the invitations went out (their date line), null while a draft. */
  issuedOn: string | null
  groups: EventGroup[]
  attendees: Attendee[]
  programme: ProgrammeItem[]
  pledgeSigners: PledgeSigner[]
  pledgeCommitments: string[]
  /** Per unit that signs: the commitments of its registration for the plan (đăng ký thi đua), when it has one. */
  registeredCommitments: Map<string, string[]>
  honourees: Honouree[]
  budget: BudgetLine[]
  /** The fund that pays: "Quỹ thi đua, khen thưởng của Xã Bắc Sơn năm 2026" and its balance (null: the caller may not read the fund). */
  fund: { label: string; balance: number | null }
}

/** "07 giờ 30, ngày 20/08/2025" or "ngày 20/08/2025". */
export function timeAndDate(d: Pick<EventDocumentData, 'startTime' | 'eventDate'>): string {
  const date = d.eventDate.split('-').reverse().join('/')
  if (!d.startTime) return `ngày ${date}`
  const [h, m] = d.startTime.split(':')
  return `${h} giờ ${m}, ngày ${date}`
}

/** "Đồng chí" in the Party's documents, "Ông (Bà)" in the State's. */
export const honorific = (d: Pick<EventDocumentData, 'unit'>) => (d.unit.track === 'party' ? 'Đồng chí' : 'Ông (Bà)')

/** Post and unit on one line. */
export const postAndUnit = (a: Pick<Attendee, 'position' | 'unitName'>) => [a.position, a.unitName].filter(Boolean).join(', ')
