// A unit proposes its staff, completes the dossier and submits them in one batch with a numbered proposal;
// the officer returns one with a reason, checks another and sends it to the council; the returned one is
// corrected and submitted again. The eligibility verdict stored with each is the engine's own answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { evaluateEligibility } from '../../../rules/index.ts'
import { addWorkingDays } from '../../../shared/working-days.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { loadSubjectHistory } from '../history/load-subject-history.ts'
import { findSubject } from '../history/subjects.repository.ts'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { created, MEETING, nominate, staff, submit } from './nominations.testing.ts'

let t: HistoryTestContext
let lan: { id: string }
let minh: { id: string }

beforeAll(async () => {
  t = await openHistoryTest()
  lan = await staff(t, 'Nguyễn Thị Lan', { sex: 'nu', birthDate: '1986-04-12' })
  minh = await staff(t, 'Triệu Văn Minh', { birthDate: '1979-10-02' })
})
afterAll(() => t.db.close())

describe('a unit nominates and submits a batch', () => {
  let first: { id: string; version: number }
  let second: { id: string; version: number }
  let batchId: string

  it('creates a draft with the deciding level and the eligibility verdict the engine gives on the stored history', async () => {
    const res = await nominate(t, lan.id)
    expect(res.status).toBe(201)
    first = res.body
    expect(res.body).toMatchObject({
      status: 'draft', statusLabel: 'Dự thảo', year: 2025, target: 'LDTT', targetShort: 'LĐTT', kind: 'cong_trang', eligible: true, simplified: false,
      nominatingOrganization: { id: t.tenant.org.schoolA.id, name: 'Trường Tiểu học Bình Thành' },
      subject: { kind: 'individual', id: lan.id, name: 'Nguyễn Thị Lan', organizationName: 'Trường Tiểu học Bình Thành' },
      deciding: { organizationId: t.tenant.org.communeA.id, organizationName: 'Xã Bình Thành', competent: true, escalateTo: null },
      batch: null, timer: null, deadline: null, campaign: null, version: 1,
    })
    expect(res.body.authority).toMatchObject({ authority: { code: 'CHU_TICH_UBND_XA' }, competent: true, date: '2025-12-20' })
    expect(res.body.history).toMatchObject([{ fromStatus: null, toStatus: 'draft', toLabel: 'Dự thảo' }])

    const subject = (await findSubject(t.db, t.tenant.provinceId, 'individual', lan.id))!
    const history = await loadSubjectHistory(t.db, t.tenant.provinceId, subject)
    const question = { subject: history, target: 'LDTT', date: '2025-12-20', year: 2025, kind: 'cong_trang', authority: 'CHU_TICH_UBND_XA' } as const
    expect(res.body.eligibility.input).toEqual(JSON.parse(JSON.stringify(question)))
    expect(res.body.eligibility.evaluation).toEqual(JSON.parse(JSON.stringify(evaluateEligibility(question))))
    expect(res.body.eligibility.evaluation.ruleSet.id).toBe('ND152_2025')
    expect(res.body.eligibility.evaluation.criteria.find((c: { id: string }) => c.id === 'authority')).toMatchObject({ passed: true })
    // The same answer as the eligibility API for the same question.
    const api = await (await t.as('officerA')).get(`/api/eligibility/individual/${lan.id}?target=LDTT&date=2025-12-20&year=2025&authority=CHU_TICH_UBND_XA`)
    expect(res.body.eligibility.evaluation).toEqual(api.body)
  })

  it('lists what the dossier still lacks until the unit records its review meeting', async () => {
    const officer = await t.as('unitSchoolA')
    second = await created(await nominate(t, minh.id, { target: 'GIAY_KHEN_CHU_TICH_XA', achievement: 'Có sáng kiến tổ chức câu lạc bộ đọc sách cho học sinh.' }))
    expect(second).toMatchObject({ target: 'GIAY_KHEN_CHU_TICH_XA', deciding: { organizationName: 'Xã Bình Thành', competent: true } })
    const detail = (await officer.get(`/api/nominations/${first.id}`)).body
    expect(detail.dossier.completeness.complete).toBe(false)
    expect(detail.dossier.completeness.missing.map((m: { problem: string }) => m.problem)).toEqual([
      'Biên bản bình xét của Hội đồng Thi đua – Khen thưởng: chưa nhập cuộc họp xét của đơn vị (ngày họp, địa điểm, chủ trì, thư ký, số thành viên dự họp và đồng ý)',
    ])
    expect(detail.dossier.parts.map((p: { part: string; problem: string | null }) => [p.part, p.problem === null])).toEqual([
      ['to-trinh', true], ['bao-cao-thanh-tich', true], ['bang-tom-tat', true], ['bien-ban', false],
    ])
    for (const n of [first, second]) {
      const res = await officer.patch(`/api/nominations/${n.id}`, { version: n.version, reviewMeeting: MEETING })
      expect(res.status).toBe(200)
      expect(res.body.dossier.completeness).toMatchObject({ complete: true, missing: [] })
      expect(res.body.version).toBe(n.version + 1)
      Object.assign(n, { version: res.body.version })
    }
  })

  it('submits both with one proposal numbered from the school\'s register, starting the 20-working-day timer', async () => {
    const unit = await t.as('unitSchoolA')
    const res = await submit(unit, [first, second])
    expect(res.status).toBe(201)
    const today = todayInVietnam()
    expect(res.body.batch).toMatchObject({ organizationId: t.tenant.org.schoolA.id, number: 1, numberAndSymbol: '01/TTr-TTHBT', submittedOn: today })
    batchId = res.body.batch.id
    expect(res.body.nominations.map((n: { status: string; batch: { id: string } }) => [n.status, n.batch.id])).toEqual([['submitted', batchId], ['submitted', batchId]])
    expect(res.body.nominations[0].timer).toMatchObject({ startedOn: today, dueOn: addWorkingDays(today, 20, new Set()), workingDays: 20, workingDaysLeft: 20, running: true, overdue: false })
    const registers = (await (await t.as('officerA')).get(`/api/registers?issuerId=${t.tenant.org.schoolA.id}`)).body
    expect(registers).toEqual([{ docType: 'TTr', periodKey: today.slice(0, 4), lastNumber: 1 }])
    const listed = (await unit.get(`/api/nominations?batchId=${batchId}`)).body
    expect(listed.total).toBe(2)
    const audit = await t.db.query<{ action: string; entity: string }>(`SELECT action, entity FROM audit_log WHERE entity_id = ANY($1::uuid[]) ORDER BY at`, [[first.id, second.id, batchId]])
    expect(audit.filter((a) => a.action === 'submit').map((a) => a.entity).sort()).toEqual(['nomination', 'nomination', 'nomination_batch'])
    const detail = (await unit.get(`/api/nominations/${first.id}`)).body
    expect(detail.history.map((h: { fromStatus: string | null; toStatus: string; batchId: string | null }) => [h.fromStatus, h.toStatus, h.batchId])).toEqual([[null, 'draft', null], ['draft', 'submitted', batchId]])
    Object.assign(first, { version: detail.version })
    Object.assign(second, { version: (await unit.get(`/api/nominations/${second.id}`)).body.version })
  })

  it('the officer returns one with the reason and sends the other to the council', async () => {
    const officer = await t.as('officerA')
    const returned = await officer.post(`/api/nominations/${second.id}/return`, { version: second.version, reason: 'Bổ sung minh chứng sáng kiến câu lạc bộ đọc sách.' })
    expect(returned.status).toBe(200)
    expect(returned.body).toMatchObject({ status: 'returned', timer: null })
    expect(returned.body.history.at(-1)).toMatchObject({ fromStatus: 'submitted', toStatus: 'returned', reason: 'Bổ sung minh chứng sáng kiến câu lạc bộ đọc sách.', actorName: expect.stringContaining('officera') })
    Object.assign(second, { version: returned.body.version })

    const checked = await officer.post(`/api/nominations/${first.id}/check`, { version: first.version, to: 'checked' })
    expect(checked.body).toMatchObject({ status: 'checked', nextStatuses: ['returned', 'to_council'] })
    const council = await officer.post(`/api/nominations/${first.id}/check`, { version: checked.body.version, to: 'to_council', note: 'Hồ sơ đủ, trình Hội đồng phiên tháng 12.' })
    expect(council.body).toMatchObject({ status: 'to_council', statusLabel: 'Trình Hội đồng' })
    expect(council.body.history.at(-1)).toMatchObject({ fromStatus: 'checked', toStatus: 'to_council', reason: 'Hồ sơ đủ, trình Hội đồng phiên tháng 12.' })
    expect(council.body.timer).toMatchObject({ running: true })
  })

  it('the unit corrects the returned one and submits it again with a new proposal', async () => {
    const unit = await t.as('unitSchoolA')
    const fixed = await unit.patch(`/api/nominations/${second.id}`, { version: second.version, achievement: 'Có sáng kiến tổ chức câu lạc bộ đọc sách cho học sinh, được Phòng Giáo dục ghi nhận.' })
    expect(fixed.status).toBe(200)
    const again = await submit(unit, [{ id: second.id, version: fixed.body.version }])
    expect(again.status).toBe(201)
    expect(again.body.batch.numberAndSymbol).toBe('02/TTr-TTHBT')
    expect(again.body.nominations[0]).toMatchObject({ status: 'submitted', batch: { id: again.body.batch.id } })
    const history = (await unit.get(`/api/nominations/${second.id}`)).body.history
    expect(history.map((h: { toStatus: string }) => h.toStatus)).toEqual(['draft', 'submitted', 'returned', 'submitted'])
  })

  it('finds nominations by status, year, unit and name without accents', async () => {
    const officer = await t.as('officerA')
    const byName = (await officer.get('/api/nominations?q=trieu van')).body
    expect(byName.items.map((n: { subject: { name: string } }) => n.subject.name)).toEqual(['Triệu Văn Minh'])
    expect((await officer.get('/api/nominations?status=to_council')).body.items.map((n: { id: string }) => n.id)).toEqual([first.id])
    expect((await officer.get(`/api/nominations?organizationId=${t.tenant.org.schoolA.id}&year=2025`)).body.total).toBe(2)
    expect((await officer.get('/api/nominations?year=2024')).body.total).toBe(0)
  })

  it('a draft can be deleted, a submitted one cannot', async () => {
    const unit = await t.as('unitSchoolA')
    const other = await staff(t, 'Lò Văn Tư')
    const draft = await created(await nominate(t, other.id))
    expect((await unit.delete(`/api/nominations/${draft.id}?version=${draft.version}`)).status).toBe(204)
    expect((await unit.get(`/api/nominations/${draft.id}`)).status).toBe(404)
    const refused = await unit.delete(`/api/nominations/${first.id}?version=5`)
    expect(refused.status).toBe(409)
    expect(refused.body.error.message).toBe('Đề nghị «Nguyễn Thị Lan» — LĐTT đã được trình: không xóa được đề nghị đã trình.')
  })
})
