// The schema stays ready for Citus with the province as distribution column (docs/scale.md): every tenant
// table has province_id first in its primary key, tenant tables reference each other through keys that start
// with province_id (co-located joins), the tables without province_id are catalogues (reference tables),
// and the unique constraints that do not include province_id — which Citus cannot enforce on a distributed
// table — are exactly the ones docs/scale.md lists as "to change for the national deployment".
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from './client.ts'
import { openTestDb } from '../testing/test-db.ts'

let db: Db

beforeAll(async () => {
  db = await openTestDb()
})
afterAll(async () => {
  await db?.close()
})

/** Tables without province_id and why each is one (a catalogue replicated to every node, or local metadata). */
const REFERENCE_TABLES: Record<string, string> = {
  provinces: 'the catalogue of tenants (id, code, name): a Citus reference table',
  schema_migrations: 'migration bookkeeping of the coordinator: a local table',
}

/**
 * Global unique lookups on tenant tables (no province_id in the key), each listed in docs/scale.md with its change:
 * they answer a request that arrives without a province (sign-in, cookie, public link, certificate check).
 */
const GLOBAL_KEYS = [
  'accounts (username)',
  'certificates (code)',
  'public_postings (id)',
  'sessions (token_hash)',
]

async function tables(): Promise<{ name: string; hasProvince: boolean }[]> {
  const rows = await db.query<{ name: string; has_province: boolean }>(
    `SELECT t.table_name AS name,
            EXISTS (SELECT 1 FROM information_schema.columns c
                     WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.column_name = 'province_id') AS has_province
       FROM information_schema.tables t
      WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
      ORDER BY t.table_name`,
  )
  return rows.map((r) => ({ name: r.name, hasProvince: r.has_province }))
}

async function primaryKeys(): Promise<Map<string, string[]>> {
  const rows = await db.query<{ table_name: string; column_name: string }>(
    `SELECT k.table_name, k.column_name
       FROM information_schema.table_constraints c
       JOIN information_schema.key_column_usage k
         ON k.constraint_schema = c.constraint_schema AND k.constraint_name = c.constraint_name AND k.table_name = c.table_name
      WHERE c.table_schema = 'public' AND c.constraint_type = 'PRIMARY KEY'
      ORDER BY k.table_name, k.ordinal_position`,
  )
  const keys = new Map<string, string[]>()
  for (const r of rows) keys.set(r.table_name, [...(keys.get(r.table_name) ?? []), r.column_name])
  return keys
}

describe('the schema is ready for Citus with province_id as distribution column', () => {
  it('has province_id first in the primary key of every table that carries it', async () => {
    const keys = await primaryKeys()
    const tenant = (await tables()).filter((t) => t.hasProvince)
    expect(tenant.length).toBeGreaterThan(40)
    const wrong = tenant
      .filter((t) => keys.get(t.name)?.[0] !== 'province_id')
      .map((t) => `${t.name} (${(keys.get(t.name) ?? []).join(', ') || 'no primary key'})`)
    // sessions is keyed by the hash of the cookie token: the one lookup that arrives with nothing but the token
    // (docs/scale.md, "What changes for the nation").
    expect(wrong).toEqual(['sessions (token_hash)'])
  })

  it('keeps the tables without province_id to catalogues', async () => {
    const without = (await tables()).filter((t) => !t.hasProvince).map((t) => t.name)
    expect(without).toEqual(Object.keys(REFERENCE_TABLES).sort())
    // provinces is catalogue-like: a handful of columns, no reference to any tenant table.
    const columns = await db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'provinces' ORDER BY ordinal_position`,
    )
    expect(columns.map((c) => c.column_name)).toEqual(['id', 'code', 'name', 'created_at'])
    const outgoing = await db.query(
      `SELECT 1 FROM pg_constraint WHERE contype = 'f' AND conrelid IN ('public.provinces'::regclass, 'public.schema_migrations'::regclass)`,
    )
    expect(outgoing).toEqual([])
  })

  it('joins tenant tables only through keys that start with province_id (co-located), or to the provinces catalogue', async () => {
    const fks = await db.query<{ table_name: string; referenced: string; columns: string; referenced_columns: string }>(
      `SELECT c.conrelid::regclass::text AS table_name, c.confrelid::regclass::text AS referenced,
              (SELECT string_agg(a.attname::text, ',' ORDER BY k.i) FROM unnest(c.conkey) WITH ORDINALITY AS k(n, i)
                 JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n) AS columns,
              (SELECT string_agg(a.attname::text, ',' ORDER BY k.i) FROM unnest(c.confkey) WITH ORDINALITY AS k(n, i)
                 JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n) AS referenced_columns
         FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE c.contype = 'f' AND n.nspname = 'public'
        ORDER BY 1, 2`,
    )
    expect(fks.length).toBeGreaterThan(100)
    const crossing = fks.filter((f) => {
      if (f.referenced === 'provinces') return f.columns !== 'province_id' || f.referenced_columns !== 'id'
      return !f.columns.startsWith('province_id,') || !f.referenced_columns.startsWith('province_id,')
    })
    expect(crossing.map((f) => `${f.table_name} (${f.columns}) → ${f.referenced} (${f.referenced_columns})`)).toEqual([])
  })

  it('has no unique key without province_id on a tenant table but the global lookups docs/scale.md lists', async () => {
    const unique = await db.query<{ table_name: string; columns: string | null }>(
      `SELECT t.relname::text AS table_name,
              (SELECT string_agg(a.attname::text, ',' ORDER BY k.i) FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(n, i)
                 JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.n) AS columns
         FROM pg_index x
         JOIN pg_class t ON t.oid = x.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = 'public' AND x.indisunique
        ORDER BY 1, 2`,
    )
    const tenant = new Set((await tables()).filter((t) => t.hasProvince).map((t) => t.name))
    const global = unique
      .filter((u) => tenant.has(u.table_name) && !(u.columns ?? '').split(',').includes('province_id'))
      .map((u) => `${u.table_name} (${u.columns})`)
    expect(global).toEqual(GLOBAL_KEYS)
  })
})
