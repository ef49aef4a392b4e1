import type { z } from 'zod'
import type { Page } from '../../../shared/schemas.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { toSummary, type DecisionSummary } from './decision-view.ts'
import { searchDecisions } from './decisions.repository.ts'
import type { listDecisionsQuery } from './decisions.schemas.ts'

/** Decisions of the caller's subtree (and those awarding its units' nominees), newest decision date first. */
export async function listDecisions(ctx: UseCaseContext, query: z.output<typeof listDecisionsQuery>): Promise<Page<DecisionSummary>> {
  const { items, total, totalCapped } = await searchDecisions(ctx.db, ctx.actor.provinceId, {
    scopePath: ctx.actor.organizationPath, status: query.status ?? null, year: query.year ?? null, q: query.q || null,
    limit: query.pageSize, offset: (query.page - 1) * query.pageSize,
  })
  return { items: items.map((d) => toSummary(d, d.lineCount, d.total)), total, totalCapped, page: query.page, pageSize: query.pageSize }
}
