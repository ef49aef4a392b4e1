// Every SQL statement about public postings (công khai), their items and the public's comments (góp ý),
// and the closed council sessions a posting may be made from.
import type { Db } from '../../db/client.ts'
import type { CatalogueCode, CommendationKind, SubjectKind } from '../../../rules/index.ts'
import type { NominationStatus } from '../../../shared/nomination-lifecycle.ts'

export interface PostingRecord {
  id: string
  organizationId: string
  organizationName: string
  organizationPath: string
  sessionId: string | null
  title: string
  startsOn: string
  endsOn: string
  withdrawnAt: string | null
  version: number
  createdByName: string
  createdAt: string
  itemCount: number
  commentCount: number
  unresolvedCount: number
}

const POSTING_COLUMNS = `p.id, p.organization_id AS "organizationId", o.name AS "organizationName", o.path AS "organizationPath",
  p.session_id AS "sessionId", p.title, p.starts_on AS "startsOn", p.ends_on AS "endsOn", p.withdrawn_at AS "withdrawnAt", p.version,
  a.display_name AS "createdByName", p.created_at AS "createdAt",
  (SELECT count(*)::int FROM public_posting_items i WHERE i.province_id = p.province_id AND i.posting_id = p.id) AS "itemCount",
  (SELECT count(*)::int FROM public_comments c WHERE c.province_id = p.province_id AND c.posting_id = p.id) AS "commentCount",
  (SELECT count(*)::int FROM public_comments c WHERE c.province_id = p.province_id AND c.posting_id = p.id AND c.resolved_at IS NULL) AS "unresolvedCount"`

const FROM_POSTINGS = `FROM public_postings p
  JOIN organizations o ON o.province_id = p.province_id AND o.id = p.organization_id
  JOIN accounts a ON a.province_id = p.province_id AND a.id = p.created_by`

export async function findPosting(db: Db, provinceId: string, id: string): Promise<PostingRecord | undefined> {
  const rows = await db.query<PostingRecord>(`SELECT ${POSTING_COLUMNS} ${FROM_POSTINGS} WHERE p.province_id = $1 AND p.id = $2`, [provinceId, id])
  return rows[0]
}

/** For the public page: a posting id is unique across provinces. */
export async function findPostingById(db: Db, id: string): Promise<(PostingRecord & { provinceId: string }) | undefined> {
  const rows = await db.query<PostingRecord & { provinceId: string }>(`SELECT p.province_id AS "provinceId", ${POSTING_COLUMNS} ${FROM_POSTINGS} WHERE p.id = $1`, [id])
  return rows[0]
}

export async function searchPostings(db: Db, provinceId: string, f: { scopePath: string; withdrawn: boolean; limit: number; offset: number }): Promise<{ items: PostingRecord[]; total: number }> {
  const where = `p.province_id = $1 AND o.path LIKE $2 || '%' AND ($3::boolean OR p.withdrawn_at IS NULL)`
  const params = [provinceId, f.scopePath, f.withdrawn]
  const items = await db.query<PostingRecord>(`SELECT ${POSTING_COLUMNS} ${FROM_POSTINGS} WHERE ${where} ORDER BY p.starts_on DESC, p.created_at DESC, p.id LIMIT $4 OFFSET $5`, [...params, f.limit, f.offset])
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n ${FROM_POSTINGS} WHERE ${where}`, params)
  return { items, total: total[0]!.n }
}

export interface PostingItemRecord {
  position: number
  nominationId: string
  subjectKind: SubjectKind
  subjectName: string
  target: CatalogueCode
  kind: CommendationKind
  achievement: string
  status: NominationStatus
  nominatingOrganizationName: string
  personPosition: string | null
  subjectOrganizationName: string
  householdAddress: string | null
  collectiveParentName: string | null
  unresolvedCount: number
}

export async function findPostingItems(db: Db, provinceId: string, postingId: string): Promise<PostingItemRecord[]> {
  return db.query<PostingItemRecord>(
    `SELECT i.position, n.id AS "nominationId", n.subject_kind AS "subjectKind", n.subject_name AS "subjectName", n.target, n.kind,
            n.achievement, n.status, nu.name AS "nominatingOrganizationName", pe.position AS "personPosition",
            so.name AS "subjectOrganizationName", h.address AS "householdAddress",
            CASE WHEN n.subject_kind = 'collective' THEN cp.name END AS "collectiveParentName",
            (SELECT count(*)::int FROM public_comments c WHERE c.province_id = i.province_id AND c.posting_id = i.posting_id
                AND c.nomination_id = n.id AND c.resolved_at IS NULL) AS "unresolvedCount"
       FROM public_posting_items i
       JOIN nominations n ON n.province_id = i.province_id AND n.id = i.nomination_id
       JOIN organizations nu ON nu.province_id = n.province_id AND nu.id = n.nominating_organization_id
       LEFT JOIN people pe ON pe.province_id = n.province_id AND pe.id = n.person_id
       LEFT JOIN households h ON h.province_id = n.province_id AND h.id = n.household_id
       JOIN organizations so ON so.province_id = n.province_id AND so.id = coalesce(pe.organization_id, h.organization_id, n.collective_id)
       LEFT JOIN organizations cp ON cp.province_id = so.province_id AND cp.id = so.parent_id
      WHERE i.province_id = $1 AND i.posting_id = $2
      ORDER BY i.position`,
    [provinceId, postingId],
  )
}

export interface CommentRecord {
  id: string
  nominationId: string | null
  authorName: string
  authorContact: string | null
  content: string
  createdAt: string
  resolution: string | null
  resolvedByName: string | null
  resolvedAt: string | null
}

export async function findComments(db: Db, provinceId: string, postingId: string): Promise<CommentRecord[]> {
  return db.query<CommentRecord>(
    `SELECT c.id, c.nomination_id AS "nominationId", c.author_name AS "authorName", c.author_contact AS "authorContact", c.content,
            c.created_at AS "createdAt", c.resolution, r.display_name AS "resolvedByName", c.resolved_at AS "resolvedAt"
       FROM public_comments c
       LEFT JOIN accounts r ON r.province_id = c.province_id AND r.id = c.resolved_by
      WHERE c.province_id = $1 AND c.posting_id = $2
      ORDER BY c.resolved_at IS NOT NULL, c.created_at, c.id`,
    [provinceId, postingId],
  )
}

export async function findComment(db: Db, provinceId: string, postingId: string, id: string): Promise<CommentRecord | undefined> {
  return (await findComments(db, provinceId, postingId)).find((c) => c.id === id)
}

export async function insertPosting(
  db: Db, provinceId: string,
  p: { id: string; organizationId: string; sessionId: string | null; title: string; startsOn: string; endsOn: string; createdBy: string; nominationIds: readonly string[] },
): Promise<void> {
  await db.query(
    `INSERT INTO public_postings (province_id, id, organization_id, session_id, title, starts_on, ends_on, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [provinceId, p.id, p.organizationId, p.sessionId, p.title, p.startsOn, p.endsOn, p.createdBy],
  )
  await db.query(
    `INSERT INTO public_posting_items (province_id, posting_id, nomination_id, position)
     SELECT $1, $2, n.id, n.position::int FROM unnest($3::uuid[]) WITH ORDINALITY AS n(id, position)`,
    [provinceId, p.id, p.nominationIds],
  )
}

/** Marks the posting withdrawn when it still has the version read; false when it does not (or is withdrawn already). */
export async function markWithdrawn(db: Db, provinceId: string, id: string, version: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE public_postings SET withdrawn_at = now(), version = version + 1 WHERE province_id = $1 AND id = $2 AND version = $3 AND withdrawn_at IS NULL RETURNING id`,
    [provinceId, id, version],
  )
  return rows.length === 1
}

export async function insertComment(
  db: Db, provinceId: string,
  c: { id: string; postingId: string; nominationId: string | null; authorName: string; authorContact: string | null; content: string },
): Promise<void> {
  await db.query(
    `INSERT INTO public_comments (province_id, id, posting_id, nomination_id, author_name, author_contact, content) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [provinceId, c.id, c.postingId, c.nominationId, c.authorName, c.authorContact, c.content],
  )
}

/** Records the resolution of a comment not yet resolved; false when someone resolved it first. */
export async function markResolved(db: Db, provinceId: string, postingId: string, id: string, resolution: string, accountId: string): Promise<boolean> {
  const rows = await db.query(
    `UPDATE public_comments SET resolution = $4, resolved_by = $5, resolved_at = now()
      WHERE province_id = $1 AND posting_id = $2 AND id = $3 AND resolved_at IS NULL RETURNING id`,
    [provinceId, postingId, id, resolution, accountId],
  )
  return rows.length === 1
}

export interface ClosedSessionRecord {
  id: string
  title: string
  meetsOn: string
  councilName: string
  organizationId: string
  organizationPath: string
  passedNominationIds: string[]
}

/** Closed council sessions of councils in the subtree (or one of them), with the nominations their votes passed. */
export async function findClosedSessions(db: Db, provinceId: string, f: { scopePath: string; sessionId?: string }): Promise<ClosedSessionRecord[]> {
  return db.query<ClosedSessionRecord>(
    `SELECT s.id, s.title, s.meets_on AS "meetsOn", c.name AS "councilName", c.organization_id AS "organizationId", o.path AS "organizationPath",
            coalesce(array_agg(i.nomination_id ORDER BY i.position) FILTER (WHERE i.result = 'passed'), '{}') AS "passedNominationIds"
       FROM council_sessions s
       JOIN councils c ON c.province_id = s.province_id AND c.id = s.council_id
       JOIN organizations o ON o.province_id = c.province_id AND o.id = c.organization_id
       LEFT JOIN council_items i ON i.province_id = s.province_id AND i.session_id = s.id
      WHERE s.province_id = $1 AND s.status = 'closed' AND ($3::uuid IS NULL OR s.id = $3) AND ($3::uuid IS NOT NULL OR o.path LIKE $2 || '%')
      GROUP BY s.id, s.title, s.meets_on, c.name, c.organization_id, o.path
      ORDER BY s.meets_on DESC, s.id
      LIMIT 200`,
    [provinceId, f.scopePath, f.sessionId ?? null],
  )
}
