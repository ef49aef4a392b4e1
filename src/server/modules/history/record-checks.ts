// Checks of one history record against its subject, with the law engine's own validation (a rating
// before the person was born or recruited, an end before its start, a title of another subject kind…)
// plus "a past fact cannot be in the future". Pure: the problems come back by field.
import type { z } from 'zod'
import { validateHistory, type SubjectKind } from '../../../rules/index.ts'
import { viDate } from '../../../rules/dates.ts'
import { AppError, fieldLabel } from '../../http/errors.ts'
import type { RecordFields, RecordSpec } from './history-kinds.ts'

export interface SubjectFacts {
  kind: SubjectKind
  birthDate: string | null
  recruitedOn: string | null
}

/** The engine's view of the subject's own facts (dates only count for individuals). */
export function subjectFacts(s: SubjectFacts): { kind: SubjectKind; birthDate?: string | null; recruitmentDate?: string | null } {
  return s.kind === 'individual' ? { kind: s.kind, birthDate: s.birthDate, recruitmentDate: s.recruitedOn } : { kind: s.kind }
}

/** "năm 2027 chưa đến" / "ngày 02/01/2027 ở sau hôm nay", or null. */
export function futureProblem(value: unknown, today: string): string | null {
  if (typeof value === 'number' && value > Number(today.slice(0, 4))) return `năm ${value} chưa đến (hôm nay là ${viDate(today)})`
  if (typeof value === 'string' && value > today) return `ngày ${viDate(value)} ở sau hôm nay (${viDate(today)})`
  return null
}

/** Maps the engine's "subject.ratings[0].year" to the request's "year", its recruitment date to "recruitedOn", anything else about the subject to "subjectId". */
function requestField(enginePath: string, list: string): string {
  const prefix = `subject.${list}[0].`
  if (enginePath === 'subject.recruitmentDate') return 'recruitedOn'
  if (!enginePath.startsWith(prefix)) return 'subjectId'
  return enginePath.slice(prefix.length).split(/[.[]/)[0]!
}

/**
 * What is wrong with giving a person this recruitment date: a date after today, before the birth date, or
 * after a State rating already stored (no one is rated before being recruited).
 */
export function recruitmentProblems(person: { birthDate: string | null }, recruitedOn: string, ratings: readonly unknown[], today: string): string[] {
  const problems: string[] = []
  const future = futureProblem(recruitedOn, today)
  if (future) problems.push(future)
  const checked = validateHistory({ kind: 'individual', birthDate: person.birthDate, recruitmentDate: recruitedOn, ratings })
  if (!checked.ok) problems.push(...checked.issues.map((i) => i.message))
  return problems
}

/** Every problem of the record, by request field (first problem per field). */
export function recordProblems(spec: RecordSpec, subject: SubjectFacts, fields: RecordFields, today: string): Record<string, string> {
  const problems: Record<string, string> = {}
  const add = (field: string, message: string) => {
    problems[field] ??= message
  }
  const checked = validateHistory({ ...subjectFacts(subject), [spec.engineList]: [spec.toEngine('ban-ghi', fields)] }, 'subject')
  if (!checked.ok) for (const issue of checked.issues) add(requestField(issue.field, spec.engineList), issue.message)
  for (const field of spec.past) {
    const problem = futureProblem(fields[field], today)
    if (problem) add(field, problem)
  }
  return problems
}

/** A validation error whose fields carry the schema's Vietnamese labels: "Năm xếp loại: năm xếp loại 2019 trước năm sinh 2020". */
export function problemsError(schema: z.ZodType, problems: Record<string, string>): AppError {
  const fields = Object.fromEntries(Object.entries(problems).map(([field, message]) => [field, `${fieldLabel(schema, [field])}: ${message}`]))
  return new AppError('VALIDATION', `Dữ liệu chưa hợp lệ — ${Object.values(fields).join('; ')}`, fields)
}
