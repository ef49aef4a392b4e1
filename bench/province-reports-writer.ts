// What both writers of the province's paperwork need to know (bench/province-reports-bulk.ts, bench/province-reports-use-cases.ts):
// the database, who acts for each commune, and the names and plans the rows and their audit lines mention.
import type { Db } from '../src/server/db/client.ts'
import type { Actor } from '../src/server/auth/policy.ts'
import type { PlanCriterion, ReportingPeriod } from '../src/shared/reports-periods.ts'

export interface WriteContext {
  db: Db
  provinceId: string
  /** The commune's officer: enters its units' paper registrations and reports, approves and accepts them. */
  officerOf(commune: number): Actor
  organizationName(id: string): string
  campaign(id: string): { title: string; periods: ReportingPeriod[]; criteria: PlanCriterion[] }
}

/** How the audit trail and the status histories name an actor: "Cán bộ Thường trực Xã … (bench.xa1)". */
export const actorName = (actor: Actor) => `${actor.displayName} (${actor.username})`
