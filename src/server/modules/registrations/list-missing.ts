// "Who has not registered": for a campaign, the organizations its cascade addresses (its addressees, and the
// addressees of their answering plans, level by level) that lie in the caller's subtree; for a year, the units
// directly under the caller's level. Each without a submitted or approved registration, with its draft or
// returned one when it has, and the reminders sent to it.
import { todayInVietnam } from '../../../shared/people.ts'
import type { RegistrationStatus } from '../../../shared/registrations.ts'
import { assertCan, inScope } from '../../auth/policy.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { getCascade, type CascadeNode } from '../campaigns/get-cascade.ts'
import { findOrganizations, listSubtree } from '../organizations/organizations.repository.ts'
import type { MissingQuery } from './registrations.schemas.ts'
import { listRegistrationsOf, summarizeReminders } from './registrations.repository.ts'

export interface MissingRegistration {
  organizationId: string
  organizationName: string
  /** The unit's registration not yet sent or returned, if any. */
  registration: { id: string; status: RegistrationStatus } | null
  reminders: number
  lastRemindedAt: string | null
}

export interface MissingList {
  campaignId: string | null
  year: number | null
  /** How many organizations are addressed, and how many of them registered. */
  addressed: number
  registered: number
  items: MissingRegistration[]
}

function flatten(nodes: readonly CascadeNode[], orgs: Map<string, string>, plans: Set<string>): void {
  for (const node of nodes) {
    if (!orgs.has(node.organizationId)) orgs.set(node.organizationId, node.organizationName)
    if (node.answer) plans.add(node.answer.id)
    flatten(node.children, orgs, plans)
  }
}

export async function listMissing(ctx: UseCaseContext, query: MissingQuery): Promise<MissingList> {
  const { db, actor } = ctx
  assertCan(actor, 'registration.read')
  let organizations: { id: string; name: string }[]
  let campaignIds: string[] | null = null
  if (query.campaignId) {
    const cascade = await getCascade(ctx, query.campaignId)
    const names = new Map<string, string>()
    const plans = new Set([cascade.campaign.id])
    flatten(cascade.nodes, names, plans)
    const paths = new Map((await findOrganizations(db, actor.provinceId, [...names.keys()])).map((o) => [o.id, o.path]))
    organizations = [...names].filter(([id]) => inScope(actor, paths.get(id) ?? '') && paths.get(id) !== actor.organizationPath).map(([id, name]) => ({ id, name }))
    campaignIds = [...plans]
  } else {
    organizations = (await listSubtree(db, actor.provinceId, actor.organizationPath, todayInVietnam())).filter((o) => o.parentId === actor.organizationId)
  }
  const ids = organizations.map((o) => o.id)
  const year = campaignIds ? null : query.year!
  const [registrations, reminders] = await Promise.all([
    listRegistrationsOf(db, actor.provinceId, ids, campaignIds, year),
    summarizeReminders(db, actor.provinceId, ids, campaignIds, year),
  ])
  const sent = new Set(registrations.filter((r) => r.status === 'submitted' || r.status === 'approved').map((r) => r.organizationId))
  const reminded = new Map(reminders.map((r) => [r.organizationId, r]))
  return {
    campaignId: query.campaignId ?? null,
    year,
    addressed: organizations.length,
    registered: sent.size,
    items: organizations
      .filter((o) => !sent.has(o.id))
      .map((o) => {
        const own = registrations.find((r) => r.organizationId === o.id)
        const r = reminded.get(o.id)
        return { organizationId: o.id, organizationName: o.name, registration: own ? { id: own.id, status: own.status } : null, reminders: r?.count ?? 0, lastRemindedAt: r?.lastAt ?? null }
      }),
  }
}
