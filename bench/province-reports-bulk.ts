// The units' registrations and reports written in bulk (INSERT … SELECT FROM unnest, in batches): the very rows the
// use cases write for the same steps — the registration or report in its final state, each status move in its
// history table (in step order), one audit row per use-case call (create, update, submit, approve/accept or return;
// the database seals them into the audit chain) and the notifications a review sends to the unit's accounts.
// Inputs go through the API's own schemas and checks first (zod, checkTargets, checkedContent, …), so what is
// stored is what the API would store. bench/province-reports.db.test.ts compares these rows with the use cases'.
import type { Actor } from '../src/server/auth/policy.ts'
import type { Db } from '../src/server/db/client.ts'
import { Rng } from '../src/server/demo/demo-random.ts'
import { todayInVietnam } from '../src/shared/people.ts'
import { REGISTRATION_STATUS_LABELS, type RegistrationStatus } from '../src/shared/registrations.ts'
import { emptyReportContent, REPORT_STATUS_LABELS, type ReportStatus } from '../src/shared/reports.ts'
import { registrationLabel } from '../src/server/modules/registrations/registration-access.ts'
import { checkNotEmpty, checkTargets } from '../src/server/modules/registrations/registration-input.ts'
import { createRegistrationBody, returnRegistrationBody } from '../src/server/modules/registrations/registrations.schemas.ts'
import { reportLabel, reportPhrase } from '../src/server/modules/reports/report-access.ts'
import { checkedContent, checkSubmittable } from '../src/server/modules/reports/report-input.ts'
import { reportContentBody, returnReportBody } from '../src/server/modules/reports/reports.schemas.ts'
import type { RegistrationItem, ReportItem } from './province-reports-plan.ts'
import { actorName, type WriteContext } from './province-reports-writer.ts'

type PgType = 'uuid' | 'text' | 'int' | 'date' | 'bool' | 'jsonb' | 'timestamptz'
type Columns = readonly (readonly [name: string, type: PgType])[]

const BATCH = 2000
/**
 * Audit entries are sealed one by one at commit, each moving the chain's head row: within one transaction the
 * head's row versions pile up, so smaller statements (each its own transaction) seal faster per entry.
 */
const AUDIT_BATCH = 250

async function insertRows(db: Db, table: string, columns: Columns, rows: readonly unknown[][], batch = BATCH): Promise<void> {
  const names = columns.map(([name]) => name).join(', ')
  const unnest = columns.map(([, type], c) => `$${c + 1}::${type === 'int' ? 'integer' : type === 'bool' ? 'boolean' : type}[]`).join(', ')
  for (let i = 0; i < rows.length; i += batch) {
    const chunk = rows.slice(i, i + batch)
    const params = columns.map(([, type], c) => chunk.map((r) => (r[c] === undefined || r[c] === null ? null : type === 'jsonb' ? JSON.stringify(r[c]) : r[c])))
    await db.query(`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${unnest})`, params)
  }
}

const AUDIT: Columns = [
  ['province_id', 'uuid'], ['id', 'uuid'], ['actor_id', 'uuid'], ['actor_name', 'text'], ['action', 'text'], ['entity', 'text'], ['entity_id', 'uuid'],
  ['organization_id', 'uuid'], ['summary', 'text'], ['before', 'jsonb'], ['after', 'jsonb'], ['request_id', 'text'],
]
const EVENT = (table: string, key: string): [string, Columns] => [table, [
  ['province_id', 'uuid'], ['id', 'uuid'], [key, 'uuid'], ['from_status', 'text'], ['to_status', 'text'], ['reason', 'text'], ['actor_id', 'uuid'], ['actor_name', 'text'],
]]
const NOTIFICATION: Columns = [['province_id', 'uuid'], ['id', 'uuid'], ['account_id', 'uuid'], ['kind', 'text'], ['title', 'text'], ['body', 'text'], ['link', 'text']]

/** Rows of one step (one use-case call) of every item: written after the previous step's, so histories keep their order. */
class Step {
  events: unknown[][] = []
  audit: unknown[][] = []
  notifications: unknown[][] = []
}

/** A version-4 UUID from the seeded generator (reproducible ids). */
function uuidFrom(rng: Rng): string {
  const hex = (n: number) => Math.floor(rng.float() * 16 ** n).toString(16).padStart(n, '0')
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + rng.int(0, 3)).toString(16)}${hex(3)}-${hex(12)}`
}

interface Move<S extends string> {
  entity: 'registration' | 'progress_report'
  id: string
  organizationId: string
  label: string
  labels: Record<S, string>
  from: S
  to: S
  version: number
  reason: string | null
}

export async function writeInBulk(w: WriteContext, items: { registrations: readonly RegistrationItem[]; reports: readonly ReportItem[] }, seed: number): Promise<void> {
  const rng = new Rng(seed)
  const uuid = () => uuidFrom(rng)
  const { db, provinceId } = w
  const today = todayInVietnam()
  const now = new Date().toISOString()
  // The audit seal (0008_audit_chain.sql) finds each new entry by its key; with statistics taken while the log was
  // empty its cached plan scans the whole log per entry, quadratic over tens of thousands of entries (autovacuum
  // would refresh them in service; the bench's server may run without it). Fresh statistics replan it.
  await db.query('ANALYZE audit_log')
  const accounts = await db.query<{ id: string; organizationId: string }>(
    `SELECT id, organization_id AS "organizationId" FROM accounts WHERE province_id = $1 AND NOT disabled`, [provinceId],
  )
  const accountsOf = (organizationId: string) => accounts.filter((a) => a.organizationId === organizationId).map((a) => a.id)
  const steps = [new Step(), new Step(), new Step()]

  const audit = (step: Step, actor: Actor, entry: { action: string; entity: string; entityId: string; organizationId: string; summary: string; before?: unknown; after?: unknown }) =>
    step.audit.push([provinceId, uuid(), actor.accountId, actorName(actor), entry.action, entry.entity, entry.entityId, entry.organizationId, entry.summary, entry.before ?? null, entry.after ?? null, uuid()])
  // registration-status.ts / report-status.ts: the history row and the audit row of a status move
  const move = <S extends string>(step: Step, actor: Actor, m: Move<S>) => {
    step.events.push([provinceId, uuid(), m.id, m.from, m.to, m.reason, actor.accountId, actorName(actor)])
    audit(step, actor, {
      action: 'transition', entity: m.entity, entityId: m.id, organizationId: m.organizationId,
      summary: `${m.label}: "${m.labels[m.from]}" → "${m.labels[m.to]}"${m.reason ? ` (${m.reason})` : ''}`,
      before: { status: m.from, version: m.version },
      after: { status: m.to, version: m.version + 1, ...(m.reason ? { reason: m.reason } : {}) },
    })
  }
  // notify.ts: one notification to every active account of the unit
  const notify = (step: Step, organizationId: string, n: { kind: string; title: string; body: string | null; link: string }) => {
    for (const account of accountsOf(organizationId)) step.notifications.push([provinceId, uuid(), account, n.kind, n.title.slice(0, 300), n.body?.slice(0, 4000) ?? null, n.link])
  }

  // Registrations: create → submit → approve or return (create-registration.ts, submit-registration.ts, review-registration.ts)
  const registrations: unknown[][] = []
  for (const item of items.registrations) {
    const officer = w.officerOf(item.commune)
    const input = createRegistrationBody.parse({ organizationId: item.organizationId, campaignId: item.campaignId, year: item.year, targets: item.targets, commitments: item.commitments })
    checkTargets(input.targets)
    const id = uuid()
    const organizationName = w.organizationName(item.organizationId)
    const label = registrationLabel({ organizationName, year: input.year, consolidated: false })
    const status: RegistrationStatus = item.outcome
    const reason = status === 'returned' ? returnRegistrationBody.parse({ version: 2, reason: item.reason }).reason : null
    steps[0]!.events.push([provinceId, uuid(), id, null, 'draft', null, officer.accountId, actorName(officer)])
    audit(steps[0]!, officer, {
      action: 'create', entity: 'registration', entityId: id, organizationId: item.organizationId, summary: `${organizationName} lập bản đăng ký thi đua theo kế hoạch`,
      after: { campaignId: item.campaignId, year: input.year, targets: input.targets, commitments: input.commitments },
    })
    const base = { entity: 'registration' as const, id, organizationId: item.organizationId, label, labels: REGISTRATION_STATUS_LABELS }
    if (status !== 'draft') {
      checkNotEmpty(input)
      move<RegistrationStatus>(steps[1]!, officer, { ...base, from: 'draft', to: 'submitted', version: 1, reason: null })
    }
    if (status === 'approved' || status === 'returned') {
      move<RegistrationStatus>(steps[2]!, officer, { ...base, from: 'submitted', to: status, version: 2, reason })
      notify(steps[2]!, item.organizationId, {
        kind: `registration.${status}`, title: `${label} ${status === 'approved' ? 'đã được cấp trên duyệt' : 'bị cấp trên trả lại'}`,
        body: reason ? `Lý do: ${reason}` : null, link: `/dang-ky-thi-dua/${id}`,
      })
    }
    registrations.push([
      provinceId, id, item.organizationId, item.campaignId, input.year, false, input.targets, input.commitments, status, reason, status === 'draft' ? null : today,
      status === 'approved' ? officer.accountId : null, status === 'approved' ? now : null, status === 'draft' ? 1 : status === 'submitted' ? 2 : 3, officer.accountId,
    ])
  }
  await insertRows(db, 'registrations', [
    ['province_id', 'uuid'], ['id', 'uuid'], ['organization_id', 'uuid'], ['campaign_id', 'uuid'], ['year', 'int'], ['consolidated', 'bool'], ['targets', 'jsonb'], ['commitments', 'jsonb'],
    ['status', 'text'], ['return_reason', 'text'], ['submitted_on', 'date'], ['approved_by', 'uuid'], ['approved_at', 'timestamptz'], ['version', 'int'], ['created_by', 'uuid'],
  ], registrations)
  await writeSteps(db, steps, EVENT('registration_events', 'registration_id'))

  // Reports: create → update (the content) → submit → accept or return (create-report.ts, update-report.ts, submit-report.ts, review-report.ts)
  const reportSteps = [new Step(), new Step(), new Step(), new Step()]
  const reports: unknown[][] = []
  for (const item of items.reports) {
    const officer = w.officerOf(item.commune)
    const plan = w.campaign(item.campaignId)
    const period = plan.periods.find((p) => p.id === item.periodId)!
    const id = uuid()
    const organizationName = w.organizationName(item.organizationId)
    const named = { organizationName, campaignTitle: plan.title }
    const content = item.content ? checkedContent(reportContentBody.parse(item.content), plan.criteria) : null
    const status: ReportStatus = item.outcome
    const reason = status === 'returned' ? returnReportBody.parse({ version: 1, reason: item.reason }).reason : null
    let version = 1
    reportSteps[0]!.events.push([provinceId, uuid(), id, null, 'draft', null, officer.accountId, actorName(officer)])
    audit(reportSteps[0]!, officer, {
      action: 'create', entity: 'progress_report', entityId: id, organizationId: item.organizationId,
      summary: `${organizationName} lập báo cáo «${period.name}» theo kế hoạch «${plan.title}»`,
      after: { campaignId: item.campaignId, periodId: period.id, periodKind: period.kind },
    })
    if (content) {
      audit(reportSteps[1]!, officer, {
        action: 'update', entity: 'progress_report', entityId: id, organizationId: item.organizationId, summary: `Sửa ${reportPhrase(named)}`,
        before: { content: emptyReportContent(), version }, after: { content, version: version + 1 },
      })
      version++
    }
    const base = { entity: 'progress_report' as const, id, organizationId: item.organizationId, label: reportLabel(named), labels: REPORT_STATUS_LABELS }
    if (status !== 'draft') {
      checkSubmittable(content ?? emptyReportContent())
      move<ReportStatus>(reportSteps[2]!, officer, { ...base, from: 'draft', to: 'submitted', version, reason: null })
      version++
    }
    if (status === 'accepted' || status === 'returned') {
      move<ReportStatus>(reportSteps[3]!, officer, { ...base, from: 'submitted', to: status, version, reason })
      version++
      if (reason) notify(reportSteps[3]!, item.organizationId, { kind: 'report.returned', title: `${reportLabel(named)} bị trả lại`, body: reason, link: `/bao-cao/${id}` })
    }
    reports.push([
      provinceId, id, item.organizationId, item.campaignId, period.id, period.kind, content ?? emptyReportContent(), status, reason, status === 'draft' ? null : today,
      status === 'accepted' ? officer.accountId : null, status === 'accepted' ? now : null, version, officer.accountId,
    ])
  }
  await insertRows(db, 'progress_reports', [
    ['province_id', 'uuid'], ['id', 'uuid'], ['organization_id', 'uuid'], ['campaign_id', 'uuid'], ['period_id', 'text'], ['period_kind', 'text'], ['content', 'jsonb'],
    ['status', 'text'], ['return_reason', 'text'], ['submitted_on', 'date'], ['accepted_by', 'uuid'], ['accepted_at', 'timestamptz'], ['version', 'int'], ['created_by', 'uuid'],
  ], reports)
  await writeSteps(db, reportSteps, EVENT('progress_report_events', 'report_id'))
}

async function writeSteps(db: Db, steps: readonly Step[], [eventTable, eventColumns]: [string, Columns]): Promise<void> {
  for (const step of steps) {
    await insertRows(db, eventTable, eventColumns, step.events)
    await insertRows(db, 'audit_log', AUDIT, step.audit, AUDIT_BATCH)
    await insertRows(db, 'notifications', NOTIFICATION, step.notifications)
  }
}
