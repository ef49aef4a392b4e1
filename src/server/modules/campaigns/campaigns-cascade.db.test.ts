import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { communePlan, openCampaignTest, provincialPlan, type CampaignTestContext } from './campaigns.testing.ts'

let t: CampaignTestContext
let provincial: { id: string; version: number }

const answerDeadline = (date: string) => ({ id: 'traloi', kind: 'answer' as const, name: 'Các xã xây dựng kế hoạch triển khai', due: { kind: 'date' as const, date }, note: null })

beforeAll(async () => {
  t = await openCampaignTest()
  const officer = await t.as('provinceOfficer')
  const draft = await officer.post('/api/campaigns', {
    issuerId: t.tenant.org.province.id,
    content: provincialPlan({ deadlines: [...provincialPlan().deadlines, answerDeadline('2025-11-30')] }),
    addresseeIds: [t.tenant.org.communeA.id, t.tenant.org.communeB.id],
  })
  provincial = (await officer.post(`/api/campaigns/${draft.body.id}/issue`, { version: 1, issuedOn: '2025-11-15', number: '141' })).body
})
afterAll(() => t.db.close())

interface Node { organizationName: string; status: string; answerDue: string | null; answer: { id: string; status: string } | null; children: Node[] }
const statuses = (nodes: Node[]): unknown => nodes.map((n) => [n.organizationName, n.status, ...(n.children.length ? [statuses(n.children)] : [])])

describe('the cascade of a provincial plan to the communes', () => {
  it('opens an answer due from every addressee once issued; past the due date they are late', async () => {
    const cascade = await (await t.as('provinceOfficer')).get(`/api/campaigns/${provincial.id}/cascade`)
    expect(cascade.status).toBe(200)
    expect(cascade.body.campaign.numberAndSymbol).toBe('141/KH-UBND')
    expect(statuses(cascade.body.nodes)).toEqual([['Xã Bắc Sơn', 'late'], ['Xã Bình Thành', 'late']])
    expect(cascade.body.nodes[0].answerDue).toBe('2025-11-30')
    const tasks = await (await t.as('officerB')).get('/api/campaigns/tasks')
    expect(tasks.body).toEqual([{ campaignId: provincial.id, numberAndSymbol: '141/KH-UBND', title: provincialPlan().title, issuerName: 'Tỉnh Thử nghiệm', organizationId: t.tenant.org.communeB.id, organizationName: 'Xã Bắc Sơn', answerDue: '2025-11-30', status: 'late', answerId: null }])
  })

  it('lets a commune answer with a draft pre-filled from the provincial plan', async () => {
    const officer = await t.as('officerA')
    const res = await officer.post(`/api/campaigns/${provincial.id}/answer`, { organizationId: t.tenant.org.communeA.id })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      status: 'draft', issuerId: t.tenant.org.communeA.id, parentIds: [provincial.id], symbol: 'KH-UBND', track: 'state',
      title: 'Triển khai thực hiện Kế hoạch số 141/KH-UBND ngày 15/11/2025 của Ủy ban nhân dân tỉnh Thử nghiệm',
      parents: [{ id: provincial.id, numberAndSymbol: '141/KH-UBND', title: provincialPlan().title, issuerName: 'Tỉnh Thử nghiệm' }],
    })
    expect(res.body.content.preamble[0]).toBe(`Thực hiện Kế hoạch số 141/KH-UBND ngày 15/11/2025 của Ủy ban nhân dân tỉnh Thử nghiệm về việc triển khai Đợt thi đua Lập thành tích chào mừng Đại hội lần thứ XIV của Đảng; Ủy ban nhân dân xã Bình Thành xây dựng Kế hoạch triển khai như sau:`)
    expect(res.body.content).toMatchObject({ issuerHeading: 'ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH', place: 'Bình Thành', legalBases: [{ kind: 'campaign', campaignId: provincial.id }] })
    expect(res.body.content.targetGroups).toEqual(provincialPlan().targetGroups)
    const again = await officer.post(`/api/campaigns/${provincial.id}/answer`, { organizationId: t.tenant.org.communeA.id })
    expect(again.status).toBe(409)
    expect(again.body.error.fields.organizationId).toMatch(/^Xã Bình Thành đã có kế hoạch triển khai/)
    const foreign = await (await t.as('officerB')).post(`/api/campaigns/${provincial.id}/answer`, { organizationId: t.tenant.org.communeA.id })
    expect(foreign.status).toBe(403)
    const notAddressed = await officer.post(`/api/campaigns/${provincial.id}/answer`, { organizationId: t.tenant.org.villageA1.id })
    expect(notAddressed.status).toBe(400)
    expect(notAddressed.body.error.fields.organizationId).toBe('Đơn vị xây dựng kế hoạch triển khai: không có trong danh sách nơi nhận của kế hoạch này.')
  })

  it('shows answered, draft, not started and late, level by level', async () => {
    const officer = await t.as('officerA')
    const answer = (await officer.get(`/api/campaigns?q=trien%20khai%20thuc%20hien`)).body.items[0]
    const detail = (await officer.get(`/api/campaigns/${answer.id}`)).body
    await officer.put(`/api/campaigns/${answer.id}`, { version: detail.version, content: detail.content, parentIds: detail.parentIds, addresseeIds: [t.tenant.org.villageA1.id, t.tenant.org.schoolA.id] })
    const issued = await officer.post(`/api/campaigns/${answer.id}/issue`, { version: detail.version + 1, issuedOn: '2025-11-25' })
    expect(issued.body.numberAndSymbol).toBe('01/KH-UBND')
    const village = await officer.post(`/api/campaigns/${answer.id}/answer`, { organizationId: t.tenant.org.villageA1.id })
    expect(village.body.content).toMatchObject({ issuerHeading: 'XÓM ĐỒNG TÂM', governingBody: 'UBND XÃ BÌNH THÀNH' })

    const cascade = await (await t.as('provinceOfficer')).get(`/api/campaigns/${provincial.id}/cascade`)
    expect(statuses(cascade.body.nodes)).toEqual([
      ['Xã Bắc Sơn', 'late'],
      ['Xã Bình Thành', 'answered', [['Trường Tiểu học Bình Thành', 'not_started'], ['Xóm Đồng Tâm', 'draft']]],
    ])
    const binhThanh = cascade.body.nodes[1]
    expect(binhThanh.answer).toMatchObject({ id: answer.id, status: 'issued', numberAndSymbol: '01/KH-UBND' })
    expect(binhThanh.children[1].answer).toMatchObject({ id: village.body.id, status: 'draft' })

    const provincialDetail = (await (await t.as('provinceOfficer')).get(`/api/campaigns/${provincial.id}`)).body
    expect(provincialDetail.addressees.map((a: { organizationName: string; status: string }) => [a.organizationName, a.status])).toEqual([['Xã Bắc Sơn', 'late'], ['Xã Bình Thành', 'answered']])

    const tasks = (await officer.get('/api/campaigns/tasks')).body
    expect(tasks.map((task: { organizationName: string; status: string; numberAndSymbol: string }) => [task.numberAndSymbol, task.organizationName, task.status])).toEqual([
      ['01/KH-UBND', 'Trường Tiểu học Bình Thành', 'not_started'],
      ['01/KH-UBND', 'Xóm Đồng Tâm', 'draft'],
    ])
  })

  it('shows a commune only its own branch of the provincial cascade', async () => {
    const cascade = await (await t.as('officerB')).get(`/api/campaigns/${provincial.id}/cascade`)
    expect(statuses(cascade.body.nodes)).toEqual([['Xã Bắc Sơn', 'late']])
  })

  it('crosses from the Party track to the government track', async () => {
    const officer = await t.as('officerA')
    const party = await officer.post('/api/campaigns', { issuerId: t.tenant.org.partyCellA.id, content: communePlan({ symbol: 'KH/CB', issuerHeading: 'CHI BỘ XÓM ĐỒNG TÂM' }), addresseeIds: [t.tenant.org.villageA1.id] })
    const issued = await officer.post(`/api/campaigns/${party.body.id}/issue`, { version: 1, issuedOn: '2025-03-03' })
    expect(issued.body).toMatchObject({ numberAndSymbol: '01-KH/CB', track: 'party' })
    const answer = await officer.post(`/api/campaigns/${party.body.id}/answer`, { organizationId: t.tenant.org.villageA1.id })
    expect(answer.body).toMatchObject({ track: 'state', title: 'Triển khai thực hiện Kế hoạch số 01-KH/CB ngày 03/03/2025 của Chi bộ xóm Đồng Tâm' })
  })
})
