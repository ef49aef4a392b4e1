import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPglite, type Db } from './client.ts'
import { backupDatabase, restoreDatabase } from './backup.ts'
import { openTestDb } from '../testing/test-db.ts'
import { seedDemo } from '../demo/seed-demo.ts'
import { createTestTenant } from '../testing/fixtures.ts'
import { verifyAuditChain } from '../audit/audit-chain.ts'
import { notifyAccounts } from '../modules/notifications/notify.ts'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-backup-'))
const file = path.join(dir, 'demo.tdkt.gz')
let source: Db

/** Every table's row count and a digest of its rows in a fixed order (time in UTC, so both drivers agree). */
async function fingerprint(db: Db): Promise<Record<string, string>> {
  return db.transaction(async (tx) => {
    await tx.query(`SET LOCAL TimeZone = 'UTC'`)
    const names = (await tx.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations' ORDER BY 1`,
    )).map((r) => r.name)
    const out: Record<string, string> = {}
    for (const name of names) {
      const [r] = await tx.query<{ n: number; digest: string | null }>(`SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${name}" t`)
      out[name] = `${r!.n}:${r!.digest ?? '-'}`
    }
    return out
  })
}

beforeAll(async () => {
  source = await openTestDb()
  await seedDemo(source, { replace: false })
  await createTestTenant(source)
})
afterAll(async () => {
  await source.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('backup and restore', () => {
  it('round-trips every table into an empty embedded database and into an empty database of the test driver', async () => {
    const { tables, rows } = await backupDatabase(source, file)
    expect(tables).toBeGreaterThan(30)
    expect(rows).toBeGreaterThan(1000)
    const expected = await fingerprint(source)
    expect(Object.values(expected).filter((v) => !v.startsWith('0:')).length).toBeGreaterThan(20)

    const fresh = await openPglite()
    const other = await openTestDb()
    try {
      for (const target of [fresh, other]) {
        const result = await restoreDatabase(target, file)
        expect(result).toMatchObject({ tables, rows, migrated: [] })
        expect(await fingerprint(target)).toEqual(expected)
        // generated columns are recomputed, the audit chain still verifies, and the restored database works on
        expect((await target.query<{ n: number }>(`SELECT count(*)::int AS n FROM people WHERE name_folded IS NOT NULL`))[0]!.n).toBeGreaterThan(0)
        expect((await verifyAuditChain(target)).flatMap((r) => r.problems)).toEqual([])
        await createTestTenant(target)
        expect((await verifyAuditChain(target)).flatMap((r) => r.problems)).toEqual([])
        // identity columns kept their numbers, and the next one written comes after them
        const [latest] = await target.query<{ province_id: string; account_id: string; seq: string }>(
          `SELECT province_id, account_id, seq FROM notifications ORDER BY seq DESC LIMIT 1`,
        )
        await target.transaction((tx) => notifyAccounts(tx, latest!.province_id, [latest!.account_id], { kind: 'test.restore', title: 'Sau khôi phục' }))
        const [next] = await target.query<{ title: string; seq: string }>(`SELECT title, seq FROM notifications ORDER BY seq DESC LIMIT 1`)
        expect(next).toMatchObject({ title: 'Sau khôi phục' })
        expect(BigInt(next!.seq)).toBeGreaterThan(BigInt(latest!.seq))
      }
    } finally {
      await fresh.close()
      await other.close()
    }
  })

  it('refuses to restore over data, or a file that is not a backup, in Vietnamese, changing nothing', async () => {
    await backupDatabase(source, file)
    const before = await fingerprint(source)
    await expect(restoreDatabase(source, file)).rejects.toThrow('Cơ sở dữ liệu đích đã có dữ liệu; chỉ khôi phục vào cơ sở dữ liệu trống để không ghi đè dữ liệu đang dùng')
    expect(await fingerprint(source)).toEqual(before)

    const junk = path.join(dir, 'junk.gz')
    fs.writeFileSync(junk, zlib.gzipSync('xin chào'))
    const empty = await openPglite()
    try {
      await expect(restoreDatabase(empty, junk)).rejects.toThrow(/không phải tệp sao lưu tdkt/)
      await expect(restoreDatabase(empty, path.join(dir, 'missing.gz'))).rejects.toThrow(/Không tìm thấy tệp sao lưu/)
      expect((await empty.query(`SELECT to_regclass('public.provinces') AS t`))[0]).toEqual({ t: null })
    } finally {
      await empty.close()
    }
  })
})
