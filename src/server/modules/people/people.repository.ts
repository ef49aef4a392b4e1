// Every SQL statement about people (cá nhân) and their import batches.
import type { Db } from '../../db/client.ts'
import type { PersonCategory, Sex } from '../../../shared/people.ts'
import { TOTAL_CAP } from '../../../shared/schemas.ts'
import { nameContains, nameMayContain } from '../../db/name-search.ts'
import { unitsInScope } from '../organizations/units-in-scope.ts'

export interface Person {
  id: string
  fullName: string
  birthDate: string | null
  sex: Sex
  cccd: string | null
  position: string | null
  organizationId: string
  organizationName: string
  category: PersonCategory
  directWorker: boolean
  householdId: string | null
  householdHeadName: string | null
  version: number
  updatedAt: string
}

/** The stored fields of a person (what create and update write). */
export interface PersonRow {
  id: string
  fullName: string
  sortKey: string
  birthDate: string | null
  sex: Sex
  cccd: string | null
  position: string | null
  organizationId: string
  category: PersonCategory
  directWorker: boolean
  householdId: string | null
}

const PERSON_COLUMNS = `p.id, p.full_name AS "fullName", p.birth_date AS "birthDate", p.sex, p.cccd, p.position,
    p.organization_id AS "organizationId", o.name AS "organizationName", p.category, p.direct_worker AS "directWorker",
    p.household_id AS "householdId", h.head_name AS "householdHeadName", p.version, p.updated_at AS "updatedAt"`
/** People read from `source` (the table, or the people of some units) with their unit and household. */
const personFrom = (source: string) => `FROM ${source} p
  JOIN organizations o ON o.province_id = p.province_id AND o.id = p.organization_id
  LEFT JOIN households h ON h.province_id = p.province_id AND h.id = p.household_id`
const PERSON_FROM = personFrom('people')
const SELECT_PERSON = `SELECT ${PERSON_COLUMNS}
  ${PERSON_FROM}`

/** Escapes LIKE wildcards so user text matches literally. */
export const likeLiteral = (text: string) => text.replace(/[\\%_]/g, '\\$&')

export async function findPerson(db: Db, provinceId: string, id: string): Promise<Person | undefined> {
  const rows = await db.query<Person>(`${SELECT_PERSON} WHERE p.province_id = $1 AND p.id = $2`, [provinceId, id])
  return rows[0]
}

/** A person and the path of their organization, in one query (the scope check needs no second read). */
export async function findPersonWithPath(db: Db, provinceId: string, id: string): Promise<{ person: Person; organizationPath: string } | undefined> {
  const rows = await db.query<Person & { organizationPath: string }>(`SELECT ${PERSON_COLUMNS}, o.path AS "organizationPath" ${PERSON_FROM} WHERE p.province_id = $1 AND p.id = $2`, [provinceId, id])
  if (!rows[0]) return undefined
  const { organizationPath, ...person } = rows[0]
  return { person, organizationPath }
}

export interface PeopleFilter {
  /** Organization path whose subtree is searched. */
  scopePath: string
  q: string | null
  category: string | null
  limit: number
  offset: number
}

/**
 * Accent-insensitive name search, or CCCD prefix search when the query is digits, in Vietnamese name order. A
 * subtree's people are read by their units first (a commune: a few thousand rows), then tested; left to choose, the
 * planner walked the province's name or name-order index for a commune and joined every row to test its unit
 * (p99 0.4 s on 500,000 people). The whole province's are found by the name indexes.
 */
export async function searchPeople(db: Db, provinceId: string, f: PeopleFilter): Promise<{ items: Person[]; total: number; totalCapped: boolean }> {
  const q = f.q?.trim() || null
  const cccdPrefix = q !== null && /^[0-9]+$/.test(q) ? q : null
  const name = q !== null && cccdPrefix === null ? likeLiteral(q) : null
  // The name test split in two (src/server/db/name-search.ts): the word index's condition, then the exact one.
  const where = `p.province_id = $1
    AND ($2::text IS NULL OR ${nameMayContain('p.name_folded', '$2')})
    AND ($2::text IS NULL OR ${nameContains('p.name_folded', '$2')})
    AND ($3::text IS NULL OR p.cccd LIKE $3::text || '%')
    AND ($4::text IS NULL OR p.category = $4::text)`
  const units = await unitsInScope(db, provinceId, f.scopePath)
  const params: unknown[] = [provinceId, name, cccdPrefix, f.category, ...(units ? [units] : [])]
  // OFFSET 0 keeps the subquery whole: its rows come from the unit index, not from a plan over the province.
  const source = units ? `(SELECT * FROM people WHERE province_id = $1 AND organization_id = ANY($5::uuid[]) OFFSET 0)` : 'people'
  const [limit, offset] = [`$${params.length + 1}`, `$${params.length + 2}`]
  const [items, count] = await Promise.all([
    db.query<Person>(`SELECT ${PERSON_COLUMNS} ${personFrom(source)} WHERE ${where} ORDER BY p.sort_key COLLATE "C", p.id LIMIT ${limit} OFFSET ${offset}`, [...params, f.limit, f.offset]),
    db.query<{ total: number }>(`SELECT count(*)::int AS total FROM (SELECT 1 FROM ${source} p WHERE ${where} LIMIT ${limit}) capped`, [...params, TOTAL_CAP + 1]),
  ])
  const total = count[0]?.total ?? 0
  return { items, total: Math.min(total, TOTAL_CAP), totalCapped: total > TOTAL_CAP }
}

export async function insertPerson(db: Db, provinceId: string, p: PersonRow): Promise<void> {
  await db.query(
    `INSERT INTO people (province_id, id, full_name, sort_key, birth_date, sex, cccd, position, organization_id, category, direct_worker, household_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [provinceId, p.id, p.fullName, p.sortKey, p.birthDate, p.sex, p.cccd, p.position, p.organizationId, p.category, p.directWorker, p.householdId],
  )
}

/** Inserts many people with one statement per chunk (used by the spreadsheet import). */
export async function insertPeople(db: Db, provinceId: string, people: PersonRow[], chunkSize = 1000): Promise<void> {
  for (let start = 0; start < people.length; start += chunkSize) {
    const chunk = people.slice(start, start + chunkSize)
    const column = <K extends keyof PersonRow>(key: K) => chunk.map((p) => p[key])
    await db.query(
      `INSERT INTO people (province_id, id, full_name, sort_key, birth_date, sex, cccd, position, organization_id, category, direct_worker, household_id)
       SELECT $1::uuid, * FROM unnest($2::uuid[], $3::text[], $4::text[], $5::date[], $6::text[], $7::text[], $8::text[], $9::uuid[], $10::text[], $11::boolean[], $12::uuid[])`,
      [provinceId, column('id'), column('fullName'), column('sortKey'), column('birthDate'), column('sex'), column('cccd'), column('position'), column('organizationId'), column('category'), column('directWorker'), column('householdId')],
    )
  }
}

/** Optimistic update: false when the version no longer matches. */
export async function updatePersonRow(db: Db, provinceId: string, p: PersonRow, expectedVersion: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE people SET full_name = $3, sort_key = $4, birth_date = $5, sex = $6, cccd = $7, position = $8, organization_id = $9,
            category = $10, direct_worker = $11, household_id = $12, version = version + 1, updated_at = now()
      WHERE province_id = $1 AND id = $2 AND version = $13 RETURNING id`,
    [provinceId, p.id, p.fullName, p.sortKey, p.birthDate, p.sex, p.cccd, p.position, p.organizationId, p.category, p.directWorker, p.householdId, expectedVersion],
  )
  return rows.length > 0
}

/** Moves a person into a household (or out of any, with null); bumps the version. */
export async function setPersonHousehold(db: Db, provinceId: string, personId: string, householdId: string | null): Promise<void> {
  await db.query(`UPDATE people SET household_id = $3, version = version + 1, updated_at = now() WHERE province_id = $1 AND id = $2`, [provinceId, personId, householdId])
}

/** Which of the given CCCD numbers are already taken in the province. */
export async function existingCccds(db: Db, provinceId: string, cccds: string[]): Promise<Set<string>> {
  if (cccds.length === 0) return new Set()
  const rows = await db.query<{ cccd: string }>(`SELECT cccd FROM people WHERE province_id = $1 AND cccd = ANY($2::text[])`, [provinceId, cccds])
  return new Set(rows.map((r) => r.cccd))
}

export interface ImportBatch<R = unknown> {
  id: string
  kind: string
  organizationId: string
  createdBy: string
  fileName: string
  rows: R[]
  validCount: number
  errorCount: number
  status: 'preview' | 'committed'
}

export async function insertImportBatch(db: Db, provinceId: string, b: Omit<ImportBatch, 'status'>): Promise<void> {
  await db.query(
    `INSERT INTO import_batches (province_id, id, kind, organization_id, created_by, file_name, rows, valid_count, error_count)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [provinceId, b.id, b.kind, b.organizationId, b.createdBy, b.fileName, JSON.stringify(b.rows), b.validCount, b.errorCount],
  )
}

/** Reads a batch and locks it until the end of the transaction (two commits cannot race). */
export async function lockImportBatch<R>(db: Db, provinceId: string, id: string): Promise<ImportBatch<R> | undefined> {
  const rows = await db.query<ImportBatch<R>>(
    `SELECT id, kind, organization_id AS "organizationId", created_by AS "createdBy", file_name AS "fileName", rows,
            valid_count AS "validCount", error_count AS "errorCount", status
       FROM import_batches WHERE province_id = $1 AND id = $2 FOR UPDATE`,
    [provinceId, id],
  )
  return rows[0]
}

export async function markImportBatchCommitted(db: Db, provinceId: string, id: string): Promise<void> {
  await db.query(`UPDATE import_batches SET status = 'committed', committed_at = now() WHERE province_id = $1 AND id = $2`, [provinceId, id])
}
