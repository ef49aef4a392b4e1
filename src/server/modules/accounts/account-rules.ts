// Rules shared by the account use cases: which roles the caller may hand out,
// which accounts they may manage, and which organizations they may place accounts in.
import { assertCan, grantableRoles, ROLE_LABELS, type Actor, type Role } from '../../auth/policy.ts'
import { AppError } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import { findOrganization, type Organization } from '../organizations/organizations.repository.ts'
import type { AccountWithPath } from './accounts.repository.ts'

export function assertGrantable(actor: Actor, role: Role): void {
  if (!grantableRoles(actor.role).includes(role)) {
    const message = `Bạn không được cấp vai trò "${ROLE_LABELS[role]}".`
    throw new AppError('FORBIDDEN', message, { role: `Vai trò: ${message}` })
  }
}

/** The target must lie in the caller's subtree and hold a role the caller could grant (an officer cannot touch admins). */
export function assertManageable(actor: Actor, target: AccountWithPath): void {
  assertCan(actor, 'account.write', target.organizationPath)
  if (!grantableRoles(actor.role).includes(target.role)) {
    throw new AppError('FORBIDDEN', `Bạn không được sửa tài khoản có vai trò "${target.roleLabel}".`)
  }
}

export async function findOrganizationInScope(db: Db, actor: Actor, organizationId: string): Promise<Organization> {
  const organization = await findOrganization(db, actor.provinceId, organizationId)
  if (!organization) throw new AppError('VALIDATION', 'Đơn vị không tồn tại.', { organizationId: 'Đơn vị: không tồn tại' })
  assertCan(actor, 'account.write', organization.path)
  return organization
}
