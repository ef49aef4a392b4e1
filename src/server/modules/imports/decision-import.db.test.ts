// An award decision into the registry through the API: the decision read from a text and a DOCX file,
// each awardee matched in the officer's scope (by name and unit; two namesakes are ambiguous; someone of
// another commune is not found; the school as a collective), the chosen rows written in one transaction
// with one audit entry, a row the registry refuses skipped, the same decision applied twice skipped, a
// subject outside the scope refusing everything — and the evaluation then seeing the imported award.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseText } from '../../../documents/parse/index.ts'
import { buildDocx, type TwoColumnDocument } from '../../../documents/parse/testing/build-files.ts'
import type { ApiClient } from '../../testing/api-client.ts'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'

const DECISION: TwoColumnDocument = {
  header: [
    ['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['XÃ BÌNH THÀNH', 'Độc lập - Tự do - Hạnh phúc'],
    ['Số: 152/QĐ-UBND', 'Bình Thành, ngày 20 tháng 12 năm 2024'],
  ],
  body: [
    'QUYẾT ĐỊNH',
    'Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2024',
    'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH',
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
    'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
    'Xét đề nghị của Hội đồng Thi đua - Khen thưởng xã.',
    'QUYẾT ĐỊNH:',
    'Điều 1. Tặng Giấy khen cho 3 cá nhân và 1 tập thể đã có thành tích xuất sắc trong phong trào thi đua năm 2024 (có danh sách kèm theo).',
    'Điều 2. Mỗi cá nhân được tặng Giấy khen kèm theo tiền thưởng bằng 0,3 lần mức lương cơ sở.',
    'Điều 3. Văn phòng HĐND và UBND xã, các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
    'DANH SÁCH CÁ NHÂN, TẬP THỂ ĐƯỢC TẶNG GIẤY KHEN',
    '1. Ông Nguyễn Văn An, Công chức Văn phòng – Thống kê, UBND xã Bình Thành;',
    '2. Bà Trần Thị Bình, Giáo viên, Trường Tiểu học Bình Thành;',
    '3. Ông Lê Văn Cường, Trưởng xóm Đồng Tâm;',
    '4. Tập thể Trường Tiểu học Bình Thành.',
  ],
  closing: [
    ['Nơi nhận:', 'KT. CHỦ TỊCH'],
    ['- Như Điều 3;', 'PHÓ CHỦ TỊCH'],
    ['- Lưu: VT.', 'Ma Khánh Sơn'],
  ],
}

/** The same decision as a text file: the two columns side by side. */
const decisionText = () => [...DECISION.header, ...DECISION.body.map((line) => [line, ''] as const), ...DECISION.closing].map(([left, right]) => `${left.padEnd(40)}${right}`.trimEnd()).join('\n')

let t: HistoryTestContext
let officerA: ApiClient
let an: { id: string }
let teacherAn: { id: string }
let binh: { id: string }[]
let cuongOfB: { id: string }

beforeAll(async () => {
  t = await openHistoryTest()
  officerA = await t.as('officerA')
  const ubnd = await t.organization({ parentId: t.tenant.org.communeA.id, name: 'Ủy ban nhân dân xã Bình Thành', shortName: 'UBND xã Bình Thành', kind: 'peoples_committee' })
  const office = await t.organization({ parentId: ubnd.id, name: 'Văn phòng HĐND và UBND xã Bình Thành', kind: 'department' })
  an = await t.person({ fullName: 'Nguyễn Văn An', birthDate: '1988-05-02', organizationId: office.id, category: 'cong_chuc', position: 'Công chức Văn phòng – Thống kê' })
  teacherAn = await t.person({ fullName: 'Nguyễn Văn An', birthDate: '1990-01-09' })
  binh = [await t.person({ fullName: 'Trần Thị Bình', sex: 'nu', birthDate: '1985-03-12' }), await t.person({ fullName: 'Trần Thị Bình', sex: 'nu', birthDate: '1992-11-30' })]
  const bacSonSchool = await t.organization({ parentId: t.tenant.org.communeB.id, name: 'Trường Tiểu học Bắc Sơn', kind: 'public_service' })
  cuongOfB = await t.person({ fullName: 'Lê Văn Cường', organizationId: bacSonSchool.id }, 'officerB')
  // Nguyễn Văn An's union already commended the same year's work.
  const union = await officerA.post('/api/history/awards', { subjectKind: 'individual', subjectId: an.id, code: 'GIAY_KHEN_TO_CHUC_CT_XH', year: 2024, decisionNumber: '05/QĐ-CĐ' })
  expect(union.status).toBe(201)
})
afterAll(() => t.db.close())

const awardCount = async () => (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM award_records WHERE province_id = $1`, [t.tenant.provinceId]))[0]!.n
const importAudits = () =>
  t.db.query<{ summary: string; after: { records: unknown[] } }>(`SELECT summary, after FROM audit_log WHERE province_id = $1 AND action = 'import' AND entity = 'award_record' ORDER BY at`, [t.tenant.provinceId])

const parsedFromDocx = async () => {
  const res = await officerA.upload('/api/imports/parse', 'quyet-dinh-152.docx', await buildDocx(DECISION))
  expect(res.status).toBe(200)
  return res.body.document
}

describe('POST /api/imports/preview-decision', () => {
  it.each([
    ['text', async () => parseText(decisionText())],
    ['DOCX', parsedFromDocx],
  ])('matches the awardees of a decision read from %s and proposes their rows, writing nothing', async (_format, read) => {
    const before = await awardCount()
    const res = await officerA.post('/api/imports/preview-decision', { parsed: await read() })
    expect(res.status).toBe(200)
    const rows = res.body.rows
    expect(rows.map((r: { awardee: { name: string }; match: { status: string } }) => [r.awardee.name, r.match.status])).toEqual([
      ['Nguyễn Văn An', 'matched'],
      ['Trần Thị Bình', 'ambiguous'],
      ['Lê Văn Cường', 'unmatched'],
      ['Tập thể Trường Tiểu học Bình Thành', 'matched'],
    ])
    expect(rows[0].match).toEqual({ status: 'matched', subjectId: an.id, candidates: [{ subjectId: an.id, name: 'Nguyễn Văn An', birthDate: '1988-05-02', organizationName: 'Văn phòng HĐND và UBND xã Bình Thành' }] })
    expect(rows[1].match.candidates.map((c: { subjectId: string }) => c.subjectId).sort()).toEqual(binh.map((p) => p.id).sort())
    expect(rows[2].match).toEqual({ status: 'unmatched', candidates: [] })
    expect(rows[3].match).toMatchObject({ subjectId: t.tenant.org.schoolA.id, candidates: [{ name: 'Trường Tiểu học Bình Thành', organizationName: 'Xã Bình Thành' }] })
    for (const row of rows) {
      expect(row.proposed).toEqual({
        subjectKind: row.index === 3 ? 'collective' : 'individual', code: 'GIAY_KHEN_CHU_TICH_XA', name: 'Giấy khen', year: 2024,
        decisionNumber: '152/QĐ-UBND', decisionDate: '2024-12-20', decisionIssuer: 'UBND xã Bình Thành', track: 'government', level: 'commune', kind: 'cong_trang',
      })
    }
    expect(rows[0].duplicateWarnings).toEqual([{ recordId: expect.any(String), message: expect.stringMatching(/^Có thể trùng khen thưởng: .*hai hình thức khen thưởng cho cùng thành tích năm 2024/) }])
    expect(rows[3].duplicateWarnings).toEqual([])
    expect(await awardCount()).toBe(before)
  })

  it('refuses a document that is not a decision, naming the field', async () => {
    const res = await officerA.post('/api/imports/preview-decision', { parsed: { ...parseText(decisionText()), doc_type: 'ke_hoach' } })
    expect(res.status).toBe(400)
    expect(res.body.error.fields['parsed.doc_type']).toBe('Loại văn bản: chỉ ghi sổ khen thưởng từ văn bản loại «Quyết định»')
  })
})

describe('POST /api/imports/apply-decision', () => {
  const decision = { number: '152/QĐ-UBND', date: '2024-12-20', issuer: 'UBND xã Bình Thành' }
  const row = (index: number, subjectKind: string, subjectId: string, fields: Record<string, unknown> = {}) => ({
    index, subjectKind, subjectId, code: 'GIAY_KHEN_CHU_TICH_XA', name: 'Giấy khen', year: 2024, track: 'government', level: 'commune', kind: 'cong_trang', ...fields,
  })
  const chosen = () => [row(0, 'individual', an.id), row(1, 'individual', binh[0]!.id), row(3, 'collective', t.tenant.org.schoolA.id)]

  it('refuses the whole decision when one chosen subject lies outside the officer\'s scope, writing nothing', async () => {
    const before = await awardCount()
    const res = await officerA.post('/api/imports/apply-decision', { fileName: 'quyet-dinh-152.docx', decision, rows: [...chosen(), row(2, 'individual', cuongOfB.id)] })
    expect(res.status).toBe(403)
    expect(res.body.error.message).toMatch(/ngoài phạm vi/)
    expect(await awardCount()).toBe(before)
    expect(await importAudits()).toEqual([])
  })

  it('writes only the chosen rows in one transaction, audited once, skipping a row the registry refuses', async () => {
    const before = await awardCount()
    const res = await officerA.post('/api/imports/apply-decision', {
      fileName: 'quyet-dinh-152.docx', decision, rows: [...chosen(), row(2, 'individual', teacherAn.id, { code: 'TTLDTT', name: null })],
    })
    expect(res.status).toBe(201)
    expect(res.body).toEqual({ inserted: 3, skipped: [{ index: 2, reason: 'Nguyễn Văn An: Mã danh hiệu, hình thức: TTLĐTT không dành cho cá nhân (dành cho: tập thể)' }] })
    expect(await awardCount()).toBe(before + 3)

    const stored = await t.db.query<Record<string, unknown>>(
      `SELECT subject_id AS "subjectId", code, name, year, decision_number AS "decisionNumber", decision_date::text AS "decisionDate", decision_issuer AS "decisionIssuer", level, track, source
         FROM award_records WHERE province_id = $1 AND decision_number = '152/QĐ-UBND' ORDER BY subject_name_folded`,
      [t.tenant.provinceId],
    )
    const common = { code: 'GIAY_KHEN_CHU_TICH_XA', name: 'Giấy khen', year: 2024, decisionNumber: '152/QĐ-UBND', decisionDate: '2024-12-20', decisionIssuer: 'UBND xã Bình Thành', level: 'commune', track: 'government', source: 'import' }
    expect(stored).toEqual([{ subjectId: an.id, ...common }, { subjectId: binh[0]!.id, ...common }, { subjectId: t.tenant.org.schoolA.id, ...common }])

    const audits = await importAudits()
    expect(audits.map((a) => a.summary)).toEqual(['Ghi 3 khen thưởng vào sổ từ quyết định số 152/QĐ-UBND (tệp "quyet-dinh-152.docx")'])
    expect(audits[0]!.after.records).toHaveLength(3)
  })

  it('skips every row of a decision applied again, writing and auditing nothing', async () => {
    const before = await awardCount()
    const res = await officerA.post('/api/imports/apply-decision', { fileName: 'quyet-dinh-152 (2).docx', decision, rows: chosen() })
    expect(res.status).toBe(201)
    expect(res.body.inserted).toBe(0)
    expect(res.body.skipped).toEqual([
      { index: 0, reason: 'Nguyễn Văn An đã có «Giấy khen» năm 2024 theo quyết định số 152/QĐ-UBND trong sổ khen thưởng' },
      { index: 1, reason: expect.stringMatching(/^Trần Thị Bình đã có «Giấy khen» năm 2024/) },
      { index: 3, reason: expect.stringMatching(/^Trường Tiểu học Bình Thành đã có «Giấy khen» năm 2024/) },
    ])
    expect(await awardCount()).toBe(before)
    expect(await importAudits()).toHaveLength(1)
  })

  it('lets the evaluation see the imported award: the same year\'s work is already commended', async () => {
    const res = await officerA.get(`/api/eligibility/individual/${an.id}?target=GIAY_KHEN_CHU_TICH_XA&date=2025-03-01&year=2024`)
    expect(res.status).toBe(200)
    const same = res.body.criteria.find((c: { id: string }) => c.id === 'block.same_achievement')
    expect(same).toMatchObject({ passed: false, facts: ['Đã được Giấy khen Chủ tịch UBND xã năm 2024 (QĐ số 152/QĐ-UBND, ngày 20/12/2024, cấp xã): thành tích năm 2024 đã được khen'] })
    expect(res.body.eligible).toBe(false)
  })
})
