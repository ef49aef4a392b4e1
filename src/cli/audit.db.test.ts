import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { loadConfig } from '../server/config.ts'
import { openDatabase } from '../server/db/open.ts'
import { auditCommand } from './audit.ts'

// The command opens the embedded database of TDKT_DATA_DIR, as an administrator would run it.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-audit-'))
const env = { ...process.env, TDKT_DATA_DIR: dataDir, DATABASE_URL: '' }

async function withDb(work: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<void>) {
  const opened = await openDatabase(loadConfig(env))
  try {
    await work(opened.db)
  } finally {
    await opened.close()
  }
}

async function run(...args: string[]): Promise<{ out: string; exitCode: number }> {
  const lines: string[] = []
  const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line))
  const saved = { dir: process.env.TDKT_DATA_DIR, url: process.env.DATABASE_URL, exitCode: process.exitCode }
  Object.assign(process.env, { TDKT_DATA_DIR: dataDir, DATABASE_URL: '' })
  process.exitCode = 0
  try {
    await auditCommand(args)
    return { out: lines.join('\n'), exitCode: Number(process.exitCode ?? 0) }
  } finally {
    log.mockRestore()
    process.env.TDKT_DATA_DIR = saved.dir
    process.env.DATABASE_URL = saved.url
    process.exitCode = saved.exitCode
  }
}

beforeAll(async () => {
  await withDb(async (db) => {
    const province = randomUUID()
    await db.query(`INSERT INTO provinces (id, code, name) VALUES ($1, 'AU', 'Tỉnh Kiểm Tra')`, [province])
    for (const summary of ['Tạo tài khoản', 'Sửa kế hoạch', 'Ban hành quyết định']) {
      await db.query(`INSERT INTO audit_log (province_id, id, actor_name, action, entity, summary) VALUES ($1, $2, 'Quản trị', 'create', 'account', $3)`, [province, randomUUID(), summary])
    }
  })
})
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

describe('tdkt audit verify', () => {
  it('prints each chain head, checks a head recorded earlier, and fails once an entry was changed behind the application', async () => {
    const ok = await run('verify')
    expect(ok.exitCode).toBe(0)
    const head = /✓ Tỉnh .*: 3 mục, đầu chuỗi (3:[0-9a-f]{64})/.exec(ok.out)?.[1]
    expect(head).toBeDefined()
    expect((await run('verify', '--expect-head', head!)).exitCode).toBe(0)

    await withDb(async (db) => {
      await db.query('ALTER TABLE audit_log DISABLE TRIGGER USER')
      await db.query(`UPDATE audit_log SET summary = 'Không ban hành' WHERE seq = 3`)
      await db.query('ALTER TABLE audit_log ENABLE TRIGGER USER')
    })
    const broken = await run('verify')
    expect(broken.exitCode).toBe(1)
    expect(broken.out).toMatch(/✗ Tỉnh .*\n\s+Mục số 3 .*đã bị sửa/)
    expect(broken.out).toMatch(/Phát hiện sai lệch ở 1 chuỗi/)
  })

  it('explains its usage and a malformed head in Vietnamese', async () => {
    await expect(run('kiểm-tra')).rejects.toThrow(/Cách dùng: tdkt audit verify/)
    await expect(run('verify', '--expect-head', 'abc')).rejects.toThrow(/--expect-head phải có dạng SỐ:MÃ_BĂM/)
  })
})
