// What the officer's API answers about an exemplar: its content with the labels, the photo's address, the linked
// registry awards and decision, the public address once published, and what may be done next.
import { decisionNumber } from '../../../documents/certificate/index.ts'
import type { Db } from '../../db/client.ts'
import { EXEMPLAR_KINDS, EXEMPLAR_STATUSES } from './exemplar-kinds.ts'
import { findIssuedDecision, findLinkedAwards, type BoardAward, type ExemplarRecord } from './honours.repository.ts'

export type ExemplarSummary = Omit<ExemplarRecord, 'organizationPath' | 'photoSha256' | 'story'> & {
  kindLabel: string
  statusLabel: string
  /** The officer's address of the photo (drafts included), or null. */
  photoUrl: string | null
}

export interface ExemplarDetail extends ExemplarSummary {
  story: string
  linkedAwards: BoardAward[]
  decision: { id: string; numberAndSymbol: string; decisionDate: string } | null
  /** /vinh-danh/:id while published. */
  publicPath: string | null
  canPublish: boolean
  canWithdraw: boolean
}

export function toExemplarSummary(e: ExemplarRecord): ExemplarSummary {
  const { organizationPath: _path, photoSha256, story: _story, ...rest } = e
  return { ...rest, kindLabel: EXEMPLAR_KINDS[e.kind], statusLabel: EXEMPLAR_STATUSES[e.status], photoUrl: photoSha256 ? `/api/honours/${e.id}/photo` : null }
}

/** "01/QĐ-UBND" and the date of an issued decision, or null. */
export async function issuedDecisionLine(db: Db, provinceId: string, id: string | null): Promise<{ numberAndSymbol: string; decisionDate: string; organizationId: string } | null> {
  const decision = id ? await findIssuedDecision(db, provinceId, id) : undefined
  return decision ? { numberAndSymbol: decisionNumber(decision.track, decision.number, decision.symbol), decisionDate: decision.decisionDate, organizationId: decision.organizationId } : null
}

export async function exemplarDetail(db: Db, provinceId: string, e: ExemplarRecord): Promise<ExemplarDetail> {
  const [linkedAwards, decision] = await Promise.all([findLinkedAwards(db, provinceId, e.id), issuedDecisionLine(db, provinceId, e.decisionId)])
  return {
    ...toExemplarSummary(e),
    story: e.story,
    linkedAwards,
    decision: decision && e.decisionId ? { id: e.decisionId, numberAndSymbol: decision.numberAndSymbol, decisionDate: decision.decisionDate } : null,
    publicPath: e.status === 'published' ? `/vinh-danh/${e.id}` : null,
    canPublish: e.status !== 'published',
    canWithdraw: e.status === 'published',
  }
}
