// Every SQL statement the compiled reports read besides the units' reports: the registrations of a subtree under a
// plan's family, the awards of the registry in a period or a range of years (cancelled ones left out, Luật TĐKT
// 2022 Điều 93), the initiatives recognised in the histories, and the plans the subtree issued with their cascade.
// Reads only; each query is scoped by the compiling level's path.
import type { Db } from '../../db/client.ts'
import type { RegistrationTarget } from '../../../shared/registrations.ts'
import type { SubjectKind } from '../../../rules/index.ts'

/** The awarded subject's unit: the person's or the household's unit, or the collective itself (as the registry scopes it). */
const AWARDS_IN_SCOPE = `FROM award_records r
  LEFT JOIN people p ON p.province_id = r.province_id AND p.id = r.person_id
  LEFT JOIN households h ON h.province_id = r.province_id AND h.id = r.household_id
  JOIN organizations u ON u.province_id = r.province_id AND u.id = coalesce(p.organization_id, h.organization_id, r.collective_id)
  WHERE r.province_id = $1 AND u.path LIKE $2 || '%' AND r.revoked_on IS NULL`

export interface ApprovedRegistration {
  organizationId: string
  targets: RegistrationTarget[]
}

/** Approved registrations of the units strictly below the level, under any plan of the family (a level's own totals left out). */
export async function listApprovedRegistrations(db: Db, provinceId: string, levelPath: string, campaignIds: readonly string[]): Promise<ApprovedRegistration[]> {
  if (campaignIds.length === 0) return []
  return db.query<ApprovedRegistration>(
    `SELECT r.organization_id AS "organizationId", r.targets FROM registrations r
       JOIN organizations o ON o.province_id = r.province_id AND o.id = r.organization_id
      WHERE r.province_id = $1 AND o.path LIKE $2 || '%' AND o.path <> $2 AND r.campaign_id = ANY($3::uuid[])
        AND r.status = 'approved' AND NOT r.consolidated`,
    [provinceId, levelPath, [...campaignIds]],
  )
}

export interface AwardCount {
  code: string | null
  name: string
  subjectKind: SubjectKind
  count: number
}

/**
 * Awards in the subtree for a period: those recorded under a plan of the family (decided no later than the
 * period's end), and those decided within the period. A row without a decision date counts on 31/12 of its year.
 */
export async function countAwardsInPeriod(
  db: Db, provinceId: string, scopePath: string, p: { campaignIds: readonly string[]; from: string | null; to: string },
): Promise<AwardCount[]> {
  return db.query<AwardCount>(
    `SELECT r.code, r.name, r.subject_kind AS "subjectKind", count(*)::int AS count ${AWARDS_IN_SCOPE}
        AND ((r.campaign_id = ANY($3::uuid[]) AND coalesce(r.decision_date, make_date(r.year, 12, 31)) <= $5::date)
          OR ($4::date IS NOT NULL AND coalesce(r.decision_date, make_date(r.year, 12, 31)) BETWEEN $4::date AND $5::date))
      GROUP BY r.code, r.name, r.subject_kind`,
    [provinceId, scopePath, [...p.campaignIds], p.from, p.to],
  )
}

export interface YearAwardCount extends AwardCount {
  year: number
  /** Of the individuals: women (people.sex = 'nu') and direct workers (people.direct_worker). */
  women: number
  directWorkers: number
}

/** Awards in the subtree per year (the year the achievement refers to), form and kind of subject. */
export async function countAwardsByYear(db: Db, provinceId: string, scopePath: string, yearFrom: number, yearTo: number): Promise<YearAwardCount[]> {
  return db.query<YearAwardCount>(
    `SELECT r.year, r.code, r.name, r.subject_kind AS "subjectKind", count(*)::int AS count,
            count(*) FILTER (WHERE p.sex = 'nu')::int AS women, count(*) FILTER (WHERE p.direct_worker)::int AS "directWorkers"
       ${AWARDS_IN_SCOPE} AND r.year BETWEEN $3 AND $4
      GROUP BY r.year, r.code, r.name, r.subject_kind`,
    [provinceId, scopePath, yearFrom, yearTo],
  )
}

export interface RecognisedInitiative {
  title: string
  subjectName: string
  level: string
  recognisedOn: string
}

/** Initiatives (sáng kiến, đề tài) recognised in the histories of the subtree's people, collectives and households in a period. */
export async function listRecognisedInitiatives(db: Db, provinceId: string, scopePath: string, from: string | null, to: string): Promise<RecognisedInitiative[]> {
  return db.query<RecognisedInitiative>(
    `SELECT i.title, coalesce(p.full_name, c.name, h.head_name) AS "subjectName", i.level, i.recognised_on AS "recognisedOn"
       FROM history_initiatives i
       LEFT JOIN people p ON p.province_id = i.province_id AND p.id = i.person_id
       LEFT JOIN households h ON h.province_id = i.province_id AND h.id = i.household_id
       LEFT JOIN organizations c ON c.province_id = i.province_id AND c.id = i.collective_id
       JOIN organizations u ON u.province_id = i.province_id AND u.id = coalesce(p.organization_id, h.organization_id, i.collective_id)
      WHERE i.province_id = $1 AND u.path LIKE $2 || '%' AND ($3::date IS NULL OR i.recognised_on >= $3::date) AND i.recognised_on <= $4::date
      ORDER BY i.recognised_on, i.title`,
    [provinceId, scopePath, from, to],
  )
}

export interface IssuedCampaign {
  id: string
  title: string
  number: number | null
  symbol: string
  track: 'state' | 'party'
  issuedOn: string
  status: string
  issuerName: string
  /** Organizations it was addressed to, and how many of them issued a plan answering it. */
  addressed: number
  answered: number
}

/** Plans issued by the subtree in a range of years, with the answers of their addressees (the cascade). */
export async function listIssuedCampaigns(db: Db, provinceId: string, scopePath: string, yearFrom: number, yearTo: number): Promise<IssuedCampaign[]> {
  return db.query<IssuedCampaign>(
    `SELECT c.id, c.title, c.number, c.symbol, c.track, c.issued_on AS "issuedOn", c.status, o.name AS "issuerName",
            (SELECT count(*)::int FROM campaign_addressees a WHERE a.province_id = c.province_id AND a.campaign_id = c.id) AS addressed,
            (SELECT count(DISTINCT a.organization_id)::int FROM campaign_addressees a
               JOIN campaign_parents l ON l.province_id = a.province_id AND l.parent_id = c.id
               JOIN campaigns ans ON ans.province_id = l.province_id AND ans.id = l.campaign_id AND ans.issuer_id = a.organization_id AND ans.status <> 'draft'
              WHERE a.province_id = c.province_id AND a.campaign_id = c.id) AS answered
       FROM campaigns c JOIN organizations o ON o.province_id = c.province_id AND o.id = c.issuer_id
      WHERE c.province_id = $1 AND o.path LIKE $2 || '%' AND c.status <> 'draft' AND c.issued_on IS NOT NULL
        AND extract(year FROM c.issued_on)::int BETWEEN $3 AND $4
      ORDER BY c.issued_on, c.title`,
    [provinceId, scopePath, yearFrom, yearTo],
  )
}
