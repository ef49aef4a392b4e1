// Import through the API: a DOCX and a PDF read into fields with their source spans (nothing saved),
// bad files refused in Vietnamese, and a seed plan applied as a valid campaign draft holding every
// section of the original — refused outside the caller's scope.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { planContent } from '../../../shared/campaign-plan.ts'
import { checkPlan } from '../../../shared/campaign-plan-checks.ts'
import { buildDocx, buildPdf, type TwoColumnDocument } from '../../../documents/parse/testing/build-files.ts'
import { parseText } from '../../../documents/parse/index.ts'
import { toPlainText } from '../../../documents/decree30/index.ts'
import { planDocument } from '../../../documents/plan/index.ts'
import { seedOutline } from '../../../documents/plan/testing/seed-outline.ts'
import { ApiClient, testApp } from '../../testing/api-client.ts'
import { campaignTableCounts, openCampaignTest, type CampaignTestContext } from '../campaigns/campaigns.testing.ts'

const PLAN: TwoColumnDocument = {
  header: [
    ['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['XÃ BÌNH THÀNH', 'Độc lập - Tự do - Hạnh phúc'],
    ['Số: 15/KH-UBND', 'Bình Thành, ngày 10 tháng 3 năm 2025'],
  ],
  body: [
    'KẾ HOẠCH',
    'Phát động phong trào thi đua năm 2025',
    'Thực hiện Kế hoạch số 213/KH-UBND ngày 19/11/2024 của Chủ tịch UBND tỉnh về phát động thi đua, UBND xã Bình Thành xây dựng kế hoạch như sau:',
    'I. THỜI GIAN THI ĐUA',
    'Từ ngày 01/3/2025 đến ngày 30/11/2025.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Công chức Văn hóa - Xã hội: Tuyên truyền về phong trào thi đua trên địa bàn xã.',
    '2. Công chức Tài chính - Kế toán: Bố trí kinh phí khen thưởng.',
  ],
  closing: [
    ['Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN'],
    ['- Các cơ quan, đơn vị;', 'CHỦ TỊCH'],
    ['- Lưu: VT.', 'Ma Khánh Sơn'],
  ],
}

const SEED_FILE = '004_f920ffa2c7558e09.txt'
const seedText = readFileSync(new URL(`../../../documents/plan/fixtures/originals/${SEED_FILE}`, import.meta.url), 'utf8')

let t: CampaignTestContext
let officerA: ApiClient

beforeAll(async () => {
  t = await openCampaignTest()
  officerA = await t.as('officerA')
})
afterAll(() => t.db.close())

/** The source text of a field: what its first span covers in the normalized text. */
const sourceOf = (document: { _meta: { text: string; sources: Record<string, { start: number; end: number }[]> } }, field: string) => {
  const span = document._meta.sources[field]![0]!
  return document._meta.text.slice(span.start, span.end)
}

describe('POST /api/imports/parse', () => {
  it.each([
    ['ke-hoach.docx', 'docx', () => buildDocx(PLAN)],
    ['ke-hoach.pdf', 'pdf', () => buildPdf(PLAN)],
  ])('reads %s into fields with their source spans and saves nothing', async (name, format, build) => {
    const before = await campaignTableCounts(t.db)
    const res = await officerA.upload('/api/imports/parse', name, await build())
    expect(res.status).toBe(200)
    const { fileName, document } = res.body
    expect(fileName).toBe(name)
    expect(document).toMatchObject({
      doc_type: 'ke_hoach',
      number: '15',
      symbol: 'KH-UBND',
      place: 'Bình Thành',
      date: '2025-03-10',
      title: 'Phát động phong trào thi đua năm 2025',
      legal_bases: ['213/KH-UBND'],
      period: { from: '2025-03-01', to: '2025-11-30' },
      signer_title: 'CHỦ TỊCH',
      signer_name: 'Ma Khánh Sơn',
      _meta: { format },
    })
    expect(sourceOf(document, 'signer_name')).toBe('Ma Khánh Sơn')
    expect(sourceOf(document, 'title')).toBe('Phát động phong trào thi đua năm 2025')
    expect(await campaignTableCounts(t.db)).toEqual(before)
  })

  it('lets a unit account read a document (it may not create plans)', async () => {
    const unit = await t.as('unitSchoolA')
    expect((await unit.upload('/api/imports/parse', 'ke-hoach.docx', await buildDocx(PLAN))).status).toBe(200)
    expect((await unit.post('/api/imports/apply-plan', {})).status).toBe(403)
  })

  it('refuses a scanned PDF, a garbage file and a file over the upload limit in Vietnamese, naming the file field', async () => {
    const before = await campaignTableCounts(t.db)
    const scanned = await officerA.upload('/api/imports/parse', 'scan.pdf', await buildPdf(PLAN, { imageOnly: true }))
    expect(scanned.status).toBe(400)
    expect(scanned.body.error.message).toMatch(/bản quét/)
    expect(scanned.body.error.fields.file).toBe(scanned.body.error.message)

    const garbage = await officerA.upload('/api/imports/parse', 'rac.docx', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))
    expect(garbage.status).toBe(400)
    expect(garbage.body.error.fields.file).toMatch(/Không đọc được tệp "rac.docx"/)

    const small = await ApiClient.signIn(testApp(t.db, { uploadLimitBytes: 4096 }), t.tenant.accounts.officerA!.username)
    const large = await small.upload('/api/imports/parse', 'lon.txt', new Uint8Array(Buffer.from(`KẾ HOẠCH\n${'Thi đua yêu nước. '.repeat(400)}`)))
    expect(large.status).toBe(400)
    expect(large.body.error.fields.file).toMatch(/^Tệp quá lớn \(.* MB\); chỉ nhận tệp đến 0,0 MB\.$/)
    expect(await campaignTableCounts(t.db)).toEqual(before)
  })
})

describe('POST /api/imports/apply-plan', () => {
  const parsedSeed = () => {
    const { _meta, ...fields } = parseText(seedText)
    return { ...fields, _meta: { text: _meta.text } }
  }

  it('creates a valid draft of the chosen issuer holding every section of the seed, audited as an import of the file', async () => {
    const res = await officerA.post('/api/imports/apply-plan', { issuerId: t.tenant.org.communeA.id, fileName: SEED_FILE, parsed: parsedSeed() })
    expect(res.status).toBe(201)
    const { campaign, warnings } = res.body
    expect(campaign).toMatchObject({ status: 'draft', issuerId: t.tenant.org.communeA.id, number: null, symbol: 'KH-UBND' })
    expect(warnings).toEqual(expect.arrayContaining([expect.stringMatching(/^Ký hiệu: không tìm thấy trong văn bản/)]))

    const stored = await officerA.get(`/api/campaigns/${campaign.id}`)
    expect(stored.status).toBe(200)
    const content = stored.body.content
    expect(planContent.parse(content)).toEqual(content)
    expect(checkPlan(content)).toEqual([])
    expect(content.issuerHeading).toBe('ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH')
    const text = toPlainText(planDocument(content, { number: null, date: null, track: 'state' })).replace(/\s+/g, ' ')
    const { headings, items } = seedOutline(seedText)
    expect([...headings, ...items].filter((entry) => !text.includes(entry.replace(/\s+/g, ' ')))).toEqual([])

    const audit = await t.db.query<{ action: string; summary: string }>(`SELECT action, summary FROM audit_log WHERE entity_id = $1 ORDER BY action`, [campaign.id])
    expect(audit).toEqual([
      { action: 'create', summary: expect.stringMatching(/^Lập dự thảo kế hoạch/) },
      { action: 'import', summary: `Nhập dự thảo kế hoạch "${campaign.title}" từ tệp "${SEED_FILE}"` },
    ])
  })

  it('refuses an officer of commune B applying a plan as commune A, and a document that is not a plan, saving nothing', async () => {
    const before = await campaignTableCounts(t.db)
    const officerB = await t.as('officerB')
    const outside = await officerB.post('/api/imports/apply-plan', { issuerId: t.tenant.org.communeA.id, fileName: SEED_FILE, parsed: parsedSeed() })
    expect(outside.status).toBe(403)
    expect(outside.body.error.message).toMatch(/ngoài phạm vi/)

    const decision = await officerA.post('/api/imports/apply-plan', { issuerId: t.tenant.org.communeA.id, fileName: 'qd.txt', parsed: { ...parsedSeed(), doc_type: 'quyet_dinh' } })
    expect(decision.status).toBe(400)
    expect(decision.body.error.fields['parsed.doc_type']).toMatch(/chỉ tạo được dự thảo kế hoạch từ văn bản loại «Kế hoạch»/)
    expect(await campaignTableCounts(t.db)).toEqual(before)
  })
})
