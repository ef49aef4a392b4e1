// A small tenant for use-case and API tests: province → two communes → units, one account per role.
import { randomUUID } from 'node:crypto'
import type { Db } from '../db/client.ts'
import { hashPassword } from '../auth/password.ts'
import { ORGANIZATION_KINDS, type OrganizationKind } from '../../shared/organizations.ts'
import { vietnameseTextSortKey } from '../../shared/vietnamese.ts'
import type { Actor, Role } from '../auth/policy.ts'

export const TEST_PASSWORD = 'MatKhau-2025'
let cachedHash: Promise<string> | undefined

export interface TestTenant {
  provinceId: string
  org: Record<'province' | 'communeA' | 'communeB' | 'villageA1' | 'schoolA' | 'partyCellA', { id: string; path: string; name: string }>
  accounts: Record<string, { id: string; username: string; role: Role; organizationId: string }>
  actor(name: string): Actor
}

export async function createTestTenant(db: Db, code = `T${randomUUID().slice(0, 6)}`): Promise<TestTenant> {
  const provinceId = randomUUID()
  await db.query('INSERT INTO provinces (id, code, name) VALUES ($1, $2, $3)', [provinceId, code, `Tỉnh Thử nghiệm ${code}`])
  const org = {} as TestTenant['org']
  const add = async (key: keyof TestTenant['org'], name: string, kind: OrganizationKind, parent?: { id: string; path: string }) => {
    const id = randomUUID()
    const path = `${parent?.path ?? '/'}${id}/`
    const k = ORGANIZATION_KINDS[kind]
    await db.query(
      `INSERT INTO organizations (province_id, id, parent_id, path, name, kind, level, track, sort_key) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
      [provinceId, id, parent?.id ?? null, path, name, kind, k.level, k.track, vietnameseTextSortKey(name)],
    )
    org[key] = { id, path, name }
    return org[key]
  }
  const province = await add('province', 'Tỉnh Thử nghiệm', 'province')
  const communeA = await add('communeA', 'Xã Bình Thành', 'commune', province)
  await add('communeB', 'Xã Bắc Sơn', 'commune', province)
  await add('villageA1', 'Xóm Đồng Tâm', 'village', communeA)
  await add('schoolA', 'Trường Tiểu học Bình Thành', 'public_service', communeA)
  await add('partyCellA', 'Chi bộ xóm Đồng Tâm', 'party_cell', communeA)

  cachedHash ??= hashPassword(TEST_PASSWORD)
  const passwordHash = await cachedHash
  const accounts: TestTenant['accounts'] = {}
  const account = async (name: string, role: Role, orgKey: keyof TestTenant['org']) => {
    const id = randomUUID()
    const username = `${name}.${code}`.toLowerCase()
    await db.query(
      `INSERT INTO accounts (province_id, id, username, password_hash, display_name, role, organization_id) VALUES ($1,$2,$3,$4,$5,$6,$7)`,
      [provinceId, id, username, passwordHash, `Người dùng ${name}`, role, org[orgKey].id],
    )
    accounts[name] = { id, username, role, organizationId: org[orgKey].id }
  }
  await account('admin', 'admin', 'province')
  await account('provinceOfficer', 'officer', 'province')
  await account('officerA', 'officer', 'communeA')
  await account('officerB', 'officer', 'communeB')
  await account('signerA', 'signer', 'communeA')
  await account('councilA', 'council_member', 'communeA')
  await account('unitSchoolA', 'unit', 'schoolA')

  const pathOf = (organizationId: string) => Object.values(org).find((o) => o.id === organizationId)!.path
  return {
    provinceId,
    org,
    accounts,
    actor(name) {
      const a = accounts[name]!
      return { accountId: a.id, provinceId, username: a.username, displayName: `Người dùng ${name}`, role: a.role, organizationId: a.organizationId, organizationPath: pathOf(a.organizationId) }
    },
  }
}
