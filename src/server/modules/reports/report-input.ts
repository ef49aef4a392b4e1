// Checks on what a unit reports, before anything is saved: each result answers a criterion the plan really
// has (its wording taken from the plan, not from the request) or names the unit's own indicator, and no
// figure contradicts its total (shared/reports.ts). Refusals name the field (its path in the request body); nothing is written.
import { resultProblems, submitProblem, type ReportContent } from '../../../shared/reports.ts'
import type { PlanCriterion } from '../../../shared/reports-periods.ts'
import { AppError } from '../../http/errors.ts'
import type { ReportContentInput } from './reports.schemas.ts'

export function checkedContent(input: ReportContentInput, criteria: readonly PlanCriterion[]): ReportContent {
  const byKey = new Map(criteria.map((c) => [c.key, c]))
  const results = input.results.map((r, i) => {
    if (r.criterionKey === null) return r
    const criterion = byKey.get(r.criterionKey)
    if (!criterion) {
      const message = `«${r.criterion}» không phải tiêu chí của kế hoạch; hãy nhập như chỉ tiêu riêng của đơn vị`
      throw new AppError('VALIDATION', `Kết quả thực hiện: ${message}.`, { [`content.results.${i}.criterionKey`]: message })
    }
    return { ...r, criterion: criterion.text }
  })
  const problems = Object.entries(resultProblems(results))
  if (problems.length > 0) {
    throw new AppError('VALIDATION', `Kết quả thực hiện: ${problems[0]![1]}.`, Object.fromEntries(problems.map(([field, message]) => [`content.${field}`, message])))
  }
  return { results, sections: input.sections, models: input.models, initiatives: input.initiatives }
}

export function checkSubmittable(content: ReportContent): void {
  const problem = submitProblem(content)
  if (problem) throw new AppError('VALIDATION', `${problem}.`, { results: problem })
}
