// Eligibility of every candidate of the province for one title (Lao động tiên tiến) through the "who is
// eligible" use case (subjects and histories read in batches of id ranges, judged on the judging threads), against a bare SQL
// pass that reads the same rows (the subjects and every history table the engine reads for individuals)
// and does nothing with them. Medians of repeated runs.
import { randomUUID } from 'node:crypto'
import type { Db } from '../src/server/db/client.ts'
import type { Actor } from '../src/server/auth/policy.ts'
import { eligibleQuery } from '../src/server/modules/eligibility/eligibility.schemas.ts'
import { listEligible, type EligibleList } from '../src/server/modules/eligibility/list-eligible.ts'
import { percentile } from './stats.ts'

export interface EligibilityThroughput {
  candidates: number
  counts: EligibleList['counts']
  /** Candidates whose stored history the engine refused (should be 0 on generated data). */
  problems: number
  appMs: number
  bareMs: number
  bareRows: number
  checksPerSecond: number
  ratio: number
}

const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50)

/** Reads the rows the eligible list reads for the individuals of a subtree, with plain SQL. */
async function bareRead(db: Db, provinceId: string, scopePath: string): Promise<number> {
  const inScope = (table: string, columns: string) =>
    `SELECT ${columns} FROM ${table} t JOIN people p ON p.province_id = t.province_id AND p.id = t.person_id
       JOIN organizations o ON o.province_id = p.province_id AND o.id = p.organization_id
      WHERE t.province_id = $1 AND o.path LIKE $2 || '%'`
  const results = await Promise.all([
    db.query(`SELECT p.id, p.full_name, p.sort_key, p.birth_date, p.recruited_on, p.category, o.kind, o.name FROM people p JOIN organizations o ON o.province_id = p.province_id AND o.id = p.organization_id WHERE p.province_id = $1 AND o.path LIKE $2 || '%'`, [provinceId, scopePath]),
    db.query(inScope('award_records', 't.id, t.subject_id, t.code, t.year, t.kind, t.track, t.decision_date, t.decision_number, t.level'), [provinceId, scopePath]),
    db.query(inScope('history_ratings', 't.id, t.subject_id, t.year, t.rating, t.track'), [provinceId, scopePath]),
    db.query(inScope('history_assessments', 't.id, t.subject_id, t.year, t.key, t.met, t.note'), [provinceId, scopePath]),
    db.query(inScope('history_initiatives', 't.id, t.subject_id, t.title, t.type, t.level, t.recognised_on, t.applied_effectively, t.used_for'), [provinceId, scopePath]),
    db.query(inScope('history_achievements', 't.id, t.subject_id, t.description, t.kind, t.level, t.achieved_on, t.used_for'), [provinceId, scopePath]),
    db.query(inScope('history_discipline', 't.id, t.subject_id, t.form, t.track, t.start_date, t.end_date, t.decision_number'), [provinceId, scopePath]),
    db.query(inScope('history_proceedings', 't.id, t.subject_id, t.kind, t.start_date, t.end_date, t.note'), [provinceId, scopePath]),
  ])
  return results.reduce((n, rows) => n + rows.length, 0)
}

export async function eligibilityThroughput(db: Db, actor: Actor, scope: { organizationId: string; path: string }, options: { runs: number; date: string }): Promise<EligibilityThroughput> {
  const query = eligibleQuery.parse({ organizationId: scope.organizationId, target: 'LDTT', date: options.date, pageSize: 1000 })
  const ctx = { db, actor, requestId: randomUUID() }
  let list = await listEligible(ctx, query) // warm-up
  const problems = (await listEligible(ctx, { ...query, verdict: 'unknown' })).items.filter((i) => i.problems.length > 0).length
  let bareRows = await bareRead(db, actor.provinceId, scope.path)
  const app: number[] = []
  const bare: number[] = []
  for (let r = 0; r < options.runs; r++) {
    let start = performance.now()
    list = await listEligible(ctx, query)
    app.push(performance.now() - start)
    start = performance.now()
    bareRows = await bareRead(db, actor.provinceId, scope.path)
    bare.push(performance.now() - start)
  }
  const appMs = median(app)
  const bareMs = median(bare)
  return { candidates: list.counts.total, counts: list.counts, problems, appMs, bareMs, bareRows, checksPerSecond: list.counts.total / (appMs / 1000), ratio: appMs / bareMs }
}
