import type { RuleSetId } from '../../../rules/index.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import type { UseCaseContext } from '../../http/route.ts'
import { ruleSetOrRefuse } from './eligibility-errors.ts'
import { listParameters } from './eligibility.repository.ts'
import { parameterViews, type ParameterView } from './parameters-view.ts'
import { loadProvinceRules } from './province-rules.ts'

/** The configurable parameters: national value and confidence on the date, the province's override, the value in use. */
export async function getParameters(ctx: UseCaseContext, query: { date?: string | undefined }): Promise<{ date: string; ruleSet: { id: RuleSetId; name: string }; items: ParameterView[] }> {
  const date = query.date ?? todayInVietnam()
  const ruleSet = ruleSetOrRefuse(date)
  const [rules, overrides] = await Promise.all([loadProvinceRules(ctx.db, ctx.actor.provinceId), listParameters(ctx.db, ctx.actor.provinceId)])
  return { date, ruleSet: { id: ruleSet.id, name: ruleSet.name }, items: parameterViews(ruleSet, date, rules, overrides) }
}
