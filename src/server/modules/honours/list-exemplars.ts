import type { Page } from '../../../shared/schemas.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadExemplar } from './exemplar-access.ts'
import { exemplarDetail, toExemplarSummary, type ExemplarDetail, type ExemplarSummary } from './exemplar-view.ts'
import { searchExemplars } from './honours.repository.ts'
import type { ListExemplarsQuery } from './honours.schemas.ts'

/** The exemplars kept by organizations of the caller's subtree, drafts included, latest change first. */
export async function listExemplars(ctx: UseCaseContext, query: ListExemplarsQuery): Promise<Page<ExemplarSummary>> {
  const { items, total } = await searchExemplars(ctx.db, ctx.actor.provinceId, {
    scopePath: ctx.actor.organizationPath, status: query.status ?? null, kind: query.kind ?? null, year: query.year ?? null, q: query.q || null,
    limit: query.pageSize, offset: (query.page - 1) * query.pageSize,
  })
  return { items: items.map(toExemplarSummary), total, page: query.page, pageSize: query.pageSize }
}

export async function getExemplar(ctx: UseCaseContext, id: string): Promise<ExemplarDetail> {
  return exemplarDetail(ctx.db, ctx.actor.provinceId, await loadExemplar(ctx.db, ctx.actor, id))
}
