// The logic of the registration pages, apart from the components: the shapes the API answers, the choices of
// titles for a unit or its members, the form's rows turned into the request body, and what the caller may do.
import { CATALOGUE } from '../../../rules/catalogue/index.ts'
import type { CatalogueCode } from '../../../rules/catalogue/types.ts'
import { REGISTRATION_STATUS_LABELS, REGISTRATION_STATUSES, type RegistrationStatus, type TargetScope } from '../../../shared/registrations.ts'

export interface NamedTarget { code: string; scope: TargetScope; count: number; people: string[]; name: string; short: string }

export interface RegistrationSummary {
  id: string
  organizationId: string
  organizationName: string
  campaignId: string | null
  campaignTitle: string | null
  year: number
  consolidated: boolean
  targets: NamedTarget[]
  commitments: string[]
  status: RegistrationStatus
  returnReason: string | null
  submittedOn: string | null
  approvedByName: string | null
  approvedAt: string | null
  version: number
  createdByName: string
  updatedAt: string
}

export interface RegistrationDetail extends RegistrationSummary {
  events: { id: string; fromStatus: RegistrationStatus | null; toStatus: RegistrationStatus; reason: string | null; actorName: string; at: string }[]
  deadline: { name: string; due: string | null } | null
  canEdit: boolean
  canApprove: boolean
}

export interface MissingList {
  addressed: number
  registered: number
  items: { organizationId: string; organizationName: string; registration: { id: string; status: RegistrationStatus } | null; reminders: number; lastRemindedAt: string | null }[]
}

export const REGISTRATIONS_KEY = ['registrations'] as const

export const STATUS_OPTIONS = REGISTRATION_STATUSES.map((s) => ({ value: s, label: REGISTRATION_STATUS_LABELS[s] }))

export const STATUS_COLORS: Record<RegistrationStatus, string> = { draft: 'default', submitted: 'processing', returned: 'warning', approved: 'success' }

/** The titles and forms a unit may register for itself (collective) or for its members (individual), current ones only. */
export function targetOptions(scope: TargetScope): { value: string; label: string }[] {
  const wanted = scope === 'unit' ? 'collective' : 'individual'
  return (Object.values(CATALOGUE) as readonly (typeof CATALOGUE)[CatalogueCode][])
    .filter((e) => (e.subjects as readonly string[]).includes(wanted) && !e.abolishedBy)
    .map((e) => ({ value: e.code, label: e.name }))
}

/** A row of the form: the people as typed, one per line. */
export interface TargetRow { code?: string; scope: TargetScope; count?: number | null; people?: string }

/** The form's rows as the API takes them: empty rows dropped, a unit's own title counted once, names one per line. */
export function targetsBody(rows: readonly TargetRow[]): { code: string; scope: TargetScope; count: number; people: string[] }[] {
  return rows
    .filter((r): r is TargetRow & { code: string } => !!r.code)
    .map((r) => {
      const people = r.scope === 'members' ? (r.people ?? '').split('\n').map((p) => p.trim()).filter(Boolean) : []
      const count = r.scope === 'unit' ? 1 : Math.max(r.count ?? 0, people.length, 1)
      return { code: r.code, scope: r.scope, count, people }
    })
}

export const toRows = (targets: readonly NamedTarget[]): TargetRow[] => targets.map((t) => ({ code: t.code, scope: t.scope, count: t.count, people: t.people.join('\n') }))

export const commitmentsBody = (text: string | undefined): string[] => (text ?? '').split('\n').map((c) => c.trim()).filter(Boolean)

export type RegistrationAction = 'save' | 'submit' | 'approve' | 'return'

/** What the buttons offer, as the server allows it. */
export function actionsOf(r: Pick<RegistrationDetail, 'canEdit' | 'canApprove' | 'consolidated'>): RegistrationAction[] {
  return [...(r.canEdit ? (['save', 'submit'] as const) : []), ...(r.canApprove ? (['approve', 'return'] as const) : [])]
}

/** Why a registration cannot be sent yet, or null. */
export function submitProblem(rows: readonly TargetRow[]): string | null {
  return targetsBody(rows).length === 0 ? 'Hãy đăng ký ít nhất một danh hiệu, hình thức trước khi gửi.' : null
}
