// The subject a request points at: it must exist and lie in the caller's subtree (a collective by its
// own path, a person or household by their unit's path).
import { assertCan, type Actor, type Permission } from '../../auth/policy.ts'
import { AppError, notFound } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import type { SubjectKind } from '../../../rules/index.ts'
import { findSubject, type Subject } from './subjects.repository.ts'

export const SUBJECT_LABELS: Record<SubjectKind, string> = { individual: 'cá nhân', collective: 'tập thể', household: 'hộ gia đình' }

/**
 * Loads the subject and checks the permission on its unit. Unknown subject: 404, or a validation error
 * naming `field` when the id came in a request body.
 */
export async function subjectInScope(db: Db, actor: Actor, permission: Permission, kind: SubjectKind, id: string, field?: string): Promise<Subject> {
  const subject = await findSubject(db, actor.provinceId, kind, id)
  if (!subject) {
    if (field) throw new AppError('VALIDATION', `Không tìm thấy ${SUBJECT_LABELS[kind]} được chọn.`, { [field]: `Đối tượng: không tìm thấy ${SUBJECT_LABELS[kind]}` })
    throw notFound(SUBJECT_LABELS[kind])
  }
  assertCan(actor, permission, subject.organizationPath)
  return subject
}
