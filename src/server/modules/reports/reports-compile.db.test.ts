// Commune A compiles its sơ kết for the running phase from its subtree: the approved registrations, each
// criterion summed over its units' accepted reports (a submitted one does not count), the awards of the registry
// decided in the phase by form and kind of subject, the models and initiatives; the officer writes the narrative
// (with its version) and the report comes out as Word. The province, above, counts the commune's accepted report
// instead of the commune's units again. The congress date, entered later, dates the tổng kết. The five-year summary
// counts titles and forms per year, the shares to women and direct workers, and the plans launched.
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { todayInVietnam } from '../../../shared/people.ts'
import { addDays } from '../../../shared/working-days.ts'
import { TEST_PASSWORD } from '../../testing/fixtures.ts'
import { issuePhasedPlan, ok, openReportTest, type ReportTestContext } from './reports.testing.ts'
import { testApp } from '../../testing/api-client.ts'

let t: ReportTestContext
let campaignId: string
const today = todayInVietnam()
const year = Number(today.slice(0, 4))

const result = (value: number, parts: { label: string; value: number }[] = []) => ({ criterionKey: 'tap-the#0', criterion: 'Giảm nghèo', measure: 'Số hộ thoát nghèo', value, parts, text: null })

/** A report written, sent and answered: accepted by `reviewer`, or left submitted. */
async function report(writer: string, organizationId: string, content: object, reviewer: string | null) {
  const unit = await t.as(writer)
  let r = await ok(await unit.post('/api/reports', { organizationId, campaignId, periodId: 'dot-1' }), 201)
  r = await ok(await unit.patch(`/api/reports/${r.id}`, { version: r.version, content }))
  r = await ok(await unit.post(`/api/reports/${r.id}/submit`, { version: r.version }))
  if (reviewer) r = await ok(await (await t.as(reviewer)).post(`/api/reports/${r.id}/accept`, { version: r.version }))
  return r
}

async function award(body: Record<string, unknown>) {
  return ok(await (await t.as('officerA')).post('/api/history/awards', body), 201)
}

beforeAll(async () => {
  t = await openReportTest()
  campaignId = (await issuePhasedPlan(t)).id
  const officer = await t.as('officerA')
  const school = await t.as('unitSchoolA')

  let registration = await ok(await school.post('/api/registrations', {
    organizationId: t.tenant.org.schoolA.id, campaignId, year, targets: [{ code: 'TTLDTT', scope: 'unit', count: 1 }, { code: 'LDTT', scope: 'members', count: 15 }], commitments: ['Không có hộ nghèo mới'],
  }), 201)
  registration = await ok(await school.post(`/api/registrations/${registration.id}/submit`, { version: registration.version }))
  await ok(await officer.post(`/api/registrations/${registration.id}/approve`, { version: registration.version }))

  await report('unitSchoolA', t.tenant.org.schoolA.id, {
    results: [result(12, [{ label: 'hộ cận nghèo', value: 4 }]), { criterionKey: null, criterion: 'Tuyên truyền', measure: 'số buổi', value: 6, parts: [], text: null }],
    models: ['Cổng trường an toàn giao thông'], initiatives: ['Sổ liên lạc điện tử'],
  }, 'officerA')
  await report('officerA', t.tenant.org.villageA1.id, { results: [result(5, [{ label: 'Hộ cận nghèo', value: 1 }]), { criterionKey: 'tap-the#1', criterion: 'Chuyển đổi số', measure: null, value: null, parts: [], text: 'Lắp wifi nhà văn hóa' }] }, 'officerA')
  await report('officerA', t.tenant.org.partyCellA.id, { results: [result(100)] }, null)

  const teacher = await ok(await officer.post('/api/people', { fullName: 'Hoàng Thị Lan', sex: 'nu', organizationId: t.tenant.org.schoolA.id, category: 'vien_chuc', directWorker: true }), 201)
  const clerk = await ok(await officer.post('/api/people', { fullName: 'Ma Văn Hùng', sex: 'nam', organizationId: t.tenant.org.schoolA.id, category: 'cong_chuc' }), 201)
  await award({ subjectKind: 'individual', subjectId: teacher.id, code: 'GIAY_KHEN_CHU_TICH_XA', year, decisionDate: addDays(today, -10), decisionNumber: '12/QĐ-UBND' })
  await award({ subjectKind: 'collective', subjectId: t.tenant.org.schoolA.id, code: 'GIAY_KHEN_CHU_TICH_XA', year, decisionDate: addDays(today, -5), decisionNumber: '13/QĐ-UBND' })
  await award({ subjectKind: 'individual', subjectId: clerk.id, code: 'LDTT', year: year - 3, decisionDate: `${year - 3}-12-20` })
  await award({ subjectKind: 'individual', subjectId: teacher.id, code: 'LDTT', year: year - 3, decisionDate: `${year - 3}-12-20` })
  await award({ subjectKind: 'individual', subjectId: teacher.id, code: 'CSTDCS', year: year - 1, decisionDate: `${year - 1}-12-20` })
})
afterAll(() => t.db.close())

const compiledUrl = (organizationId: string) => `/api/reports/compiled?organizationId=${organizationId}&campaignId=${campaignId}&periodId=dot-1`

describe('the commune\'s compiled sơ kết', () => {
  it('sums each criterion over the accepted reports of its units, with the units that reported', async () => {
    const compiled = await ok(await (await t.as('officerA')).get(compiledUrl(t.tenant.org.communeA.id)))
    expect(compiled.counted.sort()).toEqual(['Trường Tiểu học Bình Thành', 'Xóm Đồng Tâm'])
    expect(compiled.reports.map((r: { status: string }) => r.status).sort()).toEqual(['accepted', 'accepted', 'submitted'])
    expect(compiled.results.map((r: { criterion: string; measure: string | null; total: number | null; units: string[] }) => [r.criterion, r.measure, r.total, r.units.length])).toEqual([
      ['Giảm nghèo bền vững, không phát sinh hộ nghèo mới', 'Số hộ thoát nghèo', 17, 2],
      ['Đẩy mạnh chuyển đổi số', null, null, 1],
      ['Tuyên truyền', 'số buổi', 6, 1],
    ])
    expect(compiled.results[0].parts).toEqual([{ label: 'hộ cận nghèo', value: 5 }])
    expect(compiled.results[1].texts).toEqual([{ unit: 'Xóm Đồng Tâm', text: 'Lắp wifi nhà văn hóa' }])
    expect(compiled.models).toEqual([{ unit: 'Trường Tiểu học Bình Thành', text: 'Cổng trường an toàn giao thông' }])
    expect(compiled.initiatives).toEqual([{ unit: 'Trường Tiểu học Bình Thành', text: 'Sổ liên lạc điện tử' }])
  })

  it('totals the approved registrations and counts the awards decided in the phase by form and kind of subject', async () => {
    const compiled = await ok(await (await t.as('officerA')).get(compiledUrl(t.tenant.org.communeA.id)))
    expect(compiled.registrations).toEqual({ units: 1, targets: [{ code: 'LDTT', name: 'Lao động tiên tiến', units: 0, members: 15 }, { code: 'TTLDTT', name: 'Tập thể lao động tiên tiến', units: 1, members: 0 }] })
    // The earlier LĐTT and CSTĐCS were decided before the phase began.
    expect(compiled.awards).toEqual([{ code: 'GIAY_KHEN_CHU_TICH_XA', name: expect.stringMatching(/^Giấy khen/), byKind: { individual: 1, collective: 1, household: 0 }, total: 2 }])
  })

  it('keeps the officer\'s narrative with its version and renders the report as Word', async () => {
    const officer = await t.as('officerA')
    const body = { organizationId: t.tenant.org.communeA.id, campaignId, periodId: 'dot-1', version: null, sections: { results: 'Phong trào được triển khai sâu rộng.', shortcomings: null, lessons: null, direction: 'Tổng kết Đợt 2.' } }
    const saved = await ok(await officer.put('/api/reports/compiled/narrative', body))
    expect(saved).toMatchObject({ version: 1, updatedByName: 'Người dùng officerA' })
    expect((await officer.put('/api/reports/compiled/narrative', body)).status).toBe(409)
    expect((await (await t.as('unitSchoolA')).put('/api/reports/compiled/narrative', { ...body, version: 1 })).status).toBe(403)
    await ok(await officer.put('/api/reports/compiled/narrative', { ...body, version: 1, sections: { ...body.sections, lessons: 'Phát huy vai trò người đứng đầu.' } }))
    const compiled = await ok(await officer.get(compiledUrl(t.tenant.org.communeA.id)))
    expect(compiled.narrative).toMatchObject({ version: 2, sections: { lessons: 'Phát huy vai trò người đứng đầu.' } })
    expect(compiled.canEditNarrative).toBe(true)

    const app = testApp(t.db)
    const login = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: t.tenant.accounts.officerA!.username, password: TEST_PASSWORD }) })
    const res = await app.request(`${compiledUrl(t.tenant.org.communeA.id).replace('/compiled?', '/compiled/document?')}&format=docx`, { headers: { cookie: login.headers.get('set-cookie')!.split(';')[0]! } })
    expect(res.status).toBe(200)
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) })).value
    for (const expected of ['BÁO CÁO', 'Sơ kết Đợt 1 thực hiện Kế hoạch số 01/KH-UBND', 'Kính gửi: Ủy ban nhân dân tỉnh Thử nghiệm', 'Số hộ thoát nghèo', '17', 'trong đó hộ cận nghèo: 5',
      'Trường Tiểu học Bình Thành, Xóm Đồng Tâm', 'Phong trào được triển khai sâu rộng.', 'Phát huy vai trò người đứng đầu.', 'III. BÀI HỌC KINH NGHIỆM', 'Cổng trường an toàn giao thông']) {
      expect(text).toContain(expected)
    }
    const pdf = await app.request(`${compiledUrl(t.tenant.org.communeA.id).replace('/compiled?', '/compiled/document?')}&format=pdf`, { headers: { cookie: login.headers.get('set-cookie')!.split(';')[0]! } })
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe('%PDF-')
  })

  it('counts, at the province, the commune\'s accepted report instead of its units\' again', async () => {
    await report('officerA', t.tenant.org.communeA.id, { results: [result(20)] }, 'provinceOfficer')
    const compiled = await ok(await (await t.as('provinceOfficer')).get(compiledUrl(t.tenant.org.province.id)))
    expect(compiled.counted).toEqual(['Xã Bình Thành'])
    expect(compiled.results.map((r: { total: number }) => r.total)).toEqual([20])
    // The commune's own compilation still counts its units.
    expect((await ok(await (await t.as('officerA')).get(compiledUrl(t.tenant.org.communeA.id)))).results[0].total).toBe(17)
  })

  it('dates the tổng kết once the congress date is entered', async () => {
    const officer = await t.as('officerA')
    expect((await ok(await officer.get(`/api/reports/periods?campaignId=${campaignId}`))).periods[1].due).toBeNull()
    await ok(await officer.put(`/api/campaigns/${campaignId}/events/dai-hoi-xa`, { date: addDays(today, 100) }))
    expect((await ok(await officer.get(`/api/reports/periods?campaignId=${campaignId}`))).periods[1].due).toBe(addDays(today, 110))
  })
})

describe('the five-year summary', () => {
  const summaryUrl = (from: number, to: number) => `/api/reports/summary?organizationId=${t.tenant.org.communeA.id}&yearFrom=${from}&yearTo=${to}`

  it('counts titles and forms per year, awards per kind of subject, the shares to women and direct workers, and the plans launched', async () => {
    const summary = await ok(await (await t.as('officerA')).get(summaryUrl(year - 4, year)))
    expect(summary.years).toEqual([year - 4, year - 3, year - 2, year - 1, year])
    expect(summary.titles.rows.map((r: { code: string; perYear: number[]; total: number }) => [r.code, r.perYear, r.total])).toEqual([
      ['LDTT', [0, 2, 0, 0, 0], 2],
      ['CSTDCS', [0, 0, 0, 1, 0], 1],
    ])
    expect(summary.forms.rows.map((r: { code: string; total: number }) => [r.code, r.total])).toEqual([['GIAY_KHEN_CHU_TICH_XA', 2]])
    expect(summary.kinds.at(-1)).toEqual({ year, byKind: { individual: 1, collective: 1, household: 0 }, total: 2 })
    expect(summary.shares).toEqual({ individuals: 4, women: 3, directWorkers: 3, womenShare: 75, directWorkerShare: 75 })
    expect(summary.campaigns.map((c: { numberAndSymbol: string; addressed: number; answered: number }) => [c.numberAndSymbol, c.addressed, c.answered])).toEqual([['01/KH-UBND', 3, 0]])
  })

  it('refuses a range beyond ten years or backwards, naming the field', async () => {
    const officer = await t.as('officerA')
    expect((await officer.get(summaryUrl(year, year - 1))).body.error.fields.yearTo).toMatch(/Đến năm/)
    expect((await officer.get(summaryUrl(year - 11, year))).body.error.fields.yearTo).toMatch(/tối đa 10 năm/)
  })

  it('renders as Word with the narrative and the direction for the next five years', async () => {
    const officer = await t.as('officerA')
    await ok(await officer.put('/api/reports/summary/narrative', {
      organizationId: t.tenant.org.communeA.id, yearFrom: year - 4, yearTo: year, version: null,
      sections: { results: 'Năm năm qua phong trào thi đua có nhiều chuyển biến.', shortcomings: null, lessons: null, direction: 'Nâng tỷ lệ khen thưởng người lao động trực tiếp.' },
    }))
    const app = testApp(t.db)
    const login = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: t.tenant.accounts.officerA!.username, password: TEST_PASSWORD }) })
    const res = await app.request(`${summaryUrl(year - 4, year).replace('/summary?', '/summary/document?')}&format=docx`, { headers: { cookie: login.headers.get('set-cookie')!.split(';')[0]! } })
    expect(res.status).toBe(200)
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) })).value
    for (const expected of [`Tổng kết phong trào thi đua và công tác khen thưởng giai đoạn ${year - 4} - ${year}`, `PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN ${year} - ${year + 5}`,
      'Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở', 'có 3 lượt là nữ (75%)', 'Nâng tỷ lệ khen thưởng người lao động trực tiếp.']) {
      expect(text).toContain(expected)
    }
  })
})
