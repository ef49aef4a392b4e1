// Registrations (đăng ký thi đua): statuses, their labels and the totals a level builds from its children's
// approved registrations. Pure; shared by the server and the client.

export const REGISTRATION_STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number]

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  draft: 'Dự thảo',
  submitted: 'Chờ duyệt',
  returned: 'Bị trả lại',
  approved: 'Đã duyệt',
}

/** For the unit itself, or for its members (a count, with the people named when known). */
export type TargetScope = 'unit' | 'members'
export const TARGET_SCOPE_LABELS: Record<TargetScope, string> = { unit: 'Tập thể đơn vị', members: 'Cá nhân, thành viên' }

export interface RegistrationTarget {
  /** A catalogue code (src/rules/catalogue): TTLDTT, LDTT, CSTDCS, GIAY_KHEN… */
  code: string
  scope: TargetScope
  /** 1 for the unit itself; the number of members aiming at it (at least as many as are named). */
  count: number
  /** The members named (full names), when known. */
  people: string[]
}

/** Which moves are allowed: a draft or a returned one is submitted; a submitted one is returned or approved. */
export function registrationTransitionProblem(from: RegistrationStatus, to: RegistrationStatus): string | null {
  const allowed: Record<RegistrationStatus, RegistrationStatus[]> = { draft: ['submitted'], returned: ['submitted'], submitted: ['returned', 'approved'], approved: [] }
  if (allowed[from].includes(to)) return null
  return `không thể chuyển từ "${REGISTRATION_STATUS_LABELS[from]}" sang "${REGISTRATION_STATUS_LABELS[to]}"`
}

/** Totals per target (code and scope) over registrations, in the order each target first appears; named people are not carried up. */
export function totalTargets(registrations: readonly { targets: readonly RegistrationTarget[] }[]): RegistrationTarget[] {
  const totals = new Map<string, RegistrationTarget>()
  for (const r of registrations) {
    for (const t of r.targets) {
      const key = `${t.scope}:${t.code}`
      const total = totals.get(key)
      if (total) total.count += t.count
      else totals.set(key, { code: t.code, scope: t.scope, count: t.count, people: [] })
    }
  }
  return [...totals.values()]
}
