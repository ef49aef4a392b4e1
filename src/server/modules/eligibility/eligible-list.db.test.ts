import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiClient } from '../../testing/api-client.ts'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { staffWithHistory } from './eligibility.testing.ts'
import { VERDICT_ORDER, type BatchVerdicts } from './judge-batch.ts'
import { judgeSubtree } from './judge-subtree.ts'
import { pageOf } from './ranked-runs.ts'

let t: HistoryTestContext
let officerA: ApiClient
const SPIRIT = [{ year: 2025, keys: ['TU_LUC_DOAN_KET', 'THI_DUA'] }]

beforeAll(async () => {
  t = await openHistoryTest()
  officerA = await t.as('officerA')
  await staffWithHistory(t, { name: 'Trần Văn Anh', ratings: { 2025: 'HTTNV' }, assessed: SPIRIT })
  await staffWithHistory(t, { name: 'Đỗ Văn Giang', ratings: { 2025: 'HTXSNV' }, assessed: SPIRIT })
  await staffWithHistory(t, { name: 'Lê Thị Bích', sex: 'nu', ratings: { 2025: 'HTNV' }, assessed: SPIRIT })
  await staffWithHistory(t, { name: 'Phạm Văn Cường' })
  await staffWithHistory(t, { name: 'Vũ Thị Dung', sex: 'nu', ratings: { 2025: 'HTTNV' }, assessed: SPIRIT, discipline: [{ form: 'khien_trach', startDate: '2025-03-01', endDate: '2025-08-31' }] })
  await staffWithHistory(t, { name: 'Hà Văn Em', recruitedOn: '2025-09-01', ratings: { 2025: 'HTTNV' }, assessed: SPIRIT })
  const hau = await staffWithHistory(t, { name: 'Mai Văn Hậu', birthDate: '1990-01-01', recruitedOn: null, ratings: { 2012: 'HTTNV' } })
  expect((await officerA.patch(`/api/people/${hau.id}`, { version: hau.version, birthDate: '2013-01-01' })).status).toBe(200)
})
afterAll(() => t.db.close())

type Item = { name: string; eligible: boolean | null; reason: { id: string; passed: boolean | null; facts: string[] } | null; problems: string[] }
const verdicts = (items: Item[]) => items.map((i) => [i.name, i.eligible, i.reason?.id ?? null])

describe('who is eligible in a unit', () => {
  it('lists every person of the school: eligible first, then undecided, then not eligible, each in Vietnamese name order, with the reason', async () => {
    const res = await officerA.get(`/api/eligible?organizationId=${t.tenant.org.schoolA.id}&target=LDTT&date=2025-12-20`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ target: 'LDTT', targetName: 'Lao động tiên tiến', date: '2025-12-20', year: 2025, ruleSet: { id: 'ND152_2025' }, province: null })
    expect(res.body.counts).toEqual({ eligible: 2, unknown: 2, notEligible: 3, total: 7 })
    expect(verdicts(res.body.items)).toEqual([
      ['Trần Văn Anh', true, null],
      ['Đỗ Văn Giang', true, null],
      ['Phạm Văn Cường', null, 'ldtt.rating'],
      ['Mai Văn Hậu', null, null],
      ['Lê Thị Bích', false, 'ldtt.rating'],
      ['Vũ Thị Dung', false, 'block.discipline'],
      ['Hà Văn Em', false, 'ldtt.service'],
    ])
    const byName = new Map<string, Item>(res.body.items.map((i: Item) => [i.name, i]))
    expect(byName.get('Phạm Văn Cường')!.reason).toMatchObject({ passed: null, facts: ['Năm 2025: chưa có kết quả xếp loại'] })
    expect(byName.get('Lê Thị Bích')!.reason!.facts).toEqual(['Năm 2025: Hoàn thành nhiệm vụ (HTNV)'])
    expect(byName.get('Hà Văn Em')!.reason!.facts).toEqual(['Tuyển dụng ngày 01/09/2025; đến ngày 20/12/2025 được 3 tháng (yêu cầu 6 tháng)'])
    expect(byName.get('Mai Văn Hậu')!.problems).toEqual(['Lịch sử của Mai Văn Hậu — Xếp loại, bản ghi thứ 1: năm xếp loại 2012 trước năm sinh 2013'])

    const notEligible = await officerA.get(`/api/eligible?organizationId=${t.tenant.org.schoolA.id}&target=LDTT&date=2025-12-20&verdict=not_eligible&pageSize=2&page=2`)
    expect(notEligible.body).toMatchObject({ total: 3, page: 2, pageSize: 2, counts: { total: 7 } })
    expect(verdicts(notEligible.body.items)).toEqual([['Hà Văn Em', false, 'ldtt.service']])
  })

  it('lists households of a village for Gia đình văn hóa', async () => {
    const officer = officerA
    const add = async (headName: string, history: { met?: boolean; exclusion?: boolean }) => {
      const h = await t.household({ headName })
      const subject = { subjectKind: 'household', subjectId: h.id }
      if (history.met !== undefined) expect((await officer.post('/api/history/assessments', { ...subject, year: 2025, key: 'GDVH_TIEU_CHUAN', met: history.met })).status).toBe(201)
      if (history.exclusion) expect((await officer.post('/api/history/exclusions', { ...subject, kind: 'xu_phat_trat_tu', member: 'Con trai chủ hộ', startDate: '2025-04-02' })).status).toBe(201)
    }
    await add('Trần Văn Bình', { met: true })
    await add('Lò Văn Sáng', { met: true, exclusion: true })
    await add('Nông Thị Mai', {})
    const res = await officerA.get(`/api/eligible?organizationId=${t.tenant.org.villageA1.id}&target=GIA_DINH_VAN_HOA&date=2025-12-20`)
    expect(verdicts(res.body.items)).toEqual([
      ['Hộ Trần Văn Bình', true, null],
      ['Hộ Nông Thị Mai', null, 'gdvh.standards'],
      ['Hộ Lò Văn Sáng', false, 'gdvh.exclusions'],
    ])
  })

  it('refuses a date outside every rule set, a subject kind the title is not for, a unit outside the caller\'s subtree', async () => {
    const early = await officerA.get(`/api/eligible?organizationId=${t.tenant.org.schoolA.id}&target=LDTT&date=2023-12-20`)
    expect(early.status).toBe(400)
    expect(early.body.error.fields.date).toMatch(/^Ngày xét: Ngày 20\/12\/2023 nằm ngoài mọi bộ quy định đã số hóa/)
    const kind = await officerA.get(`/api/eligible?target=LDTT&subjectKind=household&date=2025-12-20`)
    expect(kind.body.error.fields.subjectKind).toBe('Loại đối tượng: LĐTT dành cho cá nhân')
    expect((await (await t.as('officerB')).get(`/api/eligible?organizationId=${t.tenant.org.schoolA.id}&target=LDTT&date=2025-12-20`)).status).toBe(403)
  })
})

describe('a subtree judged in batches', () => {
  it('gives on the judging threads, in batches of a few ids, the verdicts and the order of one batch on the server\'s thread', async () => {
    const subtree = { provinceId: t.tenant.provinceId, kind: 'individual' as const, scopePath: t.tenant.org.schoolA.path, collectives: { activeOn: '2025-12-20', organizationKinds: null } }
    const question = { target: 'LDTT' as const, date: '2025-12-20' }
    const whole = await judgeSubtree(t.db, subtree, question)
    const split = await judgeSubtree(t.db, subtree, question, 2)
    expect(whole).toHaveLength(1)
    expect(split.length).toBeGreaterThanOrEqual(4)
    const ids = (subjects: { id: string }[]) => subjects.map((s) => s.id)
    const runsOf = (batches: BatchVerdicts[], v: number) => batches.map((b) => ({ ...b[v]!, kind: 'individual' as const, kindOrder: 0 }))
    const merged = (batches: BatchVerdicts[]) => VERDICT_ORDER.map((_, v) => ids(pageOf([runsOf(batches, v)], 0, 100)))
    expect(merged(split)).toEqual(merged(whole))
    expect(merged(whole).map((list) => list.length)).toEqual([2, 2, 3])
  })

  it('judges a stored record the engine\'s schema refuses as undecided and names it, on the judging threads as on the server\'s thread', async () => {
    const village = t.tenant.org.villageA1
    await staffWithHistory(t, { name: 'Ngô Văn Lâm', organizationId: village.id, ratings: { 2025: 'HTTNV' }, assessed: SPIRIT })
    const khoa = await staffWithHistory(t, { name: 'Ngô Văn Khoa', organizationId: village.id, ratings: { 2025: 'HTTNV' }, assessed: SPIRIT })
    // A key the database holds (written by hand, or before the rule for keys) and the engine's schema refuses.
    await t.db.query(`UPDATE history_assessments SET key = 'thi dua' WHERE person_id = $1 AND key = 'THI_DUA'`, [khoa.id])
    const res = await officerA.get(`/api/eligible?organizationId=${village.id}&target=LDTT&date=2025-12-20`)
    expect(res.status).toBe(200)
    expect(verdicts(res.body.items)).toEqual([['Ngô Văn Lâm', true, null], ['Ngô Văn Khoa', null, null]])
    expect(res.body.items[1].problems).toEqual([expect.stringMatching(/^Lịch sử của Ngô Văn Khoa — .*mã tiêu chuẩn gồm chữ in hoa/)])

    const subtree = { provinceId: t.tenant.provinceId, kind: 'individual' as const, scopePath: village.path, collectives: { activeOn: '2025-12-20', organizationKinds: null } }
    const question = { target: 'LDTT' as const, date: '2025-12-20' }
    const split = await judgeSubtree(t.db, subtree, question, 1)
    expect(split.length).toBeGreaterThanOrEqual(2)
    expect(split.flatMap((batch) => batch[VERDICT_ORDER.indexOf(null)]!.ids)).toEqual([khoa.id])
  })
})
