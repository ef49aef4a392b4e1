import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db/client.ts'
import { openTestDb } from '../testing/test-db.ts'
import { ApiClient, testApp } from '../testing/api-client.ts'
import { ROLES } from '../auth/policy.ts'
import { cccdMatchesPerson, type Sex } from '../../shared/people.ts'
import { verifyAuditChain } from '../audit/audit-chain.ts'
import { DEMO_PASSWORD, hasAnyTenant, seedDemo, type DemoResult } from './seed-demo.ts'

let db: Db
let first: DemoResult
let provinceId: string

beforeAll(async () => {
  db = await openTestDb()
  expect(await hasAnyTenant(db)).toBe(false)
  first = await seedDemo(db, { replace: false })
  provinceId = (await db.query<{ id: string }>(`SELECT id FROM provinces WHERE code = 'TN'`))[0]!.id
})
afterAll(() => db.close())

const counts = async () =>
  (await db.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM organizations WHERE province_id = $1) AS organizations,
            (SELECT count(*)::int FROM people WHERE province_id = $1) AS people,
            (SELECT count(*)::int FROM households WHERE province_id = $1) AS households,
            (SELECT count(*)::int FROM clusters WHERE province_id = $1) AS clusters,
            (SELECT count(*)::int FROM cluster_members WHERE province_id = $1) AS members,
            (SELECT count(*)::int FROM accounts WHERE province_id = $1) AS accounts`,
    [provinceId],
  ))[0]!

describe('demo data', () => {
  it('creates a few hundred people with unique, well-formed CCCDs', async () => {
    const people = await db.query<{ full_name: string; cccd: string; sex: Sex; birth_date: string }>(
      'SELECT full_name, cccd, sex, birth_date FROM people WHERE province_id = $1', [provinceId])
    expect(people.length).toBeGreaterThanOrEqual(300)
    expect(people.length).toBe(first.people)
    expect(new Set(people.map((p) => p.cccd)).size).toBe(people.length)
    for (const p of people) {
      expect(cccdMatchesPerson(p.cccd, { sex: p.sex, birthDate: p.birth_date }), `${p.full_name} ${p.cccd}`).toBeNull()
      expect(p.birth_date >= '1960-01-01' && p.birth_date <= '2003-12-31').toBe(true)
      if (/ Văn /.test(p.full_name)) expect(p.sex).toBe('nam')
      if (/ Thị /.test(p.full_name)) expect(p.sex).toBe('nu')
    }
    const names = people.map((p) => p.full_name)
    for (const name of ['Ma Khánh Sơn', 'Nguyễn Đức Soán', 'Trịnh Minh Tuấn', 'Lê Văn Phúc', 'Vương Quốc Tuấn', 'Nguyễn Văn An', 'Nguyễn Văn Ân', 'Đặng Thị Hòa']) {
      expect(names).toContain(name)
    }
    const folded = await db.query<{ full_name: string }>(
      `SELECT full_name FROM people WHERE province_id = $1 AND tdkt_fold(full_name) = tdkt_fold('Nguyen Van An') ORDER BY full_name`, [provinceId])
    expect(folded.map((p) => p.full_name)).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Ân'])
  })

  it('has the four communes, 14 xóm in Bình Thành and the cell of An Điền 2', async () => {
    const communes = await db.query<{ name: string }>(
      `SELECT name FROM organizations WHERE province_id = $1 AND kind = 'commune' AND valid_to IS NULL ORDER BY name`, [provinceId])
    expect(communes.map((c) => c.name)).toEqual(expect.arrayContaining(['Xã Bình Thành', 'Xã Bình An', 'Xã Bình Chương', 'Xã Bắc Sơn']))
    const xom = await db.query<{ name: string }>(
      `SELECT v.name FROM organizations v JOIN organizations c ON c.province_id = v.province_id AND c.id = v.parent_id
        WHERE v.province_id = $1 AND v.kind = 'village' AND c.name = 'Xã Bình Thành'`, [provinceId])
    expect(xom).toHaveLength(14)
    const cell = await db.query(`SELECT 1 FROM organizations WHERE province_id = $1 AND kind = 'party_cell' AND name = 'Chi bộ thôn An Điền 2'`, [provinceId])
    expect(cell).toHaveLength(1)
    const badPaths = await db.query(
      `SELECT o.id FROM organizations o LEFT JOIN organizations p ON p.province_id = o.province_id AND p.id = o.parent_id
        WHERE o.province_id = $1 AND o.path <> coalesce(p.path, '/') || o.id::text || '/'`, [provinceId])
    expect(badPaths).toEqual([])
  })

  it('links households to villages and heads', async () => {
    const rows = await db.query<{ households: number; with_head: number; members: number }>(
      `SELECT count(*)::int AS households, count(head_person_id)::int AS with_head,
              (SELECT count(*)::int FROM people WHERE province_id = $1 AND household_id IS NOT NULL) AS members
         FROM households h WHERE province_id = $1`, [provinceId])
    expect(rows[0]!.households).toBeGreaterThanOrEqual(90)
    expect(rows[0]!.with_head).toBeGreaterThan(rows[0]!.households * 0.8)
    const mismatched = await db.query(
      `SELECT h.id FROM households h JOIN people p ON p.province_id = h.province_id AND p.id = h.head_person_id
        WHERE h.province_id = $1 AND (p.full_name <> h.head_name OR p.household_id <> h.id OR p.organization_id <> h.organization_id)`, [provinceId])
    expect(mismatched).toEqual([])
  })

  it('signs in every role through the API and resolves a merged commune to its successor', async () => {
    const app = testApp(db)
    expect(new Set(first.signIns.map((s) => s.role))).toEqual(new Set(ROLES))
    let admin: ApiClient | undefined
    for (const s of first.signIns) {
      expect(s.password).toBe(DEMO_PASSWORD)
      const client = await ApiClient.signIn(app, s.username, s.password)
      if (s.username === 'admin') admin = client
    }
    const old = (await db.query<{ id: string }>(`SELECT id FROM organizations WHERE province_id = $1 AND name = 'Xã Bình Thành (cũ)'`, [provinceId]))[0]!
    const res = await admin!.get(`/api/organizations/${old.id}`)
    expect(res.status).toBe(200)
    expect(res.body.validTo).toBe('2025-06-30')
    expect(res.body.currentSuccessor.name).toBe('Xã Bình Thành')
    const village = (await db.query<{ id: string }>(`SELECT id FROM organizations WHERE province_id = $1 AND name = 'Xóm Đồng Hút 1'`, [provinceId]))[0]!
    expect((await admin!.get(`/api/organizations/${village.id}`)).body.currentSuccessor.name).toBe('Xóm Đồng Hút')

    const clusters = await admin!.get('/api/clusters')
    expect(clusters.body.items.map((c: { name: string }) => c.name)).toContain('Cụm thi đua các xã phía Bắc')
  })

  it('reseeds with replace twice, keeping the audit trail and yielding the same data', async () => {
    await expect(seedDemo(db, { replace: false })).rejects.toThrow(/TN/)
    const before = await counts()
    const cccds = async () => (await db.query<{ cccd: string }>('SELECT cccd FROM people WHERE province_id = $1 ORDER BY cccd', [provinceId])).map((r) => r.cccd)
    const firstCccds = await cccds()
    const auditBefore = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log WHERE province_id = $1', [provinceId]))[0]!.n
    // The commendation workflow is written through the use cases, each with its audit rows; the demo's own row is the one seed_demo.
    const workflowRows = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE province_id = $1 AND action <> 'seed_demo'`, [provinceId]))[0]!.n
    expect(workflowRows).toBeGreaterThan(50)

    const second = await seedDemo(db, { replace: true })
    const third = await seedDemo(db, { replace: true })
    expect(await counts()).toEqual(before)
    expect(second.people).toBe(first.people)
    expect(third.organizations).toBe(first.organizations)
    expect(await cccds()).toEqual(firstCccds)
    expect((await db.query(`SELECT id FROM provinces WHERE code = 'TN'`))).toEqual([{ id: provinceId }])
    const audit = await db.query<{ actor_id: string | null; actor_name: string; summary: string }>(
      `SELECT actor_id, actor_name, summary FROM audit_log WHERE province_id = $1 AND action = 'seed_demo'`, [provinceId])
    expect(audit).toHaveLength(3)
    expect(audit.every((a) => a.actor_id === null && a.actor_name === 'Hệ thống' && a.summary.startsWith('Tạo dữ liệu mẫu'))).toBe(true)
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log WHERE province_id = $1', [provinceId]))[0]!.n).toBe(auditBefore + 2 * (1 + workflowRows))
    // The wipe keeps the chain's head with the log: the kept and the new entries form one intact chain.
    const [chain] = await verifyAuditChain(db, provinceId)
    expect(chain).toMatchObject({ entries: auditBefore + 2 * (1 + workflowRows), problems: [] })

    const app = testApp(db)
    await ApiClient.signIn(app, 'binhthanh.vanphong', DEMO_PASSWORD)
  }, 180_000) // three full seedings of the demo province
})
