// Shapes of the API answers the client reads (see the server's route table).
import type { Role } from '../shared/roles.ts'
import type { Organization } from '../server/modules/organizations/organizations.repository.ts'
import type { Household } from '../server/modules/households/households.repository.ts'
import type { ImportRow } from '../server/modules/people/people-import-rows.ts'
import type { CampaignSummary } from '../server/modules/campaigns/campaign-view.ts'
import type { CascadeNode } from '../server/modules/campaigns/get-cascade.ts'
import type { RuleSetId } from '../rules/rule-sets.ts'
import type { Target } from '../server/modules/eligibility/list-targets.ts'
import type { ParameterView } from '../server/modules/eligibility/parameters-view.ts'

export type { Page } from '../shared/schemas.ts'
// Entity shapes are the server repositories' own types (type-only imports: nothing of the server is bundled).
export type { Organization, Cluster } from '../server/modules/organizations/organizations.repository.ts'
export type { Person } from '../server/modules/people/people.repository.ts'
export type { Household } from '../server/modules/households/households.repository.ts'
export type { Account } from '../server/modules/accounts/accounts.repository.ts'
export type { AuditEntry } from '../server/modules/audit/audit.repository.ts'
export type { ImportRow } from '../server/modules/people/people-import-rows.ts'
export type { CampaignSummary, CampaignDetail } from '../server/modules/campaigns/campaign-view.ts'
export type { CampaignStatus } from '../server/modules/campaigns/campaign-lifecycle.ts'
export type { AnswerStatus } from '../server/modules/campaigns/answer-status.ts'
export type { CascadeNode } from '../server/modules/campaigns/get-cascade.ts'
export type { AnswerTask } from '../server/modules/campaigns/list-answer-tasks.ts'
export type { CalendarEntry, CalendarKind } from '../server/modules/campaigns/calendar-entries.ts'
export type { Criterion, Evaluation } from '../rules/engine/types.ts'
export type { ProvinceCriterion, ProvinceRules } from '../rules/province.ts'
export type { Target } from '../server/modules/eligibility/list-targets.ts'
export type { EligibleItem, EligibleList } from '../server/modules/eligibility/list-eligible.ts'
export type { ParameterView } from '../server/modules/eligibility/parameters-view.ts'
export type { ProvinceRulesView } from '../server/modules/eligibility/get-province-rules.ts'
export type { SubjectHistoryPage } from '../server/modules/history/get-subject-history.ts'
export type { HistoryKind } from '../server/modules/history/history.schemas.ts'
export type { StoredFields } from '../server/modules/history/history-kinds.ts'
export type { HistoryImportPreview } from '../server/modules/history/import-history-preview.ts'
export type { HistoryImportRow } from '../server/modules/history/history-import-rows.ts'
export type { HistoryImportResult } from '../server/modules/history/import-history-commit.ts'
export type { AwardRecord } from '../server/modules/registry/registry.repository.ts'
export type { AwardAnswer } from '../server/modules/registry/award-input.ts'
export type { DuplicateGroup } from '../server/modules/registry/registry-duplicates.ts'

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

/** GET /api/campaigns/:id/cascade */
export interface CampaignCascade {
  campaign: CampaignSummary
  nodes: CascadeNode[]
}

/** GET /api/registers: the last number an issuer's register gave, per document type and period ('2025' or 'term:2020-2025'). */
export interface RegisterEntry {
  docType: string
  periodKey: string
  lastNumber: number
}

/** GET /api/eligibility/targets: the catalogue of titles and forms under the rule set of a date. */
export interface TargetList {
  date: string
  ruleSet: { id: RuleSetId; name: string }
  items: Target[]
}

/** GET /api/rules/parameters */
export interface RuleParameterList {
  date: string
  ruleSet: { id: RuleSetId; name: string }
  items: ParameterView[]
}
