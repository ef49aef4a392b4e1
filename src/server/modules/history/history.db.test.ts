import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiClient } from '../../testing/api-client.ts'
import { openHistoryTest, type HistoryTestContext } from './history.testing.ts'

let t: HistoryTestContext
let officerA: ApiClient
let teacher: { id: string; version: number }

beforeAll(async () => {
  t = await openHistoryTest()
  officerA = await t.as('officerA')
  teacher = await t.person({ fullName: 'Đặng Thị Hòa', sex: 'nu', birthDate: '1991-05-20' })
})
afterAll(() => t.db.close())

const audit = (entityId: string) =>
  t.db.query<{ action: string; entity: string; summary: string; before: unknown; after: unknown }>(`SELECT action, entity, summary, before, after FROM audit_log WHERE entity_id = $1 ORDER BY at`, [entityId])

describe('history records', () => {
  it('creates, reads, edits with a version and deletes a rating, auditing each write', async () => {
    const created = await officerA.post('/api/history/ratings', { subjectKind: 'individual', subjectId: teacher.id, year: 2024, rating: 'HTTNV' })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ subjectKind: 'individual', subjectId: teacher.id, year: 2024, rating: 'HTTNV', track: 'government', version: 1 })

    const page = await officerA.get(`/api/history/individual/${teacher.id}`)
    expect(page.status).toBe(200)
    expect(page.body.subject).toMatchObject({ kind: 'individual', id: teacher.id, name: 'Đặng Thị Hòa', organizationName: 'Trường Tiểu học Bình Thành', employment: 'state' })
    expect(page.body.ratings).toEqual([expect.objectContaining({ id: created.body.id, year: 2024, rating: 'HTTNV' })])

    const edited = await officerA.patch(`/api/history/ratings/${created.body.id}`, { version: 1, rating: 'HTXSNV' })
    expect(edited.status).toBe(200)
    expect(edited.body).toMatchObject({ year: 2024, rating: 'HTXSNV', version: 2 })
    const stale = await officerA.patch(`/api/history/ratings/${created.body.id}`, { version: 1, rating: 'HTNV' })
    expect(stale.status).toBe(409)
    expect(stale.body.error.message).toMatch(/Bản ghi xếp loại vừa được người khác cập nhật/)

    expect((await officerA.delete(`/api/history/ratings/${created.body.id}?version=1`)).status).toBe(409)
    expect((await officerA.delete(`/api/history/ratings/${created.body.id}?version=2`)).status).toBe(204)
    expect((await officerA.get(`/api/history/individual/${teacher.id}`)).body.ratings).toEqual([])
    expect(await audit(created.body.id)).toEqual([
      expect.objectContaining({ action: 'create', entity: 'history_rating', summary: 'Thêm xếp loại của Đặng Thị Hòa: năm 2024: Hoàn thành tốt nhiệm vụ' }),
      expect.objectContaining({ action: 'update', before: expect.objectContaining({ rating: 'HTTNV' }), after: expect.objectContaining({ rating: 'HTXSNV' }) }),
      expect.objectContaining({ action: 'delete', summary: 'Xóa xếp loại của Đặng Thị Hòa: năm 2024: Hoàn thành xuất sắc nhiệm vụ', before: expect.objectContaining({ rating: 'HTXSNV' }) }),
    ])
  })

  it('refuses a second rating of the same year and track, but takes the Party rating beside the State one', async () => {
    const body = { subjectKind: 'individual', subjectId: teacher.id, year: 2023, rating: 'HTTNV' }
    expect((await officerA.post('/api/history/ratings', body)).status).toBe(201)
    const again = await officerA.post('/api/history/ratings', { ...body, rating: 'HTNV' })
    expect(again.status).toBe(409)
    expect(again.body.error).toMatchObject({ code: 'DUPLICATE', fields: { year: 'Đã có kết quả xếp loại năm 2023 của đối tượng này; hãy sửa bản ghi đã có' } })
    expect((await officerA.post('/api/history/ratings', { ...body, track: 'party' })).status).toBe(201)
  })

  it('names the field of every bad input in Vietnamese', async () => {
    const rating = (fields: Record<string, unknown>) => officerA.post('/api/history/ratings', { subjectKind: 'individual', subjectId: teacher.id, ...fields })
    const beforeBirth = await rating({ year: 1990, rating: 'HTTNV' })
    expect(beforeBirth.status).toBe(400)
    expect(beforeBirth.body.error.fields).toEqual({ year: 'Năm xếp loại: năm xếp loại 1990 trước năm sinh 1991' })
    const future = await rating({ year: 2100, rating: 'HTTNV' })
    expect(future.body.error.fields.year).toMatch(/^Năm xếp loại: năm 2100 chưa đến/)
    expect((await rating({ year: 2024, rating: 'TOT' })).body.error.fields.rating).toBe('Xếp loại: chỉ nhận một trong: HTXSNV, HTTNV, HTNV, KHT')

    const discipline = await officerA.post('/api/history/discipline', { subjectKind: 'individual', subjectId: teacher.id, form: 'khien_trach', startDate: '2024-03-10', endDate: '2024-01-09' })
    expect(discipline.body.error.fields).toEqual({ endDate: 'Ngày kết thúc: ngày kết thúc 09/01/2024 trước ngày bắt đầu 10/03/2024' })
    const impossible = await officerA.post('/api/history/discipline', { subjectKind: 'individual', subjectId: teacher.id, form: 'khien_trach', startDate: '2025-02-30' })
    expect(impossible.body.error.fields.startDate).toBe('Ngày bắt đầu: Ngày bắt đầu phải là ngày dạng YYYY-MM-DD')
    const usedFor = await officerA.post('/api/history/initiatives', {
      subjectKind: 'individual', subjectId: teacher.id, title: 'Số hóa sổ điểm', type: 'sang_kien', level: 'co_so', recognisedDate: '2024-05-02', usedFor: { code: 'LAO_DONG_GIOI', year: 2024 },
    })
    expect(usedFor.body.error.fields['usedFor.code']).toBe('Đã dùng để xét: mã: mã "LAO_DONG_GIOI" không có trong danh mục danh hiệu, hình thức khen thưởng')

    const household = await t.household({ headName: 'Trần Văn Bình' })
    const householdRating = await officerA.post('/api/history/ratings', { subjectKind: 'household', subjectId: household.id, year: 2024, rating: 'HTTNV' })
    expect(householdRating.body.error.fields.subjectKind).toBe('Loại đối tượng: xếp loại chỉ ghi cho cá nhân, tập thể, không ghi cho hộ gia đình')
    const exclusion = await officerA.post('/api/history/exclusions', { subjectKind: 'household', subjectId: household.id, kind: 'xu_phat_trat_tu', member: 'Trần Văn Nam', startDate: '2025-03-02' })
    expect(exclusion.status).toBe(201)
    expect((await officerA.get(`/api/history/household/${household.id}`)).body.exclusions).toEqual([expect.objectContaining({ kind: 'xu_phat_trat_tu', member: 'Trần Văn Nam', endDate: null })])
  })

  it('keeps the recruitment date on the person and refuses ratings before it (and a date after a rating)', async () => {
    const clerk = await t.person({ fullName: 'Nguyễn Văn An', birthDate: '1989-02-11', organizationId: t.tenant.org.communeA.id, category: 'cong_chuc' })
    const rated = await officerA.post('/api/history/ratings', { subjectKind: 'individual', subjectId: clerk.id, year: 2012, rating: 'HTTNV' })
    expect(rated.status).toBe(201)
    const tooLate = await officerA.patch(`/api/history/people/${clerk.id}`, { version: clerk.version, recruitedOn: '2013-08-15' })
    expect(tooLate.status).toBe(400)
    expect(tooLate.body.error.fields.recruitedOn).toBe('Ngày tuyển dụng: năm xếp loại 2012 trước năm tuyển dụng 2013 (tuyển dụng ngày 15/08/2013)')

    const set = await officerA.patch(`/api/history/people/${clerk.id}`, { version: clerk.version, recruitedOn: '2011-09-01' })
    expect(set.status).toBe(200)
    expect(set.body).toMatchObject({ recruitedOn: '2011-09-01', version: clerk.version + 1 })
    expect((await officerA.patch(`/api/history/people/${clerk.id}`, { version: clerk.version, recruitedOn: null })).status).toBe(409)
    const before = await officerA.post('/api/history/ratings', { subjectKind: 'individual', subjectId: clerk.id, year: 2010, rating: 'HTTNV' })
    expect(before.body.error.fields.year).toBe('Năm xếp loại: năm xếp loại 2010 trước năm tuyển dụng 2011 (tuyển dụng ngày 01/09/2011)')
    const party = await officerA.post('/api/history/ratings', { subjectKind: 'individual', subjectId: clerk.id, year: 2010, rating: 'HTTNV', track: 'party' })
    expect(party.status).toBe(201) // a Party rating does not depend on State recruitment
    expect((await audit(clerk.id)).map((a) => a.summary)).toContain('Cập nhật ngày tuyển dụng của Nguyễn Văn An: 01/09/2011')
  })

  it('records a collective year and the unit assessments', async () => {
    const year = await officerA.post('/api/history/collective-years', {
      subjectKind: 'collective', subjectId: t.tenant.org.schoolA.id, year: 2025, memberCount: 30, ldttCount: 25, memberDiscipline: [{ form: 'khien_trach', date: '2025-04-01', member: 'Một giáo viên' }],
    })
    expect(year.status).toBe(201)
    expect(year.body).toMatchObject({ year: 2025, memberCount: 30, ldttCount: 25, cstdcsCount: null, leadsCluster: null, memberDiscipline: [{ form: 'khien_trach', date: '2025-04-01', member: 'Một giáo viên' }] })
    const wrongYear = await officerA.patch(`/api/history/collective-years/${year.body.id}`, { version: 1, memberDiscipline: [{ form: 'canh_cao', date: '2024-12-30' }] })
    expect(wrongYear.body.error.fields.memberDiscipline).toBe('Thành viên bị kỷ luật: ngày 30/12/2024 không thuộc năm 2025')
    const tooMany = await officerA.patch(`/api/history/collective-years/${year.body.id}`, { version: 1, ldttCount: 31 })
    expect(tooMany.body.error.fields.ldttCount).toBe('Số thành viên đạt Lao động tiên tiến: 31 lớn hơn tổng số thành viên 30')
    const person = await officerA.post('/api/history/collective-years', { subjectKind: 'individual', subjectId: teacher.id, year: 2025, memberCount: 1 })
    expect(person.body.error.fields.subjectKind).toMatch(/chỉ ghi cho tập thể/)

    const assessed = await officerA.post('/api/history/assessments', { subjectKind: 'collective', subjectId: t.tenant.org.schoolA.id, year: 2025, key: 'THI_DUA', met: true })
    expect(assessed.status).toBe(201)
    const twice = await officerA.post('/api/history/assessments', { subjectKind: 'collective', subjectId: t.tenant.org.schoolA.id, year: 2025, key: 'THI_DUA', met: false })
    expect(twice.body.error.fields.key).toMatch(/Đã có đánh giá tiêu chuẩn THI_DUA năm 2025/)
    const page = await officerA.get(`/api/history/collective/${t.tenant.org.schoolA.id}`)
    expect(page.body).toMatchObject({ subject: { kind: 'collective', name: 'Trường Tiểu học Bình Thành' }, collectiveYears: [{ year: 2025 }], assessments: [{ key: 'THI_DUA', met: true }] })
  })
})

describe('scope', () => {
  it('keeps commune A\'s histories away from commune B and a school account inside its school', async () => {
    const created = await officerA.post('/api/history/proceedings', { subjectKind: 'individual', subjectId: teacher.id, kind: 'khieu_nai', startDate: '2025-10-01' })
    expect(created.status).toBe(201)
    const officerB = await t.as('officerB')
    expect((await officerB.get(`/api/history/individual/${teacher.id}`)).status).toBe(403)
    expect((await officerB.post('/api/history/ratings', { subjectKind: 'individual', subjectId: teacher.id, year: 2022, rating: 'HTTNV' })).status).toBe(403)
    expect((await officerB.patch(`/api/history/proceedings/${created.body.id}`, { version: 1, endDate: '2025-10-20' })).status).toBe(403)
    expect((await officerB.delete(`/api/history/proceedings/${created.body.id}?version=1`)).status).toBe(403)
    expect((await officerB.patch(`/api/history/people/${teacher.id}`, { version: teacher.version, recruitedOn: '2015-09-01' })).status).toBe(403)

    const school = await t.as('unitSchoolA')
    expect((await school.patch(`/api/history/proceedings/${created.body.id}`, { version: 1, endDate: '2025-10-20' })).status).toBe(200)
    const villager = await t.person({ fullName: 'Hoàng Văn Sáu', organizationId: t.tenant.org.villageA1.id, category: 'nhan_dan' })
    expect((await school.post('/api/history/assessments', { subjectKind: 'individual', subjectId: villager.id, year: 2025, key: 'THI_DUA', met: true })).status).toBe(403)
    const signer = await t.as('signerA')
    expect((await signer.get(`/api/history/individual/${teacher.id}`)).status).toBe(200)
  })
})
