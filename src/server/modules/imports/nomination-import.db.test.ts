// A proposal (tờ trình) into nomination drafts through the API: the school's proposal read from text,
// each proposed person matched in the unit's scope (two staff matched, one not found), the chosen rows
// created through the nominations' own path in one transaction with one audit entry and the eligibility
// snapshot of each draft, a row the nominations refuse skipped (also the same proposal made again), and a
// nominating unit outside the caller's scope refusing everything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseText } from '../../../documents/parse/index.ts'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { nominationTableCounts, staff } from '../nominations/nominations.testing.ts'

const PROPOSAL = `TRƯỜNG TIỂU HỌC BÌNH THÀNH
Số: 27/TTr-TH
Bình Thành, ngày 05 tháng 12 năm 2025
TỜ TRÌNH
Về việc đề nghị công nhận danh hiệu Lao động tiên tiến năm học 2024-2025
Kính gửi: Chủ tịch Ủy ban nhân dân xã Bình Thành.
Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;
Căn cứ kết quả họp xét thi đua, khen thưởng của Trường Tiểu học Bình Thành ngày 01/12/2025,
Trường Tiểu học Bình Thành kính đề nghị Chủ tịch UBND xã công nhận danh hiệu Lao động tiên tiến cho 03 cá nhân đã có thành tích hoàn thành tốt nhiệm vụ năm học 2024-2025 (có danh sách kèm theo).
Kính trình Chủ tịch UBND xã xem xét, quyết định./.
DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU LAO ĐỘNG TIÊN TIẾN
1. Bà Hoàng Thị Lan, Giáo viên, Trường Tiểu học Bình Thành;
2. Ông Đặng Văn Minh, Tổng phụ trách Đội, Trường Tiểu học Bình Thành;
3. Ông Phùng Văn Khải, Nhân viên, Trường Tiểu học Bình Thành.`

let t: HistoryTestContext
let lan: { id: string }
let minh: { id: string }

beforeAll(async () => {
  t = await openHistoryTest()
  lan = await staff(t, 'Hoàng Thị Lan', { sex: 'nu' })
  minh = await staff(t, 'Đặng Văn Minh')
})
afterAll(() => t.db.close())

const importAudits = () =>
  t.db.query<{ summary: string; after: { nominations: unknown[] } }>(`SELECT summary, after FROM audit_log WHERE province_id = $1 AND action = 'import' AND entity = 'nomination'`, [t.tenant.provinceId])

describe('POST /api/imports/preview-nomination', () => {
  it('proposes a row per person listed, matched in the unit\'s scope, writing nothing', async () => {
    const before = await nominationTableCounts(t.db)
    const res = await (await t.as('unitSchoolA')).post('/api/imports/preview-nomination', { parsed: parseText(PROPOSAL) })
    expect(res.status).toBe(200)
    const rows = res.body.rows
    expect(rows.map((r: { awardee: { name: string }; match: { status: string; subjectId?: string } }) => [r.awardee.name, r.match.status, r.match.subjectId ?? null])).toEqual([
      ['Hoàng Thị Lan', 'matched', lan.id],
      ['Đặng Văn Minh', 'matched', minh.id],
      ['Phùng Văn Khải', 'unmatched', null],
    ])
    expect(rows[0].proposed).toEqual({
      subjectKind: 'individual', target: 'LDTT', form: 'Lao động tiên tiến', year: 2025,
      achievement: 'Đã có thành tích hoàn thành tốt nhiệm vụ năm học 2024-2025',
    })
    expect(await nominationTableCounts(t.db)).toEqual(before)
  })

  it('refuses a document that is neither a proposal nor a report, naming the field', async () => {
    const res = await (await t.as('unitSchoolA')).post('/api/imports/preview-nomination', { parsed: { ...parseText(PROPOSAL), doc_type: 'quyet_dinh' } })
    expect(res.status).toBe(400)
    expect(res.body.error.fields['parsed.doc_type']).toMatch(/^Loại văn bản: chỉ tạo dự thảo đề nghị khen thưởng/)
  })
})

describe('POST /api/imports/apply-nomination', () => {
  const achievement = 'Hoàn thành tốt nhiệm vụ năm học 2024-2025'
  const body = (rows: Record<string, unknown>[], fields: Record<string, unknown> = {}) => ({
    fileName: 'to-trinh-27.docx', nominatingOrganizationId: t.tenant.org.schoolA.id, year: 2025, rows, ...fields,
  })
  const row = (subjectId: string, target = 'LDTT') => ({ subjectKind: 'individual', subjectId, target, achievement })

  it('refuses everything when the nominating unit lies outside the caller\'s scope, writing nothing', async () => {
    const before = await nominationTableCounts(t.db)
    const res = await (await t.as('unitSchoolA')).post('/api/imports/apply-nomination', body([row(lan.id)], { nominatingOrganizationId: t.tenant.org.communeA.id }))
    expect(res.status).toBe(403)
    const other = await (await t.as('officerB')).post('/api/imports/apply-nomination', body([row(lan.id)]))
    expect(other.status).toBe(403)
    expect(await nominationTableCounts(t.db)).toEqual(before)
  })

  it('creates the drafts in one transaction with their eligibility snapshot, audited once, skipping a row the nominations refuse', async () => {
    const before = await nominationTableCounts(t.db)
    const res = await (await t.as('unitSchoolA')).post('/api/imports/apply-nomination', body([row(lan.id), row(minh.id, 'TTLDTT'), row(minh.id)]))
    expect(res.status).toBe(201)
    expect(res.body.created).toEqual([
      { index: 0, id: expect.any(String), subjectName: 'Hoàng Thị Lan', target: 'LDTT', targetShort: 'LĐTT', eligible: expect.any(Boolean) },
      { index: 2, id: expect.any(String), subjectName: 'Đặng Văn Minh', target: 'LDTT', targetShort: 'LĐTT', eligible: expect.any(Boolean) },
    ])
    expect(res.body.skipped).toEqual([{ index: 1, reason: 'Đặng Văn Minh: Danh hiệu, hình thức đề nghị: TTLĐTT không xét cho cá nhân (chỉ cho tập thể)' }])
    const stored = await t.db.query<{ subjectId: string; status: string; achievement: string; hasEligibility: boolean }>(
      `SELECT subject_id AS "subjectId", status, achievement, eligibility IS NOT NULL AND eligibility ? 'criteria' AS "hasEligibility" FROM nominations WHERE province_id = $1 ORDER BY subject_id = $2`,
      [t.tenant.provinceId, minh.id],
    )
    expect(stored).toEqual([
      { subjectId: lan.id, status: 'draft', achievement, hasEligibility: true },
      { subjectId: minh.id, status: 'draft', achievement, hasEligibility: true },
    ])
    const after = await nominationTableCounts(t.db)
    expect(after).toMatchObject({ nominations: before.nominations + 2, events: before.events + 2, audit: before.audit + 1 })
    const audits = await importAudits()
    expect(audits.map((a) => a.summary)).toEqual(['Trường Tiểu học Bình Thành lập 2 dự thảo đề nghị khen thưởng năm 2025 từ tệp "to-trinh-27.docx"'])
    expect(audits[0]!.after.nominations).toHaveLength(2)
    const read = await (await t.as('unitSchoolA')).get(`/api/nominations/${res.body.created[0].id}`)
    expect(read.status).toBe(200)
    expect(read.body.eligibility.evaluation.criteria.length).toBeGreaterThan(0)
  })

  it('skips the same proposal made again, writing and auditing nothing', async () => {
    const before = await nominationTableCounts(t.db)
    const res = await (await t.as('unitSchoolA')).post('/api/imports/apply-nomination', body([row(lan.id)], { fileName: 'to-trinh-27 (2).docx' }))
    expect(res.status).toBe(201)
    expect(res.body).toEqual({ created: [], skipped: [{ index: 0, reason: 'Hoàng Thị Lan: Danh hiệu, hình thức đề nghị: Hoàng Thị Lan đã được đề nghị LĐTT năm 2025; không đề nghị trùng' }] })
    expect(await nominationTableCounts(t.db)).toEqual(before)
  })
})
