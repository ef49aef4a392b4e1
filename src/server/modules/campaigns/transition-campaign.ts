import { assertCan } from '../../auth/policy.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError, notFound, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import type { TransitionCampaignInput } from './campaigns.schemas.ts'
import { findCampaign, updateStatus } from './campaigns.repository.ts'
import { STATUS_LABELS, transitionProblem } from './campaign-lifecycle.ts'
import { campaignDetail, type CampaignDetail } from './campaign-view.ts'

/** Moves an issued plan forward: running, reviewed (sơ kết), closed (tổng kết). */
export async function transitionCampaign(ctx: UseCaseContext, id: string, input: TransitionCampaignInput): Promise<CampaignDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const current = await findCampaign(tx, actor.provinceId, id)
    if (!current) throw notFound('kế hoạch')
    assertCan(actor, 'campaign.write', current.issuerPath)
    if (input.version !== current.version) throw staleVersion('Kế hoạch')
    const problem = transitionProblem(current.status, input.to, current.content)
    if (problem) throw new AppError('VALIDATION', problem, { to: problem })
    if (!(await updateStatus(tx, actor.provinceId, id, current.status, input.to, input.version))) throw staleVersion('Kế hoạch')
    const detail = await campaignDetail(tx, actor, (await findCampaign(tx, actor.provinceId, id))!)
    await recordAudit(tx, ctx, {
      action: 'transition', entity: 'campaign', entityId: id, organizationId: current.issuerId,
      summary: `Chuyển kế hoạch số ${detail.numberAndSymbol} từ "${STATUS_LABELS[current.status]}" sang "${STATUS_LABELS[input.to]}"`,
      before: { status: current.status }, after: { status: input.to },
    })
    return detail
  })
}
