// Shapes of the API answers the client reads (see the server's route table).
import type { Role } from '../shared/roles.ts'
import type { Organization } from '../server/modules/organizations/organizations.repository.ts'
import type { Household } from '../server/modules/households/households.repository.ts'
import type { ImportRow } from '../server/modules/people/people-import-rows.ts'

export type { Page } from '../shared/schemas.ts'
// Entity shapes are the server repositories' own types (type-only imports: nothing of the server is bundled).
export type { Organization, Cluster } from '../server/modules/organizations/organizations.repository.ts'
export type { Person } from '../server/modules/people/people.repository.ts'
export type { Household } from '../server/modules/households/households.repository.ts'
export type { Account } from '../server/modules/accounts/accounts.repository.ts'
export type { AuditEntry } from '../server/modules/audit/audit.repository.ts'
export type { ImportRow } from '../server/modules/people/people-import-rows.ts'

export interface Me {
  accountId: string
  provinceId: string
  username: string
  displayName: string
  role: Role
  roleLabel: string
  organizationId: string
  organizationName: string
  csrfToken: string
}

export interface OrganizationDetail extends Organization {
  currentSuccessor: { id: string; name: string } | null
}

export interface OrganizationTree {
  rootId: string
  items: Organization[]
}

export interface HouseholdDetail extends Household {
  members: { id: string; fullName: string; birthDate: string | null; sex: 'nam' | 'nu' }[]
}

export interface ImportPreview {
  id: string
  fileName: string
  organizationId: string
  rows: ImportRow[]
  validCount: number
  errorCount: number
}
