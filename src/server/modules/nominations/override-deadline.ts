import { viDate } from '../../../rules/dates.ts'
import { EDITABLE_STATUSES } from '../../../shared/nomination-lifecycle.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { assertCan } from '../../auth/policy.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { isLate, loadCampaignRefs } from './campaign-deadline.ts'
import { loadNomination } from './nomination-access.ts'
import { nominationLabel } from './nomination-status.ts'
import { nominationDetail, type NominationDetail } from './nomination-view.ts'
import { findNomination, setDeadlineOverride } from './nominations.repository.ts'

/**
 * The officer of the body that set the campaign's dossier deadline lets a late dossier be submitted,
 * giving the reason (kept on the nomination and in the audit log).
 */
export async function overrideDeadline(ctx: UseCaseContext, id: string, input: { version: number; reason: string }): Promise<NominationDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await loadNomination(tx, actor, id, 'nomination.check')
    const label = nominationLabel(current)
    const campaign = current.campaignId ? (await loadCampaignRefs(tx, actor.provinceId, [current.campaignId])).get(current.campaignId)! : null
    if (!campaign?.deadline) throw new AppError('CONFLICT', `${label} không theo kế hoạch thi đua có hạn nộp hồ sơ: không cần cho phép nộp muộn.`)
    assertCan(actor, 'nomination.check', campaign.issuerPath)
    if (!isLate(campaign.deadline, todayInVietnam())) {
      const due = campaign.deadline.due ? `ngày ${viDate(campaign.deadline.due)}` : 'chưa xác định'
      throw new AppError('CONFLICT', `${label}: chưa quá hạn nộp hồ sơ (hạn ${due}); không cần cho phép nộp muộn.`)
    }
    if (!EDITABLE_STATUSES.includes(current.status)) throw new AppError('CONFLICT', `${label} đã được trình: việc cho phép nộp muộn chỉ áp dụng trước khi trình.`)
    if (input.version !== current.version || !(await setDeadlineOverride(tx, actor.provinceId, id, input.reason, actor.accountId, input.version))) throw staleVersion(label)
    const detail = await nominationDetail(tx, actor.provinceId, (await findNomination(tx, actor.provinceId, id))!)
    await recordAudit(tx, ctx, {
      action: 'override_deadline', entity: 'nomination', entityId: id, organizationId: current.nominatingOrganizationId,
      summary: `Cho phép nộp muộn ${label} (hạn ${viDate(campaign.deadline.due!)} của kế hoạch «${campaign.title}»): ${input.reason}`,
      before: { deadlineOverride: current.deadlineOverride, version: current.version },
      after: { deadlineOverride: detail.deadlineOverride, deadline: campaign.deadline, version: detail.version },
    })
    return detail
  })
}
