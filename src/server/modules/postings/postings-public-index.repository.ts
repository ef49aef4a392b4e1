// The SQL of the public index of posted lists (/cong-khai): postings not withdrawn that have started and end
// today or later, or ended within the last days asked for — never an upcoming or a withdrawn one.
import type { Db } from '../../db/client.ts'

export interface PublicPostingRow {
  id: string
  title: string
  organizationName: string
  provinceName: string
  startsOn: string
  endsOn: string
  itemCount: number
}

export interface PublicIndexFilter {
  provinceCode: string | null
  today: string
  /** The earliest end date still listed (today minus the days a list stays after it ended). */
  endedSince: string
  limit: number
  offset: number
}

const WHERE = `p.withdrawn_at IS NULL AND p.starts_on <= $2::date AND p.ends_on >= $3::date AND ($1::text IS NULL OR pr.code = $1::text)`
const FROM = `FROM public_postings p
  JOIN provinces pr ON pr.id = p.province_id
  JOIN organizations o ON o.province_id = p.province_id AND o.id = p.organization_id`

/** Open postings first (the latest start first), then the ended ones (the latest end first). */
export async function searchPublicPostings(db: Db, f: PublicIndexFilter): Promise<{ items: PublicPostingRow[]; total: number }> {
  const params = [f.provinceCode, f.today, f.endedSince]
  const [items, count] = await Promise.all([
    db.query<PublicPostingRow>(
      `SELECT p.id, p.title, o.name AS "organizationName", pr.name AS "provinceName", p.starts_on AS "startsOn", p.ends_on AS "endsOn",
              (SELECT count(*)::int FROM public_posting_items i WHERE i.province_id = p.province_id AND i.posting_id = p.id) AS "itemCount"
         ${FROM} WHERE ${WHERE}
        ORDER BY (p.ends_on < $2::date), CASE WHEN p.ends_on >= $2::date THEN p.starts_on END DESC, p.ends_on DESC, p.id
        LIMIT $4 OFFSET $5`,
      [...params, f.limit, f.offset],
    ),
    db.query<{ total: number }>(`SELECT count(*)::int AS total ${FROM} WHERE ${WHERE}`, params),
  ])
  return { items, total: count[0]?.total ?? 0 }
}
