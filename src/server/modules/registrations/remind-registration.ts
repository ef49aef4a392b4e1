import { randomUUID } from 'node:crypto'
import { recordAudit } from '../../audit/record-audit.ts'
import { assertCan } from '../../auth/policy.ts'
import { forbidden, notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadVisibleCampaign } from '../campaigns/campaign-access.ts'
import { notifyOrganization } from '../notifications/notify.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { insertReminder } from './registrations.repository.ts'
import type { RemindInput } from './registrations.schemas.ts'

/** "Nhắc": the level above reminds a unit under it to register (kept and audited; shown in the app). */
export async function remindRegistration(ctx: UseCaseContext, input: RemindInput): Promise<{ id: string; organizationId: string; at: string }> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const organization = await findOrganization(tx, actor.provinceId, input.organizationId)
    if (!organization) throw notFound('đơn vị được nhắc')
    assertCan(actor, 'registration.approve', organization.path)
    if (organization.path === actor.organizationPath) throw forbidden('Chỉ cấp trên nhắc đơn vị trực thuộc đăng ký thi đua.')
    const campaign = input.campaignId ? await loadVisibleCampaign(tx, actor, input.campaignId) : null
    const id = randomUUID()
    await insertReminder(tx, actor.provinceId, { id, organizationId: organization.id, campaignId: campaign?.id ?? null, year: input.year, remindedBy: actor.accountId })
    await notifyOrganization(tx, actor.provinceId, organization.id, { kind: 'registration.reminded', title: `Nhắc đăng ký thi đua ${campaign ? `theo kế hoạch «${campaign.title}»` : `năm ${input.year}`}`, body: input.note ?? undefined, link: '/dang-ky-thi-dua' })
    await recordAudit(tx, ctx, {
      action: 'remind', entity: 'registration_reminder', entityId: id, organizationId: organization.id,
      summary: `Nhắc ${organization.name} đăng ký thi đua ${campaign ? `theo kế hoạch «${campaign.title}»` : `năm ${input.year}`}${input.note ? `: ${input.note}` : ''}`,
      after: { campaignId: campaign?.id ?? null, year: input.year, note: input.note ?? null },
    })
    return { id, organizationId: organization.id, at: new Date().toISOString() }
  })
}
