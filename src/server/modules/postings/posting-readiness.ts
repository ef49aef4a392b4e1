// Reads the postings (công khai) and open comments of some nominations and says what stops deciding them
// on a date. Used by the decisions module before a decision is issued.
import type { Db } from '../../db/client.ts'
import { readinessProblems } from './readiness-problems.ts'

export async function postingReadiness(db: Db, provinceId: string, nominations: readonly { id: string; kind: string }[], onDate: string): Promise<Map<string, string[]>> {
  const ids = nominations.map((n) => n.id)
  if (ids.length === 0) return new Map()
  const items = await db.query<{ posting_id: string; nomination_id: string; starts_on: string; ends_on: string }>(
    `SELECT i.posting_id, i.nomination_id, p.starts_on, p.ends_on
       FROM public_posting_items i
       JOIN public_postings p ON p.province_id = i.province_id AND p.id = i.posting_id
      WHERE i.province_id = $1 AND i.nomination_id = ANY($2::uuid[]) AND p.withdrawn_at IS NULL`,
    [provinceId, ids],
  )
  const postingIds = [...new Set(items.map((i) => i.posting_id))]
  const comments = postingIds.length === 0 ? [] : await db.query<{ posting_id: string; nomination_id: string | null }>(
    `SELECT posting_id, nomination_id FROM public_comments
      WHERE province_id = $1 AND posting_id = ANY($2::uuid[]) AND resolved_at IS NULL`,
    [provinceId, postingIds],
  )
  const postings = new Map(items.map((i) => [i.posting_id, { id: i.posting_id, startsOn: i.starts_on, endsOn: i.ends_on }]))
  return readinessProblems(nominations, {
    postings: [...postings.values()],
    items: items.map((i) => ({ postingId: i.posting_id, nominationId: i.nomination_id })),
    openComments: comments.map((c) => ({ postingId: c.posting_id, nominationId: c.nomination_id })),
  }, onDate)
}
