// The nominations a new decision of an organization may list: its council passed them in a closed session,
// the organization decides them within its authority, and no decision holds them yet; with what the public
// posting still needs on the given date.
import type { z } from 'zod'
import { todayInVietnam } from '../../../shared/people.ts'
import { assertCan } from '../../auth/policy.ts'
import { AppError } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { assessLines } from './decision-lines.ts'
import { assessedLineViews, type DecisionLineView } from './decision-view.ts'
import { listCandidateIds } from './decisions.repository.ts'
import type { candidatesQuery } from './decisions.schemas.ts'

export async function listCandidates(ctx: UseCaseContext, query: z.output<typeof candidatesQuery>): Promise<DecisionLineView[]> {
  const { actor } = ctx
  const organization = await findOrganization(ctx.db, actor.provinceId, query.organizationId)
  if (!organization) throw new AppError('VALIDATION', 'Cơ quan quyết định: không tồn tại', { organizationId: 'Cơ quan quyết định: không tồn tại' })
  assertCan(actor, 'decision.write', organization.path)
  const ids = await listCandidateIds(ctx.db, actor.provinceId, organization.id, query.campaignId ?? null)
  const lines = await assessLines(ctx.db, actor.provinceId, { id: null, organizationId: organization.id, organizationName: organization.name, decisionDate: query.decisionDate ?? todayInVietnam() }, ids)
  return assessedLineViews(ctx.db, actor.provinceId, Number((query.decisionDate ?? todayInVietnam()).slice(0, 4)), lines)
}
