// The registration a request points at: it must exist and its unit lie in the caller's subtree.
import { assertCan, type Actor, type Permission } from '../../auth/policy.ts'
import { notFound } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import { findRegistration, type RegistrationRecord } from './registrations.repository.ts'

/** "Bản đăng ký thi đua của Trường Tiểu học Bình Thành (2026)" */
export const registrationLabel = (r: Pick<RegistrationRecord, 'organizationName' | 'year' | 'consolidated'>) =>
  `${r.consolidated ? 'Bản tổng hợp đăng ký thi đua' : 'Bản đăng ký thi đua'} của ${r.organizationName} (${r.year})`

export async function loadRegistration(db: Db, actor: Actor, id: string, permission: Permission): Promise<RegistrationRecord> {
  const registration = await findRegistration(db, actor.provinceId, id)
  if (!registration) throw notFound('bản đăng ký thi đua')
  assertCan(actor, permission, registration.organizationPath)
  return registration
}
