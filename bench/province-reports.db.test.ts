// The bulk writer of the province's registrations and reports writes what the use cases write: a tiny province
// is built twice from the same seed, once with the units' paperwork in bulk and once through the use cases; every
// row they write (registrations, reports, their histories, the audit trail, notifications) is the same but for ids
// and times, the audit chain of the bulk-written one verifies, the province's compiled sơ kết answered by the API
// is the same, and its figures are the sums of the accepted reports that count (re-derived here in SQL).
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Db } from '../src/server/db/client.ts'
import { verifyAuditChain } from '../src/server/audit/audit-chain.ts'
import { ApiClient, testApp } from '../src/server/testing/api-client.ts'
import { openTestDb } from '../src/server/testing/test-db.ts'
import { generateSyntheticProvince, type SyntheticProvince } from './synthetic-province.ts'
import { createBenchAccounts, createWorkflow, type WorkflowCounts } from './province-workflow.ts'

interface Built { db: Db; province: SyntheticProvince; workflow: WorkflowCounts; officer: ApiClient }

async function build(writer: 'bulk' | 'use-cases'): Promise<Built> {
  const db = await openTestDb()
  const province = await generateSyntheticProvince(db, { communes: 2, people: 200, years: 1, seed: 7 })
  const accounts = await createBenchAccounts(db, province)
  const app = testApp(db)
  const workflow = await createWorkflow(db, app, province, accounts, { nominationsPerCommune: 0, councilItems: 0, seed: 7, reportWriter: writer })
  return { db, province, workflow, officer: await ApiClient.signIn(app, accounts.provinceOfficer, accounts.password) }
}

let bulk: Built
let reference: Built
beforeAll(async () => {
  bulk = await build('bulk')
  reference = await build('use-cases')
}, 600_000)
afterAll(async () => {
  await bulk?.db.close()
  await reference?.db.close()
})

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g

/** Replaces the ids that differ between the two databases (accounts, plans, registrations, reports) by stable names; organizations keep their seeded ids. */
async function naming(db: Db): Promise<(value: unknown) => unknown> {
  const names = new Map<string, string>()
  const campaigns = await db.query<{ id: string; key: string }>(`SELECT id, issuer_id || ' ' || title AS key FROM campaigns`)
  const campaignKey = new Map(campaigns.map((c) => [c.id, c.key]))
  for (const c of campaigns) names.set(c.id, `plan ${c.key}`)
  for (const a of await db.query<{ id: string; username: string }>(`SELECT id, username FROM accounts`)) names.set(a.id, `account ${a.username}`)
  for (const r of await db.query<{ id: string; organization_id: string; campaign_id: string }>(`SELECT id, organization_id, campaign_id FROM registrations`)) {
    names.set(r.id, `registration ${r.organization_id} ${campaignKey.get(r.campaign_id)}`)
  }
  for (const r of await db.query<{ id: string; organization_id: string; campaign_id: string; period_id: string }>(`SELECT id, organization_id, campaign_id, period_id FROM progress_reports`)) {
    names.set(r.id, `report ${r.organization_id} ${campaignKey.get(r.campaign_id)} ${r.period_id}`)
  }
  return (value) => JSON.parse(JSON.stringify(value).replace(UUID, (id) => names.get(id) ?? id))
}

/** Rows grouped by what they belong to, in the order written; ids named, times and hashes dropped (only whether they are set). */
async function rowsOf(db: Db): Promise<Record<string, unknown>> {
  const name = await naming(db)
  const volatile = ['id', 'created_at', 'updated_at', 'at', 'seq', 'prev_hash', 'hash', 'request_id', 'approved_at', 'accepted_at']
  /** Rows keyed by what they belong to (a registration, a report, a link), in the order given. */
  const grouped = (rows: Record<string, unknown>[], by: string) => {
    const groups: Record<string, unknown[]> = {}
    for (const r of rows) {
      const kept = Object.fromEntries(Object.entries(r).filter(([k]) => !volatile.includes(k)))
      ;(groups[String(name(r[by]))] ??= []).push(name({ ...kept, timed: ['approved_at', 'accepted_at'].filter((k) => r[k] !== null && r[k] !== undefined) }))
    }
    return groups
  }
  return {
    registrations: grouped(await db.query(`SELECT * FROM registrations`), 'id'),
    registrationEvents: grouped(await db.query(`SELECT * FROM registration_events ORDER BY at, id`), 'registration_id'),
    reports: grouped(await db.query(`SELECT * FROM progress_reports`), 'id'),
    reportEvents: grouped(await db.query(`SELECT * FROM progress_report_events ORDER BY at, id`), 'report_id'),
    audit: grouped(await db.query(`SELECT * FROM audit_log WHERE entity IN ('registration', 'progress_report') ORDER BY seq`), 'entity_id'),
    auditRequests: (await db.query<{ n: number; calls: number }>(`SELECT count(*)::int AS n, count(DISTINCT request_id)::int AS calls FROM audit_log WHERE entity IN ('registration', 'progress_report')`))[0],
    notifications: grouped(await db.query(`SELECT * FROM notifications ORDER BY created_at, id`), 'link'),
  }
}

async function compiled(b: Built) {
  const { organizationId, campaignId, periodId } = b.workflow.reports.rollUp
  const res = await b.officer.get(`/api/reports/compiled?organizationId=${organizationId}&campaignId=${campaignId}&periodId=${periodId}`)
  expect(res.status).toBe(200)
  return res.body
}

it('writes in bulk the rows the use cases write, in a realistic mix', async () => {
  expect(bulk.workflow.reports.writer).toBe('bulk')
  expect(reference.workflow.reports.writer).toBe('use-cases')
  const [a, b] = [await rowsOf(bulk.db), await rowsOf(reference.db)]
  expect(Object.keys(a.registrations as object).length).toBeGreaterThan(100)
  expect(a).toEqual(b)
  for (const counts of [bulk.workflow.reports.registrations, bulk.workflow.reports.reports]) expect(Object.keys(counts.byStatus).sort()).toHaveLength(4)
  expect(bulk.workflow.reports).toMatchObject({ registrations: reference.workflow.reports.registrations, reports: reference.workflow.reports.reports })
  const [chain] = await verifyAuditChain(bulk.db, bulk.province.provinceId)
  expect(chain!.problems).toEqual([])
}, 120_000)

it('compiles the same sơ kết from either, the sums of the accepted reports that count', async () => {
  const report = await compiled(bulk)
  expect((await naming(bulk.db))(report)).toEqual((await naming(reference.db))(await compiled(reference)))

  // one commune's own accepted report stands for its units; the other commune's units count one by one
  const { campaignId } = bulk.workflow.reports.rollUp
  const communes = bulk.province.communes
  const counted = await bulk.db.query<{ name: string; id: string }>(
    `WITH family AS (SELECT $2::uuid AS id UNION SELECT campaign_id FROM campaign_parents WHERE parent_id = $2::uuid),
          accepted AS (SELECT r.content, o.id, o.name, o.path FROM progress_reports r JOIN organizations o ON o.province_id = r.province_id AND o.id = r.organization_id
                        WHERE r.province_id = $1 AND r.campaign_id IN (SELECT id FROM family) AND r.period_kind = 'interim' AND r.status = 'accepted')
     SELECT a.name, a.id FROM accepted a WHERE NOT EXISTS (SELECT 1 FROM accepted b WHERE b.path <> a.path AND a.path LIKE b.path || '%') ORDER BY a.name`,
    [bulk.province.provinceId, campaignId],
  )
  expect([...report.counted].sort()).toEqual(counted.map((c) => c.name).sort())
  const communeCounted = communes.map((c) => counted.some((r) => r.id === c.id))
  expect(communeCounted.sort()).toEqual([false, true])
  expect(report.reports.length).toBeGreaterThan(counted.length)

  const sums = await bulk.db.query<{ key: string; measure: string | null; total: string | null }>(
    `WITH family AS (SELECT $2::uuid AS id UNION SELECT campaign_id FROM campaign_parents WHERE parent_id = $2::uuid)
     SELECT x->>'criterionKey' AS key, x->>'measure' AS measure, sum((x->>'value')::numeric)::text AS total
       FROM progress_reports r, jsonb_array_elements(r.content->'results') x
      WHERE r.province_id = $1 AND r.organization_id = ANY($3::uuid[]) AND r.campaign_id IN (SELECT id FROM family) AND x->>'criterionKey' IS NOT NULL
      GROUP BY 1, 2`,
    [bulk.province.provinceId, campaignId, counted.map((c) => c.id)],
  )
  const planned = report.results.filter((r: { criterionKey: string | null }) => r.criterionKey !== null)
  expect(planned.map((r: { criterionKey: string; measure: string | null; total: number | null }) => `${r.criterionKey}|${r.measure}|${r.total}`).sort())
    .toEqual(sums.map((s) => `${s.key}|${s.measure}|${s.total === null ? null : Number(s.total)}`).sort())

  const registrations = await bulk.db.query<{ units: number; code: string; scope: string; n: number }>(
    `WITH family AS (SELECT $2::uuid AS id UNION SELECT campaign_id FROM campaign_parents WHERE parent_id = $2::uuid)
     SELECT t->>'code' AS code, t->>'scope' AS scope, sum((t->>'count')::int)::int AS n, (SELECT count(DISTINCT organization_id)::int FROM registrations
              WHERE province_id = $1 AND campaign_id IN (SELECT id FROM family) AND status = 'approved' AND NOT consolidated) AS units
       FROM registrations r, jsonb_array_elements(r.targets) t
      WHERE r.province_id = $1 AND r.campaign_id IN (SELECT id FROM family) AND r.status = 'approved' AND NOT r.consolidated
      GROUP BY 1, 2`,
    [bulk.province.provinceId, campaignId],
  )
  expect(report.registrations.units).toBe(registrations[0]!.units)
  for (const t of report.registrations.targets) {
    expect([t.units, t.members]).toEqual([
      registrations.find((r) => r.code === t.code && r.scope === 'unit')?.n ?? 0,
      registrations.find((r) => r.code === t.code && r.scope === 'members')?.n ?? 0,
    ])
  }
  expect(report.registrations.targets).toHaveLength(new Set(registrations.map((r) => r.code)).size)
}, 60_000)
