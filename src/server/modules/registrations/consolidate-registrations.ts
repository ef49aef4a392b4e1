import { randomUUID } from 'node:crypto'
import { totalTargets } from '../../../shared/registrations.ts'
import { recordAudit } from '../../audit/record-audit.ts'
import { assertCan } from '../../auth/policy.ts'
import { AppError, notFound, staleVersion } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { openCampaign } from './registration-campaign.ts'
import { registrationLabel } from './registration-access.ts'
import { findRegistration, findRegistrationOf, insertEvent, insertRegistration, listApprovedChildren, updateContent } from './registrations.repository.ts'
import { registrationDetail, type RegistrationDetail } from './registration-view.ts'
import type { ConsolidateInput } from './registrations.schemas.ts'

/**
 * The level's own registration built from the approved registrations of the units directly under it: the
 * totals per title and form (a unit's own title counts one; members count as registered). Created as a draft,
 * or rebuilt while still a draft or returned; it is then sent upward like any other registration.
 */
export async function consolidateRegistrations(ctx: UseCaseContext, input: ConsolidateInput): Promise<RegistrationDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const level = await findOrganization(tx, actor.provinceId, input.organizationId)
    if (!level) throw notFound('cấp tổng hợp')
    assertCan(actor, 'registration.write', level.path)
    const campaignId = input.campaignId ?? null
    if (campaignId) await openCampaign(tx, actor, campaignId)
    const children = await listApprovedChildren(tx, actor.provinceId, level.id, campaignId, input.year)
    if (children.length === 0) {
      const message = `Chưa có bản đăng ký thi đua nào của đơn vị trực thuộc ${level.name} được duyệt`
      throw new AppError('VALIDATION', `${message}.`, { organizationId: message })
    }
    const targets = totalTargets(children)
    const existing = await findRegistrationOf(tx, actor.provinceId, level.id, campaignId, input.year)
    let id: string
    if (existing) {
      if (existing.status !== 'draft' && existing.status !== 'returned') throw new AppError('CONFLICT', `${registrationLabel(existing)} đã gửi cấp trên, không tổng hợp lại được.`)
      if (!(await updateContent(tx, actor.provinceId, existing.id, { targets, commitments: existing.commitments, consolidated: true }, existing.version))) throw staleVersion(registrationLabel(existing))
      id = existing.id
    } else {
      id = randomUUID()
      await insertRegistration(tx, actor.provinceId, { id, organizationId: level.id, campaignId, year: input.year, consolidated: true, targets, commitments: [], createdBy: actor.accountId })
      await insertEvent(tx, actor.provinceId, {
        id: randomUUID(), registrationId: id, fromStatus: null, toStatus: 'draft', reason: null, actorId: actor.accountId, actorName: `${actor.displayName} (${actor.username})`,
      })
    }
    await recordAudit(tx, ctx, {
      action: 'consolidate', entity: 'registration', entityId: id, organizationId: level.id,
      summary: `${level.name} tổng hợp đăng ký thi đua từ ${children.length} bản đăng ký đã duyệt của đơn vị trực thuộc`,
      after: { campaignId, year: input.year, sources: children.map((c) => c.id), targets },
    })
    return registrationDetail(tx, actor, (await findRegistration(tx, actor.provinceId, id))!)
  })
}
