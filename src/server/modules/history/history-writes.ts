// What every history write shares: the subject kind a record kind accepts, the duplicate-year message,
// the record's checks against its subject.
import { fromDatabaseError, AppError } from '../../http/errors.ts'
import type { z } from 'zod'
import { SUBJECT_KINDS } from '../../../rules/types.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import type { RecordFields, RecordSpec } from './history-kinds.ts'
import { problemsError, recordProblems } from './record-checks.ts'
import type { Subject } from './subjects.repository.ts'

/** Refuses a record kind the subject cannot have (a rating of a household, a household exclusion of a person). */
export function assertSubjectAccepts(spec: RecordSpec, subject: Subject): void {
  if (spec.subjects.includes(subject.kind)) return
  const allowed = spec.subjects.map((k) => SUBJECT_KINDS[k].toLowerCase()).join(', ')
  const message = `Loại đối tượng: ${spec.label} chỉ ghi cho ${allowed}, không ghi cho ${SUBJECT_KINDS[subject.kind].toLowerCase()}`
  throw new AppError('VALIDATION', message, { subjectKind: message })
}

/** Refuses the record when the engine's checks or the "not in the future" rule find a problem. */
export function assertRecordValid(spec: RecordSpec, subject: Subject, fields: RecordFields, schema: z.ZodType): void {
  const problems = recordProblems(spec, subject, fields, todayInVietnam())
  if (Object.keys(problems).length > 0) throw problemsError(schema, problems)
}

/** Maps a second record for the same year (unique index) to a DUPLICATE error naming the field. */
export function fromHistoryDbError(spec: RecordSpec, fields: RecordFields) {
  return (error: unknown): never => {
    throw spec.unique ? fromDatabaseError(error, { [spec.unique.index]: { field: spec.unique.field, message: spec.unique.message(fields) } }) : error
  }
}
