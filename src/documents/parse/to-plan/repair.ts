// Makes a plan built from a parsed document pass the plan schema and its cross-field rules: what
// would fail is dropped (a list entry) or replaced (a single field, by the given fallback), and
// each change is reported as a Vietnamese warning naming the field. Pure.

import { planContent, type PlanContent } from '../../../shared/campaign-plan.ts'
import { checkPlan } from '../../../shared/campaign-plan-checks.ts'

interface Problem {
  path: (string | number)[]
  message: string
  /** For a list that is too long: how many entries it may hold. */
  maximum?: number
}

type Node = Record<string | number, unknown>

/** Fallbacks for single fields, by dotted path ("symbol", "signer.title", "period.to"). */
type Fallbacks = Record<string, unknown>

const MAX_ROUNDS = 500

function problemsOf(content: PlanContent): Problem[] {
  const parsed = planContent.safeParse(content)
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      path: issue.path.filter((k): k is string | number => typeof k !== 'symbol'),
      message: issue.message,
      ...(issue.code === 'too_big' && typeof issue.maximum === 'number' ? { maximum: issue.maximum } : {}),
    }))
  }
  return checkPlan(parsed.data).map((p) => ({ path: p.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)), message: p.message }))
}

const at = (root: unknown, path: (string | number)[]) => path.reduce<unknown>((node, key) => (node as Node | undefined)?.[key], root)

/** Applies one fix for the problem; returns the warning, or null when nothing could be fixed. */
function fix(content: PlanContent, problem: Problem, fallbacks: Fallbacks): string | null {
  const { path, message } = problem
  const target = at(content, path)
  if (Array.isArray(target) && problem.maximum !== undefined) {
    target.length = problem.maximum
    return `${message} — đã giữ ${problem.maximum} mục đầu`
  }
  const last = path.findLastIndex((k) => typeof k === 'number')
  if (last >= 0) {
    const list = at(content, path.slice(0, last))
    if (Array.isArray(list)) {
      list.splice(path[last] as number, 1)
      return `${message} — đã bỏ mục này khỏi dự thảo`
    }
  }
  for (let n = path.length; n > 0; n--) {
    const key = path.slice(0, n).join('.')
    if (!(key in fallbacks)) continue
    const parent = at(content, path.slice(0, n - 1)) as Node
    const value = fallbacks[key]
    parent[path[n - 1] as string] = structuredClone(value)
    return `${message} — ${value === null ? 'đã để trống' : `đã dùng ${JSON.stringify(value)}`}`
  }
  return null
}

export function repairPlan(draft: PlanContent, fallbacks: Fallbacks): { content: PlanContent; warnings: string[] } {
  const content = structuredClone(draft)
  const warnings: string[] = []
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const [problem] = problemsOf(content)
    if (!problem) return { content: planContent.parse(content), warnings }
    const warning = fix(content, problem, fallbacks)
    if (warning === null) throw new Error(`Không tự sửa được trường ${problem.path.join('.')}: ${problem.message}`)
    warnings.push(warning)
  }
  throw new Error('Kế hoạch nhập từ văn bản vẫn chưa hợp lệ sau khi sửa')
}
