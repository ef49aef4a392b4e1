import type { Page } from '../../../shared/schemas.ts'
import { assertCan } from '../../auth/policy.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { toSummary, type ReportSummary } from './report-view.ts'
import type { ListReportsQuery } from './reports.schemas.ts'
import { searchReports } from './reports.repository.ts'

/** One page of the reports of units in the caller's subtree, latest changed first. */
export async function listReports(ctx: UseCaseContext, query: ListReportsQuery): Promise<Page<ReportSummary>> {
  assertCan(ctx.actor, 'report.read')
  const { items, total } = await searchReports(ctx.db, ctx.actor.provinceId, {
    scopePath: ctx.actor.organizationPath, campaignId: query.campaignId ?? null, periodId: query.periodId ?? null, status: query.status ?? null,
    limit: query.pageSize, offset: (query.page - 1) * query.pageSize,
  })
  return { items: items.map(toSummary), total, page: query.page, pageSize: query.pageSize }
}
