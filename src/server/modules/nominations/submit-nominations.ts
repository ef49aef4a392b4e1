import { viDate } from '../../../rules/dates.ts'
import { transitionProblem } from '../../../shared/nomination-lifecycle.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { assertCan } from '../../auth/policy.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { isLate, loadCampaignRefs } from './campaign-deadline.ts'
import { reassessNomination } from './nomination-assessment.ts'
import { completenessOf } from './nomination-completeness.ts'
import { moveNomination, nominationLabel } from './nomination-status.ts'
import { batchView, loadViewContext, toSummary, type BatchView, type NominationSummary } from './nomination-view.ts'
import { findNominations, listAttachments, saveAssessment } from './nominations.repository.ts'
import { openBatch } from './open-batch.ts'
import { assertWithinQuotas } from './submission-quotas.ts'
import type { SubmitInput } from './nominations.schemas.ts'

export interface Submission {
  batch: BatchView
  nominations: NominationSummary[]
}

const refuse = (message: string, fields: Record<string, string> = { ids: message }) => new AppError('VALIDATION', message, fields)

/**
 * A unit submits a batch of its nominations with one proposal (tờ trình kèm danh sách), numbered from the
 * unit's register (document type TTr). Refused whole, with nothing written, when a nomination cannot be
 * submitted from its status, was changed since it was read, is late for the campaign's dossier deadline
 * without an officer's override, or has an incomplete dossier. Each nomination's authority check and
 * eligibility verdict are taken again at submission and stored with it.
 */
export async function submitNominations(ctx: UseCaseContext, input: SubmitInput): Promise<Submission> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const found = new Map((await findNominations(tx, actor.provinceId, input.ids)).map((n) => [n.id, n]))
    const missing = input.ids.filter((id) => !found.has(id))
    if (missing.length > 0) throw refuse(`Không tìm thấy ${missing.length} đề nghị khen thưởng trong danh sách trình.`)
    const nominations = input.ids.map((id) => found.get(id)!)
    for (const n of nominations) assertCan(actor, 'nomination.write', n.nominatingOrganizationPath)

    const first = nominations[0]!
    const other = nominations.find((n) => n.nominatingOrganizationId !== first.nominatingOrganizationId || n.campaignId !== first.campaignId || n.year !== first.year)
    if (other) {
      throw refuse(`Một tờ trình gồm các đề nghị của cùng một đơn vị, cùng kế hoạch thi đua (hoặc cùng đợt xét trong năm) và cùng năm: ${nominationLabel(other)} khác ${nominationLabel(first)}.`)
    }
    for (const n of nominations) {
      const problem = transitionProblem(n.status, 'submitted')
      if (problem) throw refuse(`${nominationLabel(n)}: ${problem}`)
      if (input.versions[n.id] !== n.version) throw staleVersion(nominationLabel(n))
    }

    const today = todayInVietnam()
    const campaign = first.campaignId ? (await loadCampaignRefs(tx, actor.provinceId, [first.campaignId])).get(first.campaignId)! : null
    if (campaign && isLate(campaign.deadline, today)) {
      const late = nominations.filter((n) => n.deadlineOverride === null)
      if (late.length > 0) {
        throw refuse(
          `Đã quá hạn nộp hồ sơ ngày ${viDate(campaign.deadline!.due!)} (${campaign.deadline!.name}) của kế hoạch «${campaign.title}»: ` +
            `${late.map((n) => `«${n.subjectName}»`).join(', ')} chưa được Thường trực Hội đồng Thi đua – Khen thưởng cho phép nộp muộn.`,
        )
      }
    }

    const attachments = await listAttachments(tx, actor.provinceId, input.ids)
    const assessed = []
    for (const n of nominations) {
      const assessment = await reassessNomination(tx, actor.provinceId, n)
      const completeness = completenessOf({ ...n, eligibility: assessment.evaluation }, campaign, attachments.filter((a) => a.nominationId === n.id))
      assessed.push({ n, assessment, completeness })
    }
    const incomplete = assessed.filter((a) => !a.completeness.complete)
    if (incomplete.length > 0) {
      const fields = Object.fromEntries(incomplete.map(({ n, completeness }) => [`nominations.${n.id}`, `«${n.subjectName}»: ${completeness.missing.map((m) => m.problem).join('; ')}`]))
      throw refuse(`Hồ sơ chưa đủ thành phần — ${Object.values(fields).join('. ')}.`, fields)
    }

    const organization = (await findOrganization(tx, actor.provinceId, first.nominatingOrganizationId))!
    await assertWithinQuotas({ ...ctx, db: tx }, organization, first.year, nominations)
    const batch = await openBatch(tx, actor.provinceId, organization, { campaignId: first.campaignId, year: first.year, submittedOn: today, submittedBy: actor.accountId })
    for (const { n, assessment } of assessed) {
      await moveNomination(tx, ctx, n, 'submitted', { batchId: batch.id, action: 'submit' })
      if (!(await saveAssessment(tx, actor.provinceId, n.id, assessment, n.version + 1))) throw staleVersion(nominationLabel(n))
    }
    const view = batchView(batch)
    const saved = await findNominations(tx, actor.provinceId, input.ids)
    const vc = await loadViewContext(tx, actor.provinceId, saved)
    await recordAudit(tx, ctx, {
      action: 'submit', entity: 'nomination_batch', entityId: batch.id, organizationId: organization.id,
      summary: `${organization.name} trình Tờ trình số ${view.numberAndSymbol} đề nghị khen thưởng ${nominations.length} trường hợp`,
      after: { ...view, campaignId: batch.campaignId, year: batch.year, nominations: saved.map((n) => ({ id: n.id, subjectName: n.subjectName, target: n.target, eligible: n.eligible })) },
    })
    return { batch: view, nominations: input.ids.map((id) => toSummary(saved.find((n) => n.id === id)!, vc)) }
  })
}
