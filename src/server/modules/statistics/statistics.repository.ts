// Every SQL statement of the dashboards: aggregates over the award registry, the campaign cascade, the
// registrations, nominations and progress reports of an organization's subtree, and the province's statistics
// settings.
// Each figure is counted by the database (count … FILTER, GROUP BY); nothing loads rows to count them.
import type { Db } from '../../db/client.ts'
import type { PlanContent } from '../../../shared/campaign-plan.ts'
import type { PeriodKind } from '../../../shared/reports-periods.ts'
import type { AwardLevelKey, AwardTrackKey, SubjectKindKey } from '../../../shared/statistics.ts'

/** What one dashboard reads: the subtree (path of the chosen unit) and the years of achievement. */
export interface Scope {
  provinceId: string
  path: string
  fromYear: number
  toYear: number
}

/** Registry rows of the subtree in the years, cancelled ones left out (Luật TĐKT 2022, Điều 93). Parameters $1–$4. */
export const AWARDS_IN_SCOPE = `FROM award_records r
  LEFT JOIN people p ON p.province_id = r.province_id AND p.id = r.person_id
  LEFT JOIN households h ON h.province_id = r.province_id AND h.id = r.household_id
  JOIN organizations u ON u.province_id = r.province_id AND u.id = coalesce(p.organization_id, h.organization_id, r.collective_id)
  WHERE r.province_id = $1 AND u.path LIKE $2 || '%' AND r.year BETWEEN $3 AND $4 AND r.revoked_on IS NULL`

const scopeParams = (s: Scope) => [s.provinceId, s.path, s.fromYear, s.toYear]

const BY_SUBJECT = `count(*) FILTER (WHERE r.subject_kind = 'individual')::int AS individual,
  count(*) FILTER (WHERE r.subject_kind = 'collective')::int AS collective,
  count(*) FILTER (WHERE r.subject_kind = 'household')::int AS household`

export interface FormRow extends Record<SubjectKindKey, number> {
  code: string | null
  name: string | null
  total: number
}

/** Awards per title or form (catalogue code; the name as written outside the catalogue), with the split by target group. */
export async function countAwardsByForm(db: Db, s: Scope): Promise<FormRow[]> {
  return db.query<FormRow>(
    `SELECT r.code, CASE WHEN r.code IS NULL THEN r.name END AS name, count(*)::int AS total, ${BY_SUBJECT}
       ${AWARDS_IN_SCOPE}
      GROUP BY 1, 2 ORDER BY total DESC, 1, 2`,
    scopeParams(s),
  )
}

export async function countAwardsByLevel(db: Db, s: Scope): Promise<{ level: AwardLevelKey | null; track: AwardTrackKey; count: number }[]> {
  return db.query(`SELECT r.level, r.track, count(*)::int AS count ${AWARDS_IN_SCOPE} GROUP BY r.level, r.track ORDER BY r.level, r.track`, scopeParams(s))
}

export interface YearRow extends Record<SubjectKindKey, number> {
  /** null on the row of the whole period. */
  year: number | null
  total: number
  directWorkers: number
  women: number
  smallCollectives: number
}

/**
 * Per year and for the whole period (year null): awards by target group, and the numerators of the shares —
 * individuals who are direct workers, women, and collectives of the small-collective kinds ($5).
 */
export async function countAwardsByYear(db: Db, s: Scope, smallCollectiveKinds: readonly string[]): Promise<YearRow[]> {
  return db.query<YearRow>(
    `SELECT r.year, count(*)::int AS total, ${BY_SUBJECT},
            count(*) FILTER (WHERE r.subject_kind = 'individual' AND p.direct_worker)::int AS "directWorkers",
            count(*) FILTER (WHERE r.subject_kind = 'individual' AND p.sex = 'nu')::int AS women,
            count(*) FILTER (WHERE r.subject_kind = 'collective' AND u.kind = ANY($5::text[]))::int AS "smallCollectives"
       ${AWARDS_IN_SCOPE}
      GROUP BY GROUPING SETS ((r.year), ())
      ORDER BY r.year NULLS LAST`,
    [...scopeParams(s), smallCollectiveKinds],
  )
}

// ── the cascade of plans ────────────────────────────────────────────────────────────────────────────

/** The dates a plan's deadlines hang on. */
export type PlanDates = Pick<PlanContent, 'deadlines' | 'events' | 'phases'>

export interface PlanAnswers {
  id: string
  title: string
  number: number | null
  symbol: string
  track: 'state' | 'party'
  year: number
  issuerName: string
  content: PlanDates
  /** Addressees counted (see the callers), those with an issued answering plan, and those with only a draft one. */
  addressed: number
  answered: number
  drafts: number
}

const PLAN_ANSWERS = `SELECT c.id, c.title, c.number, c.symbol, c.track, c.year, o.name AS "issuerName",
    jsonb_build_object('deadlines', c.content->'deadlines', 'events', c.content->'events', 'phases', c.content->'phases') AS content,
    count(a.organization_id)::int AS addressed,
    count(a.organization_id) FILTER (WHERE ans.issued)::int AS answered,
    count(a.organization_id) FILTER (WHERE NOT ans.issued AND ans.drafted)::int AS drafts
  FROM campaigns c
  JOIN organizations o ON o.province_id = c.province_id AND o.id = c.issuer_id
  LEFT JOIN (campaign_addressees a JOIN organizations ao ON ao.province_id = a.province_id AND ao.id = a.organization_id)
    ON a.province_id = c.province_id AND a.campaign_id = c.id AND (o.path LIKE $2 || '%' OR ao.path LIKE $2 || '%')
  LEFT JOIN LATERAL (
    SELECT coalesce(bool_or(x.status <> 'draft'), false) AS issued, coalesce(bool_or(x.status = 'draft'), false) AS drafted
      FROM campaign_parents l JOIN campaigns x ON x.province_id = l.province_id AND x.id = l.campaign_id
     WHERE l.province_id = c.province_id AND l.parent_id = c.id AND x.issuer_id = a.organization_id
  ) ans ON true`

/**
 * The issued plans (amendments left out) of the subtree's issuers in the years, each with its addressees'
 * answers counted (the issuer manages the plan: every addressee counts).
 */
export async function countPlanAnswers(db: Db, s: Scope): Promise<PlanAnswers[]> {
  return db.query<PlanAnswers>(
    `${PLAN_ANSWERS}
      WHERE c.province_id = $1 AND o.path LIKE $2 || '%' AND c.status <> 'draft' AND c.amends_id IS NULL AND c.year BETWEEN $3 AND $4
      GROUP BY c.province_id, c.id, o.province_id, o.id
      ORDER BY c.issued_on DESC, c.id`,
    scopeParams(s),
  )
}

/**
 * Plans in force the subtree sees — issued inside it, or addressed to a unit in it (a commune sees the
 * provincial plan addressed to it) — with the answers of the addressees it may see (all of them when the
 * plan is its own, else those in the subtree).
 */
export async function countVisiblePlanAnswers(db: Db, provinceId: string, path: string): Promise<PlanAnswers[]> {
  return db.query<PlanAnswers>(
    `${PLAN_ANSWERS}
      WHERE c.province_id = $1 AND c.status IN ('issued', 'running', 'reviewed')
        AND (o.path LIKE $2 || '%' OR EXISTS (
          SELECT 1 FROM campaign_addressees va JOIN organizations vo ON vo.province_id = va.province_id AND vo.id = va.organization_id
           WHERE va.province_id = c.province_id AND va.campaign_id = c.id AND vo.path LIKE $2 || '%'))
      GROUP BY c.province_id, c.id, o.province_id, o.id
      ORDER BY c.issued_on DESC, c.id`,
    [provinceId, path],
  )
}

/** Each plan ($2) with every plan implementing it, level by level (the cascade; at most 8 levels deep). */
const CASCADE = `WITH RECURSIVE tree(root_id, plan_id, depth) AS (
    SELECT root, root, 1 FROM unnest($2::uuid[]) AS roots(root)
    UNION
    SELECT t.root_id, l.campaign_id, t.depth + 1 FROM tree t JOIN campaign_parents l ON l.province_id = $1 AND l.parent_id = t.plan_id WHERE t.depth < 8
  ), plans AS (SELECT DISTINCT root_id, plan_id FROM tree)`

/** Per plan of CASCADE: the units its plans address in the subtree ($3), the subtree's own unit left out. */
const CASCADE_ADDRESSED = `addressed AS (
    SELECT DISTINCT pl.root_id, a.organization_id FROM plans pl
      JOIN campaign_addressees a ON a.province_id = $1 AND a.campaign_id = pl.plan_id
      JOIN organizations ao ON ao.province_id = a.province_id AND ao.id = a.organization_id
     WHERE ao.path LIKE $3 || '%' AND ao.path <> $3
  )`

/**
 * Per plan: the units of its cascade in the subtree ($3, the subtree's own unit left out) that the plans
 * address, and how many of them sent a registration for any plan of the cascade (submitted or approved) —
 * as "Đơn vị chưa đăng ký" counts them.
 */
export async function countCascadeRegistrations(db: Db, provinceId: string, planIds: readonly string[], path: string): Promise<{ campaignId: string; addressed: number; registered: number }[]> {
  if (planIds.length === 0) return []
  return db.query(
    `${CASCADE}, ${CASCADE_ADDRESSED}
     SELECT d.root_id AS "campaignId", count(*)::int AS addressed,
            count(*) FILTER (WHERE EXISTS (
              SELECT 1 FROM registrations g JOIN plans pl ON pl.root_id = d.root_id AND pl.plan_id = g.campaign_id
               WHERE g.province_id = $1 AND g.organization_id = d.organization_id AND g.status IN ('submitted', 'approved')))::int AS registered
       FROM addressed d GROUP BY d.root_id`,
    [provinceId, planIds, path],
  )
}

/** A reporting period of a plan: a phase closed by its review (sơ kết / tổng kết). */
export interface PlanPeriod {
  campaignId: string
  periodId: string
  kind: PeriodKind
}

/**
 * Per plan and reporting period: the units of the plan's cascade in the subtree ($3, the subtree's own unit
 * left out) that its plans address, and how many of them sent a progress report answering the period
 * (submitted or accepted) — under the plan itself for the same period, or under a plan of its cascade for the
 * same kind of review (shared/reports-periods.ts answersPeriod) — as "Chưa nộp báo cáo" counts them.
 */
export async function countCascadeReports(db: Db, provinceId: string, periods: readonly PlanPeriod[], path: string): Promise<(PlanPeriod & { addressed: number; reported: number })[]> {
  if (periods.length === 0) return []
  return db.query(
    `${CASCADE}, ${CASCADE_ADDRESSED},
     periods AS (SELECT * FROM unnest($4::uuid[], $5::text[], $6::text[]) AS p(campaign_id, period_id, kind))
     SELECT p.campaign_id AS "campaignId", p.period_id AS "periodId", p.kind, count(d.organization_id)::int AS addressed,
            count(d.organization_id) FILTER (WHERE EXISTS (
              SELECT 1 FROM progress_reports r JOIN plans pl ON pl.root_id = p.campaign_id AND pl.plan_id = r.campaign_id
               WHERE r.province_id = $1 AND r.organization_id = d.organization_id AND r.status IN ('submitted', 'accepted')
                 AND CASE WHEN r.campaign_id = p.campaign_id THEN r.period_id = p.period_id ELSE r.period_kind = p.kind END))::int AS reported
       FROM periods p LEFT JOIN addressed d ON d.root_id = p.campaign_id
      GROUP BY p.campaign_id, p.period_id, p.kind`,
    [provinceId, [...new Set(periods.map((p) => p.campaignId))], path, periods.map((p) => p.campaignId), periods.map((p) => p.periodId), periods.map((p) => p.kind)],
  )
}

/** Per plan: nominations of the cascade by units of the subtree not yet sent (draft, returned) and sent. */
export async function countCascadeNominations(db: Db, provinceId: string, planIds: readonly string[], path: string): Promise<{ campaignId: string; pending: number; sent: number }[]> {
  if (planIds.length === 0) return []
  return db.query(
    `${CASCADE}
     SELECT pl.root_id AS "campaignId",
            count(*) FILTER (WHERE n.status IN ('draft', 'returned'))::int AS pending,
            count(*) FILTER (WHERE n.status NOT IN ('draft', 'returned'))::int AS sent
       FROM plans pl
       JOIN nominations n ON n.province_id = $1 AND n.campaign_id = pl.plan_id
       JOIN organizations no ON no.province_id = n.province_id AND no.id = n.nominating_organization_id
      WHERE no.path LIKE $3 || '%'
      GROUP BY pl.root_id`,
    [provinceId, planIds, path],
  )
}

/**
 * Per year: the units directly under the organization ($2) in force that year, and how many of them sent a
 * registration for the year's own emulation (submitted or approved).
 */
export async function countYearRegistrations(db: Db, provinceId: string, organizationId: string, fromYear: number, toYear: number): Promise<{ year: number; addressed: number; registered: number }[]> {
  return db.query(
    `SELECT y.year::int AS year, count(o.id)::int AS addressed,
            count(o.id) FILTER (WHERE EXISTS (
              SELECT 1 FROM registrations g
               WHERE g.province_id = o.province_id AND g.organization_id = o.id AND g.campaign_id IS NULL AND g.year = y.year
                 AND g.status IN ('submitted', 'approved')))::int AS registered
       FROM generate_series($3::int, $4::int) AS y(year)
       LEFT JOIN organizations o ON o.province_id = $1 AND o.parent_id = $2
        AND (o.valid_from IS NULL OR o.valid_from <= make_date(y.year, 12, 31))
        AND (o.valid_to IS NULL OR o.valid_to >= make_date(y.year, 1, 1))
      GROUP BY y.year ORDER BY y.year`,
    [provinceId, organizationId, fromYear, toYear],
  )
}
