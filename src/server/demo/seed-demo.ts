// Demo tenant "Tỉnh Thái Nguyên" (code TN): the organization tree of the seed plans, ~400 people,
// ~100 households, emulation clusters and blocs, one sign-in per role. Inserted in one transaction
// with multi-row INSERTs; `replace` wipes the tenant first (keeping its province row and audit log).
import { randomUUID } from 'node:crypto'
import type { Db } from '../db/client.ts'
import { hashPassword, passwordProblem } from '../auth/password.ts'
import { ROLE_LABELS, type Role } from '../../shared/roles.ts'
import { buildDemoData, type DemoData } from './demo-data.ts'
import { seedCampaigns } from './seed-campaigns.ts'
import { seedHistory } from './seed-history.ts'
import { seedNominations } from './seed-nominations.ts'
import { seedCommendation } from './seed-commendation.ts'
import { seedRegistrations } from './seed-registrations.ts'
import { seedFund } from './seed-fund.ts'
import { seedHonours } from './seed-honours.ts'
import { seedReports } from './seed-reports.ts'
import { seedEvents } from './seed-events.ts'

export interface DemoSignIn { username: string; password: string; role: string; organization: string }
export interface DemoResult { provinceName: string; signIns: DemoSignIn[]; people: number; organizations: number; households: number }

export const DEMO_PROVINCE = { code: 'TN', name: 'Tỉnh Thái Nguyên' } as const
/** One shared, readable password for every demo account (passes the password policy). */
export const DEMO_PASSWORD = 'Tdkt@2025demo'

interface DemoAccount { username: string; role: Role; organization: string; person?: string; displayName?: string }

/** organization / person are keys of the demo tree (demo-tree.ts). */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'admin', role: 'admin', organization: 'province', displayName: 'Quản trị hệ thống' },
  { username: 'tinh.thuongtruc', role: 'officer', organization: 'province', person: 'province:tdkt' },
  { username: 'binhthanh.vanphong', role: 'officer', organization: 'binhThanh', person: 'binhThanh:vanphong' },
  { username: 'binhthanh.chutich', role: 'signer', organization: 'binhThanh', person: 'binhThanh:chairman' },
  { username: 'binhthanh.hoidong', role: 'council_member', organization: 'binhThanh', person: 'binhThanh:mttq' },
  { username: 'binhthanh.truongtieuhoc', role: 'unit', organization: 'binhThanh:tieuhoc', person: 'binhThanh:principalPrimary' },
  { username: 'binhthanh.hoidong2', role: 'council_member', organization: 'binhThanh', person: 'binhThanh:phunu' },
  { username: 'binhthanh.hoidong3', role: 'council_member', organization: 'binhThanh', person: 'binhThanh:doan' },
  { username: 'bacson.vanphong', role: 'officer', organization: 'bacSon', person: 'bacSon:vanphong' },
  { username: 'bacson.chutich', role: 'signer', organization: 'bacSon', person: 'bacSon:chairman' },
  { username: 'bacson.hoidong1', role: 'council_member', organization: 'bacSon', person: 'bacSon:vice2' },
  { username: 'bacson.hoidong2', role: 'council_member', organization: 'bacSon', person: 'bacSon:mttq' },
  { username: 'bacson.hoidong3', role: 'council_member', organization: 'bacSon', person: 'bacSon:phunu' },
  { username: 'bacson.hoidong4', role: 'council_member', organization: 'bacSon', person: 'bacSon:doan' },
  { username: 'bacson.hoidong5', role: 'council_member', organization: 'bacSon', person: 'bacSon:nongdan' },
  { username: 'bacson.hoidong6', role: 'council_member', organization: 'bacSon', person: 'bacSon:truongVhxh' },
]

export async function hasAnyTenant(db: Db): Promise<boolean> {
  return (await db.query('SELECT 1 FROM provinces LIMIT 1')).length > 0
}

export async function seedDemo(db: Db, options: { replace: boolean }): Promise<DemoResult> {
  const problem = passwordProblem(DEMO_PASSWORD)
  if (problem) throw new Error(`Mật khẩu mẫu không đạt yêu cầu: ${problem}`)
  const data = buildDemoData()
  const passwordHash = await hashPassword(DEMO_PASSWORD) // argon2 is slow: once, outside the transaction

  const signIns = await db.transaction(async (tx) => {
    const existing = await tx.query<{ id: string }>('SELECT id FROM provinces WHERE code = $1', [DEMO_PROVINCE.code])
    let provinceId = existing[0]?.id
    if (provinceId) {
      if (!options.replace) throw new Error(`Đã có dữ liệu tỉnh mã ${DEMO_PROVINCE.code}; chạy "tdkt seed-demo" để xóa và tạo lại dữ liệu mẫu.`)
      await wipeTenant(tx, provinceId)
      await tx.query('UPDATE provinces SET name = $2 WHERE id = $1', [provinceId, DEMO_PROVINCE.name])
    } else {
      provinceId = randomUUID()
      await tx.query('INSERT INTO provinces (id, code, name) VALUES ($1, $2, $3)', [provinceId, DEMO_PROVINCE.code, DEMO_PROVINCE.name])
    }
    return insertDemo(tx, provinceId, data, passwordHash)
  })

  return {
    provinceName: DEMO_PROVINCE.name,
    signIns,
    people: data.people.length,
    organizations: data.organizations.length,
    households: data.households.length,
  }
}

async function insertDemo(tx: Db, provinceId: string, data: DemoData, passwordHash: string): Promise<DemoSignIn[]> {
  // Parents come before children; successors are set afterwards (they may come later in the list).
  await insertRows(tx, 'organizations',
    ['province_id', 'id', 'parent_id', 'path', 'name', 'short_name', 'kind', 'level', 'track', 'sort_key', 'valid_from', 'valid_to', 'note'],
    data.organizations.map((o) => [provinceId, o.id, o.parentId, o.path, o.name, o.shortName, o.kind, o.level, o.track, o.sortKey, o.validFrom, o.validTo, o.note]))
  await updateFromValues(tx, provinceId, 'organizations', 'successor_id', data.organizations.filter((o) => o.successorId).map((o) => [o.id, o.successorId!]))

  // households ⇄ people reference each other: households first without their head, then people, then the heads.
  await insertRows(tx, 'households', ['province_id', 'id', 'organization_id', 'head_name', 'address', 'sort_key'],
    data.households.map((h) => [provinceId, h.id, h.organizationId, h.headName, h.address, h.sortKey]))
  await insertRows(tx, 'people',
    ['province_id', 'id', 'full_name', 'sort_key', 'birth_date', 'sex', 'cccd', 'position', 'organization_id', 'category', 'direct_worker', 'household_id'],
    data.people.map((p) => [provinceId, p.id, p.fullName, p.sortKey, p.birthDate, p.sex, p.cccd, p.position, p.organizationId, p.category, p.directWorker, p.householdId]))
  await updateFromValues(tx, provinceId, 'households', 'head_person_id', data.households.filter((h) => h.headPersonId).map((h) => [h.id, h.headPersonId!]))

  await insertRows(tx, 'clusters', ['province_id', 'id', 'owner_id', 'name', 'kind', 'year'],
    data.clusters.map((c) => [provinceId, c.id, c.ownerId, c.name, c.kind, c.year]))
  await insertRows(tx, 'cluster_members', ['province_id', 'cluster_id', 'organization_id', 'is_leader'],
    data.clusters.flatMap((c) => c.members.map((m) => [provinceId, c.id, m.organizationId, m.isLeader])))

  const signIns: DemoSignIn[] = []
  const accountRows = DEMO_ACCOUNTS.map((a) => {
    const org = data.organizationByKey.get(a.organization)
    const person = a.person ? data.personByKey.get(a.person) : undefined
    if (!org || (a.person && !person)) throw new Error(`demo account ${a.username}: unknown organization or person`)
    signIns.push({ username: a.username, password: DEMO_PASSWORD, role: a.role, organization: org.name })
    const displayName = a.displayName ?? `${person!.fullName} — ${person!.position}`
    return [provinceId, randomUUID(), a.username, passwordHash, displayName, a.role, org.id, person?.id ?? null]
  })
  await insertRows(tx, 'accounts', ['province_id', 'id', 'username', 'password_hash', 'display_name', 'role', 'organization_id', 'person_id'], accountRows)

  const root = data.organizations[0]!
  await tx.query(
    `INSERT INTO audit_log (province_id, id, actor_id, actor_name, action, entity, entity_id, organization_id, summary, after)
     VALUES ($1, $2, NULL, 'Hệ thống', 'seed_demo', 'province', $1, $3, $4, $5)`,
    [provinceId, randomUUID(), root.id,
      `Tạo dữ liệu mẫu: ${data.organizations.length} tổ chức, ${data.people.length} người, ${data.households.length} hộ gia đình, ${accountRows.length} tài khoản`,
      JSON.stringify({ organizations: data.organizations.length, people: data.people.length, households: data.households.length, clusters: data.clusters.length, accounts: accountRows.map((r) => r[2]) })],
  )
  const accountIds = new Map(accountRows.map((row) => [row[2] as string, row[1] as string]))
  await seedCampaigns(tx, provinceId, data, accountIds)
  await seedRegistrations(tx, provinceId, data, accountIds)
  await seedHistory(tx, provinceId, data)
  await seedNominations(tx, provinceId, data, accountIds)
  await seedCommendation(tx, provinceId, data, accountIds)
  await seedReports(tx, provinceId, data, accountIds)
  await seedHonours(tx, provinceId, data, accountIds)
  await seedFund(tx, provinceId, data, accountIds)
  await seedEvents(tx, provinceId, data, accountIds)
  return signIns
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`

/** Multi-row INSERT in batches (PostgreSQL allows 65 535 parameters per statement). */
async function insertRows(db: Db, table: string, columns: string[], rows: unknown[][], batch = 1000): Promise<void> {
  const size = Math.max(1, Math.min(batch, Math.floor(60_000 / columns.length)))
  for (let start = 0; start < rows.length; start += size) {
    const params: unknown[] = []
    const tuples = rows.slice(start, start + size).map((row) => `(${row.map((value) => { params.push(value); return `$${params.length}` }).join(', ')})`)
    await db.query(`INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES ${tuples.join(', ')}`, params)
  }
}

/** UPDATE table SET column = v.value FROM (VALUES (id, value), …) for uuid columns, in batches. */
async function updateFromValues(db: Db, provinceId: string, table: string, column: string, pairs: [string, string][], batch = 5000): Promise<void> {
  for (let start = 0; start < pairs.length; start += batch) {
    const params: unknown[] = [provinceId]
    const tuples = pairs.slice(start, start + batch).map(([id, value]) => {
      params.push(id, value)
      return `($${params.length - 1}::uuid, $${params.length}::uuid)`
    })
    await db.query(
      `UPDATE ${quote(table)} AS t SET ${quote(column)} = v.value FROM (VALUES ${tuples.join(', ')}) AS v(id, value)
        WHERE t.province_id = $1 AND t.id = v.id`,
      params,
    )
  }
}

// Tables that survive a wipe: the tenant row itself, the append-only audit trail and the head of its hash
// chain (without it the next entry would restart the chain at 1 and collide with the kept entries).
const KEPT_TABLES = new Set(['provinces', 'audit_log', 'audit_chain_heads'])

/**
 * Deletes every row of one tenant from every table that has a province_id column (so tables added by
 * later migrations are covered too), except the audit log. Tables are emptied in foreign-key order;
 * cycles between tables (households ⇄ people) are broken by clearing their nullable references first.
 */
async function wipeTenant(db: Db, provinceId: string): Promise<void> {
  // The fund's ledger refuses deletes except while its own tenant is being wiped (0010_fund.sql).
  await db.query(`SELECT set_config('tdkt.wipe_tenant', $1, true)`, [provinceId])
  const tables = new Set((await db.query<{ name: string }>(
    `SELECT c.table_name::text AS name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.column_name = 'province_id' AND c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'`,
  )).map((r) => r.name).filter((name) => !KEPT_TABLES.has(name)))

  const fkColumns = await db.query<{ name: string; source: string; target: string; column_name: string; not_null: boolean }>(
    `SELECT con.conname::text AS name, src.relname::text AS source, dst.relname::text AS target, a.attname::text AS column_name, a.attnotnull AS not_null
       FROM pg_constraint con
       JOIN pg_class src ON src.oid = con.conrelid
       JOIN pg_class dst ON dst.oid = con.confrelid
       JOIN pg_namespace n ON n.oid = src.relnamespace
       CROSS JOIN LATERAL unnest(con.conkey) AS k(attnum)
       JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
      WHERE con.contype = 'f' AND n.nspname = current_schema()`,
  )
  interface Edge { source: string; target: string; columns: string[]; nullable: boolean }
  const edgeMap = new Map<string, Edge>()
  for (const row of fkColumns) {
    if (row.source === row.target || !tables.has(row.source) || !tables.has(row.target)) continue
    const id = `${row.source}.${row.name}`
    const edge = edgeMap.get(id) ?? { source: row.source, target: row.target, columns: [], nullable: true }
    if (row.column_name !== 'province_id') {
      edge.columns.push(row.column_name)
      if (row.not_null) edge.nullable = false
    }
    edgeMap.set(id, edge)
  }
  let edges = [...edgeMap.values()]
  const reaches = (from: string, to: string, among: Edge[]) => {
    const seen = new Set([from])
    const queue = [from]
    while (queue.length) {
      const current = queue.shift()!
      if (current === to) return true
      for (const e of among) if (e.source === current && !seen.has(e.target)) { seen.add(e.target); queue.push(e.target) }
    }
    return false
  }
  for (const edge of [...edges]) {
    if (!edge.nullable || edge.columns.length === 0 || !reaches(edge.target, edge.source, edges)) continue
    await db.query(
      `UPDATE ${quote(edge.source)} SET ${edge.columns.map((c) => `${quote(c)} = NULL`).join(', ')}
        WHERE province_id = $1 AND (${edge.columns.map((c) => `${quote(c)} IS NOT NULL`).join(' OR ')})`,
      [provinceId],
    )
    edges = edges.filter((e) => e !== edge)
  }

  const remaining = new Set([...tables].sort())
  while (remaining.size > 0) {
    // A table can go once no remaining table references it (self-references vanish in one statement).
    const next = [...remaining].find((t) => !edges.some((e) => e.target === t && remaining.has(e.source))) ?? [...remaining][0]!
    await db.query(`DELETE FROM ${quote(next)} WHERE province_id = $1`, [provinceId])
    remaining.delete(next)
  }
}

export function printSignIns(result: DemoResult): void {
  console.log(`Dữ liệu mẫu: ${result.provinceName} — ${result.organizations} tổ chức, ${result.people} người, ${result.households} hộ gia đình.`)
  console.log('Tài khoản đăng nhập:')
  const width = Math.max(...result.signIns.map((s) => s.username.length)) + 2
  for (const s of result.signIns) {
    const label = ROLE_LABELS[s.role as Role] ?? s.role
    console.log(`  ${s.username.padEnd(width)} mật khẩu ${s.password}   ${label} — ${s.organization}`)
  }
}
