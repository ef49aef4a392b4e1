// The SQL behind "Việc sắp đến hạn" (what is due for an account). Each query is scoped to the account: its
// own organization (or subtree, as said on each), its own council seat. Pure shaping is in due-items.ts.
import type { Db } from '../../db/client.ts'
import type { PlanContent } from '../../../shared/campaign-plan.ts'
import type { RegistrationStatus } from '../../../shared/registrations.ts'
import type { CatalogueCode } from '../../../rules/index.ts'

export interface OpenRegistrationRow {
  campaignId: string
  campaignTitle: string
  content: PlanContent
  /** The unit's own registration for it that is not sent (draft or returned), if any. */
  registrationId: string | null
  registrationStatus: RegistrationStatus | null
}

/**
 * Plans in force addressed to the unit for which it has not sent a registration (submitted or approved) —
 * for the plan itself, a plan it implements or a plan implementing it (the cascade registers under either).
 */
export async function listOpenRegistrations(db: Db, provinceId: string, organizationId: string): Promise<OpenRegistrationRow[]> {
  return db.query<OpenRegistrationRow>(
    `SELECT c.id AS "campaignId", c.title AS "campaignTitle", c.content,
            own.id AS "registrationId", own.status AS "registrationStatus"
       FROM campaigns c
       JOIN campaign_addressees a ON a.province_id = c.province_id AND a.campaign_id = c.id AND a.organization_id = $2
       LEFT JOIN registrations own ON own.province_id = c.province_id AND own.campaign_id = c.id AND own.organization_id = $2
      WHERE c.province_id = $1 AND c.status IN ('issued', 'running', 'reviewed')
        AND NOT EXISTS (
          SELECT 1 FROM registrations r
           WHERE r.province_id = c.province_id AND r.organization_id = $2 AND r.status IN ('submitted', 'approved')
             AND (r.campaign_id = c.id
                  OR r.campaign_id IN (SELECT p.parent_id FROM campaign_parents p WHERE p.province_id = c.province_id AND p.campaign_id = c.id)
                  OR r.campaign_id IN (SELECT p.campaign_id FROM campaign_parents p WHERE p.province_id = c.province_id AND p.parent_id = c.id)))
      ORDER BY c.created_at`,
    [provinceId, organizationId],
  )
}

export interface NominationToCheckRow {
  id: string
  subjectName: string
  target: CatalogueCode
  nominatingOrganizationName: string
  submittedOn: string | null
}

/**
 * Submitted nominations the officer's level checks (law.md §4.1–4.2, as the council's agenda takes them):
 * the nominating unit lies in the level's subtree, the deciding organization is the level or above it, and no
 * nearer level with an officer lies between them (that level checks first).
 */
export async function listNominationsToCheck(db: Db, provinceId: string, organizationPath: string, limit: number): Promise<{ items: NominationToCheckRow[]; total: number }> {
  const where = `n.province_id = $1 AND n.status = 'submitted' AND nu.path LIKE $2 || '%' AND $2 LIKE dec.path || '%'
    AND NOT EXISTS (
      SELECT 1 FROM accounts x JOIN organizations xo ON xo.province_id = x.province_id AND xo.id = x.organization_id
       WHERE x.province_id = n.province_id AND x.role = 'officer' AND NOT x.disabled
         AND xo.path LIKE $2 || '_%' AND nu.path LIKE xo.path || '%')`
  const from = `FROM nominations n
    JOIN organizations nu ON nu.province_id = n.province_id AND nu.id = n.nominating_organization_id
    JOIN organizations dec ON dec.province_id = n.province_id AND dec.id = n.deciding_organization_id`
  const [items, count] = await Promise.all([
    db.query<NominationToCheckRow>(
      `SELECT n.id, n.subject_name AS "subjectName", n.target, nu.name AS "nominatingOrganizationName", n.submitted_on AS "submittedOn"
         ${from} WHERE ${where} ORDER BY n.submitted_on NULLS LAST, n.subject_name_folded, n.id LIMIT $3`,
      [provinceId, organizationPath, limit],
    ),
    db.query<{ total: number }>(`SELECT count(*)::int AS total ${from} WHERE ${where}`, [provinceId, organizationPath]),
  ])
  return { items, total: count[0]?.total ?? 0 }
}

export interface SessionToVoteRow {
  sessionId: string
  title: string
  councilName: string
  meetsOn: string
  /** Items the member may vote on and has no receipt for (only that a receipt exists — never a choice). */
  pending: number
}

/** Sessions now voting where the account holds an active seat, is marked present and still has items to vote on. */
export async function listSessionsToVote(db: Db, provinceId: string, accountId: string): Promise<SessionToVoteRow[]> {
  return db.query<SessionToVoteRow>(
    `SELECT s.id AS "sessionId", s.title, c.name AS "councilName", s.meets_on AS "meetsOn", count(i.id)::int AS pending
       FROM council_members m
       JOIN councils c ON c.province_id = m.province_id AND c.id = m.council_id
       JOIN council_sessions s ON s.province_id = m.province_id AND s.council_id = m.council_id AND s.status = 'open'
       JOIN council_attendance att ON att.province_id = s.province_id AND att.session_id = s.id AND att.member_id = m.id AND att.present
       JOIN council_items i ON i.province_id = s.province_id AND i.session_id = s.id
      WHERE m.province_id = $1 AND m.account_id = $2 AND m.active
        AND NOT EXISTS (SELECT 1 FROM ballot_receipts b WHERE b.province_id = i.province_id AND b.item_id = i.id AND b.member_id = m.id)
        AND NOT EXISTS (SELECT 1 FROM council_recusals r WHERE r.province_id = i.province_id AND r.item_id = i.id AND r.member_id = m.id)
      GROUP BY s.id, s.title, c.name, s.meets_on
      ORDER BY s.meets_on, s.id`,
    [provinceId, accountId],
  )
}

export interface UnresolvedCommentsRow {
  postingId: string
  title: string
  endsOn: string
  unresolved: number
  oldestAt: string
}

/** The organization's own postings (not withdrawn) with public comments not yet resolved. */
export async function listUnresolvedComments(db: Db, provinceId: string, organizationId: string): Promise<UnresolvedCommentsRow[]> {
  return db.query<UnresolvedCommentsRow>(
    `SELECT p.id AS "postingId", p.title, p.ends_on AS "endsOn", count(*)::int AS unresolved, min(k.created_at) AS "oldestAt"
       FROM public_postings p
       JOIN public_comments k ON k.province_id = p.province_id AND k.posting_id = p.id AND k.resolved_at IS NULL
      WHERE p.province_id = $1 AND p.organization_id = $2 AND p.withdrawn_at IS NULL
      GROUP BY p.id, p.title, p.ends_on
      ORDER BY p.ends_on, p.id`,
    [provinceId, organizationId],
  )
}

export interface DraftDecisionRow {
  id: string
  title: string
  decisionDate: string
  lines: number
}

/** Draft award decisions of the signer's own organization, waiting to be issued. */
export async function listDraftDecisions(db: Db, provinceId: string, organizationId: string): Promise<DraftDecisionRow[]> {
  return db.query<DraftDecisionRow>(
    `SELECT d.id, d.title, d.decision_date AS "decisionDate",
            (SELECT count(*)::int FROM award_decision_items i WHERE i.province_id = d.province_id AND i.decision_id = d.id) AS lines
       FROM award_decisions d
      WHERE d.province_id = $1 AND d.organization_id = $2 AND d.status = 'draft'
      ORDER BY d.decision_date, d.id`,
    [provinceId, organizationId],
  )
}
