// Registrations (đăng ký thi đua) and progress reports (báo cáo sơ kết) of the synthetic province, after its plans'
// cascade (bench/province-workflow.ts): what each unit registers and reports is drawn from the seeded PRNG
// (bench/province-reports-plan.ts); the units' items — about twelve thousand registrations and six thousand
// reports, each several use-case calls — are written in bulk with the rows the use cases write
// (bench/province-reports-bulk.ts; `writer: 'use-cases'` writes them through the use cases instead, for the proof
// in bench/province-reports.db.test.ts); the communes' own items go through the use cases: each consolidates its
// units' registrations and sends them up, and sends its own sơ kết, which the province accepts or leaves waiting.
// The province's compiled sơ kết of Đợt 1 under the first plan is then what the benchmark measures.
import type { Db } from '../src/server/db/client.ts'
import type { Actor } from '../src/server/auth/policy.ts'
import type { Role } from '../src/shared/roles.ts'
import type { OrganizationKind } from '../src/shared/organizations.ts'
import { planCriteria, type PlanCriterion, type ReportingPeriod } from '../src/shared/reports-periods.ts'
import { findCampaign } from '../src/server/modules/campaigns/campaigns.repository.ts'
import { periodsOf } from '../src/server/modules/reports/report-campaign.ts'
import type { SyntheticProvince } from './synthetic-province.ts'
import { planPaperwork, REPORT_PERIOD, type Unit } from './province-reports-plan.ts'
import { writeInBulk } from './province-reports-bulk.ts'
import { consolidateThroughUseCases, reportThroughUseCases, writeThroughUseCases } from './province-reports-use-cases.ts'
import type { WriteContext } from './province-reports-writer.ts'

/** A provincial plan and, per commune (in the province's order), the commune's plan answering it. */
export interface ProvincePlan {
  id: string
  answers: string[]
}

export interface StatusCounts {
  total: number
  byStatus: Record<string, number>
}

export interface ProvinceReports {
  registrations: StatusCounts
  reports: StatusCounts
  /** The roll-up the benchmark compiles: the province's sơ kết of Đợt 1 under the first plan. */
  rollUp: { organizationId: string; campaignId: string; periodId: string }
  writer: 'bulk' | 'use-cases'
  seconds: number
}

/** The paperwork draws from its own stream of the province's seed. */
const PAPERWORK_SEED = 0x7d4b

export async function createProvinceReports(
  db: Db, province: SyntheticProvince, accounts: { provinceOfficer: string }, plans: readonly ProvincePlan[], options: { seed: number; writer: 'bulk' | 'use-cases' },
): Promise<ProvinceReports> {
  const started = performance.now()
  const { provinceId } = province
  const organizations = await db.query<{ id: string; name: string; kind: OrganizationKind; parentId: string | null; path: string }>(
    `SELECT id, name, kind, parent_id AS "parentId", path FROM organizations WHERE province_id = $1 AND path LIKE $2 || '%' AND parent_id IS NOT NULL ORDER BY path COLLATE "C"`,
    [provinceId, province.rootPath],
  )
  const communeOf = (path: string) => province.communes.findIndex((c) => path.startsWith(c.path))
  const all: Unit[] = organizations.map((o) => ({ id: o.id, name: o.name, kind: o.kind, parentId: o.parentId, commune: communeOf(o.path) }))
  const communes = province.communes.map((c) => all.find((u) => u.id === c.id)!)
  const units = all.filter((u) => u.parentId !== province.rootId)
  const names = new Map(organizations.map((o) => [o.id, o.name]))

  const answerIds = plans.flatMap((p) => p.answers)
  const campaigns = new Map<string, { title: string; year: number; periods: ReportingPeriod[]; criteria: PlanCriterion[] }>()
  for (const id of [...plans.map((p) => p.id), ...answerIds]) {
    const campaign = (await findCampaign(db, provinceId, id))!
    campaigns.set(id, { title: campaign.title, year: campaign.year, periods: await periodsOf(db, provinceId, campaign), criteria: planCriteria(campaign.content) })
  }
  const paperwork = planPaperwork(options.seed ^ PAPERWORK_SEED, communes, units, plans.map((p) => ({ id: p.id, answers: p.answers.map((id) => ({ id, year: campaigns.get(id)!.year })) })))

  const actors = await loadActors(db, provinceId)
  const actor = (username: string) => actors.get(username) ?? fail(`tài khoản ${username}`)
  const provinceOfficer = actor(accounts.provinceOfficer)
  const communeOfficers = province.communes.map((_, i) => actor(`bench.xa${i + 1}`))
  const context: WriteContext = {
    db, provinceId, officerOf: (c) => communeOfficers[c]!, organizationName: (id) => names.get(id) ?? fail(`đơn vị ${id}`),
    campaign: (id) => campaigns.get(id) ?? fail(`kế hoạch ${id}`),
  }
  if (options.writer === 'bulk') await writeInBulk(context, paperwork, options.seed ^ PAPERWORK_SEED)
  else await writeThroughUseCases(context, paperwork)

  // The communes toward the province: consolidation of the units directly under them (approved under the first plan), their own sơ kết.
  const first = plans[0]!
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]))
  const consolidable = new Set(paperwork.registrations.filter((r) => r.outcome === 'approved').map((r) => `${r.campaignId}|${parentOf.get(r.organizationId)}`))
  for (const item of paperwork.communes) {
    const commune = communes[item.commune]!
    const answer = first.answers[item.commune]!
    if (item.consolidation && consolidable.has(`${answer}|${commune.id}`)) {
      await consolidateThroughUseCases(db, { organizationId: commune.id, campaignId: answer, year: campaigns.get(answer)!.year }, item.consolidation, communeOfficers[item.commune]!, provinceOfficer)
    }
    if (item.report) await reportThroughUseCases(db, item.report, communeOfficers[item.commune]!, provinceOfficer)
  }
  // statistics of everything the workflow wrote (plans, accounts, the paperwork), as autovacuum would keep them
  await db.query('ANALYZE')
  return {
    registrations: await countByStatus(db, provinceId, 'registrations'),
    reports: await countByStatus(db, provinceId, 'progress_reports'),
    rollUp: { organizationId: province.rootId, campaignId: first.id, periodId: REPORT_PERIOD },
    writer: options.writer,
    seconds: (performance.now() - started) / 1000,
  }
}

async function loadActors(db: Db, provinceId: string): Promise<Map<string, Actor>> {
  const rows = await db.query<{ id: string; username: string; displayName: string; role: Role; organizationId: string; organizationPath: string }>(
    `SELECT a.id, a.username, a.display_name AS "displayName", a.role, a.organization_id AS "organizationId", o.path AS "organizationPath"
       FROM accounts a JOIN organizations o ON o.province_id = a.province_id AND o.id = a.organization_id WHERE a.province_id = $1`,
    [provinceId],
  )
  return new Map(rows.map((r) => [r.username, { accountId: r.id, provinceId, username: r.username, displayName: r.displayName, role: r.role, organizationId: r.organizationId, organizationPath: r.organizationPath }]))
}

async function countByStatus(db: Db, provinceId: string, table: 'registrations' | 'progress_reports'): Promise<StatusCounts> {
  const rows = await db.query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM ${table} WHERE province_id = $1 GROUP BY status`, [provinceId])
  return { total: rows.reduce((s, r) => s + r.n, 0), byStatus: Object.fromEntries(rows.map((r) => [r.status, r.n])) }
}

function fail(what: string): never {
  throw new Error(`bench: không tìm thấy ${what}`)
}
