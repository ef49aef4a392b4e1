// tdkt import on a folder: each plan becomes a draft acting as the given account (scope and audit
// log are that account's), other documents are skipped with the reason, unreadable files are errors.
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../server/db/client.ts'
import { openTestDb } from '../server/testing/test-db.ts'
import { createTestTenant, type TestTenant } from '../server/testing/fixtures.ts'
import { importCommand, runImport } from './import.ts'

const SEEDS = new URL('../documents/plan/fixtures/originals/', import.meta.url).pathname
const DECISION = new URL('../documents/parse/fixtures/quyet-dinh-khen-thuong.txt', import.meta.url).pathname
const MB = 1024 * 1024

let db: Db
let tenant: TestTenant
let dir: string

beforeAll(async () => {
  db = await openTestDb()
  tenant = await createTestTenant(db)
  dir = await mkdtemp(join(tmpdir(), 'tdkt-import-'))
  await mkdir(join(dir, 'nam-2025'))
  await copyFile(join(SEEDS, '000_8468e2e3de16952b.txt'), join(dir, 'ke-hoach-binh-thanh.txt'))
  await copyFile(join(SEEDS, '004_f920ffa2c7558e09.txt'), join(dir, 'nam-2025', 'ke-hoach-bac-son.txt'))
  await copyFile(DECISION, join(dir, 'nam-2025', 'quyet-dinh.txt'))
  await writeFile(join(dir, 'rac.pdf'), Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256))
  await writeFile(join(dir, 'danh-sach.xlsx'), 'không phải văn bản')
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
  await db.close()
})

const run = async (username: string, issuer: string) => {
  const lines: string[] = []
  const summary = await runImport(db, { path: dir, issuer, username, maxBytes: 10 * MB }, (line) => lines.push(line))
  return { lines, summary }
}

const campaignsOf = (issuerId: string) =>
  db.query<{ id: string; status: string; title: string; created_by: string }>(`SELECT id, status, title, created_by FROM campaigns WHERE issuer_id = $1 ORDER BY title`, [issuerId])

describe('tdkt import', () => {
  it('creates a draft per plan, skips other documents, reports unreadable files and sums up', async () => {
    const { lines, summary } = await run(tenant.accounts.officerA!.username, tenant.org.communeA.name)
    expect(summary).toEqual({ created: 2, skipped: 1, failed: 1 })
    const fileLines = lines.filter((l) => !l.startsWith('    '))
    expect(fileLines).toEqual([
      expect.stringMatching(/^✓ ke-hoach-binh-thanh\.txt — đã tạo dự thảo kế hoạch [0-9a-f-]{36} «Phát động Đợt thi đua đặc biệt/),
      expect.stringMatching(/^✓ nam-2025\/ke-hoach-bac-son\.txt — đã tạo dự thảo kế hoạch [0-9a-f-]{36} «Phát động phong trào thi đua/),
      '– nam-2025/quyet-dinh.txt — bỏ qua: văn bản là «Quyết định», không phải kế hoạch',
      '✗ rac.pdf — lỗi: Không đọc được tệp "rac.pdf": không phải văn bản, Word (.docx) hay PDF.',
      'Tổng cộng 4 tệp: 2 dự thảo đã tạo, 1 bỏ qua, 1 lỗi.',
    ])
    expect(lines).toContain('    ! Ký hiệu: không tìm thấy trong văn bản — đã dùng «KH-UBND» của cơ quan ban hành')

    const drafts = await campaignsOf(tenant.org.communeA.id)
    expect(drafts).toHaveLength(2)
    expect(drafts.every((d) => d.status === 'draft' && d.created_by === tenant.accounts.officerA!.id)).toBe(true)
    const audit = await db.query<{ action: string; actor_id: string; summary: string }>(
      `SELECT action, actor_id, summary FROM audit_log WHERE action = 'import' AND entity_id = ANY($1::uuid[]) ORDER BY summary`,
      [drafts.map((d) => d.id)],
    )
    expect(audit.map((a) => [a.actor_id, a.summary.replace(/^.* từ tệp /, '')])).toEqual([
      [tenant.accounts.officerA!.id, '"ke-hoach-bac-son.txt"'],
      [tenant.accounts.officerA!.id, '"ke-hoach-binh-thanh.txt"'],
    ])
  })

  it('acts within the account\'s scope: an officer of commune B cannot import plans as commune A', async () => {
    const before = (await campaignsOf(tenant.org.communeA.id)).length
    const { lines, summary } = await run(tenant.accounts.officerB!.username, tenant.org.communeA.id)
    expect(summary).toEqual({ created: 0, skipped: 1, failed: 3 })
    expect(lines.filter((l) => l.includes('ke-hoach-'))).toEqual([
      '✗ ke-hoach-binh-thanh.txt — lỗi: Đối tượng này thuộc đơn vị ngoài phạm vi quản lý của bạn.',
      '✗ nam-2025/ke-hoach-bac-son.txt — lỗi: Đối tượng này thuộc đơn vị ngoài phạm vi quản lý của bạn.',
    ])
    expect(await campaignsOf(tenant.org.communeA.id)).toHaveLength(before)
  })

  it('refuses an unknown account or issuer before reading any file, and a call without the options', async () => {
    await expect(run('khong-co-ai', tenant.org.communeA.id)).rejects.toThrow('Không tìm thấy tài khoản «khong-co-ai»')
    await expect(run(tenant.accounts.officerA!.username, 'Xã Không Có')).rejects.toThrow('Không tìm thấy cơ quan ban hành tên «Xã Không Có»')
    await expect(importCommand([dir, '--as', 'admin'])).rejects.toThrow(/^Cách dùng: tdkt import/)
  })
})
