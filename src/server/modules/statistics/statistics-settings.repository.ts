// Every SQL statement about the province's statistics settings (statistics_settings, migration 0015).
import type { Db } from '../../db/client.ts'
import type { OrganizationKind } from '../../../shared/organizations.ts'
import type { StatisticsSettings } from '../../../shared/statistics.ts'

interface SettingsRow {
  smallCollectiveKinds: OrganizationKind[]
  directWorkers: number | null
  women: number | null
  smallCollectives: number | null
  citation: string
  version: number
}

/** The province's saved settings, or undefined when it has saved none. */
export async function findSettings(db: Db, provinceId: string): Promise<StatisticsSettings | undefined> {
  const rows = await db.query<SettingsRow>(
    `SELECT small_collective_kinds AS "smallCollectiveKinds", direct_worker_target::float8 AS "directWorkers", women_target::float8 AS women,
            small_collective_target::float8 AS "smallCollectives", citation, version
       FROM statistics_settings WHERE province_id = $1`,
    [provinceId],
  )
  const row = rows[0]
  if (!row) return undefined
  return {
    smallCollectiveKinds: row.smallCollectiveKinds,
    targets: { directWorkers: row.directWorkers, women: row.women, smallCollectives: row.smallCollectives },
    citation: row.citation,
    version: row.version,
  }
}

type Values = Pick<StatisticsSettings, 'smallCollectiveKinds' | 'targets'> & { citation: string }

const values = (v: Values) => [JSON.stringify(v.smallCollectiveKinds), v.targets.directWorkers, v.targets.women, v.targets.smallCollectives, v.citation]

export async function insertSettings(db: Db, provinceId: string, v: Values): Promise<void> {
  await db.query(
    `INSERT INTO statistics_settings (province_id, small_collective_kinds, direct_worker_target, women_target, small_collective_target, citation)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [provinceId, ...values(v)],
  )
}

/** Optimistic update; false when the version no longer matches. */
export async function updateSettings(db: Db, provinceId: string, v: Values, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE statistics_settings SET small_collective_kinds = $2, direct_worker_target = $3, women_target = $4, small_collective_target = $5,
            citation = $6, version = version + 1, updated_at = now()
      WHERE province_id = $1 AND version = $7 RETURNING province_id`,
    [provinceId, ...values(v), expectedVersion],
  )
  return rows.length > 0
}
