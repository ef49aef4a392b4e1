// Which units a subtree holds, for searches over large tables (people, registry) that filter rows by their unit.
import type { Db } from '../../db/client.ts'

/**
 * True when every organization of the province ($1) lies in the subtree at scopePath ($2; path LIKE $2 || '%'): then
 * every row of the province is in scope and a search decides nothing by its unit. The paths starting with scopePath
 * form one interval in byte order, the order of the path index (text_pattern_ops): the province's first and last
 * paths starting with it means all do. A path starting with scopePath matches the LIKE unless scopePath holds its
 * escape character, hence the last test.
 */
const COVERS_PROVINCE = `starts_with((SELECT path FROM organizations WHERE province_id = $1 ORDER BY path USING ~<~ LIMIT 1), $2)
    AND starts_with((SELECT path FROM organizations WHERE province_id = $1 ORDER BY path USING ~>~ LIMIT 1), $2)
    AND strpos($2, '\\') = 0`

export async function scopeCoversProvince(db: Db, provinceId: string, scopePath: string): Promise<boolean> {
  const rows = await db.query<{ covers: boolean | null }>(`SELECT ${COVERS_PROVINCE} AS covers`, [provinceId, scopePath])
  return rows[0]?.covers === true
}

/**
 * The ids of the units in the subtree at scopePath, or null when it is the whole province (one statement).
 * Filtering rows by `organization_id = ANY(ids)` lets the planner read a commune's few thousand rows by the unit
 * index instead of walking the province's name index and joining each row to its unit to test the path.
 */
export async function unitsInScope(db: Db, provinceId: string, scopePath: string): Promise<string[] | null> {
  const rows = await db.query<{ ids: string[] | null }>(
    `SELECT CASE WHEN ${COVERS_PROVINCE} THEN NULL
            ELSE coalesce((SELECT array_agg(id) FROM organizations WHERE province_id = $1 AND path LIKE $2 || '%'), '{}') END AS ids`,
    [provinceId, scopePath],
  )
  return rows[0]!.ids
}
