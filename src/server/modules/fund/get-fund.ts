// The fund of an organization for a year, as the page shows it: the summary and the ledger.
import { can } from '../../auth/policy.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { loadFundOrganization } from './fund-access.ts'
import { fundSummary, type FundSummary } from './fund-summary.ts'
import { listLines, type FundLine } from './fund.repository.ts'

export interface FundView {
  organization: { id: string; name: string }
  summary: FundSummary
  lines: FundLine[]
  canWrite: boolean
}

export async function getFund(ctx: UseCaseContext, query: { organizationId: string; year: number }): Promise<FundView> {
  const { db, actor } = ctx
  const organization = await loadFundOrganization(db, actor, query.organizationId, 'fund.read')
  const [summary, lines] = await Promise.all([
    fundSummary(db, actor.provinceId, organization.id, query.year),
    listLines(db, actor.provinceId, organization.id, query.year),
  ])
  return { organization: { id: organization.id, name: organization.name }, summary, lines, canWrite: can(actor, 'fund.write') }
}
