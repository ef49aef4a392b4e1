import { describe, expect, it } from 'vitest'
import { assertCan, can, grantableRoles, inScope, PERMISSIONS, ROLES, type Actor, type Role } from './policy.ts'

const actor = (role: Role, organizationPath = '/p/c1/'): Actor => ({
  accountId: 'a', provinceId: 'p', username: 'u', displayName: 'U', role, organizationId: 'c1', organizationPath,
})

describe('permissions table', () => {
  const expected: Record<string, Role[]> = {
    'organization.write': ['admin', 'officer'],
    'person.write': ['admin', 'officer', 'unit'],
    'account.write': ['admin', 'officer'],
    'audit.read': ['admin', 'officer'],
  }
  for (const [permission, roles] of Object.entries(expected)) {
    it(`${permission} is allowed exactly to ${roles.join(', ')}`, () => {
      const allowed = ROLES.filter((role) => can({ role }, permission as keyof typeof PERMISSIONS))
      expect(allowed).toEqual(roles)
    })
  }
  it('every role can read organizations and people of its subtree', () => {
    for (const role of ROLES) expect(can({ role }, 'person.read')).toBe(true)
  })
})

describe('subtree scope', () => {
  it('accepts the own organization and descendants', () => {
    expect(inScope(actor('unit'), '/p/c1/')).toBe(true)
    expect(inScope(actor('unit'), '/p/c1/x/y/')).toBe(true)
  })
  it('refuses siblings and ancestors, including prefix look-alikes', () => {
    expect(inScope(actor('unit'), '/p/c2/')).toBe(false)
    expect(inScope(actor('unit'), '/p/')).toBe(false)
    expect(inScope(actor('unit', '/p/c1/'), '/p/c10/')).toBe(false)
  })
  it('assertCan throws a Vietnamese FORBIDDEN outside the subtree', () => {
    expect(() => assertCan(actor('officer'), 'person.write', '/p/c2/')).toThrow(/ngoài phạm vi/)
    expect(() => assertCan(actor('signer'), 'person.write', '/p/c1/')).toThrow(/không có quyền/)
    expect(() => assertCan(actor('officer'), 'person.write', '/p/c1/a/')).not.toThrow()
  })
})

describe('grantableRoles', () => {
  it('lets officers create every role but admin', () => {
    expect(grantableRoles('officer')).not.toContain('admin')
    expect(grantableRoles('unit')).toEqual([])
    expect(grantableRoles('admin')).toEqual(ROLES)
  })
})
