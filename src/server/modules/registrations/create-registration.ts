import { randomUUID } from 'node:crypto'
import { recordAudit } from '../../audit/record-audit.ts'
import { assertCan } from '../../auth/policy.ts'
import { fromDatabaseError, notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { openCampaign } from './registration-campaign.ts'
import { checkTargets } from './registration-input.ts'
import { insertEvent, insertRegistration, findRegistration } from './registrations.repository.ts'
import { registrationDetail, type RegistrationDetail } from './registration-view.ts'
import type { CreateRegistrationInput } from './registrations.schemas.ts'

/** A unit's draft registration for a campaign (issued, not closed, before its registration deadline) or for the year. */
export async function createRegistration(ctx: UseCaseContext, input: CreateRegistrationInput): Promise<RegistrationDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const organization = await findOrganization(tx, actor.provinceId, input.organizationId)
    if (!organization) throw notFound('đơn vị đăng ký')
    assertCan(actor, 'registration.write', organization.path)
    const campaignId = input.campaignId ?? null
    if (campaignId) await openCampaign(tx, actor, campaignId)
    checkTargets(input.targets)
    const id = randomUUID()
    await insertRegistration(tx, actor.provinceId, {
      id, organizationId: organization.id, campaignId, year: input.year, consolidated: false, targets: input.targets, commitments: input.commitments, createdBy: actor.accountId,
    }).catch((error: unknown) => {
      const message = `${organization.name} đã có bản đăng ký thi đua ${campaignId ? 'cho kế hoạch này' : `năm ${input.year}`}`
      throw fromDatabaseError(error, { registrations_once: { field: campaignId ? 'campaignId' : 'year', message } })
    })
    await insertEvent(tx, actor.provinceId, {
      id: randomUUID(), registrationId: id, fromStatus: null, toStatus: 'draft', reason: null, actorId: actor.accountId, actorName: `${actor.displayName} (${actor.username})`,
    })
    await recordAudit(tx, ctx, {
      action: 'create', entity: 'registration', entityId: id, organizationId: organization.id,
      summary: `${organization.name} lập bản đăng ký thi đua ${campaignId ? 'theo kế hoạch' : `năm ${input.year}`}`,
      after: { campaignId, year: input.year, targets: input.targets, commitments: input.commitments },
    })
    return registrationDetail(tx, actor, (await findRegistration(tx, actor.provinceId, id))!)
  })
}
