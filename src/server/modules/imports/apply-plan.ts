// A parsed plan (kế hoạch), reviewed by the officer, becomes a campaign plan draft of the chosen
// issuer: mapped by the pure toPlanContent, saved by the campaigns module's own create use case
// (scope, validation, parent links and its audit row), and recorded as an import of the file —
// all in one transaction.
import { toPlanContent } from '../../../documents/parse/to-plan-content.ts'
import { assertCan } from '../../auth/policy.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { createCampaign } from '../campaigns/create-campaign.ts'
import { loadIssuerIdentity } from '../campaigns/issuer-lookup.ts'
import type { CampaignDetail } from '../campaigns/campaign-view.ts'
import type { ApplyPlanInput } from './imports.schemas.ts'

export interface AppliedPlan {
  campaign: CampaignDetail
  /** What the draft could not take as read (Vietnamese, naming the field). */
  warnings: string[]
}

export async function applyPlan(ctx: UseCaseContext, input: ApplyPlanInput): Promise<AppliedPlan> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const issuer = await findOrganization(tx, actor.provinceId, input.issuerId)
    if (!issuer) throw new AppError('VALIDATION', 'Cơ quan ban hành không tồn tại.', { issuerId: 'Cơ quan ban hành: không tồn tại' })
    assertCan(actor, 'campaign.write', issuer.path)
    const { content, warnings } = toPlanContent(input.parsed, await loadIssuerIdentity(tx, actor.provinceId, issuer))
    const campaign = await createCampaign({ ...ctx, db: tx }, { issuerId: issuer.id, content, parentIds: input.parentIds })
    await recordAudit(tx, ctx, {
      action: 'import',
      entity: 'campaign',
      entityId: campaign.id,
      organizationId: issuer.id,
      summary: `Nhập dự thảo kế hoạch "${campaign.title}" từ tệp "${input.fileName}"`,
      after: { fileName: input.fileName, warnings },
    })
    return { campaign, warnings }
  })
}
