import { assertCan } from '../../auth/policy.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { AppError } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import type { RegisterSettingsInput } from './campaigns.schemas.ts'
import { findRegisterSetting, saveRegisterSetting } from './campaigns.repository.ts'

/**
 * Sets how an issuer's registers restart: every calendar year, or every Party committee term
 * (after a congress the Party committee office enters the new term, e.g. "2025-2030", and numbering restarts at 01).
 */
export async function saveRegisterSettings(ctx: UseCaseContext, input: RegisterSettingsInput) {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const issuer = await findOrganization(tx, actor.provinceId, input.issuerId)
    if (!issuer) throw new AppError('VALIDATION', 'Cơ quan ban hành không tồn tại.', { issuerId: 'Cơ quan ban hành: không tồn tại' })
    assertCan(actor, 'campaign.issue', issuer.path)
    const before = await findRegisterSetting(tx, actor.provinceId, issuer.id)
    const setting = { period: input.period, termLabel: input.period === 'term' ? input.termLabel! : null }
    await saveRegisterSetting(tx, actor.provinceId, issuer.id, setting)
    await recordAudit(tx, ctx, {
      action: 'update', entity: 'document_register_settings', entityId: issuer.id, organizationId: issuer.id,
      summary: `Sổ đăng ký văn bản của ${issuer.name}: đánh số lại ${setting.period === 'term' ? `theo nhiệm kỳ ${setting.termLabel}` : 'theo năm'}`,
      before: before ?? null, after: setting,
    })
    return { issuerId: issuer.id, ...setting }
  })
}
