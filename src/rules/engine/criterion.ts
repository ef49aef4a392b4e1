// Building criteria and combining their results.
import { weakest, type Confidence } from '../types.ts'
import type { Criterion } from './types.ts'

export function criterion(id: string, label: string, citation: string, passed: boolean | null, facts: string[], confidence: Confidence = 'confirmed'): Criterion {
  return { id, criterion: label, passed, citation, facts, confidence, source: 'law' }
}

/** Three-valued AND: false if any is false, null if any is unknown, else true. */
export function allOf(results: (boolean | null)[]): boolean | null {
  if (results.some((r) => r === false)) return false
  if (results.some((r) => r === null)) return null
  return true
}

/** Three-valued OR: true if any is true, false if all are false, else null. */
export function anyOf(results: (boolean | null)[]): boolean | null {
  if (results.some((r) => r === true)) return true
  if (results.every((r) => r === false)) return false
  return null
}

/** A standard met by any one of its routes ("đạt một trong các tiêu chuẩn sau"). */
export function oneOf(id: string, label: string, citation: string, routes: Criterion[]): Criterion {
  const passed = anyOf(routes.map((r) => r.passed))
  const deciding = passed === true ? routes.filter((r) => r.passed === true) : routes
  return {
    id,
    criterion: label,
    passed,
    citation,
    facts: routes.map((r) => `${r.criterion}: ${r.passed === true ? 'đạt' : r.passed === false ? 'không đạt' : 'chưa đủ dữ liệu'}`),
    confidence: weakest(...deciding.map((r) => r.confidence)),
    source: 'law',
    routes,
  }
}

export const verdict = (criteria: Criterion[]): boolean | null => allOf(criteria.map((c) => c.passed))

/** A standard law.md does not capture (❓): reported as unknown, never as met. */
export function notDigitised(id: string, label: string, citation: string): Criterion {
  return criterion(id, label, citation, null, ['Tiêu chuẩn này chưa được số hóa vì chưa đối chiếu được văn bản (law.md ❓); cần cán bộ xem xét trực tiếp'], 'unconfirmed')
}
