// Shapes of the API answers the client reads (see the server's route table).
import type { OrganizationKind } from '../shared/organizations.ts'
import type { Role } from '../shared/roles.ts'

export type { Page } from '../shared/schemas.ts'

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

export interface Organization {
  id: string
  parentId: string | null
  path: string
  name: string
  shortName: string | null
  kind: OrganizationKind
  level: string
  track: string
  validFrom: string | null
  validTo: string | null
  successorId: string | null
  note: string | null
  version: number
  updatedAt: string
}

export interface OrganizationDetail extends Organization {
  currentSuccessor: { id: string; name: string } | null
}

export interface OrganizationTree {
  rootId: string
  items: Organization[]
}

export interface Cluster {
  id: string
  ownerId: string
  name: string
  kind: 'cluster' | 'bloc'
  year: number | null
  version: number
  members: { organizationId: string; name: string; isLeader: boolean }[]
}

export interface Person {
  id: string
  fullName: string
  birthDate: string | null
  sex: 'nam' | 'nu'
  cccd: string | null
  position: string | null
  organizationId: string
  organizationName: string
  category: string
  directWorker: boolean
  householdId: string | null
  householdHeadName: string | null
  version: number
  updatedAt: string
}

export interface Household {
  id: string
  headName: string
  headPersonId: string | null
  address: string | null
  organizationId: string
  organizationName: string
  memberCount: number
  version: number
  updatedAt: string
}

export interface HouseholdDetail extends Household {
  members: { id: string; fullName: string; birthDate: string | null; sex: 'nam' | 'nu' }[]
}

export interface Account {
  id: string
  username: string
  displayName: string
  role: Role
  roleLabel: string
  organizationId: string
  organizationName: string
  disabled: boolean
  lockedUntil: string | null
  failedLogins: number
  version: number
  createdAt: string
}

export interface AuditEntry {
  id: string
  at: string
  actorId: string | null
  actorName: string
  action: string
  entity: string
  entityId: string | null
  organizationId: string | null
  organizationName: string | null
  summary: string
  before: unknown
  after: unknown
  requestId: string | null
}

export interface ImportRow {
  row: number
  values: {
    fullName: string | null
    birthDate: string | null
    sex: string | null
    cccd: string | null
    position: string | null
    organizationName: string | null
    organizationId: string | null
    category: string | null
    directWorker: boolean | null
  }
  errors: { column: string; message: string }[]
}

export interface ImportPreview {
  id: string
  fileName: string
  organizationId: string
  rows: ImportRow[]
  validCount: number
  errorCount: number
}
