import type { Page } from '../../../shared/schemas.ts'
import { normalizeText } from '../../../shared/vietnamese.ts'
import { AppError } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { assertCan } from '../../auth/policy.ts'
import { findOrganization } from '../organizations/organizations.repository.ts'
import { loadViewContext, toSummary, type NominationSummary } from './nomination-view.ts'
import { searchNominations } from './nominations.repository.ts'
import type { ListNominationsQuery } from './nominations.schemas.ts'

/** One page of the nominations by units in the caller's subtree, newest first. */
export async function listNominations(ctx: UseCaseContext, query: ListNominationsQuery): Promise<Page<NominationSummary>> {
  const { db, actor } = ctx
  let organizationPath: string | null = null
  if (query.organizationId) {
    const org = await findOrganization(db, actor.provinceId, query.organizationId)
    if (!org) throw new AppError('VALIDATION', 'Đơn vị đề nghị: không tồn tại', { organizationId: 'Đơn vị đề nghị: không tồn tại' })
    assertCan(actor, 'nomination.read', org.path)
    organizationPath = org.path
  }
  const { items, total, totalCapped } = await searchNominations(db, actor.provinceId, {
    scopePath: actor.organizationPath,
    campaignId: query.campaignId ?? null,
    status: query.status ?? null,
    organizationPath,
    year: query.year ?? null,
    target: query.target ?? null,
    batchId: query.batchId ?? null,
    q: normalizeText(query.q ?? '') || null,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  })
  const vc = await loadViewContext(db, actor.provinceId, items)
  return { items: items.map((r) => toSummary(r, vc)), total, ...(totalCapped ? { totalCapped } : {}), page: query.page, pageSize: query.pageSize }
}
