// Commune A's council passes two Bằng khen of the province's chairman for the school's staff: they become
// candidates to go up; the officer drafts a proposal (to the province, where they are decided), sends it
// with a number from the commune's TTr register; the province sees it incoming, its council passes one, and
// the commune sees the status move; the province answers (one decided → registry row, one refused).
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { todayInVietnam } from '../../../shared/people.ts'
import { TEST_PASSWORD } from '../../testing/fixtures.ts'
import { testApp } from '../../testing/api-client.ts'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { councilPasses, created, moveThrough, passedAtCommune, statusOf } from './proposals.testing.ts'

let t: HistoryTestContext
let lan: { id: string; subjectId: string }
let minh: { id: string; subjectId: string }
let local: { id: string }

beforeAll(async () => {
  t = await openHistoryTest()
  lan = await passedAtCommune(t, 'Nguyễn Thị Lan')
  minh = await passedAtCommune(t, 'Triệu Văn Minh')
  local = await passedAtCommune(t, 'Hoàng Văn Tú', 'GIAY_KHEN_CHU_TICH_XA')
})
afterAll(() => t.db.close())

async function download(account: string, url: string): Promise<Response> {
  const app = testApp(t.db)
  const login = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: t.tenant.accounts[account]!.username, password: TEST_PASSWORD }) })
  return app.request(url, { headers: { cookie: login.headers.get('set-cookie')!.split(';')[0]! } })
}

describe('a commune proposes to the province what its council passed beyond its authority', () => {
  let proposal: { id: string; version: number }

  it('lists as candidates only the passed nominations the commune may not decide, with where they are decided', async () => {
    const res = await (await t.as('officerA')).get('/api/proposals/candidates')
    expect(res.status).toBe(200)
    expect(res.body.items.map((c: { nominationId: string }) => c.nominationId).sort()).toEqual([lan.id, minh.id].sort())
    expect(res.body.items.find((c: { nominationId: string }) => c.nominationId === lan.id)).toMatchObject({
      subject: { name: 'Nguyễn Thị Lan', organizationName: 'Trường Tiểu học Bình Thành' }, targetShort: 'Bằng khen Chủ tịch UBND tỉnh', status: 'passed',
      council: { organizationId: t.tenant.org.communeA.id, organizationName: 'Xã Bình Thành', votesFor: 8, totalMembers: 9 },
      destination: { organizationId: t.tenant.org.province.id, organizationName: 'Tỉnh Thử nghiệm', label: 'Tỉnh Thử nghiệm (Chủ tịch Ủy ban nhân dân cấp tỉnh)' },
    })
    expect(res.body.items.some((c: { nominationId: string }) => c.nominationId === local.id)).toBe(false)
    // The province sees them in its subtree; the school's account has no council in its scope.
    expect((await (await t.as('provinceOfficer')).get('/api/proposals/candidates')).body.items).toHaveLength(2)
    expect((await (await t.as('unitSchoolA')).get('/api/proposals/candidates')).body.items).toEqual([])
  })

  it('drafts a proposal addressed by default to the chairman of the province, where the nominations are decided', async () => {
    const res = await (await t.as('officerA')).post('/api/proposals', { nominationIds: [lan.id, minh.id] })
    proposal = await created(res)
    expect(res.body).toMatchObject({
      status: 'draft', statusLabel: 'Dự thảo', numberAndSymbol: null, from: { id: t.tenant.org.communeA.id, name: 'Xã Bình Thành' },
      to: { id: t.tenant.org.province.id, name: 'Tỉnh Thử nghiệm' }, toName: 'Chủ tịch Ủy ban nhân dân tỉnh Thử nghiệm',
      title: 'Tờ trình đề nghị Chủ tịch Ủy ban nhân dân tỉnh Thử nghiệm khen thưởng', itemCount: 2, itemCounts: { passed: 2 }, version: 1,
      sides: { sender: true, receiver: false }, actions: { edit: true, send: true, export: false, answer: false, download: false },
    })
    expect(res.body.items.map((i: { position: number; subject: { name: string } }) => [i.position, i.subject.name])).toEqual([[1, 'Nguyễn Thị Lan'], [2, 'Triệu Văn Minh']])
    expect((await (await t.as('officerA')).get('/api/proposals/candidates')).body.items).toEqual([])
  })

  it('prints the draft proposal in Decree 30 form with the list and the council vote, without number', async () => {
    const res = await download('officerA', `/api/proposals/${proposal.id}/to-trinh.docx`)
    expect(res.status).toBe(200)
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) })
    expect(value).toContain('TỜ TRÌNH')
    expect(value).toContain('Về việc đề nghị Chủ tịch Ủy ban nhân dân tỉnh Thử nghiệm tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh')
    expect(value).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Thử nghiệm.')
    expect(value).toContain('Căn cứ kết quả họp xét, bỏ phiếu của Hội đồng Thi đua – Khen thưởng xã Bình Thành ngày 12/12/2025,')
    expect(value).toContain('Ủy ban nhân dân xã Bình Thành kính đề nghị Chủ tịch Ủy ban nhân dân tỉnh Thử nghiệm xem xét, tặng thưởng cho 02 cá nhân')
    expect(value).toMatch(/Nguyễn Thị Lan[\s\S]*Triệu Văn Minh/)
    expect(value).toContain('8/9 thành viên đồng ý')
    expect(value).toContain('(Kèm theo Tờ trình của Ủy ban nhân dân xã Bình Thành)')
  })

  it('changes the draft with its version: the list, then back', async () => {
    const officer = await t.as('officerA')
    const one = await officer.patch(`/api/proposals/${proposal.id}`, { version: proposal.version, nominationIds: [lan.id] })
    expect(one.status).toBe(200)
    expect(one.body).toMatchObject({ itemCount: 1, version: 2 })
    expect((await officer.get('/api/proposals/candidates')).body.items.map((c: { nominationId: string }) => c.nominationId)).toEqual([minh.id])
    const both = await officer.patch(`/api/proposals/${proposal.id}`, { version: 2, nominationIds: [lan.id, minh.id], title: 'Tờ trình đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh năm 2025' })
    expect(both.body).toMatchObject({ itemCount: 2, version: 3, title: 'Tờ trình đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh năm 2025' })
    proposal = both.body
  })

  it('sends it with the next number of the commune\'s TTr register; the nominations are proposed', async () => {
    const res = await (await t.as('officerA')).post(`/api/proposals/${proposal.id}/send`, { version: proposal.version })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      status: 'sent', statusLabel: 'Đã gửi cấp trên', numberAndSymbol: '01/TTr-UBND', sentOn: todayInVietnam(), version: 4, itemCounts: { proposed: 2 },
      actions: { edit: false, send: false, answer: false, download: true },
    })
    expect(res.body.items[0].lastMove).toMatchObject({ toStatus: 'proposed', reason: `Tờ trình số 01/TTr-UBND ngày ${todayInVietnam().split('-').reverse().join('/')} trình Chủ tịch Ủy ban nhân dân tỉnh Thử nghiệm` })
    expect(await statusOf(t.db, t.tenant.provinceId, lan.id)).toBe('proposed')
    const [register] = await t.db.query<{ last: number }>(`SELECT last_number AS last FROM document_registers WHERE issuer_id = $1 AND doc_type = 'TTr'`, [t.tenant.org.communeA.id])
    expect(register!.last).toBe(1)
    const audit = await t.db.query<{ action: string; entity: string }>(`SELECT action, entity FROM audit_log WHERE entity_id = $1 ORDER BY at`, [proposal.id])
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update', 'send'])
    proposal = res.body
  })

  it('shows it as outgoing to the commune and incoming to the province', async () => {
    const commune = await t.as('officerA')
    const province = await t.as('provinceOfficer')
    expect((await commune.get('/api/proposals?direction=outgoing')).body.items.map((p: { id: string }) => p.id)).toEqual([proposal.id])
    expect((await commune.get('/api/proposals?direction=incoming')).body.items).toEqual([])
    expect((await province.get('/api/proposals?direction=incoming')).body).toMatchObject({ total: 1, items: [{ id: proposal.id, from: { name: 'Xã Bình Thành' }, itemCounts: { proposed: 2 } }] })
    expect((await province.get('/api/proposals?direction=outgoing')).body.items).toEqual([])
    expect((await province.get(`/api/proposals/${proposal.id}`)).body).toMatchObject({ sides: { sender: true, receiver: true }, actions: { answer: true } })
    expect((await (await t.as('officerB')).get(`/api/proposals/${proposal.id}`)).status).toBe(403)
  })

  it('tracks each nomination as the province\'s council moves it on', async () => {
    await moveThrough(t, lan.id, ['to_council'], 'provinceOfficer')
    await councilPasses(t, t.tenant.org.province, [lan.id], { meetsOn: '2025-12-26', account: 'provinceOfficer' })
    const res = await (await t.as('officerA')).get(`/api/proposals/${proposal.id}`)
    expect(res.body.itemCounts).toEqual({ passed: 1, proposed: 1 })
    expect(res.body.items.map((i: { status: string }) => i.status)).toEqual(['passed', 'proposed'])
    expect(res.body.items[0].council).toMatchObject({ organizationName: 'Tỉnh Thử nghiệm', meetsOn: '2025-12-26' })
    // Passed at the level that decides it: no longer a candidate to go further up.
    expect((await (await t.as('provinceOfficer')).get('/api/proposals/candidates')).body.items).toEqual([])
  })

  it('records the province\'s answers: a decision writes the registry row, a refusal fails the nomination, then the proposal is answered', async () => {
    const province = await t.as('provinceOfficer')
    const commune = await t.as('officerA')
    const refused = await commune.post(`/api/proposals/${proposal.id}/answers`, { version: proposal.version, items: [{ nominationId: lan.id, outcome: 'refused', reason: 'x' }] })
    expect(refused.status).toBe(403)
    expect(refused.body.error.message).toBe('Kết quả của tờ trình gửi trong hệ thống do Tỉnh Thử nghiệm ghi.')

    const first = await province.post(`/api/proposals/${proposal.id}/answers`, {
      version: proposal.version, items: [{ nominationId: lan.id, outcome: 'decided', decisionNumber: '125/QĐ-UBND', decisionDate: '2026-01-15', decisionIssuer: 'Chủ tịch UBND tỉnh Thử nghiệm' }],
    })
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ status: 'sent', answer: null, itemCounts: { decided: 1, proposed: 1 }, version: proposal.version + 1 })
    const [award] = await t.db.query<Record<string, unknown>>(
      `SELECT code, name, level, year, decision_number, decision_date, decision_issuer, source, kind FROM award_records WHERE subject_id = $1`, [lan.subjectId],
    )
    expect(award).toEqual({
      code: 'BANG_KHEN_CHU_TICH_TINH', name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', level: 'province', year: 2025, decision_number: '125/QĐ-UBND',
      decision_date: '2026-01-15', decision_issuer: 'Chủ tịch UBND tỉnh Thử nghiệm', source: 'decision', kind: 'cong_trang',
    })
    expect(await statusOf(t.db, t.tenant.provinceId, lan.id)).toBe('decided')

    const second = await province.post(`/api/proposals/${proposal.id}/answers`, {
      version: first.body.version, items: [{ nominationId: minh.id, outcome: 'refused', reason: 'Chưa đủ 02 năm liên tục hoàn thành xuất sắc nhiệm vụ' }], note: 'Trả lời Tờ trình số 01/TTr-UBND',
    })
    expect(second.status).toBe(200)
    expect(second.body).toMatchObject({ status: 'answered', answer: 'partly', answerLabel: 'Khen thưởng một phần', answerNote: 'Trả lời Tờ trình số 01/TTr-UBND', itemCounts: { decided: 1, failed: 1 } })
    expect(await statusOf(t.db, t.tenant.provinceId, minh.id)).toBe('failed')
    const seen = (await commune.get(`/api/proposals/${proposal.id}`)).body
    expect(seen.items[1]).toMatchObject({ closed: true, statusLabel: 'Không được thông qua', lastMove: { reason: 'Chủ tịch Ủy ban nhân dân tỉnh Thử nghiệm không khen thưởng: Chưa đủ 02 năm liên tục hoàn thành xuất sắc nhiệm vụ' } })
    expect(seen.items[0].lastMove.reason).toBe('Quyết định số 125/QĐ-UBND ngày 15/01/2026 của Chủ tịch UBND tỉnh Thử nghiệm')
    expect(seen.actions.answer).toBe(false)
  })
})

describe('a state award goes up level by level', () => {
  it('goes from the commune to the province, whose council passes it, and on from the province to the Prime Minister outside tdkt', async () => {
    const pm = await passedAtCommune(t, 'Lục Văn Hùng', 'BANG_KHEN_THU_TUONG')
    const commune = await t.as('officerA')
    const province = await t.as('provinceOfficer')
    const candidate = (await commune.get('/api/proposals/candidates')).body.items.find((c: { nominationId: string }) => c.nominationId === pm.id)
    expect(candidate.destination).toMatchObject({ organizationId: null, label: 'Thủ tướng Chính phủ' })
    const up = await created(await commune.post('/api/proposals', { nominationIds: [pm.id] }))
    expect(up).toMatchObject({ to: { id: t.tenant.org.province.id }, toName: 'Chủ tịch Ủy ban nhân dân tỉnh Thử nghiệm' })
    expect((await commune.post(`/api/proposals/${up.id}/send`, { version: up.version })).body.numberAndSymbol).toBe('02/TTr-UBND')

    await moveThrough(t, pm.id, ['to_council'], 'provinceOfficer')
    await councilPasses(t, t.tenant.org.province, [pm.id], { meetsOn: '2026-01-20', account: 'provinceOfficer' })
    expect((await province.get('/api/proposals/candidates')).body.items.map((c: { nominationId: string }) => c.nominationId)).toEqual([pm.id])
    const noParent = await province.post('/api/proposals', { nominationIds: [pm.id] })
    expect(noParent.status).toBe(400)
    expect(noParent.body.error.fields.toOrganizationId).toBe('Tỉnh Thử nghiệm không có cấp trên trong hệ thống: chọn gửi ra ngoài hệ thống và ghi tên cơ quan nhận.')
    const onward = await created(await province.post('/api/proposals', { nominationIds: [pm.id], toOrganizationId: null, toName: 'Thủ tướng Chính phủ' }))
    expect(onward).toMatchObject({ from: { id: t.tenant.org.province.id }, to: null, title: 'Tờ trình đề nghị Thủ tướng Chính phủ khen thưởng' })
    const exported = await province.post(`/api/proposals/${onward.id}/export`, { version: onward.version })
    expect(exported.body).toMatchObject({ status: 'exported', numberAndSymbol: '01/TTr-UBND', items: [{ status: 'proposed' }] })
    // The commune still follows its nomination: proposed again, now by the province.
    expect((await commune.get(`/api/proposals/${up.id}`)).body.items[0]).toMatchObject({ status: 'proposed', lastMove: { reason: expect.stringMatching(/^Tờ trình số 01\/TTr-UBND ngày .* trình Thủ tướng Chính phủ$/) } })

    // The Prime Minister's decision, recorded by the province, answers the commune's proposal too.
    const answered = await province.post(`/api/proposals/${onward.id}/answers`, {
      version: exported.body.version, items: [{ nominationId: pm.id, outcome: 'decided', decisionNumber: '312/QĐ-TTg', decisionDate: '2026-03-02', decisionIssuer: 'Thủ tướng Chính phủ' }],
    })
    expect(answered.body).toMatchObject({ status: 'answered', answer: 'decided' })
    expect((await commune.get(`/api/proposals/${up.id}`)).body).toMatchObject({ status: 'answered', answer: 'decided', items: [{ status: 'decided', closed: true }] })
    const [award] = await t.db.query<{ level: string }>(`SELECT level FROM award_records WHERE subject_id = $1`, [pm.subjectId])
    expect(award!.level).toBe('central')
  })
})
