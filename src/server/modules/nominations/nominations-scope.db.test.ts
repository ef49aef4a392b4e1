// Scope: commune B's officer neither sees nor nominates commune A's people, nor checks commune A's dossiers;
// a unit account works inside its own unit; the provincial officer sees every commune's nominations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { created, MEETING, nominate, nominationTableCounts, staff, submit } from './nominations.testing.ts'

let t: HistoryTestContext
let person: { id: string }
let nomination: { id: string; version: number }

beforeAll(async () => {
  t = await openHistoryTest()
  person = await staff(t, 'Mông Văn Quyết')
  const draft = await created(await nominate(t, person.id, { reviewMeeting: MEETING }))
  nomination = (await created(await submit(await t.as('unitSchoolA'), [draft]))).nominations[0]
})
afterAll(() => t.db.close())

describe('commune B', () => {
  it('does not see commune A\'s nominations, their dossiers or their files', async () => {
    const officerB = await t.as('officerB')
    expect((await officerB.get('/api/nominations')).body).toMatchObject({ items: [], total: 0 })
    const detail = await officerB.get(`/api/nominations/${nomination.id}`)
    expect(detail.status).toBe(403)
    expect(detail.body.error.message).toBe('Đối tượng này thuộc đơn vị ngoài phạm vi quản lý của bạn.')
    expect((await officerB.get(`/api/nominations/${nomination.id}/dossier/to-trinh.docx`)).status).toBe(403)
    expect((await officerB.get(`/api/nominations?organizationId=${t.tenant.org.schoolA.id}`)).status).toBe(403)
  })

  it('nominates neither as commune A nor commune A\'s people as its own, and writes nothing', async () => {
    const before = await nominationTableCounts(t.db)
    const asA = await nominate(t, person.id, { target: 'GIAY_KHEN_CHU_TICH_XA' }, 'officerB')
    expect(asA.status).toBe(403)
    const officerB = await t.as('officerB')
    const asB = await officerB.post('/api/nominations', {
      year: 2025, nominatingOrganizationId: t.tenant.org.communeB.id, subjectKind: 'individual', subjectId: person.id, target: 'GIAY_KHEN_CHU_TICH_XA', achievement: 'Thành tích',
    })
    expect(asB.status).toBe(400)
    expect(asB.body.error.fields.subjectId).toBe('Đối tượng đề nghị: cá nhân được chọn không thuộc Xã Bắc Sơn hay đơn vị trực thuộc; đơn vị chỉ đề nghị khen thưởng cá nhân, tập thể, hộ gia đình của mình')
    const collective = await officerB.post('/api/nominations', {
      year: 2025, nominatingOrganizationId: t.tenant.org.communeB.id, subjectKind: 'collective', subjectId: t.tenant.org.schoolA.id, target: 'TTLDTT', achievement: 'Thành tích',
    })
    expect(collective.body.error.fields.subjectId).toMatch(/^Đối tượng đề nghị: tập thể được chọn không thuộc Xã Bắc Sơn/)
    expect(await nominationTableCounts(t.db)).toEqual(before)
  })

  it('neither returns, checks nor re-evaluates commune A\'s dossiers', async () => {
    const officerB = await t.as('officerB')
    expect((await officerB.post(`/api/nominations/${nomination.id}/return`, { version: nomination.version, reason: 'Không rõ' })).status).toBe(403)
    expect((await officerB.post(`/api/nominations/${nomination.id}/check`, { version: nomination.version, to: 'checked' })).status).toBe(403)
    expect((await officerB.post(`/api/nominations/${nomination.id}/reevaluate`, { version: nomination.version })).status).toBe(403)
    expect((await officerB.post('/api/nominations/submit', { ids: [nomination.id], versions: { [nomination.id]: nomination.version } })).status).toBe(403)
  })
})

describe('inside the scope', () => {
  it('the school\'s account sees its own, the province sees all, a unit cannot check', async () => {
    expect((await (await t.as('unitSchoolA')).get('/api/nominations')).body.total).toBe(1)
    expect((await (await t.as('provinceOfficer')).get('/api/nominations')).body.total).toBe(1)
    expect((await (await t.as('councilA')).get(`/api/nominations/${nomination.id}`)).status).toBe(200)
    const check = await (await t.as('unitSchoolA')).post(`/api/nominations/${nomination.id}/check`, { version: nomination.version, to: 'checked' })
    expect(check.status).toBe(403)
  })

  it('re-evaluates from the history as it stands now and keeps the new verdict', async () => {
    const officerA = await t.as('officerA')
    await created(await officerA.post('/api/history/proceedings', { subjectKind: 'individual', subjectId: person.id, kind: 'to_cao', startDate: '2025-12-01' }))
    const res = await officerA.post(`/api/nominations/${nomination.id}/reevaluate`, { version: nomination.version })
    expect(res.status).toBe(200)
    expect(res.body.eligible).toBe(false)
    expect(res.body.eligibility.evaluation.criteria.find((c: { passed: boolean }) => c.passed === false)).toMatchObject({ id: 'block.pending' })
    const audit = await t.db.query<{ summary: string }>(`SELECT summary FROM audit_log WHERE entity_id = $1 AND action = 'reevaluate'`, [nomination.id])
    expect(audit.map((a) => a.summary)).toEqual(['Xét lại điều kiện Đề nghị «Mông Văn Quyết» — LĐTT: đủ điều kiện → không đủ điều kiện'])
  })
})
