import { DOSSIER_OPEN_STATUSES, NOMINATION_STATUS_LABELS } from '../../../shared/nomination-lifecycle.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadNomination } from './nomination-access.ts'
import { reassessNomination } from './nomination-assessment.ts'
import { nominationLabel } from './nomination-status.ts'
import { nominationDetail, type NominationDetail } from './nomination-view.ts'
import { findNomination, saveAssessment } from './nominations.repository.ts'

/**
 * Evaluates the nomination again from the history as it stands now (a rating entered, a discipline ended)
 * and stores the new snapshot; the audit log keeps the verdict before and after. Until the council.
 */
export async function reevaluateNomination(ctx: UseCaseContext, id: string, version: number): Promise<NominationDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await loadNomination(tx, actor, id, 'nomination.write')
    const label = nominationLabel(current)
    if (!DOSSIER_OPEN_STATUSES.includes(current.status)) {
      throw new AppError('CONFLICT', `${label} đang ở trạng thái "${NOMINATION_STATUS_LABELS[current.status]}": kết quả xét điều kiện đã được đưa ra Hội đồng, không xét lại.`)
    }
    if (version !== current.version) throw staleVersion(label)
    const assessment = await reassessNomination(tx, actor.provinceId, current)
    if (!(await saveAssessment(tx, actor.provinceId, id, assessment, version))) throw staleVersion(label)
    const detail = await nominationDetail(tx, actor.provinceId, (await findNomination(tx, actor.provinceId, id))!)
    await recordAudit(tx, ctx, {
      action: 'reevaluate', entity: 'nomination', entityId: id, organizationId: current.nominatingOrganizationId,
      summary: `Xét lại điều kiện ${label}: ${verdict(current.eligible)} → ${verdict(detail.eligible)}`,
      before: { eligible: current.eligible, competent: current.competent, evaluatedAt: current.evaluatedAt, criteria: current.eligibility.criteria },
      after: { eligible: detail.eligible, competent: detail.deciding.competent, evaluatedAt: detail.eligibility.evaluatedAt, criteria: detail.eligibility.evaluation.criteria },
    })
    return detail
  })
}

const verdict = (eligible: boolean | null) => (eligible === true ? 'đủ điều kiện' : eligible === false ? 'không đủ điều kiện' : 'chưa đủ dữ liệu')
