import type { Page } from '../../../shared/schemas.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { toPostingSummary, type PostingSummary } from './posting-view.ts'
import { searchPostings } from './postings.repository.ts'
import type { ListPostingsQuery } from './postings.schemas.ts'

/** The postings of organizations in the caller's subtree, latest period first, with their counts. */
export async function listPostings(ctx: UseCaseContext, query: ListPostingsQuery): Promise<Page<PostingSummary>> {
  const { items, total } = await searchPostings(ctx.db, ctx.actor.provinceId, {
    scopePath: ctx.actor.organizationPath, withdrawn: query.withdrawn === 'true', limit: query.pageSize, offset: (query.page - 1) * query.pageSize,
  })
  return { items: items.map((p) => toPostingSummary(p)), total, page: query.page, pageSize: query.pageSize }
}
