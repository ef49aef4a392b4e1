// A unit of commune A reports on the running phase of the commune's plan: a report for the phase not yet open is
// refused on the period; figures whose parts exceed their total are refused on the field and nothing is saved;
// evidence files are bounded to PDF/Word/Excel/images; the report is submitted, returned with the reason (the
// unit is notified), submitted again and accepted by the commune's officer; the level's own report cannot be
// accepted by itself; who has not reported, with "Nhắc" (recorded, audited, notified); another commune sees none of it.
import { strToU8, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openReportTest, issuePhasedPlan, ok, type ReportTestContext } from './reports.testing.ts'

let t: ReportTestContext
let campaignId: string

beforeAll(async () => {
  t = await openReportTest()
  campaignId = (await issuePhasedPlan(t)).id
})
afterAll(() => t.db.close())

const GOOD_CONTENT = {
  results: [
    { criterionKey: 'tap-the#0', criterion: 'Giảm nghèo', measure: 'số hộ thoát nghèo', value: 12, parts: [{ label: 'hộ có người khuyết tật', value: 4 }], text: 'Hỗ trợ sinh kế cho các hộ' },
    { criterionKey: null, criterion: 'Tuyên truyền về Đại hội', measure: 'số buổi', value: 6, parts: [], text: null },
  ],
  sections: { results: 'Các phong trào được triển khai sâu rộng.', shortcomings: 'Một số hộ còn khó khăn.', lessons: null, direction: 'Tiếp tục duy trì.' },
  models: ['Mô hình «Cổng trường an toàn giao thông»'],
  initiatives: ['Sổ liên lạc điện tử với phụ huynh'],
}

const notificationsOf = async (accountId: string, kind: string) =>
  (await t.db.query<{ title: string; body: string | null; link: string | null }>(`SELECT title, body, link FROM notifications WHERE account_id = $1 AND kind = $2`, [accountId, kind]))

describe('a unit reports on the running phase and the commune accepts it', () => {
  let report: any // eslint-disable-line @typescript-eslint/no-explicit-any

  it('lists the plan\'s periods with their due dates and criteria, the second not yet open', async () => {
    const unit = await t.as('unitSchoolA')
    const plan = await ok(await unit.get(`/api/reports/periods?campaignId=${campaignId}`))
    expect(plan.periods.map((p: { id: string; kind: string }) => [p.id, p.kind])).toEqual([['dot-1', 'interim'], ['dot-2', 'final']])
    expect(plan.periods[0].notOpen).toBeNull()
    expect(plan.periods[1].notOpen).toMatch(/chưa bắt đầu/)
    // Đợt 2's tổng kết hangs on the congress, not dated yet.
    expect(plan.periods[1].due).toBeNull()
    expect(plan.criteria.map((c: { key: string }) => c.key)).toEqual(['tap-the#0', 'tap-the#1'])
  })

  it('refuses a report for a phase not yet open, naming the period', async () => {
    const unit = await t.as('unitSchoolA')
    const res = await unit.post('/api/reports', { organizationId: t.tenant.org.schoolA.id, campaignId, periodId: 'dot-2' })
    expect(res.status).toBe(400)
    expect(res.body.error.fields.periodId).toMatch(/^Kỳ báo cáo «Tổng kết — Đợt 2» chưa bắt đầu/)
    expect((await t.db.query(`SELECT 1 FROM progress_reports`)).length).toBe(0)
  })

  it('creates the draft for the running phase; one report per unit and period', async () => {
    const unit = await t.as('unitSchoolA')
    report = await ok(await unit.post('/api/reports', { organizationId: t.tenant.org.schoolA.id, campaignId, periodId: 'dot-1' }), 201)
    expect(report).toMatchObject({ status: 'draft', periodId: 'dot-1', periodKind: 'interim', canEdit: true, canReview: false })
    expect(report.period.name).toBe('Sơ kết — Đợt 1')
    const again = await unit.post('/api/reports', { organizationId: t.tenant.org.schoolA.id, campaignId, periodId: 'dot-1' })
    expect(again.status).toBe(409)
    expect(again.body.error.fields.periodId).toMatch(/đã có báo cáo/)
  })

  it('refuses parts that add up beyond their total, naming the field, and saves nothing', async () => {
    const unit = await t.as('unitSchoolA')
    const bad = structuredClone(GOOD_CONTENT)
    bad.results[0]!.parts = [{ label: 'hộ có người khuyết tật', value: 9 }, { label: 'hộ người cao tuổi', value: 5 }]
    const res = await unit.patch(`/api/reports/${report.id}`, { version: report.version, content: bad })
    expect(res.status).toBe(400)
    expect(res.body.error.fields['content.results.0.parts']).toBe('«Giảm nghèo bền vững, không phát sinh hộ nghèo mới» (số hộ thoát nghèo): các số liệu «trong đó» cộng lại (14) vượt tổng số (12)')
    const unchanged = await ok(await unit.get(`/api/reports/${report.id}`))
    expect(unchanged.version).toBe(report.version)
    expect(unchanged.content.results).toEqual([])

    const noTotal = structuredClone(GOOD_CONTENT)
    noTotal.results[0]!.value = null as unknown as number
    expect((await unit.patch(`/api/reports/${report.id}`, { version: report.version, content: noTotal })).body.error.fields['content.results.0.value']).toMatch(/phải nhập tổng số/)
    const negative = structuredClone(GOOD_CONTENT)
    negative.results[1]!.value = -1
    expect((await unit.patch(`/api/reports/${report.id}`, { version: report.version, content: negative })).status).toBe(400)
    const foreign = structuredClone(GOOD_CONTENT)
    foreign.results[0]!.criterionKey = 'khong-co#0'
    expect((await unit.patch(`/api/reports/${report.id}`, { version: report.version, content: foreign })).body.error.fields['content.results.0.criterionKey']).toMatch(/không phải tiêu chí của kế hoạch/)
  })

  it('saves the results with the plan\'s wording of each criterion; a stale version is refused', async () => {
    const unit = await t.as('unitSchoolA')
    const saved = await ok(await unit.patch(`/api/reports/${report.id}`, { version: report.version, content: GOOD_CONTENT }))
    expect(saved.version).toBe(report.version + 1)
    expect(saved.content.results[0].criterion).toBe('Giảm nghèo bền vững, không phát sinh hộ nghèo mới')
    expect(saved.content.results[1]).toMatchObject({ criterionKey: null, criterion: 'Tuyên truyền về Đại hội', value: 6 })
    const stale = await unit.patch(`/api/reports/${report.id}`, { version: report.version, content: GOOD_CONTENT })
    expect(stale.status).toBe(409)
    report = saved
  })

  it('takes PDF, Word, Excel and images as evidence, and nothing else', async () => {
    const unit = await t.as('unitSchoolA')
    const pdf = await unit.upload(`/api/reports/${report.id}/files`, 'Biên bản.pdf', strToU8('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'))
    expect(pdf.status).toBe(201)
    const xlsx = await unit.upload(`/api/reports/${report.id}/files`, 'Số liệu.xlsx', zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }))
    expect(xlsx.status).toBe(201)
    expect(xlsx.body.files.map((f: { name: string; type: string }) => f.type)).toEqual(['application/pdf', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'])
    const exe = await unit.upload(`/api/reports/${report.id}/files`, 'anh.jpg', new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...new Array(64).fill(0)]))
    expect(exe.status).toBe(400)
    expect(exe.body.error.fields.file).toMatch(/minh chứng chỉ nhận/)
    const download = await unit.get(`/api/reports/${report.id}/files/${pdf.body.files[0].id}`)
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('application/pdf')
    expect((await unit.delete(`/api/reports/${report.id}/files/${xlsx.body.files[1].id}`)).status).toBe(204)
    report = await ok(await unit.get(`/api/reports/${report.id}`))
    expect(report.files.map((f: { name: string }) => f.name)).toEqual(['Biên bản.pdf'])
  })

  it('is submitted by the unit, returned with the reason (the unit is told), corrected and accepted by the commune', async () => {
    const unit = await t.as('unitSchoolA')
    const officer = await t.as('officerA')
    report = await ok(await unit.post(`/api/reports/${report.id}/submit`, { version: report.version }))
    expect(report.status).toBe('submitted')
    expect((await unit.post(`/api/reports/${report.id}/accept`, { version: report.version })).status).toBe(403)
    expect((await unit.patch(`/api/reports/${report.id}`, { version: report.version, content: GOOD_CONTENT })).status).toBe(409)

    const officerView = await ok(await officer.get(`/api/reports/${report.id}`))
    expect(officerView.canReview).toBe(true)
    report = await ok(await officer.post(`/api/reports/${report.id}/return`, { version: report.version, reason: 'Bổ sung số liệu chuyển đổi số' }))
    expect(report).toMatchObject({ status: 'returned', returnReason: 'Bổ sung số liệu chuyển đổi số' })
    const told = await notificationsOf(t.tenant.accounts.unitSchoolA!.id, 'report.returned')
    expect(told).toHaveLength(1)
    expect(told[0]).toMatchObject({ body: 'Bổ sung số liệu chuyển đổi số', link: `/bao-cao/${report.id}` })

    const corrected = { ...GOOD_CONTENT, results: [...GOOD_CONTENT.results, { criterionKey: 'tap-the#1', criterion: 'Chuyển đổi số', measure: 'số thủ tục trực tuyến', value: 3, parts: [], text: null }] }
    report = await ok(await unit.patch(`/api/reports/${report.id}`, { version: report.version, content: corrected }))
    report = await ok(await unit.post(`/api/reports/${report.id}/submit`, { version: report.version }))
    report = await ok(await officer.post(`/api/reports/${report.id}/accept`, { version: report.version }))
    expect(report).toMatchObject({ status: 'accepted', acceptedByName: 'Người dùng officerA', canEdit: false, canReview: false })
    expect(report.events.map((e: { toStatus: string }) => e.toStatus)).toEqual(['draft', 'submitted', 'returned', 'submitted', 'accepted'])
    const audit = await t.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE entity = 'progress_report' AND entity_id = $1 ORDER BY at`, [report.id])
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'upload', 'upload', 'remove_file', 'transition', 'transition', 'update', 'transition', 'transition'])
  })

  it('does not let a level accept its own report', async () => {
    const officer = await t.as('officerA')
    let own = await ok(await officer.post('/api/reports', { organizationId: t.tenant.org.communeA.id, campaignId, periodId: 'dot-1' }), 201)
    own = await ok(await officer.patch(`/api/reports/${own.id}`, { version: own.version, content: GOOD_CONTENT }))
    own = await ok(await officer.post(`/api/reports/${own.id}/submit`, { version: own.version }))
    expect(own.canReview).toBe(false)
    const res = await officer.post(`/api/reports/${own.id}/accept`, { version: own.version })
    expect(res.status).toBe(403)
    expect(res.body.error.message).toMatch(/chính cấp mình/)
  })

  it('lists the units that have not reported, and "Nhắc" records, audits and notifies', async () => {
    const officer = await t.as('officerA')
    const missing = await ok(await officer.get(`/api/reports/missing?campaignId=${campaignId}&periodId=dot-1`))
    expect(missing).toMatchObject({ addressed: 3, reported: 1, periodName: 'Sơ kết — Đợt 1', overdue: false })
    expect(missing.items.map((i: { organizationName: string }) => i.organizationName).sort()).toEqual(['Chi bộ xóm Đồng Tâm', 'Xóm Đồng Tâm'])

    const village = t.tenant.org.villageA1.id
    const reminded = await ok(await officer.post('/api/reports/reminders', { organizationId: village, campaignId, periodId: 'dot-1', note: 'Hạn nộp sắp đến' }), 201)
    expect(reminded.organizationId).toBe(village)
    const after = await ok(await officer.get(`/api/reports/missing?campaignId=${campaignId}&periodId=dot-1`))
    expect(after.items.find((i: { organizationId: string }) => i.organizationId === village).reminders).toBe(1)
    expect((await t.db.query(`SELECT 1 FROM audit_log WHERE action = 'remind' AND entity = 'progress_report_reminder' AND organization_id = $1`, [village])).length).toBe(1)

    const unit = await t.as('unitSchoolA')
    expect((await unit.post('/api/reports/reminders', { organizationId: village, campaignId, periodId: 'dot-1' })).status).toBe(403)
    expect((await officer.post('/api/reports/reminders', { organizationId: t.tenant.org.communeA.id, campaignId, periodId: 'dot-1' })).status).toBe(403)
  })

  it('keeps it all from another commune', async () => {
    const other = await t.as('officerB')
    expect((await other.get(`/api/reports/${report.id}`)).status).toBe(403)
    expect((await other.get('/api/reports')).body.total).toBe(0)
    expect((await other.get(`/api/reports/compiled?organizationId=${t.tenant.org.communeA.id}&campaignId=${campaignId}&periodId=dot-1`)).status).toBe(403)
    expect((await other.post(`/api/reports/${report.id}/return`, { version: report.version, reason: 'x' })).status).toBe(403)
  })
})
