import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiClient } from '../../testing/api-client.ts'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { staffWithHistory } from './eligibility.testing.ts'

let t: HistoryTestContext
let officerA: ApiClient
let province: ApiClient
let provinceName: string

type Param = { key: string; national: { value: unknown; confidence: string; citation: string }; override: { value: unknown; citation: string; version: number } | null; effective: { value: unknown; confidence: string; citation: string } }
const parameter = async (key: string, date = '2025-12-20') => ((await officerA.get(`/api/rules/parameters?date=${date}`)).body.items as Param[]).find((p) => p.key === key)!
const schoolTtldtt = async () => (await officerA.get(`/api/eligibility/collective/${t.tenant.org.schoolA.id}?target=TTLDTT&date=2025-12-20`)).body

beforeAll(async () => {
  t = await openHistoryTest()
  officerA = await t.as('officerA')
  province = await t.as('provinceOfficer')
  provinceName = (await t.db.query<{ name: string }>('SELECT name FROM provinces WHERE id = $1', [t.tenant.provinceId]))[0]!.name
  const school = { subjectKind: 'collective', subjectId: t.tenant.org.schoolA.id }
  for (const [url, body] of [
    ['/api/history/ratings', { year: 2025, rating: 'HTTNV' }],
    ['/api/history/collective-years', { year: 2025, memberCount: 10, ldttCount: 7 }],
    ['/api/history/assessments', { year: 2025, key: 'THI_DUA', met: true }],
    ['/api/history/assessments', { year: 2025, key: 'NOI_BO_DOAN_KET', met: true }],
  ] as const) expect((await officerA.post(url, { ...school, ...body })).status).toBe(201)
})
afterAll(() => t.db.close())

describe('province parameters', () => {
  it('shows each configurable value with its confidence and citation under the rule set of the date', async () => {
    expect(await parameter('ttldttMinLdttShare')).toMatchObject({
      national: { value: 0.7, confidence: 'indirect', citation: expect.stringMatching(/^Luật TĐKT 2022, Điều 28/) }, override: null, effective: { value: 0.7, confidence: 'indirect' },
    })
    expect((await parameter('ldttMinServiceMonths')).national).toMatchObject({ value: 6, confidence: 'unconfirmed' })
    expect((await parameter('ldttMinServiceMonths', '2025-03-01')).national).toMatchObject({ value: 6, confidence: 'confirmed', citation: 'Thông tư 01/2024/TT-BNV, Điều 1, khoản 5' })
    expect((await parameter('baseSalary')).national).toMatchObject({ value: 2_340_000, confidence: 'confirmed' })
    expect((await officerA.get('/api/rules/parameters?date=2023-12-31')).body.error.fields.date).toMatch(/nằm ngoài mọi bộ quy định đã số hóa/)
  })

  it('lets the province override a value, which changes the evaluation and carries the province\'s citation', async () => {
    const before = await schoolTtldtt()
    expect(before.eligible).toBe(true)
    const share = { value: 0.8, citation: 'Quyết định 12/2025/QĐ-UBND, Điều 4', version: null }
    expect((await officerA.put('/api/rules/parameters/ttldttMinLdttShare', share)).status).toBe(403) // a commune officer: not the province's rules
    const bad = await province.put('/api/rules/parameters/ttldttMinLdttShare', { ...share, value: 1.5 })
    expect(bad.body.error.fields).toEqual({ value: 'Tập thể lao động tiên tiến: tỷ lệ tối thiểu thành viên đạt Lao động tiên tiến: tỷ lệ từ 0 đến 1' })
    expect((await province.put('/api/rules/parameters/ttldttMinLdttShare', { ...share, citation: '' })).body.error.fields.citation).toMatch(/^Căn cứ: cần ghi văn bản/)
    const saved = await province.put('/api/rules/parameters/ttldttMinLdttShare', share)
    expect(saved.status).toBe(200)
    expect(saved.body).toEqual({ key: 'ttldttMinLdttShare', value: 0.8, citation: 'Quyết định 12/2025/QĐ-UBND, Điều 4', version: 1 })
    expect((await province.put('/api/rules/parameters/ttldttMinLdttShare', share)).status).toBe(409)

    const citation = `Quy định của ${provinceName}, Quyết định 12/2025/QĐ-UBND, Điều 4`
    expect(await parameter('ttldttMinLdttShare')).toMatchObject({
      national: { value: 0.7, confidence: 'indirect' }, override: { value: 0.8, citation: 'Quyết định 12/2025/QĐ-UBND, Điều 4', version: 1 }, effective: { value: 0.8, confidence: 'confirmed', citation },
    })
    const after = await schoolTtldtt()
    expect(after).toMatchObject({ eligible: false, province: provinceName })
    expect(after.criteria.find((c: { id: string }) => c.id === 'ttldtt.ldtt_share')).toMatchObject({ passed: false, criterion: 'Ít nhất 80% thành viên đạt Lao động tiên tiến', citation, confidence: 'confirmed', facts: ['Năm 2025: 7/10 thành viên đạt Lao động tiên tiến (70%)'] })
    const list = await officerA.get(`/api/eligible?organizationId=${t.tenant.org.communeA.id}&target=TTLDTT&date=2025-12-20`)
    expect(list.body.items).toEqual([expect.objectContaining({ name: 'Trường Tiểu học Bình Thành', eligible: false, reason: expect.objectContaining({ id: 'ttldtt.ldtt_share' }) })])

    const removed = await province.put('/api/rules/parameters/ttldttMinLdttShare', { value: null, version: 1 })
    expect(removed.body).toEqual({ key: 'ttldttMinLdttShare', value: null, citation: null, version: null })
    expect((await schoolTtldtt()).eligible).toBe(true)
    const audit = await t.db.query<{ summary: string }>(`SELECT summary FROM audit_log WHERE province_id = $1 AND entity = 'province_parameter' ORDER BY at`, [t.tenant.provinceId])
    expect(audit.map((a) => a.summary)).toEqual([
      'Đặt «Tập thể lao động tiên tiến: tỷ lệ tối thiểu thành viên đạt Lao động tiên tiến» của tỉnh: 0.8 (Quyết định 12/2025/QĐ-UBND, Điều 4)',
      'Bỏ giá trị riêng của tỉnh cho «Tập thể lao động tiên tiến: tỷ lệ tối thiểu thành viên đạt Lao động tiên tiến» (dùng mức chung)',
    ])
  })
})

describe('province standards', () => {
  it('adds the province\'s standard to an evaluation inside its validity, and refuses replacing a standard of the Law', async () => {
    const person = await staffWithHistory(t, { name: 'Vi Văn Khánh', ratings: { 2025: 'HTTNV' }, assessed: [{ year: 2025, keys: ['GUONG_MAU'] }] })
    const rules = {
      instrument: 'Quyết định 12/2025/QĐ-UBND của UBND tỉnh Thử nghiệm',
      validFrom: '2025-01-01',
      standards: [{ code: 'GIAY_KHEN_CHU_TICH_XA', mode: 'add', criteria: [{ kind: 'min_rating', rating: 'HTXSNV', years: 1, citation: 'Điều 6, khoản 2' }] }],
      quotas: [],
      version: 0,
    }
    expect((await officerA.put('/api/rules/province', rules)).status).toBe(403)
    const replace = await province.put('/api/rules/province', { ...rules, standards: [{ ...rules.standards[0], code: 'LDTT', mode: 'replace' }] })
    expect(replace.body.error.fields).toEqual({ 'standards[0].mode': 'standards[0].mode: tiêu chuẩn LĐTT do Luật quy định: tỉnh chỉ được bổ sung (add), không được thay thế (replace)' })
    const unknownKind = await province.put('/api/rules/province', { ...rules, standards: [{ code: 'GIAY_KHEN_CHU_TICH_XA', criteria: [{ kind: 'no_such', citation: '' }] }] })
    expect(unknownKind.body.error.fields['standards[0].criteria[0].kind']).toMatch(/loại tiêu chuẩn phải là no_discipline, min_rating, judgement, holds hoặc min_member_share/)
    expect((await province.put('/api/rules/province', { ...rules, validTo: '2024-12-31' })).body.error.fields.validTo).toBe('Hết hiệu lực ngày: 31/12/2024 trước ngày có hiệu lực 01/01/2025')

    const saved = await province.put('/api/rules/province', rules)
    expect(saved.status).toBe(200)
    expect(saved.body).toMatchObject({ province: provinceName, instrument: rules.instrument, validFrom: '2025-01-01', version: 1, standards: [{ code: 'GIAY_KHEN_CHU_TICH_XA', mode: 'add' }] })
    expect((await officerA.get('/api/rules/province')).body.version).toBe(1)

    const giayKhen = (await officerA.get(`/api/eligibility/individual/${person.id}?target=GIAY_KHEN_CHU_TICH_XA&date=2025-12-20`)).body
    expect(giayKhen.criteria.find((c: { source: string }) => c.source === 'province')).toMatchObject({
      id: 'province.1.min_rating', passed: false, citation: 'Quyết định 12/2025/QĐ-UBND của UBND tỉnh Thử nghiệm, Điều 6, khoản 2', facts: ['Năm 2025: Hoàn thành tốt nhiệm vụ (HTTNV)'],
    })
    expect(giayKhen.eligible).toBe(false)
    const earlier = (await officerA.get(`/api/eligibility/individual/${person.id}?target=GIAY_KHEN_CHU_TICH_XA&date=2024-12-20&year=2024`)).body
    expect(earlier.criteria.some((c: { source: string }) => c.source === 'province')).toBe(false)
    expect(earlier.notes).toEqual([`Quy định của ${provinceName} (Quyết định 12/2025/QĐ-UBND của UBND tỉnh Thử nghiệm) không áp dụng cho ngày 20/12/2024`])
  })
})
