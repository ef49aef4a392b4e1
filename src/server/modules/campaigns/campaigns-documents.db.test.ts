import mammoth from 'mammoth'
import { extractText } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_PASSWORD } from '../../testing/fixtures.ts'
import { campaignTableCounts, openCampaignTest, provincialPlan, type CampaignTestContext } from './campaigns.testing.ts'

let t: CampaignTestContext
let planId: string
let cookie: string
const title = provincialPlan().title

/** Downloads as the browser does: the session cookie, the raw bytes. */
async function download(url: string) {
  const res = await t.app.request(url, { headers: { cookie } })
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) }
}

const squeeze = (text: string) => text.normalize('NFC').replace(/\s+/gu, '')

beforeAll(async () => {
  t = await openCampaignTest()
  const officer = await t.as('provinceOfficer')
  const draft = await officer.post('/api/campaigns', { issuerId: t.tenant.org.province.id, content: provincialPlan() })
  planId = (await officer.post(`/api/campaigns/${draft.body.id}/issue`, { version: 1, issuedOn: '2025-11-15', number: '141' })).body.id
  const login = await t.app.request('/api/auth/login', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: t.tenant.accounts.provinceOfficer!.username, password: TEST_PASSWORD }),
  })
  cookie = login.headers.get('set-cookie')!.split(';')[0]!
})
afterAll(() => t.db.close())

describe('the plan as a document', () => {
  it('downloads as Word, named after its number, and reads back with its number and title', async () => {
    const res = await download(`/api/campaigns/${planId}/document.docx`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="KH-141-KH-UBND-2025.docx"; filename*=UTF-8''KH-141-KH-UBND-2025.docx`)
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(res.bytes) })
    expect(value).toContain('141/KH-UBND')
    expect(value.normalize('NFC')).toContain(title)
    expect(value).toContain('ỦY BAN NHÂN DÂN')
  })

  it('downloads as PDF and reads back with its number and title', async () => {
    const res = await download(`/api/campaigns/${planId}/document.pdf`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toContain('filename="KH-141-KH-UBND-2025.pdf"')
    const { text } = await extractText(res.bytes, { mergePages: true })
    expect(squeeze(text)).toContain('141/KH-UBND')
    expect(squeeze(text)).toContain(squeeze(title))
  })

  it('gives the document model for the preview of a saved plan', async () => {
    const res = await (await t.as('provinceOfficer')).get(`/api/campaigns/${planId}/document`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ documentType: 'KẾ HOẠCH', title, header: { track: 'state', number: '141', symbol: 'KH-UBND', date: '2025-11-15', issuer: 'ỦY BAN NHÂN DÂN\nTỈNH THỬ NGHIỆM' } })
  })

  it('previews content not saved yet without writing anything', async () => {
    const officer = await t.as('officerA')
    const before = await campaignTableCounts(t.db)
    const res = await officer.post('/api/campaigns/preview', { issuerId: t.tenant.org.partyCellA.id, content: provincialPlan({ title: 'Bản nháp chưa lưu', symbol: 'KH/CB' }), number: '5', date: '2025-03-01' })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ title: 'Bản nháp chưa lưu', header: { track: 'party', number: '05', symbol: 'KH/CB', date: '2025-03-01' } })
    expect(await campaignTableCounts(t.db)).toEqual(before)
    const outside = await officer.post('/api/campaigns/preview', { issuerId: t.tenant.org.communeB.id, content: provincialPlan() })
    expect(outside.status).toBe(403)
    const invalid = await officer.post('/api/campaigns/preview', { issuerId: t.tenant.org.communeA.id, content: { ...provincialPlan(), title: '' } })
    expect(invalid.status).toBe(400)
    expect(invalid.body.error.fields['content.title']).toMatch(/Trích yếu/)
  })
})
