// The demo histories give the 2025 review a realistic mix: someone eligible and someone not (or undecided)
// for every title the demo is meant to show, with the named cases where the seed puts them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db/client.ts'
import { openTestDb } from '../testing/test-db.ts'
import { ApiClient, testApp } from '../testing/api-client.ts'
import { DEMO_PASSWORD, seedDemo } from './seed-demo.ts'

let db: Db
let binhThanh: ApiClient
let bacSon: ApiClient

beforeAll(async () => {
  db = await openTestDb()
  await seedDemo(db, { replace: false })
  const app = testApp(db)
  binhThanh = await ApiClient.signIn(app, 'binhthanh.vanphong', DEMO_PASSWORD)
  bacSon = await ApiClient.signIn(app, 'bacson.vanphong', DEMO_PASSWORD)
})
afterAll(() => db.close())

type Item = { name: string; eligible: boolean | null; reason: { id: string } | null }
const eligible = async (client: ApiClient, target: string) => {
  const res = await client.get(`/api/eligible?target=${target}&date=2025-12-20&pageSize=1000`)
  expect(res.status).toBe(200)
  return { counts: res.body.counts as { eligible: number; unknown: number; notEligible: number }, items: res.body.items as Item[] }
}

describe('demo histories', () => {
  it('show eligible and not eligible subjects for each title of the 2025 review in Bình Thành', async () => {
    for (const target of ['LDTT', 'CSTDCS', 'TTLDTT', 'GIAY_KHEN_CHU_TICH_XA', 'BANG_KHEN_CHU_TICH_TINH', 'GIA_DINH_VAN_HOA']) {
      const { counts } = await eligible(binhThanh, target)
      expect(counts.eligible, target).toBeGreaterThan(0)
      expect(counts.notEligible + counts.unknown, target).toBeGreaterThan(0)
    }
    const bangKhen = await eligible(binhThanh, 'BANG_KHEN_CHU_TICH_TINH')
    expect(bangKhen.items.find((i) => i.name === 'Hoàng Thị Thu Hương')?.eligible).toBe(true)
    const ldtt = await eligible(binhThanh, 'LDTT')
    expect(ldtt.items.filter((i) => i.reason?.id === 'block.discipline')).toHaveLength(1)
    expect(ldtt.items.find((i) => i.name === 'Nguyễn Văn Ân')).toMatchObject({ eligible: true }) // a village head who farms
    const ttldtt = await eligible(binhThanh, 'TTLDTT')
    expect(ttldtt.items.filter((i) => i.eligible === false).map((i) => i.reason?.id).sort()).toEqual(['ttldtt.ldtt_share', 'ttldtt.member_discipline'])
    const gdvh = await eligible(binhThanh, 'GIA_DINH_VAN_HOA')
    expect(gdvh.items.filter((i) => i.reason?.id === 'gdvh.exclusions')).toHaveLength(1)
  })

  it('block a pending complaint and a newcomer in Bắc Sơn, and show one achievement commended by two tracks', async () => {
    const ldtt = await eligible(bacSon, 'LDTT')
    expect(ldtt.items.filter((i) => i.reason?.id === 'block.pending')).toHaveLength(1)
    expect(ldtt.items.some((i) => i.reason?.id === 'ldtt.service')).toBe(true)
    const duplicates = await binhThanh.get('/api/registry/duplicates')
    expect(duplicates.body.groups.map((g: { year: number; rows: { code: string }[] }) => [g.year, g.rows.map((r) => r.code).sort()])).toEqual([[2024, ['BANG_KHEN_CHU_TICH_TINH', 'GIAY_KHEN_DANG_UY_DANG_VIEN']]])
  })
})
