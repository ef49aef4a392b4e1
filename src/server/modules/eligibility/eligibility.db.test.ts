import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { evaluateEligibility } from '../../../rules/index.ts'
import type { ApiClient } from '../../testing/api-client.ts'
import { loadSubjectHistory } from '../history/load-subject-history.ts'
import { findSubject } from '../history/subjects.repository.ts'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { staffWithHistory } from './eligibility.testing.ts'

let t: HistoryTestContext
let officerA: ApiClient

beforeAll(async () => {
  t = await openHistoryTest()
  officerA = await t.as('officerA')
})
afterAll(() => t.db.close())

describe('one evaluation', () => {
  it('answers through the API exactly what evaluateEligibility answers on the loaded history', async () => {
    const lan = await staffWithHistory(t, {
      name: 'Nguyễn Thị Lan', sex: 'nu', birthDate: '1986-04-12', recruitedOn: '2012-08-15',
      ratings: { 2024: 'HTTNV', 2025: 'HTXSNV' },
      assessed: [{ year: 2025, keys: ['TU_LUC_DOAN_KET', 'THI_DUA'] }],
      discipline: [{ form: 'khien_trach', startDate: '2024-01-10', endDate: '2024-07-09' }],
      awards: [{ code: 'LDTT', year: 2024, decisionNumber: '112/QĐ-UBND' }],
    })
    const res = await officerA.get(`/api/eligibility/individual/${lan.id}?target=CSTDCS&date=2025-12-15&authority=CHU_TICH_UBND_XA`)
    expect(res.status).toBe(200)
    const subject = (await findSubject(t.db, t.tenant.provinceId, 'individual', lan.id))!
    const history = await loadSubjectHistory(t.db, t.tenant.provinceId, subject)
    expect(res.body).toEqual(JSON.parse(JSON.stringify(evaluateEligibility({ subject: history, target: 'CSTDCS', date: '2025-12-15', authority: 'CHU_TICH_UBND_XA' }))))
    expect(res.body).toMatchObject({ eligible: true, subject: { id: lan.id, name: 'Nguyễn Thị Lan', kind: 'individual' }, ruleSet: { id: 'ND152_2025' } })
    expect(history).toMatchObject({ employment: 'state', recruitmentDate: '2012-08-15', awards: [{ code: 'LDTT', year: 2024, decisionNumber: '112/QĐ-UBND', track: 'government', kind: 'cong_trang' }] })
    const discipline = res.body.criteria.find((c: { id: string }) => c.id === 'block.discipline')
    expect(discipline).toMatchObject({ passed: true, citation: 'Nghị định 152/2025/NĐ-CP, Điều 4, khoản 4', facts: [expect.stringMatching(/Kỷ luật khiển trách từ ngày 10\/01\/2024 đến hết ngày 09\/07\/2024: đã kết thúc/)] })

    const year2024 = await officerA.get(`/api/eligibility/individual/${lan.id}?target=LDTT&date=2025-01-15&year=2024`)
    expect(year2024.body).toMatchObject({ ruleSet: { id: 'ND98_2023' }, year: 2024, eligible: false })
    expect(year2024.body.criteria.find((c: { passed: boolean }) => c.passed === false)).toMatchObject({ id: 'block.discipline' })
  })

  it('refuses a date outside every rule set, a title of another kind of subject, a subject outside the caller\'s subtree', async () => {
    const person = await staffWithHistory(t, { name: 'Lý Văn Tám' })
    const early = await officerA.get(`/api/eligibility/individual/${person.id}?target=LDTT&date=2023-06-01`)
    expect(early.status).toBe(400)
    expect(early.body.error.fields.date).toBe(
      'Ngày xét: Ngày 01/06/2023 nằm ngoài mọi bộ quy định đã số hóa: hệ thống áp dụng Luật Thi đua, khen thưởng 2022 từ ngày 01/01/2024; quy định trước đó (Luật Thi đua, khen thưởng 2003, Nghị định 91/2017/NĐ-CP) chưa được số hóa.',
    )
    const collective = await officerA.get(`/api/eligibility/individual/${person.id}?target=TTLDTT&date=2025-12-15`)
    expect(collective.body.error.fields.target).toBe('Danh hiệu, hình thức: TTLĐTT dành cho tập thể; đối tượng là cá nhân')
    expect((await officerA.get(`/api/eligibility/individual/${person.id}?target=LDTT&date=2025-12-15&year=2026`)).body.error.fields.year).toBe('Năm xét: năm xét 2026 sau ngày xét 15/12/2025')
    expect((await (await t.as('officerB')).get(`/api/eligibility/individual/${person.id}?target=LDTT&date=2025-12-15`)).status).toBe(403)
  })

  it('never calls a contradictory history eligible: it names the record to correct', async () => {
    const person = await staffWithHistory(t, { name: 'Mai Văn Chín', birthDate: '1990-01-01', recruitedOn: null, ratings: { 2012: 'HTTNV' } })
    const stored = (await findSubject(t.db, t.tenant.provinceId, 'individual', person.id))!
    expect((await officerA.patch(`/api/people/${person.id}`, { version: stored.version, birthDate: '2013-01-01' })).status).toBe(200)
    const res = await officerA.get(`/api/eligibility/individual/${person.id}?target=LDTT&date=2025-12-15`)
    expect(res.status).toBe(400)
    expect(res.body.error.fields).toEqual({ 'history.ratings[0].year': 'Lịch sử của Mai Văn Chín — Xếp loại, bản ghi thứ 1: năm xếp loại 2012 trước năm sinh 2013' })
  })
})

describe('catalogue and quotas', () => {
  it('lists the titles and forms of a kind of subject with who confers them on the date', async () => {
    const res = await officerA.get('/api/eligibility/targets?subjectKind=household&date=2025-12-15')
    expect(res.status).toBe(200)
    expect(res.body.ruleSet.id).toBe('ND152_2025')
    const byCode = new Map(res.body.items.map((i: { code: string }) => [i.code, i]))
    expect(byCode.get('GIA_DINH_VAN_HOA')).toMatchObject({ name: 'Gia đình văn hóa', track: 'government', available: true, authorities: [{ code: 'CHU_TICH_UBND_XA' }] })
    expect(byCode.get('GIAY_KHEN_CHU_TICH_HUYEN')).toMatchObject({ available: false, authorities: [] })
    expect(byCode.has('LDTT')).toBe(false)
    const before = await officerA.get('/api/eligibility/targets?subjectKind=household&date=2025-03-01')
    expect(before.body.items.find((i: { code: string }) => i.code === 'GIAY_KHEN_CHU_TICH_HUYEN')).toMatchObject({ available: true, authorities: [{ code: 'CHU_TICH_UBND_HUYEN' }] })
  })

  it('checks the Party quota of a cell and refuses a proposal outside the unit', async () => {
    const members = []
    for (const name of ['Bế Văn Một', 'Bế Văn Hai', 'Bế Văn Ba', 'Bế Văn Bốn', 'Bế Văn Năm']) members.push(await staffWithHistory(t, { name, organizationId: t.tenant.org.partyCellA.id }))
    const proposals = [
      ...members.map((m) => ({ subjectKind: 'individual', subjectId: m.id, target: 'DANG_VIEN_HTTNV' })),
      ...members.slice(0, 2).map((m) => ({ subjectKind: 'individual', subjectId: m.id, target: 'DANG_VIEN_HTXSNV' })),
    ]
    const res = await officerA.post('/api/eligibility/quotas', { organizationId: t.tenant.org.communeA.id, year: 2025, proposals })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ passed: false, checks: [{ unitId: t.tenant.org.partyCellA.id, target: 'DANG_VIEN_HTXSNV', count: 2, base: 5, limit: 1, passed: false, citation: 'Quy định 366-QĐ/TW năm 2025, Điều 11' }] })
    const exceptional = await officerA.post('/api/eligibility/quotas', { organizationId: t.tenant.org.communeA.id, year: 2025, exceptional: true, proposals: proposals.slice(0, 6) })
    expect(exceptional.body).toMatchObject({ passed: true, checks: [{ count: 1, limit: 1 }] })

    const outside = await t.person({ fullName: 'Tạ Văn Xa', organizationId: t.tenant.org.communeA.id, category: 'cong_chuc' })
    const narrow = await officerA.post('/api/eligibility/quotas', { organizationId: t.tenant.org.partyCellA.id, year: 2025, proposals: [{ subjectKind: 'individual', subjectId: outside.id, target: 'DANG_VIEN_HTTNV' }] })
    expect(narrow.status).toBe(400)
    expect(narrow.body.error.fields).toEqual({ 'proposals.0.subjectId': 'Đề nghị thứ 1: Tạ Văn Xa không thuộc Chi bộ xóm Đồng Tâm' })
    const early = await officerA.post('/api/eligibility/quotas', { organizationId: t.tenant.org.communeA.id, year: 2023, proposals: [] })
    expect(early.body.error.fields.year).toMatch(/^Ngày xét: Ngày 31\/12\/2023 nằm ngoài mọi bộ quy định đã số hóa/)
  })
})
