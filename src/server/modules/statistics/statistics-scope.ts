// Whose figures and which years: the chosen unit (it must lie in the caller's subtree; default the caller's own
// unit) and the years (default the last five, this one included).
import { assertCan } from '../../auth/policy.ts'
import type { Db } from '../../db/client.ts'
import { AppError } from '../../http/errors.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { MAX_YEAR_SPAN } from '../../../shared/statistics.ts'
import { findOrganization, type Organization } from '../organizations/organizations.repository.ts'
import { organizationInScope } from '../people/person-rules.ts'
import type { Scope } from './statistics.repository.ts'
import type { StatisticsQuery } from './statistics.schemas.ts'

export interface ResolvedScope extends Scope {
  organization: Organization
  today: string
}

export const DEFAULT_YEARS = 5

export async function resolveScope(db: Db, ctx: Pick<UseCaseContext, 'actor'>, query: StatisticsQuery): Promise<ResolvedScope> {
  const { actor } = ctx
  assertCan(actor, 'statistics.read')
  const organization = query.organizationId
    ? await organizationInScope(db, actor, 'statistics.read', query.organizationId)
    : (await findOrganization(db, actor.provinceId, actor.organizationId))!
  const today = todayInVietnam()
  const thisYear = Number(today.slice(0, 4))
  const toYear = query.toYear ?? (query.fromYear !== undefined ? Math.max(query.fromYear, thisYear) : thisYear)
  const fromYear = query.fromYear ?? toYear - (DEFAULT_YEARS - 1)
  if (fromYear > toYear) throw new AppError('VALIDATION', 'Đến năm phải không trước Từ năm', { toYear: 'Đến năm phải không trước Từ năm' })
  if (toYear - fromYear >= MAX_YEAR_SPAN) throw new AppError('VALIDATION', `Từ năm: mỗi lần thống kê tối đa ${MAX_YEAR_SPAN} năm`, { fromYear: `Từ năm: mỗi lần thống kê tối đa ${MAX_YEAR_SPAN} năm` })
  return { provinceId: actor.provinceId, path: organization.path, fromYear, toYear, organization, today }
}
