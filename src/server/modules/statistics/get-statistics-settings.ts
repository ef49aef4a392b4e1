// GET /api/statistics/settings: the settings the dashboards use (the province's, or the defaults) and whether
// the caller may change them.
import { can } from '../../../shared/roles.ts'
import type { StatisticsSettings } from '../../../shared/statistics.ts'
import { assertCan, inScope } from '../../auth/policy.ts'
import { readDbOf, type UseCaseContext } from '../../http/route.ts'
import { findProvince } from '../eligibility/eligibility.repository.ts'
import { loadSettings } from './statistics-settings.ts'

export async function getStatisticsSettings(ctx: UseCaseContext): Promise<StatisticsSettings & { canConfigure: boolean }> {
  const { actor } = ctx
  assertCan(actor, 'statistics.read')
  const db = readDbOf(ctx)
  const [settings, province] = await Promise.all([loadSettings(db, actor.provinceId), findProvince(db, actor.provinceId)])
  return { ...settings, canConfigure: can(actor, 'rules.configure') && province.rootPath !== null && inScope(actor, province.rootPath) }
}
