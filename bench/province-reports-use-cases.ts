// The paperwork written through the use cases, one call per step as the API would make it (inputs parsed by the
// API's own schemas): the communes' own items always go this way (about two hundred calls), and the units' items
// too when the reference is wanted (bench/province-reports.db.test.ts compares it with the bulk writer's rows).
import { randomUUID } from 'node:crypto'
import type { Actor } from '../src/server/auth/policy.ts'
import type { Db } from '../src/server/db/client.ts'
import type { UseCaseContext } from '../src/server/http/route.ts'
import { consolidateRegistrations } from '../src/server/modules/registrations/consolidate-registrations.ts'
import { createRegistration } from '../src/server/modules/registrations/create-registration.ts'
import { reviewRegistration } from '../src/server/modules/registrations/review-registration.ts'
import { submitRegistration } from '../src/server/modules/registrations/submit-registration.ts'
import { createRegistrationBody, returnRegistrationBody } from '../src/server/modules/registrations/registrations.schemas.ts'
import { createReport } from '../src/server/modules/reports/create-report.ts'
import { reviewReport } from '../src/server/modules/reports/review-report.ts'
import { submitReport } from '../src/server/modules/reports/submit-report.ts'
import { updateReport } from '../src/server/modules/reports/update-report.ts'
import { createReportBody, returnReportBody, updateReportBody } from '../src/server/modules/reports/reports.schemas.ts'
import type { RegistrationItem, RegistrationOutcome, ReportItem } from './province-reports-plan.ts'
import type { WriteContext } from './province-reports-writer.ts'

/** One request's context: a request id of its own, like every HTTP request. */
const as = (db: Db, actor: Actor): UseCaseContext => ({ db, actor, requestId: randomUUID() })

/** A unit's registration, entered by `author`, answered by `reviewer` (the level above). */
export async function registerThroughUseCases(db: Db, item: RegistrationItem, author: Actor, reviewer: Actor): Promise<void> {
  const input = createRegistrationBody.parse({ organizationId: item.organizationId, campaignId: item.campaignId, year: item.year, targets: item.targets, commitments: item.commitments })
  let registration = await createRegistration(as(db, author), input)
  if (item.outcome === 'draft') return
  registration = await submitRegistration(as(db, author), registration.id, registration.version)
  if (item.outcome === 'submitted') return
  await reviewRegistration(as(db, reviewer), registration.id, item.outcome === 'approved'
    ? { version: registration.version, outcome: 'approved' }
    : { outcome: 'returned', ...returnRegistrationBody.parse({ version: registration.version, reason: item.reason }) })
}

/** A report for a period, written by `author`, accepted or returned by `reviewer`. */
export async function reportThroughUseCases(db: Db, item: ReportItem, author: Actor, reviewer: Actor): Promise<void> {
  let report = await createReport(as(db, author), createReportBody.parse({ organizationId: item.organizationId, campaignId: item.campaignId, periodId: item.periodId }))
  if (item.content) report = await updateReport(as(db, author), report.id, updateReportBody.parse({ version: report.version, content: item.content }))
  if (item.outcome === 'draft') return
  report = await submitReport(as(db, author), report.id, report.version)
  if (item.outcome === 'submitted') return
  await reviewReport(as(db, reviewer), report.id, item.outcome === 'accepted'
    ? { version: report.version, outcome: 'accepted' }
    : { outcome: 'returned', ...returnReportBody.parse({ version: report.version, reason: item.reason }) })
}

/** The level's consolidated registration (its approved units' totals), sent up and approved as far as `outcome` says. */
export async function consolidateThroughUseCases(db: Db, level: { organizationId: string; campaignId: string; year: number }, outcome: RegistrationOutcome, author: Actor, reviewer: Actor): Promise<void> {
  let registration = await consolidateRegistrations(as(db, author), level)
  if (outcome === 'draft') return
  registration = await submitRegistration(as(db, author), registration.id, registration.version)
  if (outcome === 'approved') await reviewRegistration(as(db, reviewer), registration.id, { version: registration.version, outcome: 'approved' })
}

/** The units' items, each entered and answered by its commune's officer (paper registrations and reports). */
export async function writeThroughUseCases(w: WriteContext, items: { registrations: readonly RegistrationItem[]; reports: readonly ReportItem[] }): Promise<void> {
  for (const item of items.registrations) await registerThroughUseCases(w.db, item, w.officerOf(item.commune), w.officerOf(item.commune))
  for (const item of items.reports) await reportThroughUseCases(w.db, item, w.officerOf(item.commune), w.officerOf(item.commune))
}
