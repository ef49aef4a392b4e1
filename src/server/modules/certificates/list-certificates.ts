import type { UseCaseContext } from '../../http/route.ts'
import { decisionNumber } from '../../../documents/certificate/index.ts'
import { loadDecision } from './certificate-access.ts'
import { certificateLines, type CertificateLine } from './certificate-view.ts'
import { listDecisionCertificates } from './certificates.repository.ts'

export interface DecisionCertificates {
  decision: { id: string; organizationId: string; title: string; numberText: string | null; decisionDate: string; status: 'draft' | 'issued' }
  certificates: CertificateLine[]
}

/** The certificates of a decision, one line per awardee with its status and reissue history. */
export async function listCertificates(ctx: UseCaseContext, decisionId: string): Promise<DecisionCertificates> {
  const decision = await loadDecision(ctx.db, ctx.actor, decisionId, 'decision.read')
  const records = await listDecisionCertificates(ctx.db, ctx.actor.provinceId, decisionId)
  return {
    decision: {
      id: decision.id, organizationId: decision.organizationId, title: decision.title, decisionDate: decision.decisionDate, status: decision.status,
      numberText: decision.number === null ? null : decisionNumber(decision.track, decision.number, decision.symbol),
    },
    certificates: certificateLines(records),
  }
}
