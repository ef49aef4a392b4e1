// Synthetic province for benchmarks: communes with villages and many people, inserted in batches.
import { randomUUID } from 'node:crypto'
import type { Db } from '../src/server/db/client.ts'
import { ORGANIZATION_KINDS, type OrganizationKind } from '../src/shared/organizations.ts'
import { vietnameseNameSortKey, vietnameseTextSortKey } from '../src/shared/vietnamese.ts'
import { hashPassword } from '../src/server/auth/password.ts'
import { Rng } from '../src/server/demo/demo-random.ts'
import { birthDate, cccdNumber, fullName } from '../src/server/demo/demo-names.ts'

export interface BenchProvince {
  provinceId: string
  communeIds: string[]
  officerUsername: string
  communeOfficerUsername: string
  password: string
}

const CATEGORIES = ['can_bo', 'cong_chuc', 'vien_chuc', 'nguoi_lao_dong', 'dang_vien', 'nhan_dan']

async function insertBatched(db: Db, table: string, columns: string[], rows: unknown[][], batch = 500) {
  for (let i = 0; i < rows.length; i += batch) {
    const chunk = rows.slice(i, i + batch)
    const values = chunk.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ')
    await db.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, chunk.flat())
  }
}

export async function generateProvince(db: Db, options: { communes: number; villagesPerCommune: number; people: number; onProgress?: (done: number) => void }): Promise<BenchProvince> {
  const rng = new Rng(42)
  const provinceId = randomUUID()
  await db.query('INSERT INTO provinces (id, code, name) VALUES ($1, $2, $3)', [provinceId, `BENCH${provinceId.slice(0, 4)}`, 'Tỉnh Đo hiệu năng'])
  const orgRows: unknown[][] = []
  const org = (id: string, parent: { id: string; path: string } | null, name: string, kind: OrganizationKind) => {
    const path = `${parent?.path ?? '/'}${id}/`
    orgRows.push([provinceId, id, parent?.id ?? null, path, name, kind, ORGANIZATION_KINDS[kind].level, ORGANIZATION_KINDS[kind].track, vietnameseTextSortKey(name)])
    return { id, path }
  }
  const root = org(randomUUID(), null, 'Tỉnh Đo hiệu năng', 'province')
  const communes: { id: string; path: string }[] = []
  const units: string[] = []
  for (let c = 1; c <= options.communes; c++) {
    const commune = org(randomUUID(), root, `Xã Số ${c}`, 'commune')
    communes.push(commune)
    units.push(org(randomUUID(), commune, `Ủy ban nhân dân xã Số ${c}`, 'peoples_committee').id)
    for (let v = 1; v <= options.villagesPerCommune; v++) units.push(org(randomUUID(), commune, `Thôn ${v} xã Số ${c}`, 'village').id)
  }
  await insertBatched(db, 'organizations', ['province_id', 'id', 'parent_id', 'path', 'name', 'kind', 'level', 'track', 'sort_key'], orgRows)

  const used = new Set<string>()
  const people: unknown[][] = []
  for (let i = 0; i < options.people; i++) {
    const sex = rng.chance(0.5) ? 'nam' : 'nu'
    const name = fullName(rng, sex, 'national')
    const born = birthDate(rng, 1960, 2004)
    const cccd = cccdNumber(rng, '019', sex, Number(born.slice(0, 4)), used)
    people.push([provinceId, randomUUID(), name, vietnameseNameSortKey(name), born, sex, cccd, units[i % units.length], CATEGORIES[i % CATEGORIES.length], i % 3 === 0])
  }
  const columns = ['province_id', 'id', 'full_name', 'sort_key', 'birth_date', 'sex', 'cccd', 'organization_id', 'category', 'direct_worker']
  for (let i = 0; i < people.length; i += 5000) {
    await insertBatched(db, 'people', columns, people.slice(i, i + 5000))
    options.onProgress?.(Math.min(people.length, i + 5000))
  }

  const password = 'DoHieuNang2025'
  const hash = await hashPassword(password)
  const suffix = provinceId.slice(0, 6)
  await insertBatched(db, 'accounts', ['province_id', 'id', 'username', 'password_hash', 'display_name', 'role', 'organization_id'], [
    [provinceId, randomUUID(), `bench.tinh.${suffix}`, hash, 'Cán bộ tỉnh', 'officer', root.id],
    [provinceId, randomUUID(), `bench.xa.${suffix}`, hash, 'Cán bộ xã', 'officer', communes[0]!.id],
  ])
  await db.query('ANALYZE')
  return { provinceId, communeIds: communes.map((c) => c.id), officerUsername: `bench.tinh.${suffix}`, communeOfficerUsername: `bench.xa.${suffix}`, password }
}
