// What the API answers about a registration: its content with each target's name, its history, the campaign's
// registration deadline and what the caller may do with it.
import { CATALOGUE } from '../../../rules/index.ts'
import type { CatalogueCode } from '../../../rules/catalogue/types.ts'
import type { RegistrationTarget } from '../../../shared/registrations.ts'
import { inScope, can, type Actor } from '../../auth/policy.ts'
import type { Db } from '../../db/client.ts'
import { findCampaign } from '../campaigns/campaigns.repository.ts'
import { registrationDeadline, type RegistrationDeadline } from './registration-campaign.ts'
import { listEvents, type RegistrationEvent, type RegistrationRecord } from './registrations.repository.ts'

export type NamedTarget = RegistrationTarget & { name: string; short: string }

export type RegistrationSummary = Omit<RegistrationRecord, 'targets' | 'organizationPath'> & { targets: NamedTarget[] }

export interface RegistrationDetail extends RegistrationSummary {
  events: RegistrationEvent[]
  deadline: RegistrationDeadline | null
  /** The unit's side may edit and submit a draft or a returned one; a level above may return or approve a submitted one. */
  canEdit: boolean
  canApprove: boolean
}

export const nameTargets = (targets: readonly RegistrationTarget[]): NamedTarget[] =>
  targets.map((t) => {
    const entry = CATALOGUE[t.code as CatalogueCode]
    return { ...t, name: entry?.name ?? t.code, short: entry?.short ?? t.code }
  })

export function toSummary(r: RegistrationRecord): RegistrationSummary {
  const { organizationPath: _path, ...rest } = r
  return { ...rest, targets: nameTargets(r.targets) }
}

/** May this caller approve or return it: the officer of a level above the unit (never the unit's own level). */
export const approvesAbove = (actor: Actor, r: Pick<RegistrationRecord, 'organizationPath'>) =>
  can(actor, 'registration.approve') && inScope(actor, r.organizationPath) && r.organizationPath !== actor.organizationPath

export async function registrationDetail(db: Db, actor: Actor, r: RegistrationRecord): Promise<RegistrationDetail> {
  const [events, campaign] = await Promise.all([listEvents(db, actor.provinceId, r.id), r.campaignId ? findCampaign(db, actor.provinceId, r.campaignId) : undefined])
  return {
    ...toSummary(r),
    events,
    deadline: campaign ? await registrationDeadline(db, actor.provinceId, campaign) : null,
    canEdit: can(actor, 'registration.write') && inScope(actor, r.organizationPath) && (r.status === 'draft' || r.status === 'returned'),
    canApprove: approvesAbove(actor, r) && r.status === 'submitted',
  }
}
