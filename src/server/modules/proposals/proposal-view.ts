// What the API answers about proposals to the level above: the summary of lists (status, number, to whom,
// how many nominations are in each status now), the detail with each nomination as it moves at the level
// above (its status, the council that passed it below, where it is decided, the last move and why), the
// actions the caller may take, and the candidates still to propose.
import type { Db } from '../../db/client.ts'
import { CATALOGUE, type CatalogueCode, type SubjectKind } from '../../../rules/index.ts'
import { NOMINATION_STATUS_LABELS, type NominationStatus } from '../../../shared/nomination-lifecycle.ts'
import { trackOf } from '../../../shared/issuer-identity.ts'
import { can, type Actor } from '../../auth/policy.ts'
import { numberAndSymbol } from '../campaigns/campaign-numbering.ts'
import { findNominations, type NominationRecord } from '../nominations/nominations.repository.ts'
import type { Sides } from './proposal-access.ts'
import { destinationOf, type Destination } from './proposal-destination.ts'
import { findPassingCouncils, listItemIds, listLastMoves, type LastMove, type PassingCouncil, type ProposalAnswer, type ProposalRecord, type ProposalStatus } from './proposals.repository.ts'

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  draft: 'Dự thảo',
  sent: 'Đã gửi cấp trên',
  exported: 'Đã xuất gói hồ sơ',
  answered: 'Cấp trên đã trả lời',
}

export const ANSWER_LABELS: Record<ProposalAnswer, string> = {
  decided: 'Đã khen thưởng toàn bộ',
  partly: 'Khen thưởng một phần',
  returned: 'Không khen thưởng (trả lại)',
}

/** An answered nomination: decided or failed at the level above. */
export const CLOSED: readonly NominationStatus[] = ['decided', 'failed']

export interface ProposalSummary {
  id: string
  status: ProposalStatus
  statusLabel: string
  /** "05/TTr-UBND" once sent or exported. */
  numberAndSymbol: string | null
  title: string
  from: { id: string; name: string }
  /** The level on tdkt it goes to (null: a body outside tdkt, named in toName). */
  to: { id: string; name: string } | null
  toName: string
  sentOn: string | null
  answer: ProposalAnswer | null
  answerLabel: string | null
  itemCount: number
  itemCounts: Partial<Record<NominationStatus, number>>
  version: number
  createdAt: string
  createdByName: string
}

export interface NominationLine {
  nominationId: string
  version: number
  year: number
  subject: { kind: SubjectKind; name: string; organizationName: string }
  nominatingOrganizationName: string
  target: CatalogueCode
  targetName: string
  targetShort: string
  status: NominationStatus
  statusLabel: string
  /** The council that passed it (the latest session). */
  council: PassingCouncil | null
  destination: Destination
}

export interface ProposalItemView extends NominationLine {
  position: number
  /** Answered (decided or failed). */
  closed: boolean
  lastMove: LastMove | null
}

export interface ProposalDetail extends ProposalSummary {
  answerNote: string | null
  answeredAt: string | null
  answeredByName: string | null
  items: ProposalItemView[]
  sides: Sides
  actions: { edit: boolean; send: boolean; export: boolean; answer: boolean; download: boolean }
}

export function toSummary(p: ProposalRecord): ProposalSummary {
  return {
    id: p.id, status: p.status, statusLabel: PROPOSAL_STATUS_LABELS[p.status],
    numberAndSymbol: p.symbol ? numberAndSymbol(p.number, p.symbol, trackOf(p.fromOrganizationKind)) : null,
    title: p.title, from: { id: p.fromOrganizationId, name: p.fromOrganizationName },
    to: p.toOrganizationId ? { id: p.toOrganizationId, name: p.toOrganizationName! } : null, toName: p.toName, sentOn: p.sentOn,
    answer: p.answer, answerLabel: p.answer && ANSWER_LABELS[p.answer],
    itemCount: Object.values(p.itemCounts).reduce((a, b) => a + (b ?? 0), 0), itemCounts: p.itemCounts,
    version: p.version, createdAt: p.createdAt, createdByName: p.createdByName,
  }
}

export function nominationLine(n: NominationRecord, council: PassingCouncil | null): NominationLine {
  const entry = CATALOGUE[n.target]
  return {
    nominationId: n.id, version: n.version, year: n.year,
    subject: { kind: n.subjectKind, name: n.subjectName, organizationName: n.subjectOrganizationName },
    nominatingOrganizationName: n.nominatingOrganizationName, target: n.target, targetName: entry.name, targetShort: entry.short,
    status: n.status, statusLabel: NOMINATION_STATUS_LABELS[n.status], council, destination: destinationOf(n.authority),
  }
}

/** Who may do what on the proposal now (the server checks again on every write). */
function actionsOf(actor: Actor, p: ProposalRecord, sides: Sides): ProposalDetail['actions'] {
  const write = can(actor, 'proposal.write')
  const edit = write && sides.sender && p.status === 'draft'
  const open = p.status === 'sent' || p.status === 'exported'
  const answerer = p.status === 'sent' ? sides.receiver : sides.sender
  return { edit, send: edit && p.toOrganizationId !== null, export: edit && p.toOrganizationId === null, answer: write && open && answerer, download: p.status !== 'draft' }
}

export async function proposalDetail(db: Db, actor: Actor, p: ProposalRecord, sides: Sides): Promise<ProposalDetail> {
  const ids = await listItemIds(db, actor.provinceId, p.id)
  const [nominations, councils, moves] = await Promise.all([
    findNominations(db, actor.provinceId, ids), findPassingCouncils(db, actor.provinceId, ids), listLastMoves(db, actor.provinceId, ids),
  ])
  const items = ids.map((id, i) => {
    const n = nominations.find((x) => x.id === id)!
    return { ...nominationLine(n, councils.get(id) ?? null), position: i + 1, closed: CLOSED.includes(n.status), lastMove: moves.get(id) ?? null }
  })
  return {
    ...toSummary(p), answerNote: p.answerNote, answeredAt: p.answeredAt, answeredByName: p.answeredByName,
    items, sides, actions: actionsOf(actor, p, sides),
  }
}
