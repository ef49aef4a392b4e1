// tdkt import on a folder: each plan becomes a draft acting as the given account (scope and audit
// log are that account's), each award decision writes the registry rows of the awardees matched in the
// account's scope and lists the others, other documents are skipped with the reason, unreadable files
// are errors.
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../server/db/client.ts'
import type { TestTenant } from '../server/testing/fixtures.ts'
import { openHistoryTest } from '../server/modules/history/history.testing.ts'
import { importCommand, runImport } from './import.ts'

const SEEDS = new URL('../documents/plan/fixtures/originals/', import.meta.url).pathname
const FIXTURES = new URL('../documents/parse/fixtures/', import.meta.url).pathname
const MB = 1024 * 1024

/** A decision of commune A: two of its three awardees are people of the test tenant. */
const DECISION_A = `ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ BÌNH THÀNH                           Độc lập - Tự do - Hạnh phúc
Số: 98/QĐ-UBND                          Bình Thành, ngày 22 tháng 12 năm 2023
QUYẾT ĐỊNH
Về việc công nhận danh hiệu Lao động tiên tiến năm 2023
CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH
Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;
QUYẾT ĐỊNH:
Điều 1. Công nhận danh hiệu “Lao động tiên tiến” năm 2023 cho 03 cá nhân, gồm:
1. Bà Đặng Thị Hòa, Giáo viên, Trường Tiểu học Bình Thành;
2. Ông Phạm Văn Khánh, Kế toán, Trường Tiểu học Bình Thành;
3. Ông Lò Văn Sáng, Trưởng xóm Đồng Tâm.
Điều 2. Quyết định có hiệu lực kể từ ngày ký./.
Nơi nhận:                               CHỦ TỊCH
- Lưu: VT.                              Ma Khánh Sơn
`

let db: Db
let tenant: TestTenant
let dir: string

beforeAll(async () => {
  const t = await openHistoryTest()
  db = t.db
  tenant = t.tenant
  await t.person({ fullName: 'Đặng Thị Hòa', sex: 'nu', birthDate: '1991-05-20' })
  await t.person({ fullName: 'Phạm Văn Khánh', birthDate: '1987-09-14' })
  dir = await mkdtemp(join(tmpdir(), 'tdkt-import-'))
  await mkdir(join(dir, 'nam-2025'))
  await copyFile(join(SEEDS, '000_8468e2e3de16952b.txt'), join(dir, 'ke-hoach-binh-thanh.txt'))
  await copyFile(join(SEEDS, '004_f920ffa2c7558e09.txt'), join(dir, 'nam-2025', 'ke-hoach-bac-son.txt'))
  await copyFile(join(FIXTURES, 'quyet-dinh-khen-thuong.txt'), join(dir, 'nam-2025', 'quyet-dinh.txt'))
  await copyFile(join(FIXTURES, 'to-trinh.txt'), join(dir, 'nam-2025', 'to-trinh.txt'))
  await writeFile(join(dir, 'quyet-dinh-binh-thanh.txt'), DECISION_A)
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

const registry = () =>
  db.query<{ subjectName: string; code: string; name: string; year: number; decisionNumber: string; source: string }>(
    `SELECT subject_name AS "subjectName", code, name, year, decision_number AS "decisionNumber", source FROM award_records WHERE province_id = $1 ORDER BY subject_name_folded`,
    [tenant.provinceId],
  )

const campaignsOf = (issuerId: string) =>
  db.query<{ id: string; status: string; title: string; created_by: string }>(`SELECT id, status, title, created_by FROM campaigns WHERE issuer_id = $1 ORDER BY title`, [issuerId])

describe('tdkt import', () => {
  it('creates a draft per plan, records the matched awardees of each decision, skips other documents, reports unreadable files and sums up', async () => {
    const { lines, summary } = await run(tenant.accounts.officerA!.username, tenant.org.communeA.name)
    expect(summary).toEqual({ created: 2, decisions: 2, awards: 2, skipped: 1, failed: 1 })
    const fileLines = lines.filter((l) => !l.startsWith('    '))
    expect(fileLines).toEqual([
      expect.stringMatching(/^✓ ke-hoach-binh-thanh\.txt — đã tạo dự thảo kế hoạch [0-9a-f-]{36} «Phát động Đợt thi đua đặc biệt/),
      expect.stringMatching(/^✓ nam-2025\/ke-hoach-bac-son\.txt — đã tạo dự thảo kế hoạch [0-9a-f-]{36} «Phát động phong trào thi đua/),
      '✓ nam-2025/quyet-dinh.txt — quyết định số 152/QĐ-UBND: 0 khen thưởng ghi vào sổ; 0 người nhận đã khớp, 5 chưa khớp',
      '– nam-2025/to-trinh.txt — bỏ qua: văn bản là «Tờ trình», không phải kế hoạch hay quyết định khen thưởng',
      '✓ quyet-dinh-binh-thanh.txt — quyết định số 98/QĐ-UBND: 2 khen thưởng ghi vào sổ; 2 người nhận đã khớp, 1 chưa khớp',
      '✗ rac.pdf — lỗi: Không đọc được tệp "rac.pdf": không phải văn bản, Word (.docx) hay PDF.',
      'Tổng cộng 6 tệp: 2 dự thảo đã tạo, 2 quyết định (2 khen thưởng ghi vào sổ), 1 bỏ qua, 1 lỗi.',
    ])
    expect(lines).toContain('    ? Lò Văn Sáng (Trưởng xóm Đồng Tâm) — chưa khớp')
    expect(lines).toContain('    ? Nguyễn Văn Hùng (Chủ tịch, Hội Nông dân xã Ân Tường) — chưa khớp')
    const lddt = { code: 'LDTT', name: 'Lao động tiên tiến', year: 2023, decisionNumber: '98/QĐ-UBND', source: 'import' }
    expect(await registry()).toEqual([{ subjectName: 'Đặng Thị Hòa', ...lddt }, { subjectName: 'Phạm Văn Khánh', ...lddt }])
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

  it('acts within the account\'s scope: an officer of commune B cannot import plans as commune A, nor find its people', async () => {
    const before = (await campaignsOf(tenant.org.communeA.id)).length
    const recorded = await registry()
    const { lines, summary } = await run(tenant.accounts.officerB!.username, tenant.org.communeA.id)
    expect(summary).toEqual({ created: 0, decisions: 2, awards: 0, skipped: 1, failed: 3 })
    expect(lines.filter((l) => l.includes('ke-hoach-') || l.includes('binh-thanh'))).toEqual([
      '✗ ke-hoach-binh-thanh.txt — lỗi: Đối tượng này thuộc đơn vị ngoài phạm vi quản lý của bạn.',
      '✗ nam-2025/ke-hoach-bac-son.txt — lỗi: Đối tượng này thuộc đơn vị ngoài phạm vi quản lý của bạn.',
      '✓ quyet-dinh-binh-thanh.txt — quyết định số 98/QĐ-UBND: 0 khen thưởng ghi vào sổ; 0 người nhận đã khớp, 3 chưa khớp',
    ])
    expect(await campaignsOf(tenant.org.communeA.id)).toHaveLength(before)
    expect(await registry()).toEqual(recorded)
  })

  it('writes a decision imported again no second time, saying why', async () => {
    const recorded = await registry()
    const { lines, summary } = await run(tenant.accounts.officerA!.username, tenant.org.communeA.name)
    expect(summary).toMatchObject({ decisions: 2, awards: 0 })
    expect(lines).toContain('    – Đặng Thị Hòa — bỏ qua: Đặng Thị Hòa đã có «Lao động tiên tiến» năm 2023 theo quyết định số 98/QĐ-UBND trong sổ khen thưởng')
    expect(await registry()).toEqual(recorded)
  })

  it('refuses an unknown account or issuer before reading any file, and a call without the options', async () => {
    await expect(run('khong-co-ai', tenant.org.communeA.id)).rejects.toThrow('Không tìm thấy tài khoản «khong-co-ai»')
    await expect(run(tenant.accounts.officerA!.username, 'Xã Không Có')).rejects.toThrow('Không tìm thấy cơ quan ban hành tên «Xã Không Có»')
    await expect(importCommand([dir, '--as', 'admin'])).rejects.toThrow(/^Cách dùng: tdkt import/)
  })
})
