// Launch ceremonies and honouring conferences through the HTTP API: the standard templates, the delegate cap and
// the chairs' limit (also under concurrent adds), invitations, check-in, programme order, pledge signing, scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventCounts, openEventsTest, TODAY, type EventsTestContext } from './events.testing.ts'

let t: EventsTestContext
type Detail = any // eslint-disable-line @typescript-eslint/no-explicit-any

beforeAll(async () => {
  t = await openEventsTest()
})
afterAll(() => t.db.close())

const officer = () => t.events('officerA')
async function create(fields: Record<string, unknown>): Promise<Detail> {
  const res = await (await officer()).post('/api/events', { organizationId: t.tenant.org.communeA.id, eventDate: TODAY, ...fields })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body
}
async function add(eventId: string, fields: Record<string, unknown>) {
  return (await officer()).post(`/api/events/${eventId}/attendees`, fields)
}

describe('creating an event', () => {
  it('starts a conference from 002: seven delegate groups, the nine-item programme, at most 150 delegates and 3 chairs', async () => {
    const e = await create({ kind: 'honouring_conference', title: 'Hội nghị tuyên dương điển hình tiên tiến xã Bình Thành giai đoạn 2020 – 2025', startTime: '07:30', venue: 'Hội trường UBND xã' })
    expect(e).toMatchObject({ status: 'draft', delegateCap: 150, chairLimit: 3, version: 1, kindLabel: 'Hội nghị tuyên dương điển hình tiên tiến' })
    expect(e.groups).toHaveLength(7)
    expect(e.programme.map((p: { title: string }) => p.title)).toEqual([
      'Chào cờ', 'Tuyên bố lý do, giới thiệu đại biểu', 'Phát biểu khai mạc Hội nghị',
      'Thông qua báo cáo tổng kết phong trào thi đua và công tác khen thưởng 5 năm qua, phương hướng nhiệm vụ 5 năm tới',
      'Báo cáo tham luận của các điển hình tiên tiến', 'Biểu dương, tôn vinh, khen thưởng các điển hình tiên tiến', 'Phát động phong trào thi đua giai đoạn tới',
      'Phát biểu hưởng ứng phong trào thi đua', 'Bế mạc Hội nghị',
    ])
  })

  it('starts a ceremony from 001 without a cap, and takes the officer\'s values over the standard ones', async () => {
    const e = await create({ kind: 'launch_ceremony', title: 'Lễ phát động thi đua năm 2026', delegateCap: 40 })
    expect(e).toMatchObject({ delegateCap: 40, chairLimit: null })
    expect(e.programme.at(-2).title).toBe('Ký cam kết thi đua')
    expect(e.pledgeCommitments[0]).toBe('Đã cam kết là thực hiện, đã nói là làm')
    const empty = await create({ kind: 'launch_ceremony', title: 'Lễ phát động không mẫu', useTemplate: false })
    expect([empty.groups.length, empty.programme.length, empty.pledgeCommitments.length]).toEqual([0, 0, 0])
  })

  it('refuses bad input naming the field, and another commune\'s organization', async () => {
    const res = await (await officer()).post('/api/events', { kind: 'honouring_conference', organizationId: t.tenant.org.communeA.id, title: '', eventDate: '2026-02-30', startTime: '25:00' })
    expect(res.status).toBe(400)
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['eventDate', 'startTime', 'title'])
    expect(res.body.error.fields.title).toMatch(/^Tên sự kiện/)
    const foreign = await (await officer()).post('/api/events', { kind: 'launch_ceremony', organizationId: t.tenant.org.communeB.id, title: 'Lễ', eventDate: TODAY })
    expect(foreign.status).toBe(403)
  })
})

describe('the delegate cap and the chairs', () => {
  it('refuses the delegate beyond the cap with a message naming the field, and writes nothing', async () => {
    const e = await create({ kind: 'honouring_conference', title: 'Hội nghị nhỏ', delegateCap: 2 })
    for (const name of ['Nguyễn Văn Một', 'Trần Thị Hai']) expect((await add(e.id, { fullName: name, unitName: 'Xóm Đồng Tâm' })).status).toBe(201)
    const before = await eventCounts(t.db)
    const res = await add(e.id, { fullName: 'Lê Văn Ba', unitName: 'Xóm Đồng Tâm' })
    expect(res.status).toBe(400)
    expect(res.body.error.fields.delegateCap).toBe('Số lượng đại biểu tối đa là 2: đã có 2, không thể thêm (đang thêm 1)')
    expect(await eventCounts(t.db)).toEqual(before)
    // Lowering the cap below the list is refused too.
    const detail = (await (await officer()).get(`/api/events/${e.id}`)).body
    const lower = await (await officer()).patch(`/api/events/${e.id}`, { version: detail.version, delegateCap: 1 })
    expect(lower.status).toBe(400)
    expect(lower.body.error.fields.delegateCap).toMatch(/ít hơn số đại biểu đã có/)
  })

  it('lets exactly the cap in when officers add at the same time', async () => {
    const e = await create({ kind: 'honouring_conference', title: 'Hội nghị đông người', delegateCap: 3 })
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => add(e.id, { fullName: `Đại biểu số ${i + 1}`, unitName: 'Xã Bình Thành' })))
    expect(results.filter((r) => r.status === 201)).toHaveLength(3)
    expect(results.filter((r) => r.status === 400)).toHaveLength(3)
    expect((await (await officer()).get(`/api/events/${e.id}`)).body.attendees).toHaveLength(3)
  })

  it('allows three chairs at a conference, not a fourth (as added or as changed)', async () => {
    const e = await create({ kind: 'honouring_conference', title: 'Hội nghị có chủ trì' })
    for (const name of ['Bí thư Đảng ủy', 'Chủ tịch UBND', 'Chủ tịch UBMTTQ']) expect((await add(e.id, { fullName: name, role: 'chair' })).status).toBe(201)
    const fourth = await add(e.id, { fullName: 'Phó Chủ tịch UBND', role: 'chair' })
    expect(fourth.status).toBe(400)
    expect(fourth.body.error.fields.role).toBe('Vai trò: Chủ trì tối đa 3 người (đang có 4)')
    const delegate = (await add(e.id, { fullName: 'Phó Chủ tịch UBND' })).body.attendees.find((a: { fullName: string }) => a.fullName === 'Phó Chủ tịch UBND')
    const promote = await (await officer()).patch(`/api/events/${e.id}/attendees/${delegate.id}`, { version: delegate.version, role: 'chair' })
    expect(promote.status).toBe(400)
  })

  it('invites a person of the registry once, with the post and unit of the registry', async () => {
    const person = await t.person({ fullName: 'Hoàng Thị Lan', position: 'Giáo viên tiểu học' })
    const e = await create({ kind: 'launch_ceremony', title: 'Lễ phát động có người trong danh sách' })
    const res = await add(e.id, { personId: person.id, groupId: e.groups[0].id })
    expect(res.status).toBe(201)
    expect(res.body.attendees[0]).toMatchObject({ fullName: 'Hoàng Thị Lan', position: 'Giáo viên tiểu học', unitName: 'Trường Tiểu học Bình Thành', groupName: e.groups[0].name })
    const again = await add(e.id, { personId: person.id })
    expect(again.status).toBe(409)
    expect(again.body.error.fields.personId).toBe('Hoàng Thị Lan đã có trong danh sách đại biểu')
  })
})

describe('invitations, check-in, programme and pledges at a ceremony', () => {
  let e: Detail
  beforeAll(async () => {
    e = await create({ kind: 'launch_ceremony', title: 'Lễ phát động thi đua chào mừng Đại hội Đảng bộ xã', startTime: '08:00', venue: 'Hội trường Đảng ủy xã' })
    for (const [fullName, position, role] of [['Hoàng Văn Thắng', 'Bí thư Đảng ủy xã', 'chair'], ['Ma Văn Hùng', 'Bí thư Chi bộ xóm Đồng Tâm', 'delegate'], ['Lục Thị Hoa', 'Chủ tịch UBND xã', 'speaker']] as const) {
      e = (await add(e.id, { fullName, position, role })).body
    }
  })
  const attendee = (name: string) => e.attendees.find((a: { fullName: string }) => a.fullName === name)

  it('saves the programme in a new order with an attendee as speaker, refusing a stale version', async () => {
    const items = e.programme.map((p: { title: string; speakerText: string | null; durationMinutes: number | null }) => ({ title: p.title, speakerText: p.speakerText, durationMinutes: p.durationMinutes }))
    const reordered = [items[1], items[0], ...items.slice(2)]
    reordered[0] = { title: reordered[0].title, speakerAttendeeId: attendee('Hoàng Văn Thắng').id, durationMinutes: 10 }
    const res = await (await officer()).put(`/api/events/${e.id}/programme`, { version: e.version, items: reordered })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.programme[0]).toMatchObject({ title: 'Phát biểu khai mạc', speaker: 'Hoàng Văn Thắng, Bí thư Đảng ủy xã', position: 1 })
    const stale = await (await officer()).put(`/api/events/${e.id}/programme`, { version: e.version, items })
    expect(stale.status).toBe(409)
    expect(stale.body.error.fields.version).toBeDefined()
    e = res.body
  })

  it('issues the invitations and then records attendance and the pledge signed on the day', async () => {
    const issued = await (await officer()).post(`/api/events/${e.id}/invitations`, { version: e.version })
    expect(issued.status).toBe(200)
    expect(issued.body).toMatchObject({ status: 'planned', counts: { attendees: 3, invited: 3 } })
    e = issued.body
    // A late invitee gets the invitation at once.
    e = (await add(e.id, { fullName: 'Lý Văn Tư', position: 'Bí thư Chi bộ xóm Làng Mới' })).body
    expect(attendee('Lý Văn Tư').invitedAt).not.toBeNull()

    const secretary = attendee('Ma Văn Hùng')
    const checkIn = await (await officer()).patch(`/api/events/${e.id}/attendees/${secretary.id}`, { version: secretary.version, attended: true, seat: 'Hàng 2, ghế 5' })
    expect(checkIn.status, JSON.stringify(checkIn.body)).toBe(200)
    e = checkIn.body
    expect(attendee('Ma Văn Hùng')).toMatchObject({ attended: true, seat: 'Hàng 2, ghế 5', checkedInByName: 'Người dùng officerA' })

    const signer = await (await officer()).post(`/api/events/${e.id}/pledge-signers`, { attendeeId: secretary.id, organizationId: t.tenant.org.partyCellA.id })
    expect(signer.status).toBe(201)
    const witness = await (await officer()).post(`/api/events/${e.id}/pledge-signers`, { attendeeId: attendee('Hoàng Văn Thắng').id, role: 'witness', unitName: 'Đảng ủy xã Bình Thành' })
    e = witness.body
    expect(e.pledgeSigners.map((s: { role: string; unitName: string }) => [s.role, s.unitName])).toEqual([['signer', 'Chi bộ xóm Đồng Tâm'], ['witness', 'Đảng ủy xã Bình Thành']])
    const line = e.pledgeSigners[0]
    const signed = await (await officer()).post(`/api/events/${e.id}/pledge-signers/${line.id}/signed`, { version: line.version })
    expect(signed.status).toBe(200)
    e = signed.body
    expect(e.pledgeSigners[0]).toMatchObject({ signedByName: 'Người dùng officerA' })
    expect(e.pledgeSigners[0].signedAt).not.toBeNull()
    expect((await (await officer()).post(`/api/events/${e.id}/pledge-signers/${line.id}/signed`, { version: e.pledgeSigners[0].version })).status).toBe(409)
    // Who signed stays on the list.
    const remove = await (await officer()).delete(`/api/events/${e.id}/attendees/${attendee('Ma Văn Hùng').id}?version=${attendee('Ma Văn Hùng').version}`)
    expect(remove.status).toBe(409)

    const audit = await t.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE entity = 'event' AND entity_id = $1 ORDER BY seq`, [e.id])
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['create', 'add_attendee', 'update_programme', 'issue_invitations', 'check_in', 'add_pledge_signer', 'sign_pledge']))
  })

  it('refuses check-in before the day and pledges at a conference', async () => {
    const future = await create({ kind: 'launch_ceremony', title: 'Lễ phát động năm sau', eventDate: `${Number(TODAY.slice(0, 4)) + 1}-01-15` })
    let f = (await add(future.id, { fullName: 'Nông Văn Năm' })).body
    f = (await (await officer()).post(`/api/events/${f.id}/invitations`, { version: f.version })).body
    const a = f.attendees[0]
    const early = await (await officer()).patch(`/api/events/${f.id}/attendees/${a.id}`, { version: a.version, attended: true })
    expect(early.status).toBe(400)
    expect(early.body.error.fields.attended).toMatch(/^chỉ điểm danh từ ngày tổ chức/)

    const conference = await create({ kind: 'honouring_conference', title: 'Hội nghị không ký cam kết' })
    const c = (await add(conference.id, { fullName: 'Đinh Văn Sáu' })).body
    const pledge = await (await officer()).post(`/api/events/${c.id}/pledge-signers`, { attendeeId: c.attendees[0].id, unitName: 'Xóm' })
    expect(pledge.status).toBe(400)
    expect(pledge.body.error.fields.kind).toMatch(/chỉ lễ phát động/)
  })

  it('keeps another commune and a unit account out', async () => {
    expect((await (await t.events('officerB')).get(`/api/events/${e.id}`)).status).toBe(403)
    expect((await (await t.events('officerB')).post(`/api/events/${e.id}/attendees`, { fullName: 'Người ngoài' })).status).toBe(403)
    expect((await (await t.events('unitSchoolA')).post(`/api/events/${e.id}/attendees`, { fullName: 'Người ngoài' })).status).toBe(403)
    expect((await (await t.events('officerB')).get('/api/events')).body.total).toBe(0)
    expect((await (await t.events('provinceOfficer')).get(`/api/events/${e.id}`)).status).toBe(200)
  })
})
