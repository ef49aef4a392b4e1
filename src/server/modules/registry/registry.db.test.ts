import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiClient } from '../../testing/api-client.ts'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'

let t: HistoryTestContext
let officerA: ApiClient
let hoa: { id: string }

beforeAll(async () => {
  t = await openHistoryTest()
  officerA = await t.as('officerA')
  hoa = await t.person({ fullName: 'Đặng Thị Hòa', sex: 'nu', birthDate: '1991-05-20' })
})
afterAll(() => t.db.close())

const award = (fields: Record<string, unknown>) => officerA.post('/api/history/awards', { subjectKind: 'individual', subjectId: hoa.id, ...fields })

describe('registry rows', () => {
  it('records a catalogue title with its decision, edits it with a version and deletes it, auditing each write', async () => {
    const created = await award({ code: 'LDTT', year: 2023, level: 'commune', decisionNumber: '98/QĐ-UBND', decisionDate: '2023-12-22', decisionIssuer: 'Chủ tịch UBND xã Bình Thành' })
    expect(created.status).toBe(201)
    expect(created.body).toEqual({
      record: expect.objectContaining({
        subjectKind: 'individual', subjectId: hoa.id, code: 'LDTT', name: 'Lao động tiên tiến', track: 'government', level: 'commune', year: 2023, kind: 'cong_trang',
        source: 'manual', subjectName: 'Đặng Thị Hòa', subjectBirthDate: '1991-05-20', subjectCccd: null, organizationName: 'Trường Tiểu học Bình Thành', version: 1,
      }),
      warnings: [],
    })
    const id = created.body.record.id
    const recoded = await officerA.patch(`/api/history/awards/${id}`, { version: 1, code: 'CSTDCS' })
    expect(recoded.status).toBe(200)
    expect(recoded.body.record).toMatchObject({ code: 'CSTDCS', name: 'Chiến sĩ thi đua cơ sở', decisionNumber: '98/QĐ-UBND', version: 2 })
    expect((await officerA.patch(`/api/history/awards/${id}`, { version: 1, year: 2022 })).status).toBe(409)
    expect((await officerA.delete(`/api/history/awards/${id}?version=2`)).status).toBe(204)
    const audit = await t.db.query<{ action: string; summary: string }>(`SELECT action, summary FROM audit_log WHERE entity_id = $1 ORDER BY at`, [id])
    expect(audit).toEqual([
      { action: 'create', summary: 'Ghi sổ khen thưởng của Đặng Thị Hòa: Lao động tiên tiến năm 2023' },
      { action: 'update', summary: 'Sửa sổ khen thưởng của Đặng Thị Hòa: Chiến sĩ thi đua cơ sở năm 2023' },
      { action: 'delete', summary: 'Xóa khỏi sổ khen thưởng của Đặng Thị Hòa: Chiến sĩ thi đua cơ sở năm 2023' },
    ])
  })

  it('takes a form outside the catalogue by its name and track, and names the field of every bad input', async () => {
    const old = await award({ name: 'Kỷ niệm chương Vì sự nghiệp giáo dục', track: 'government', level: 'ministry', year: 2021 })
    expect(old.status).toBe(201)
    expect(old.body.record).toMatchObject({ code: null, name: 'Kỷ niệm chương Vì sự nghiệp giáo dục', track: 'government' })
    const fields = async (body: Record<string, unknown>) => (await award(body)).body.error.fields
    expect(await fields({ year: 2024 })).toEqual({
      name: 'Tên danh hiệu, hình thức khen thưởng: bắt buộc khi không chọn mã trong danh mục',
      track: 'Khối: bắt buộc khi không chọn mã trong danh mục (chính quyền, Đảng hoặc Mặt trận, đoàn thể)',
    })
    expect(await fields({ code: 'LDTT', year: 1990 })).toEqual({ year: 'Năm thành tích: năm thành tích 1990 trước năm sinh 1991' })
    expect(await fields({ code: 'LDTT', year: 2024, decisionDate: '2023-12-20' })).toEqual({ decisionDate: 'Ngày quyết định: ngày quyết định 20/12/2023 trước năm thành tích 2024' })
    expect(await fields({ code: 'TTLDTT', year: 2024 })).toEqual({ code: 'Mã danh hiệu, hình thức: TTLĐTT không dành cho cá nhân (dành cho: tập thể)' })
    expect(await fields({ code: 'LDTT', year: 2024, track: 'party' })).toEqual({ track: 'Khối: LĐTT thuộc khối chính quyền, không phải đảng' })
    expect(await fields({ code: 'LDTT', year: 2024, kind: 'dot_xuat' })).toEqual({ kind: 'Loại hình khen thưởng: LĐTT không có loại hình «Khen thưởng đột xuất»' })
    expect(await fields({ code: 'LAO_DONG_GIOI', year: 2024 })).toEqual({ code: 'Mã danh hiệu, hình thức: mã "LAO_DONG_GIOI" không có trong danh mục danh hiệu, hình thức khen thưởng' })
    expect((await fields({ code: 'LDTT', year: 2099 })).year).toMatch(/^Năm thành tích: năm 2099 chưa đến/)
    expect(await fields({ code: 'LDTT', year: 2024, campaignId: '00000000-0000-4000-8000-000000000000' })).toEqual({ campaignId: 'Kế hoạch thi đua: không tồn tại' })
  })

  it('finds rows by name without accents or by decision number, filtered and kept inside the caller\'s subtree', async () => {
    await award({ code: 'GIAY_KHEN_CHU_TICH_XA', year: 2022, decisionNumber: '212/QĐ-UBND', decisionDate: '2022-12-28', level: 'commune' })
    for (const q of ['dang thi hoa', 'ĐẶNG thị', 'qd-ubnd', '212/QĐ']) {
      const found = await officerA.get(`/api/registry?q=${encodeURIComponent(q)}`)
      expect(found.body.items.map((r: { decisionNumber: string }) => r.decisionNumber), q).toContain('212/QĐ-UBND')
    }
    expect((await officerA.get('/api/registry?q=%25')).body.items).toEqual([])
    const filtered = await officerA.get('/api/registry?code=GIAY_KHEN_CHU_TICH_XA&track=government&yearFrom=2022&yearTo=2022')
    expect(filtered.body).toMatchObject({ total: 1, items: [{ code: 'GIAY_KHEN_CHU_TICH_XA', year: 2022 }] })
    expect((await officerA.get('/api/registry?yearFrom=2023&code=GIAY_KHEN_CHU_TICH_XA')).body.total).toBe(0)
    const subject = await officerA.get(`/api/registry/individual/${hoa.id}`)
    expect(subject.body).toMatchObject({ subject: { name: 'Đặng Thị Hòa' }, awards: [{ year: 2022 }, { year: 2021 }] })

    const officerB = await t.as('officerB')
    expect((await officerB.get('/api/registry?q=dang thi hoa')).body.items).toEqual([])
    expect((await officerB.get(`/api/registry?organizationId=${t.tenant.org.communeA.id}`)).status).toBe(403)
    expect((await officerB.get(`/api/registry/individual/${hoa.id}`)).status).toBe(403)
    expect((await officerB.post('/api/history/awards', { subjectKind: 'individual', subjectId: hoa.id, code: 'LDTT', year: 2021 })).status).toBe(403)
  })
})

describe('duplicates across tracks and levels', () => {
  it('finds the same achievement commended twice by CCCD and by name and birth date, and warns on write', async () => {
    // One woman entered twice: first under the Party cell with her CCCD, later moved onto her school record.
    const partyRow = await t.person({ fullName: 'Hoàng Thị Thu Hương', sex: 'nu', birthDate: '1978-08-02', cccd: '019178000456', organizationId: t.tenant.org.partyCellA.id, category: 'dang_vien' })
    const party = await award({ subjectId: partyRow.id, code: 'GIAY_KHEN_DANG_UY_DANG_VIEN', year: 2024, decisionNumber: '45-QĐ/ĐU', decisionDate: '2025-01-10' })
    expect(party.body.warnings).toEqual([])
    expect((await officerA.patch(`/api/people/${partyRow.id}`, { version: partyRow.version, cccd: null })).status).toBe(200)
    const schoolRow = await t.person({ fullName: 'Hoàng Thị Thu Hương', sex: 'nu', birthDate: '1978-08-02', cccd: '019178000456' })
    const province = await award({ subjectId: schoolRow.id, code: 'BANG_KHEN_CHU_TICH_TINH', year: 2024, level: 'province', decisionNumber: '3021/QĐ-UBND', decisionDate: '2024-12-25' })
    expect(province.status).toBe(201)
    expect(province.body.warnings).toEqual([{
      recordId: party.body.record.id,
      message: 'Có thể trùng khen thưởng: «Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh» (Chính quyền, QĐ số 3021/QĐ-UBND ngày 25/12/2024) và «Giấy khen của Đảng ủy cơ sở tặng đảng viên hoàn thành xuất sắc nhiệm vụ trong năm» (Đảng, QĐ số 45-QĐ/ĐU ngày 10/01/2025): hai hình thức khen thưởng cho cùng thành tích năm 2024 (Luật TĐKT 2022, Điều 5, khoản 2)',
    }])
    // A title beside a form, or the same form in another year, is no duplicate.
    expect((await award({ subjectId: schoolRow.id, code: 'CSTDCS', year: 2024 })).body.warnings).toEqual([])
    expect((await award({ subjectId: schoolRow.id, code: 'GIAY_KHEN_CHU_TICH_XA', year: 2023 })).body.warnings).toEqual([])

    // Without CCCD: the same name (typed without accents) and birth date, in two units and two tracks.
    const teacher = await t.person({ fullName: 'Nguyễn Văn Bình', birthDate: '1980-01-01' })
    const member = await t.person({ fullName: 'Nguyen Van Binh', birthDate: '1980-01-01', organizationId: t.tenant.org.villageA1.id, category: 'nhan_dan' })
    const namesake = await t.person({ fullName: 'Nguyễn Văn Bình', birthDate: '1981-02-02', organizationId: t.tenant.org.villageA1.id, category: 'nhan_dan' })
    await award({ subjectId: teacher.id, code: 'GIAY_KHEN_CHU_TICH_XA', year: 2024, decisionNumber: '301/QĐ-UBND' })
    expect((await award({ subjectId: namesake.id, code: 'GIAY_KHEN_TO_CHUC_CT_XH', year: 2024 })).body.warnings).toEqual([])
    const mass = await award({ subjectId: member.id, code: 'GIAY_KHEN_TO_CHUC_CT_XH', year: 2024, decisionNumber: '17/QĐ-HND' })
    expect(mass.body.warnings).toEqual([{ recordId: expect.any(String), message: expect.stringMatching(/«Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã» \(Chính quyền, QĐ số 301\/QĐ-UBND\): hai hình thức/) }])

    const groups = await officerA.get('/api/registry/duplicates?year=2024')
    expect(groups.status).toBe(200)
    const summary = groups.body.groups.map((g: { subjectName: string; rows: { code: string }[]; reasons: string[] }) => ({ name: g.subjectName, codes: g.rows.map((r) => r.code).sort(), reasons: g.reasons.length }))
    expect(summary).toEqual(expect.arrayContaining([
      { name: 'Hoàng Thị Thu Hương', codes: ['BANG_KHEN_CHU_TICH_TINH', 'GIAY_KHEN_DANG_UY_DANG_VIEN'], reasons: 1 },
      { name: expect.stringMatching(/Nguy[eễ]n V[aă]n B[iì]nh/), codes: ['GIAY_KHEN_CHU_TICH_XA', 'GIAY_KHEN_TO_CHUC_CT_XH'], reasons: 1 },
    ]))
    expect(summary).toHaveLength(2)
    expect((await officerA.get('/api/registry/duplicates?year=2023')).body.groups).toEqual([])
    expect((await (await t.as('officerB')).get('/api/registry/duplicates?year=2024')).body.groups).toEqual([])
  })
})
