// The registry search (GET /api/registry, sổ khen thưởng): a name typed without diacritics or a decision number,
// the optional filters, a subtree; one page in the registry's order and the total counted up to TOTAL_CAP.
import type { Db } from '../../db/client.ts'
import { TOTAL_CAP } from '../../../shared/schemas.ts'
import { likeLiteral } from '../people/people.repository.ts'
import { nameContains, nameMayContain } from '../../db/name-search.ts'
import { scopeCoversProvince } from '../organizations/units-in-scope.ts'
import { AWARD_COLUMNS, AWARD_ORDER, awardsFrom, type AwardRecord } from './registry.repository.ts'

export interface AwardFilter {
  scopePath: string
  q: string | null
  code: string | null
  track: string | null
  subjectKind: string | null
  yearFrom: number | null
  yearTo: number | null
  limit: number
  offset: number
}

// The text searched: the subject's name or the decision number contains the folded query ($2, LIKE wildcards escaped).
const DECISION_CONTAINS = `r.decision_number_folded LIKE '%' || tdkt_fold($2::text) || '%'`

/**
 * The conditions on the registry row itself ($1 province, $2 text, $3–$7 filters). The text condition
 * (name may contain OR decision) AND (name contains OR decision) is (name contains OR decision), the first part
 * being implied by the second; it is split so that the first part is the index condition alone and the name keys
 * are not computed again for each row read (src/server/db/name-search.ts).
 */
const ROW_MATCHES = `r.province_id = $1
    AND ($2::text IS NULL OR ${nameMayContain('r.subject_name_folded', '$2')} OR ${DECISION_CONTAINS})
    AND ($2::text IS NULL OR ${nameContains('r.subject_name_folded', '$2')} OR ${DECISION_CONTAINS})
    AND ($3::text IS NULL OR r.code = $3::text)
    AND ($4::text IS NULL OR r.track = $4::text)
    AND ($5::text IS NULL OR r.subject_kind = $5::text)
    AND ($6::int IS NULL OR r.year >= $6::int)
    AND ($7::int IS NULL OR r.year <= $7::int)`

/** Accent-insensitive search on the subject's name or the decision number, inside a subtree. */
export async function searchAwards(db: Db, provinceId: string, f: AwardFilter): Promise<{ items: AwardRecord[]; total: number; totalCapped: boolean }> {
  const params = [provinceId, f.q === null ? null : likeLiteral(f.q), f.code, f.track, f.subjectKind, f.yearFrom, f.yearTo]
  const [items, count] = (await scopeCoversProvince(db, provinceId, f.scopePath))
    ? await Promise.all([
      // Every row is in scope: the page is chosen on the registry alone, then its 20-odd rows get their unit.
      db.query<AwardRecord>(`SELECT ${AWARD_COLUMNS} ${awardsFrom(`(SELECT * FROM award_records r WHERE ${ROW_MATCHES} ${AWARD_ORDER} LIMIT $8 OFFSET $9)`)} ${AWARD_ORDER}`, [...params, f.limit, f.offset]),
      db.query<{ total: number }>(`SELECT count(*)::int AS total FROM (SELECT 1 FROM award_records r WHERE ${ROW_MATCHES} LIMIT $8) capped`, [...params, TOTAL_CAP + 1]),
    ])
    : await Promise.all([
      db.query<AwardRecord>(`SELECT ${AWARD_COLUMNS} ${awardsFrom('award_records')} WHERE ${ROW_MATCHES} AND u.path LIKE $8 || '%' ${AWARD_ORDER} LIMIT $9 OFFSET $10`, [...params, f.scopePath, f.limit, f.offset]),
      db.query<{ total: number }>(`SELECT count(*)::int AS total FROM (SELECT 1 ${awardsFrom('award_records')} WHERE ${ROW_MATCHES} AND u.path LIKE $8 || '%' LIMIT $9) capped`, [...params, f.scopePath, TOTAL_CAP + 1]),
    ])
  const total = count[0]?.total ?? 0
  return { items, total: Math.min(total, TOTAL_CAP), totalCapped: total > TOTAL_CAP }
}
