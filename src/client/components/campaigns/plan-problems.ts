// Problems of the plan being edited, found as the server would find them: the shared zod schema
// (required fields, date formats, symbol form) and then the cross-field rules of checkPlan.
import vi from 'zod/v4/locales/vi.js'
import { planContent, type PlanContent } from '../../../shared/campaign-plan.ts'
import { checkPlan, type PlanProblem } from '../../../shared/campaign-plan-checks.ts'

export interface PlanCheckResult {
  problems: PlanProblem[]
  /** The content as the server will store it (trimmed, NFC), or null while the schema refuses it. */
  valid: PlanContent | null
}

const DATE_FORMAT_MESSAGE = / phải là ngày dạng YYYY-MM-DD$/

export function findPlanProblems(content: PlanContent): PlanCheckResult {
  const parsed = planContent.safeParse(content, { error: vi().localeError, reportInput: true })
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      field: issue.path.join('.'),
      // An empty date is "not chosen yet" rather than "badly formatted".
      message: issue.input === '' && DATE_FORMAT_MESSAGE.test(issue.message) ? issue.message.replace(DATE_FORMAT_MESSAGE, ' chưa được chọn') : issue.message,
    }))
    return { problems, valid: null }
  }
  return { problems: checkPlan(parsed.data), valid: parsed.data }
}
