// The demo histories give the 2025 review a realistic mix: someone eligible and someone not (or undecided)
// for every title the demo is meant to show, with the named cases where the seed puts them; and the 2026
// review, as "who is eligible" shows it in November 2026, a mix of eligible, not eligible and undecided.
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
const eligible = async (client: ApiClient, target: string, date = '2025-12-20') => {
  const res = await client.get(`/api/eligible?target=${target}&date=${date}&pageSize=1000`)
  expect(res.status).toBe(200)
  expect(res.body.year).toBe(Number(date.slice(0, 4)))
  expect(res.body.ruleSet.id).toBe('ND152_2025') // today's rule set (Decrees 152/2025 and 129/2025)
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

  it('show the 2026 review as the list opens in November 2026: eligible, not eligible and undecided, the 2025 stories carried on', async () => {
    const november = '2026-11-21'
    for (const target of ['LDTT', 'CSTDCS']) {
      const { counts } = await eligible(binhThanh, target, november)
      expect(counts.eligible, target).toBeGreaterThan(0)
      expect(counts.notEligible, target).toBeGreaterThan(0)
      expect(counts.unknown, target).toBeGreaterThan(0)
    }
    for (const target of ['TTLDTT', 'BANG_KHEN_CHU_TICH_TINH', 'GIA_DINH_VAN_HOA', 'THON_VAN_HOA']) {
      const { counts } = await eligible(binhThanh, target, november)
      expect(counts.eligible, target).toBeGreaterThan(0)
      expect(counts.notEligible + counts.unknown, target).toBeGreaterThan(0)
    }
    const ldtt = await eligible(binhThanh, 'LDTT', november)
    expect(ldtt.items.filter((i) => i.reason?.id === 'block.discipline')).toHaveLength(1) // the 2026 reprimand; the 2025 one has ended
    expect(ldtt.items.find((i) => i.name === 'Nguyễn Văn Ân')).toMatchObject({ eligible: true })
    const bangKhen = await eligible(binhThanh, 'BANG_KHEN_CHU_TICH_TINH', november)
    expect(bangKhen.items.find((i) => i.name === 'Hoàng Thị Thu Hương')?.eligible).toBe(true)
    const ttldtt = await eligible(binhThanh, 'TTLDTT', november)
    expect(ttldtt.items.filter((i) => i.eligible === false).map((i) => i.reason?.id)).toEqual(['ttldtt.ldtt_share'])
    const gdvh = await eligible(binhThanh, 'GIA_DINH_VAN_HOA', november)
    expect(gdvh.items.filter((i) => i.reason?.id === 'gdvh.exclusions')).toHaveLength(1)
    // Bắc Sơn's newcomer of September 2025 has served long enough by the end of 2026.
    const bacSonLdtt = await eligible(bacSon, 'LDTT', november)
    expect(bacSonLdtt.items.some((i) => i.reason?.id === 'ldtt.service' && i.eligible === false)).toBe(false)
  })
})
