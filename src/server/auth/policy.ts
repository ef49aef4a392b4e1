// Declarative permissions: which roles may do what (tested in policy.test.ts).
// Role checks happen at the route; subtree checks happen in use cases through assertInScope,
// because only they know the organization the target belongs to.
import { forbidden } from '../http/errors.ts'
import { ROLES, ROLE_LABELS, type Role } from '../../shared/roles.ts'

export { ROLES, ROLE_LABELS, type Role }

const EVERYONE = ROLES
const MANAGERS = ['admin', 'officer'] as const satisfies readonly Role[]

export const PERMISSIONS = {
  'organization.read': EVERYONE,
  'organization.write': MANAGERS,
  'person.read': EVERYONE,
  'person.write': ['admin', 'officer', 'unit'],
  'person.import': ['admin', 'officer', 'unit'],
  'household.read': EVERYONE,
  'household.write': ['admin', 'officer', 'unit'],
  'account.read': MANAGERS,
  'account.write': MANAGERS,
  'audit.read': MANAGERS,
} as const satisfies Record<string, readonly Role[]>

export type Permission = keyof typeof PERMISSIONS

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

export function can(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(actor.role)
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

/** Roles an account of the given role may hand out (an officer cannot create admins). */
export function grantableRoles(role: Role): readonly Role[] {
  if (role === 'admin') return ROLES
  if (role === 'officer') return ['officer', 'signer', 'council_member', 'unit']
  return []
}
