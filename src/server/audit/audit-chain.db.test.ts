import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db/client.ts'
import { openTestDb } from '../testing/test-db.ts'
import { createTestTenant, type TestTenant } from '../testing/fixtures.ts'
import { ApiClient, testApp } from '../testing/api-client.ts'
import { verifyAuditChain } from './audit-chain.ts'

let db: Db
let tenant: TestTenant
let officer: ApiClient

const chainOf = async (t: TestTenant) => (await verifyAuditChain(db, t.provinceId))[0]!

/** Changes rows the way only someone with the database's owner rights can: with the guard triggers off. */
async function behindTheApplication(sql: string, params: unknown[]) {
  await db.transaction(async (tx) => {
    await tx.query('ALTER TABLE audit_log DISABLE TRIGGER USER')
    await tx.query(sql, params)
    await tx.query('ALTER TABLE audit_log ENABLE TRIGGER USER')
  })
}

beforeAll(async () => {
  db = await openTestDb()
  tenant = await createTestTenant(db)
  officer = await ApiClient.signIn(testApp(db), tenant.accounts.officerA!.username)
})
afterAll(() => db.close())

describe('the audit hash chain', () => {
  it('seals every entry at commit: numbered without gaps, each hash over the previous one, Vietnamese and JSON content included', async () => {
    const before = await chainOf(tenant)
    // more than nine entries, so that numeric order and text order of the numbers differ
    for (const name of ['Xóm Đồng Tâm', 'Tổ dân phố Hòa Bình', 'Xóm "Mới" – 2', ...Array.from({ length: 9 }, (_, i) => `Xóm ${i + 4}`)]) {
      expect((await officer.post('/api/organizations', { parentId: tenant.org.communeA.id, name, kind: 'village' })).status).toBe(201)
    }
    const after = await chainOf(tenant)
    expect(after.problems).toEqual([])
    expect(after.head.seq).toBeGreaterThanOrEqual(before.head.seq + 12)
    const rows = await db.query<{ seq: number; prevHash: string; hash: string }>(
      `SELECT seq::int AS seq, prev_hash AS "prevHash", hash FROM audit_log WHERE province_id = $1 ORDER BY seq`, [tenant.provinceId])
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1))
    rows.slice(1).forEach((r, i) => expect(r.prevHash).toBe(rows[i]!.hash))
  })

  it('keeps a rolled-back entry out of the chain', async () => {
    const head = (await chainOf(tenant)).head
    await expect(db.transaction(async (tx) => {
      await tx.query(`INSERT INTO audit_log (province_id, id, actor_name, action, entity) VALUES ($1, $2, 'x', 'create', 'person')`, [tenant.provinceId, randomUUID()])
      throw new Error('rollback')
    })).rejects.toThrow('rollback')
    expect((await chainOf(tenant)).head).toEqual(head)
  })

  it('refuses an entry that brings its own chain columns, and any later change', async () => {
    await expect(db.query(`INSERT INTO audit_log (province_id, id, actor_name, action, entity, seq, hash) VALUES ($1, $2, 'x', 'create', 'person', 999, 'ff')`, [tenant.provinceId, randomUUID()]))
      .rejects.toThrow(/niêm phong/)
    await expect(db.query(`UPDATE audit_log SET hash = NULL WHERE province_id = $1`, [tenant.provinceId])).rejects.toThrow(/append-only/)
  })

  it('detects an entry edited, deleted or removed from the end behind the application', async () => {
    const other = await createTestTenant(db)
    const client = await ApiClient.signIn(testApp(db), other.accounts.officerA!.username)
    for (const name of ['Xóm 1', 'Xóm 2', 'Xóm 3', 'Xóm 4']) await client.post('/api/organizations', { parentId: other.org.communeA.id, name, kind: 'village' })
    const { head } = await chainOf(other)
    expect((await chainOf(other)).problems).toEqual([])

    await behindTheApplication(`UPDATE audit_log SET summary = 'Đã sửa' WHERE province_id = $1 AND seq = $2`, [other.provinceId, head.seq - 2])
    expect((await chainOf(other)).problems).toEqual([expect.stringMatching(new RegExp(`^Mục số ${head.seq - 2} .*đã bị sửa`))])

    await behindTheApplication(`DELETE FROM audit_log WHERE province_id = $1 AND seq = $2`, [other.provinceId, head.seq - 1])
    expect((await chainOf(other)).problems).toEqual(expect.arrayContaining([`Chuỗi bị đứt trước mục số ${head.seq}: thiếu mục số ${head.seq - 1}`]))

    await behindTheApplication(`DELETE FROM audit_log WHERE province_id = $1 AND seq = $2`, [other.provinceId, head.seq])
    expect((await chainOf(other)).problems).toEqual(expect.arrayContaining([expect.stringMatching(/Đầu chuỗi ghi số .* các mục cuối đã bị xóa/)]))
    // the first tenant's chain is untouched
    expect((await chainOf(tenant)).problems).toEqual([])
  })
})
