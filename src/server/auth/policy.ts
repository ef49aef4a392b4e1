// Authorization: the declarative role table lives in src/shared/roles.ts (tested in policy.test.ts).
// Role checks happen at the route; subtree checks happen in use cases through assertCan,
// because only they know the organization the target belongs to.
import { forbidden } from '../http/errors.ts'
import { can, type Permission, type Role } from '../../shared/roles.ts'

export { can, grantableRoles, PERMISSIONS, ROLES, ROLE_LABELS, type Permission, type Role } from '../../shared/roles.ts'

/** Who is calling: the signed-in account, resolved once per request. */
export interface Actor {
  accountId: string
  provinceId: string
  username: string
  displayName: string
  role: Role
  organizationId: string
  /** '/root/…/own/' — the caller sees this organization and everything under it. */
  organizationPath: string
}

/** True when the target organization (by its path) lies in the caller's subtree. */
export function inScope(actor: Pick<Actor, 'organizationPath'>, targetPath: string): boolean {
  return targetPath.startsWith(actor.organizationPath)
}

export function assertCan(actor: Actor, permission: Permission, targetPath?: string): void {
  if (!can(actor, permission)) throw forbidden()
  if (targetPath !== undefined && !inScope(actor, targetPath)) {
    throw forbidden('Đối tượng này thuộc đơn vị ngoài phạm vi quản lý của bạn.')
  }
}

