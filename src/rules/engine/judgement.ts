// Qualitative standards read from the unit's yearly assessments (see judgements.ts).
import { JUDGEMENTS } from '../judgements.ts'
import type { Confidence } from '../types.ts'
import { allOf, criterion } from './criterion.ts'
import type { Criterion, EvalContext } from './types.ts'

function judgementLabel(key: string): string {
  return key in JUDGEMENTS ? JUDGEMENTS[key as keyof typeof JUDGEMENTS] : key
}

/** Met when the unit assessed every key as met for the year; unknown while any is unassessed. */
export function judgementCriterion(
  ctx: EvalContext,
  id: string,
  keys: string[],
  citation: string,
  opts: { year?: number; label?: string; confidence?: Confidence } = {},
): Criterion {
  const year = opts.year ?? ctx.year
  const results = keys.map((key) => {
    const found = ctx.subject.assessments.find((a) => a.year === year && a.key === key)
    const label = opts.label && keys.length === 1 ? opts.label : judgementLabel(key)
    const fact = found
      ? `Năm ${year}, đơn vị đánh giá «${label}»: ${found.met ? 'đạt' : 'không đạt'}${found.note ? ` (${found.note})` : ''}`
      : `Năm ${year}: chưa có đánh giá của đơn vị về «${label}» (mã ${key})`
    return { passed: found ? found.met : null, fact }
  })
  const label = opts.label ?? keys.map(judgementLabel).join('; ')
  return criterion(id, label, citation, allOf(results.map((r) => r.passed)), results.map((r) => r.fact), opts.confidence)
}
