// What a decision refuses, with a Vietnamese message naming the line, and that a refused request — or an
// issue failing half-way — leaves nothing written: no number taken, no registry row, no certificate, no
// nomination moved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { staff } from '../nominations/nominations.testing.ts'
import { councilPassed, decisionCounts, draftDecision, openComment, post } from './decisions.testing.ts'

let t: HistoryTestContext
let people: Record<string, { id: string }>

beforeAll(async () => {
  t = await openHistoryTest()
  people = {
    an: await staff(t, 'Nguyễn Văn An'),
    binh: await staff(t, 'Lê Thị Bình', { sex: 'nu' }),
    cuong: await staff(t, 'Hà Văn Cường'),
    dung: await staff(t, 'Đàm Thị Dung', { sex: 'nu' }),
    hoa: await staff(t, 'Lục Thị Hoa', { sex: 'nu' }),
  }
})
afterAll(() => t.db.close())

describe('lines a decision refuses', () => {
  it('refuses a nomination the council did not pass', async () => {
    const failed = await councilPassed(t, people.an!.id, {}, { result: 'failed' })
    const before = await decisionCounts(t.db)
    const res = await draftDecision(t, [failed.id])
    expect(res.status).toBe(400)
    expect(res.body.error.message).toBe('Không thể đưa vào quyết định: «Nguyễn Văn An» (LĐTT) không được Hội đồng Thi đua – Khen thưởng thông qua.')
    expect(res.body.error.fields).toEqual({ [`lines.${failed.id}`]: '«Nguyễn Văn An» (LĐTT) không được Hội đồng Thi đua – Khen thưởng thông qua' })
    expect(await decisionCounts(t.db)).toEqual(before)
  })

  it('refuses a form beyond the level\'s authority sent as its own decision', async () => {
    const beyond = await councilPassed(t, people.binh!.id, { target: 'BANG_KHEN_CHU_TICH_TINH', decidingOrganizationId: t.tenant.org.communeA.id })
    expect(beyond).toMatchObject({ competent: false, decidingOrganizationId: t.tenant.org.communeA.id })
    const res = await draftDecision(t, [beyond.id])
    expect(res.status).toBe(400)
    expect(res.body.error.message).toMatch(/^Không thể đưa vào quyết định: «Lê Thị Bình» \(Bằng khen Chủ tịch UBND tỉnh\) vượt thẩm quyền của Xã Bình Thành: phải trình cấp trên \(Tỉnh Thử nghiệm\)\.$/)
  })

  it('refuses a decider outside the caller\'s subtree, and hides its decisions', async () => {
    const passed = await councilPassed(t, people.cuong!.id)
    const outsider = await t.as('officerB')
    const res = await outsider.post('/api/decisions', { organizationId: t.tenant.org.communeA.id, decisionDate: '2025-12-20', nominationIds: [passed.id] })
    expect(res.status).toBe(403)
    const own = (await draftDecision(t, [passed.id])).body
    expect((await outsider.get(`/api/decisions/${own.id}`)).status).toBe(403)
    expect((await outsider.get('/api/decisions')).body.total).toBe(0)
    expect((await (await t.as('unitSchoolA')).post(`/api/decisions/${own.id}/issue`, { version: own.version })).status).toBe(403)

    // …and a nomination already listed in another decision
    const again = await draftDecision(t, [passed.id])
    expect(again.status).toBe(400)
    expect(again.body.error.message).toBe(`Không thể đưa vào quyết định: «Hà Văn Cường» (LĐTT) đã có trong quyết định dự thảo «${own.title}».`)
    const deleted = await (await t.as('officerA')).delete(`/api/decisions/${own.id}?version=${own.version}`)
    expect(deleted.status).toBe(204)
    expect((await draftDecision(t, [passed.id])).status).toBe(201)
  })
})

describe('issuing is refused, whole, while a line has a problem', () => {
  it('shows an unresolved comment on the line and refuses to issue until it is resolved', async () => {
    const ok = await councilPassed(t, people.dung!.id)
    const commented = await councilPassed(t, people.hoa!.id, {}, { posted: false })
    const postingId = await post(t, [commented.id])
    const commentId = await openComment(t, postingId, commented.id)
    const draft = (await draftDecision(t, [ok.id, commented.id])).body
    expect(draft.lines[1].problems).toEqual(['còn 1 góp ý chưa xử lý'])
    expect(draft.problems).toEqual(['«Lục Thị Hoa» (LĐTT) còn 1 góp ý chưa xử lý'])

    const before = await decisionCounts(t.db)
    const res = await (await t.as('signerA')).post(`/api/decisions/${draft.id}/issue`, { version: draft.version })
    expect(res.status).toBe(400)
    expect(res.body.error.message).toBe('Chưa thể ban hành quyết định: «Lục Thị Hoa» (LĐTT) còn 1 góp ý chưa xử lý.')
    expect(await decisionCounts(t.db)).toEqual(before)

    await t.db.query(`UPDATE public_comments SET resolution = 'Đã xác minh, thành tích đúng.', resolved_by = $2, resolved_at = now() WHERE id = $1`, [commentId, t.tenant.accounts.officerA!.id])
    const stale = await (await t.as('signerA')).post(`/api/decisions/${draft.id}/issue`, { version: draft.version + 1 })
    expect(stale.status).toBe(409)
    expect(await decisionCounts(t.db)).toEqual(before)

    // A failure after the number, registry rows and the first certificate are written undoes them all.
    await t.db.query(`CREATE FUNCTION test_refuse_second_certificate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.serial = 2 THEN RAISE EXCEPTION 'máy in hỏng'; END IF; RETURN NEW; END $$`)
    await t.db.query(`CREATE TRIGGER test_refuse_second_certificate BEFORE INSERT ON certificates FOR EACH ROW EXECUTE FUNCTION test_refuse_second_certificate()`)
    const broken = await (await t.as('signerA')).post(`/api/decisions/${draft.id}/issue`, { version: draft.version })
    expect(broken.status).toBe(500)
    expect(await decisionCounts(t.db)).toEqual(before)
    await t.db.query(`DROP TRIGGER test_refuse_second_certificate ON certificates`)

    const issued = await (await t.as('signerA')).post(`/api/decisions/${draft.id}/issue`, { version: draft.version })
    expect(issued.status).toBe(200)
    expect(issued.body).toMatchObject({ numberAndSymbol: '01/QĐ-UBND', problems: [] })
    expect(await decisionCounts(t.db)).toMatchObject({ issued: before.issued + 1, awards: before.awards + 2, certificates: before.certificates + 2, decided: before.decided + 2, numbers_taken: before.numbers_taken + 1 })
  })

  it('refuses a signer-less draft with the field named', async () => {
    const res = await (await t.as('officerA')).get('/api/decisions?status=draft')
    const draft = res.body.items[0]
    const cleared = await (await t.as('officerA')).patch(`/api/decisions/${draft.id}`, { version: draft.version, signerName: '' })
    expect(cleared.body.problems).toContain('Chưa nhập họ tên người ký')
    const issue = await (await t.as('signerA')).post(`/api/decisions/${draft.id}/issue`, { version: cleared.body.version })
    expect(issue.status).toBe(400)
    expect(issue.body.error.fields).toEqual({ signerName: 'Họ tên người ký là bắt buộc khi ban hành' })
  })
})
