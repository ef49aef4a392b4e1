// Checks shared by the people and household use cases: target organization in scope,
// household in scope, CCCD consistent with the person, duplicate CCCD message.
import { cccdMatchesPerson, type Sex } from '../../../shared/people.ts'
import { assertCan, type Actor, type Permission } from '../../auth/policy.ts'
import { AppError, fromDatabaseError } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import { findOrganization, type Organization } from '../organizations/organizations.repository.ts'
import { findHousehold, type Household } from '../households/households.repository.ts'

/** The organization a request points at; it must exist and lie in the caller's subtree. */
export async function organizationInScope(db: Db, actor: Actor, permission: Permission, id: string, field = 'organizationId'): Promise<Organization> {
  const org = await findOrganization(db, actor.provinceId, id)
  if (!org) throw new AppError('VALIDATION', 'Đơn vị không tồn tại.', { [field]: 'Đơn vị: không tồn tại' })
  assertCan(actor, permission, org.path)
  return org
}

/** A household a person is put into; it must exist and lie in the caller's subtree. */
export async function householdInScope(db: Db, actor: Actor, id: string): Promise<Household> {
  const household = await findHousehold(db, actor.provinceId, id)
  if (!household) throw new AppError('VALIDATION', 'Hộ gia đình không tồn tại.', { householdId: 'Hộ gia đình: không tồn tại' })
  await organizationInScope(db, actor, 'household.read', household.organizationId, 'householdId')
  return household
}

export function assertCccdMatches(person: { cccd: string | null; birthDate: string | null; sex: Sex }): void {
  if (!person.cccd) return
  const problem = cccdMatchesPerson(person.cccd, person)
  if (problem) throw new AppError('VALIDATION', `Số CCCD ${problem}.`, { cccd: `Số CCCD: ${problem}` })
}

/** Maps the unique violation on (province_id, cccd) to a DUPLICATE error naming the field. */
export function fromPersonDbError(error: unknown, cccd: string | null): unknown {
  const message = `Số CCCD ${cccd ? `${cccd} ` : ''}đã được dùng cho người khác.`
  return fromDatabaseError(error, { people_province_id_cccd_key: { field: 'cccd', message } })
}
