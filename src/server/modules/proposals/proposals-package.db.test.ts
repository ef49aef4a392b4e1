// A proposal to a level that is not on tdkt: exported with a number from the commune's register, and its
// package downloaded — the proposal in Word and PDF, the list in Excel, each nominee's generated dossier parts
// and uploaded files, manifest.json with SHA-256 of every file — and downloaded again later; then the paper
// answer is recorded by the commune itself.
import { createHash } from 'node:crypto'
import ExcelJS from 'exceljs'
import mammoth from 'mammoth'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_PASSWORD } from '../../testing/fixtures.ts'
import { testApp } from '../../testing/api-client.ts'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { MEETING, nominate, PDF_BYTES, staff } from '../nominations/nominations.testing.ts'
import { councilPasses, created, moveThrough, statusOf, submitAlone } from './proposals.testing.ts'

let t: HistoryTestContext
let lan: { id: string; subjectId: string }
let proposal: { id: string; version: number }

beforeAll(async () => {
  t = await openHistoryTest()
  const person = await staff(t, 'Nguyễn Thị Lan')
  const n = await created(await nominate(t, person.id, { target: 'BANG_KHEN_CHU_TICH_TINH', reviewMeeting: MEETING, achievement: 'Hoàn thành xuất sắc nhiệm vụ năm học 2024-2025.' }))
  const upload = await (await t.as('unitSchoolA')).upload(`/api/nominations/${n.id}/documents?part=xac-nhan`, 'Xác nhận sáng kiến.pdf', PDF_BYTES, 'application/pdf')
  expect(upload.status).toBe(201)
  await submitAlone(t, n.id)
  await moveThrough(t, n.id, ['to_council'])
  await councilPasses(t, t.tenant.org.communeA, [n.id])
  lan = { id: n.id, subjectId: person.id }
})
afterAll(() => t.db.close())

async function download(url: string): Promise<Response> {
  const app = testApp(t.db)
  const login = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: t.tenant.accounts.officerA!.username, password: TEST_PASSWORD }) })
  return app.request(url, { headers: { cookie: login.headers.get('set-cookie')!.split(';')[0]! } })
}

const FOLDER = 'ho-so/01-nguyen-thi-lan'
const EXPECTED = [
  'danh-sach-de-nghi-khen-thuong.xlsx',
  ...['bang-tom-tat', 'bao-cao-thanh-tich', 'bien-ban', 'to-trinh'].flatMap((part) => [`${FOLDER}/${part}.docx`, `${FOLDER}/${part}.pdf`]),
  `${FOLDER}/tep-dinh-kem/01-xac-nhan-sang-kien.pdf`,
  'manifest.json',
  'to-trinh-01-ttr-ubnd.docx',
  'to-trinh-01-ttr-ubnd.pdf',
].sort()

describe('export to a body outside tdkt', () => {
  it('drafts it for a body named in words, then exports it with a number; the nomination is proposed', async () => {
    const officer = await t.as('officerA')
    proposal = await created(await officer.post('/api/proposals', { nominationIds: [lan.id], toOrganizationId: null, toName: 'Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên' }))
    expect(proposal).toMatchObject({ to: null, toName: 'Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên', actions: { send: false, export: true } })
    const refused = await download(`/api/proposals/${proposal.id}/package.zip`)
    expect(refused.status).toBe(409)
    const res = await officer.post(`/api/proposals/${proposal.id}/export`, { version: proposal.version })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'exported', numberAndSymbol: '01/TTr-UBND', actions: { answer: true, download: true } })
    expect(await statusOf(t.db, t.tenant.provinceId, lan.id)).toBe('proposed')
    proposal = res.body
  })

  it('packs the proposal, the list, the nominee\'s dossier and uploads, and a manifest with the hashes', async () => {
    const res = await download(`/api/proposals/${proposal.id}/package.zip`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/zip')
    expect(res.headers.get('content-disposition')).toContain('goi-ho-so-to-trinh-01-ttr-ubnd.zip')
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()))
    expect(Object.keys(files).sort()).toEqual(EXPECTED)

    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(files['to-trinh-01-ttr-ubnd.docx']!) })
    expect(value).toContain('01/TTr-UBND')
    expect(value).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên.')
    expect(value).toContain('(Kèm theo Tờ trình số 01/TTr-UBND ngày')
    expect((await mammoth.extractRawText({ buffer: Buffer.from(files[`${FOLDER}/bao-cao-thanh-tich.docx`]!) })).value).toContain('Nguyễn Thị Lan')
    expect(strFromU8(files['to-trinh-01-ttr-ubnd.pdf']!.subarray(0, 5))).toBe('%PDF-')
    expect(files[`${FOLDER}/tep-dinh-kem/01-xac-nhan-sang-kien.pdf`]).toEqual(PDF_BYTES)

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(files['danh-sach-de-nghi-khen-thuong.xlsx']!) as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('Danh sách')!
    expect(sheet.getRow(4).values).toEqual([undefined, 'STT', 'Họ và tên / Tên tập thể', 'Chức vụ, đơn vị', 'Hình thức đề nghị', 'Thành tích tóm tắt', 'Kết quả bỏ phiếu của Hội đồng', 'Đơn vị đề nghị'])
    expect(sheet.getRow(5).values).toEqual([
      undefined, 1, 'Nguyễn Thị Lan', 'Trường Tiểu học Bình Thành', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'Hoàn thành xuất sắc nhiệm vụ năm học 2024-2025.', '8/9 thành viên đồng ý', 'Trường Tiểu học Bình Thành',
    ])

    const manifest = JSON.parse(strFromU8(files['manifest.json']!))
    expect(manifest).toMatchObject({
      generatedBy: { username: t.tenant.accounts.officerA!.username },
      proposal: { id: proposal.id, numberAndSymbol: '01/TTr-UBND', from: { name: 'Xã Bình Thành' }, to: { id: null, name: 'Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên' } },
      items: [{ position: 1, nominationId: lan.id, subject: { name: 'Nguyễn Thị Lan' }, target: 'BANG_KHEN_CHU_TICH_TINH', council: { votesFor: 8, totalMembers: 9 }, folder: FOLDER }],
    })
    expect(manifest.files.map((f: { path: string }) => f.path).sort()).toEqual(EXPECTED.filter((p) => p !== 'manifest.json'))
    for (const f of manifest.files) expect(f.sha256).toBe(createHash('sha256').update(files[f.path]!).digest('hex'))
  })

  it('gives the same package on a later download (apart from timestamps)', async () => {
    const again = unzipSync(new Uint8Array(await (await download(`/api/proposals/${proposal.id}/package.zip`)).arrayBuffer()))
    expect(Object.keys(again).sort()).toEqual(EXPECTED)
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(again['to-trinh-01-ttr-ubnd.docx']!) })
    expect(value).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên.')
  })

  it('records the paper answer itself: the decision goes to the registry and the proposal is answered', async () => {
    const res = await (await t.as('officerA')).post(`/api/proposals/${proposal.id}/answers`, {
      version: proposal.version, items: [{ nominationId: lan.id, outcome: 'decided', decisionNumber: '2150/QĐ-UBND', decisionDate: '2026-02-10', decisionIssuer: 'Chủ tịch UBND tỉnh Thái Nguyên' }],
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'answered', answer: 'decided', answerLabel: 'Đã khen thưởng toàn bộ', itemCounts: { decided: 1 } })
    const rows = await t.db.query(`SELECT decision_number FROM award_records WHERE subject_id = $1`, [lan.subjectId])
    expect(rows).toEqual([{ decision_number: '2150/QĐ-UBND' }])
  })
})
