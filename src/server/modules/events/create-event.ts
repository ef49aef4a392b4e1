import { randomUUID } from 'node:crypto'
import { assertCan } from '../../auth/policy.ts'
import { notFound } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { EVENT_KIND_LABELS } from '../../../shared/events.ts'
import { templateFromPlan } from '../../../shared/events-templates.ts'
import { loadVisibleCampaign } from '../campaigns/campaign-access.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { auditEvent } from './event-audit.ts'
import type { EventDetail } from './event-view.ts'
import { insertEvent, replaceGroups } from './events.repository.ts'
import type { CreateEventInput } from './events.schemas.ts'
import { reloadEvent } from './get-event.ts'
import { replaceProgramme } from './programme.repository.ts'

/**
 * A new launch ceremony or honouring conference of an organization in the caller's subtree, optionally for a plan
 * it can see. It starts from the standard delegate groups and programme of its kind — or, for a ceremony, from
 * the plan's own ceremony section (seed 001 §IV) — and the standard cap and chairs (seed 002: 150, 3) unless given.
 */
export async function createEvent(ctx: UseCaseContext, input: CreateEventInput): Promise<EventDetail> {
  const { actor } = ctx
  return ctx.db.transaction(async (tx) => {
    const organization = await findOrganization(tx, actor.provinceId, input.organizationId)
    if (!organization) throw notFound('đơn vị tổ chức')
    assertCan(actor, 'event.write', organization.path)
    const campaign = input.campaignId ? await loadVisibleCampaign(tx, actor, input.campaignId) : null
    const template = templateFromPlan(input.kind, campaign?.content.ceremony ?? null)
    const id = randomUUID()
    const fields = {
      campaignId: campaign?.id ?? null, title: input.title, eventDate: input.eventDate, startTime: input.startTime ?? null, venue: input.venue ?? null,
      delegateCap: input.delegateCap === undefined ? template.delegateCap : input.delegateCap,
      chairLimit: input.chairLimit === undefined ? template.chairLimit : input.chairLimit,
      pledgeCommitments: input.useTemplate ? template.pledgeCommitments : [],
    }
    await insertEvent(tx, actor.provinceId, { id, organizationId: organization.id, kind: input.kind, createdBy: actor.accountId, ...fields })
    if (input.useTemplate) {
      await replaceGroups(tx, actor.provinceId, id, template.groups.map((g) => ({ id: randomUUID(), name: g.name, plannedCount: g.plannedCount })))
      await replaceProgramme(tx, actor.provinceId, id, template.programme.map((p) => ({ id: randomUUID(), title: p.title, speakerAttendeeId: null, speakerText: p.speakerText, durationMinutes: p.durationMinutes })))
    }
    await auditEvent(tx, ctx, { id, organizationId: organization.id }, {
      action: 'create', summary: `${organization.name} lập ${EVENT_KIND_LABELS[input.kind].toLowerCase()} «${input.title}»`,
      after: { kind: input.kind, ...fields, template: input.useTemplate },
    })
    return reloadEvent(ctx, tx, id)
  })
}
