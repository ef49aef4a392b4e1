import { CATALOGUE } from '../../../rules/index.ts'
import { EDITABLE_STATUSES, NOMINATION_STATUS_LABELS } from '../../../shared/nomination-lifecycle.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, fromDatabaseError, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findSubject } from '../history/subjects.repository.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { duplicateMessage } from './create-nomination.ts'
import { loadNomination } from './nomination-access.ts'
import { assessNomination } from './nomination-assessment.ts'
import { assertTargetFits, defaultKind } from './nomination-input.ts'
import { nominationLabel } from './nomination-status.ts'
import { nominationDetail, type NominationDetail } from './nomination-view.ts'
import { findNomination, updateNomination as updateRow } from './nominations.repository.ts'
import type { UpdateNominationInput } from './nominations.schemas.ts'
import { loadChain } from './organization-chain.ts'

/**
 * Edits a draft or returned nomination (optimistic: the caller sends the version it read); the authority
 * check and the eligibility verdict are computed again from the stored history. The subject, the unit, the
 * campaign and the year stay: a proposal for someone else is a new proposal.
 */
export async function updateNomination(ctx: UseCaseContext, id: string, input: UpdateNominationInput): Promise<NominationDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await loadNomination(tx, actor, id, 'nomination.write')
    if (!EDITABLE_STATUSES.includes(current.status)) {
      throw new AppError('CONFLICT', `${nominationLabel(current)} đang ở trạng thái "${NOMINATION_STATUS_LABELS[current.status]}": chỉ sửa được đề nghị dự thảo hoặc bị trả lại.`)
    }
    if (input.version !== current.version) throw staleVersion(nominationLabel(current))
    const target = input.target ?? current.target
    const kind = input.kind ?? (input.target && input.target !== current.target ? defaultKind(target) : current.kind)
    const simplifiedCase = input.simplified === undefined ? (input.simplifiedCase === undefined ? current.simplifiedCase : input.simplifiedCase) : input.simplified ? input.simplifiedCase! : null
    assertTargetFits(target, current.subjectKind, kind, simplifiedCase !== null)
    const [subject, organization] = await Promise.all([
      findSubject(tx, actor.provinceId, current.subjectKind, current.subjectId),
      findOrganization(tx, actor.provinceId, current.nominatingOrganizationId),
    ])
    const decisionDate = input.decisionDate ?? current.decisionDate
    const assessment = await assessNomination(tx, actor.provinceId, {
      subject: subject!, target, kind, year: current.year, decisionDate, chain: await loadChain(tx, actor.provinceId, organization!),
      // the level chosen before stays while the target and the date do; else the first level that may confer it
      decidingOrganizationId:
        input.decidingOrganizationId !== undefined ? input.decidingOrganizationId : target === current.target && decisionDate === current.decisionDate ? current.decidingOrganizationId : null,
    })
    const edit = {
      target, kind, achievement: input.achievement ?? current.achievement, simplifiedCase,
      reviewMeeting: input.reviewMeeting === undefined ? current.reviewMeeting : input.reviewMeeting, decisionDate, assessment,
    }
    const saved = await updateRow(tx, actor.provinceId, id, edit, input.version).catch((error: unknown) => {
      throw fromDatabaseError(error, { nominations_once: { field: 'target', message: duplicateMessage(current.subjectName, CATALOGUE[target].short, current.year, current.campaignId !== null) } })
    })
    if (!saved) throw staleVersion(nominationLabel(current))
    const detail = await nominationDetail(tx, actor.provinceId, (await findNomination(tx, actor.provinceId, id))!)
    await recordAudit(tx, ctx, {
      action: 'update', entity: 'nomination', entityId: id, organizationId: current.nominatingOrganizationId,
      summary: `Sửa ${nominationLabel({ subjectName: current.subjectName, target })}`,
      before: { target: current.target, kind: current.kind, achievement: current.achievement, simplifiedCase: current.simplifiedCase, reviewMeeting: current.reviewMeeting, decisionDate: current.decisionDate, decidingOrganizationId: current.decidingOrganizationId, eligible: current.eligible, version: current.version },
      after: { target, kind, achievement: edit.achievement, simplifiedCase, reviewMeeting: edit.reviewMeeting, decisionDate, decidingOrganizationId: assessment.decidingOrganizationId, eligible: detail.eligible, version: detail.version },
    })
    return detail
  })
}
