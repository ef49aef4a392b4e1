// Every SQL statement about the province's own rules: its instrument, standards and quotas, and its
// values for the configurable parameters; and the province's name and root unit they belong to.
import type { Db } from '../../db/client.ts'

export interface ProvinceRulesRow {
  instrument: string
  validFrom: string | null
  validTo: string | null
  standards: unknown[]
  quotas: unknown[]
  version: number
  updatedAt: string
}

export interface ParameterRow {
  key: string
  value: unknown
  citation: string
  version: number
  updatedAt: string
}

export async function findProvince(db: Db, provinceId: string): Promise<{ name: string; rootId: string | null; rootPath: string | null }> {
  const rows = await db.query<{ name: string; rootId: string | null; rootPath: string | null }>(
    `SELECT p.name, o.id AS "rootId", o.path AS "rootPath"
       FROM provinces p LEFT JOIN organizations o ON o.province_id = p.id AND o.parent_id IS NULL AND o.kind = 'province'
      WHERE p.id = $1 ORDER BY o.created_at LIMIT 1`,
    [provinceId],
  )
  return rows[0]!
}

export async function findProvinceRules(db: Db, provinceId: string): Promise<ProvinceRulesRow | undefined> {
  const rows = await db.query<ProvinceRulesRow>(
    `SELECT instrument, valid_from AS "validFrom", valid_to AS "validTo", standards, quotas, version, updated_at AS "updatedAt" FROM province_rules WHERE province_id = $1`,
    [provinceId],
  )
  return rows[0]
}

export async function insertProvinceRules(db: Db, provinceId: string, r: Omit<ProvinceRulesRow, 'version' | 'updatedAt'>): Promise<void> {
  await db.query(
    `INSERT INTO province_rules (province_id, instrument, valid_from, valid_to, standards, quotas) VALUES ($1, $2, $3, $4, $5, $6)`,
    [provinceId, r.instrument, r.validFrom, r.validTo, JSON.stringify(r.standards), JSON.stringify(r.quotas)],
  )
}

/** Optimistic update; false when the version no longer matches. */
export async function updateProvinceRules(db: Db, provinceId: string, r: Omit<ProvinceRulesRow, 'version' | 'updatedAt'>, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE province_rules SET instrument = $2, valid_from = $3, valid_to = $4, standards = $5, quotas = $6, version = version + 1, updated_at = now()
      WHERE province_id = $1 AND version = $7 RETURNING province_id`,
    [provinceId, r.instrument, r.validFrom, r.validTo, JSON.stringify(r.standards), JSON.stringify(r.quotas), expectedVersion],
  )
  return rows.length > 0
}

export async function listParameters(db: Db, provinceId: string): Promise<ParameterRow[]> {
  return db.query<ParameterRow>(`SELECT key, value, citation, version, updated_at AS "updatedAt" FROM province_parameters WHERE province_id = $1 ORDER BY key`, [provinceId])
}

export async function insertParameter(db: Db, provinceId: string, key: string, value: unknown, citation: string): Promise<void> {
  await db.query(`INSERT INTO province_parameters (province_id, key, value, citation) VALUES ($1, $2, $3, $4)`, [provinceId, key, JSON.stringify(value), citation])
}

export async function updateParameter(db: Db, provinceId: string, key: string, value: unknown, citation: string, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE province_parameters SET value = $3, citation = $4, version = version + 1, updated_at = now() WHERE province_id = $1 AND key = $2 AND version = $5 RETURNING key`,
    [provinceId, key, JSON.stringify(value), citation, expectedVersion],
  )
  return rows.length > 0
}

export async function deleteParameter(db: Db, provinceId: string, key: string, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(`DELETE FROM province_parameters WHERE province_id = $1 AND key = $2 AND version = $3 RETURNING key`, [provinceId, key, expectedVersion])
  return rows.length > 0
}
