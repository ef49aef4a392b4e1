// The dossier: generated parts open in Word with the nominee's name, the achievement and the form's headings;
// completeness lists what is missing (a CSTĐCS needs the certification of its initiative or rating); files
// are sniffed, bounded and stored once per content.
import mammoth from 'mammoth'
import { strToU8, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient, testApp } from '../../testing/api-client.ts'
import { TEST_PASSWORD } from '../../testing/fixtures.ts'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import type { NominationDetail } from './nomination-view.ts'
import { created, MEETING, nominate, nominationTableCounts, PDF_BYTES, staff, submit } from './nominations.testing.ts'

let t: HistoryTestContext
let cstdcs: NominationDetail
let household: NominationDetail

const ACHIEVEMENT = 'Chủ trì sáng kiến "Dạy học tiếng Việt qua trò chơi" được Hội đồng sáng kiến xã công nhận.\nHọc sinh lớp chủ nhiệm đạt 100% hoàn thành chương trình.'

beforeAll(async () => {
  t = await openHistoryTest()
  const teacher = await staff(t, 'Quan Thị Thủy', { sex: 'nu', birthDate: '1984-02-05', ratings: { 2024: 'HTXSNV', 2025: 'HTXSNV' }, awards: [{ code: 'LDTT', year: 2024, decisionNumber: '203/QĐ-UBND' }] })
  cstdcs = await created(await nominate(t, teacher.id, { target: 'CSTDCS', achievement: ACHIEVEMENT, reviewMeeting: MEETING }))
  const home = await t.household({ headName: 'Hoàng Văn Pắn', address: 'Xóm Đồng Tâm, xã Bình Thành' })
  household = await created(await (await t.as('officerA')).post('/api/nominations', {
    year: 2025, nominatingOrganizationId: t.tenant.org.villageA1.id, subjectKind: 'household', subjectId: home.id, target: 'GIAY_KHEN_CHU_TICH_XA',
    achievement: 'Hiến 300 m² đất làm đường bê tông liên xóm.', kind: 'dot_xuat', simplified: true, simplifiedCase: 2, decisionDate: '2025-12-20',
  }))
})
afterAll(() => t.db.close())

async function docxText(url: string): Promise<{ text: string; disposition: string | null }> {
  const app = testApp(t.db)
  const login = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: t.tenant.accounts.officerA!.username, password: TEST_PASSWORD }) })
  const res = await app.request(url, { headers: { cookie: login.headers.get('set-cookie')!.split(';')[0]! } })
  expect(res.status).toBe(200)
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) })
  return { text: value, disposition: res.headers.get('content-disposition') }
}

describe('completeness', () => {
  it('lists the missing certification of a CSTĐCS until it is uploaded', async () => {
    const detail = (await (await t.as('unitSchoolA')).get(`/api/nominations/${cstdcs.id}`)).body
    expect(detail.dossier.completeness.complete).toBe(false)
    expect(detail.dossier.completeness.missing).toEqual([
      expect.objectContaining({ source: 'catalogue', part: 'xac-nhan', metBy: null, problem: 'Văn bản công nhận sáng kiến, đề tài khoa học, mưu trí hoặc kết quả xếp loại hoàn thành xuất sắc nhiệm vụ: chưa có tệp đính kèm' }),
    ])
    expect(detail.dossier.completeness.requirements.map((r: { part: string; metBy: string | null }) => [r.part, r.metBy])).toEqual([
      ['to-trinh', 'generated'], ['bao-cao-thanh-tich', 'generated'], ['bien-ban', 'generated'], ['xac-nhan', null],
    ])
    const refused = await submit(await t.as('unitSchoolA'), [cstdcs])
    expect(refused.status).toBe(400)
    expect(refused.body.error.fields[`nominations.${cstdcs.id}`]).toMatch(/Văn bản công nhận sáng kiến.*: chưa có tệp đính kèm$/)
  })

  it('asks only for the proposal and the short report under the simplified procedure', async () => {
    expect(household).toMatchObject({ simplified: true, simplifiedCase: 2, simplifiedCaseLabel: expect.stringMatching(/^Thành tích đột xuất/), kind: 'dot_xuat', deciding: { organizationName: 'Xã Bình Thành', competent: true } })
    expect(household.dossier.completeness).toMatchObject({ complete: true })
    expect(household.dossier.completeness.requirements.map((r: { source: string; part: string }) => [r.source, r.part])).toEqual([['simplified', 'to-trinh'], ['simplified', 'bao-cao-thanh-tich']])
  })
})

describe('uploads', () => {
  it('stores a PDF once whatever it is called, and it fills the part it was sent for', async () => {
    const unit = await t.as('unitSchoolA')
    const before = await nominationTableCounts(t.db)
    const res = await unit.upload(`/api/nominations/${cstdcs.id}/documents?part=xac-nhan`, 'Quyết định công nhận sáng kiến.pdf', PDF_BYTES, 'application/octet-stream')
    expect(res.status).toBe(201)
    expect(res.body.dossier.completeness).toMatchObject({ complete: true, missing: [] })
    const upload = res.body.dossier.uploads[0]
    expect(upload).toMatchObject({ part: 'xac-nhan', name: 'Quyết định công nhận sáng kiến.pdf', type: 'application/pdf', size: PDF_BYTES.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })
    const again = await unit.upload(`/api/nominations/${cstdcs.id}/documents?part=khac`, 'ban-sao.pdf', PDF_BYTES)
    expect(again.body.dossier.uploads).toHaveLength(2)
    expect(await nominationTableCounts(t.db)).toMatchObject({ documents: before.documents + 1, attachments: before.attachments + 2, audit: before.audit + 2 })
    const file = await unit.request('GET', upload.url)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('application/pdf')
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="Quyet-dinh-cong-nhan-sang-kien.pdf"; filename*=UTF-8''${encodeURIComponent('Quyết định công nhận sáng kiến.pdf')}`)
    expect(file.body).toContain('%PDF-1.7')
    const removed = await unit.delete(upload.url)
    expect(removed.status).toBe(204)
    expect((await unit.get(`/api/nominations/${cstdcs.id}`)).body.dossier.completeness.complete).toBe(false)
    await unit.upload(`/api/nominations/${cstdcs.id}/documents?part=xac-nhan`, 'cong-nhan.pdf', PDF_BYTES)
  })

  it('refuses a file that is not PDF, Word or an image, and one above the limit, writing nothing', async () => {
    const unit = await t.as('unitSchoolA')
    const before = await nominationTableCounts(t.db)
    const exe = await unit.upload(`/api/nominations/${cstdcs.id}/documents?part=khac`, 'minh-chung.pdf', new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...new Array(64).fill(1)]))
    expect(exe.status).toBe(400)
    expect(exe.body.error.fields).toEqual({ file: 'Tệp "minh-chung.pdf" không phải PDF, Word (.docx), ảnh PNG, ảnh JPEG; hồ sơ chỉ nhận các loại tệp này.' })
    const xlsx = await unit.upload(`/api/nominations/${cstdcs.id}/documents?part=khac`, 'bang.docx', zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))
    expect(xlsx.status).toBe(400)
    const small = await ApiClient.signIn(testApp(t.db, { uploadLimitBytes: 1024 * 1024 }), t.tenant.accounts.unitSchoolA!.username)
    const scan = new Uint8Array(1024 * 1024 + 10)
    scan.set(PDF_BYTES)
    const big = await small.upload(`/api/nominations/${cstdcs.id}/documents?part=khac`, 'lon.pdf', scan)
    expect(big.status).toBe(413)
    expect(big.body.error.fields).toEqual({ file: 'Tệp "lon.pdf" vượt quá giới hạn 1 MB.' })
    const part = await unit.upload(`/api/nominations/${cstdcs.id}/documents?part=bia`, 'a.pdf', PDF_BYTES)
    expect(part.status).toBe(400)
    expect(await nominationTableCounts(t.db)).toEqual(before)
  })
})

describe('generated parts', () => {
  it('the achievement report follows the individual form and carries the name, the achievement and earlier titles', async () => {
    const { text, disposition } = await docxText(`/api/nominations/${cstdcs.id}/dossier/bao-cao-thanh-tich.docx`)
    for (const expected of [
      'BÁO CÁO THÀNH TÍCH', 'Đề nghị tặng Chiến sĩ thi đua cơ sở', '(Mẫu số 05, Phụ lục Nghị định 152/2025/NĐ-CP)', 'I. SƠ LƯỢC LÝ LỊCH',
      'Họ và tên (viết đầy đủ, không viết tắt): Quan Thị Thủy', 'Ngày, tháng, năm sinh: 05/02/1984', 'Giới tính: Nữ', 'II. THÀNH TÍCH ĐẠT ĐƯỢC',
      'Chủ trì sáng kiến "Dạy học tiếng Việt qua trò chơi" được Hội đồng sáng kiến xã công nhận.', 'Học sinh lớp chủ nhiệm đạt 100% hoàn thành chương trình.',
      'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', 'Lao động tiên tiến', 'Quyết định số 203/QĐ-UBND', 'NGƯỜI BÁO CÁO THÀNH TÍCH',
    ]) expect(text).toContain(expected)
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('Báo cáo thành tích - Quan Thị Thủy.docx')}`)
  })

  it('the proposal, the summary table and the minutes of a submitted batch carry its number and every nominee', async () => {
    const unit = await t.as('unitSchoolA')
    const current = (await unit.get(`/api/nominations/${cstdcs.id}`)).body
    const batch = (await created(await submit(unit, [current]))).batch
    const proposal = (await docxText(`/api/nominations/${cstdcs.id}/dossier/to-trinh.docx`)).text
    for (const expected of [
      `Số: ${batch.numberAndSymbol}`, 'TỜ TRÌNH', 'Về việc đề nghị khen thưởng năm 2025', 'Kính gửi: Chủ tịch Ủy ban nhân dân xã Bình Thành.',
      'Căn cứ Nghị định số 152/2025/NĐ-CP', 'Căn cứ kết quả họp xét đề nghị khen thưởng ngày 10/12/2025 của Trường Tiểu học Bình Thành,',
      'Chiến sĩ thi đua cơ sở: 01 cá nhân.', 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', 'Quan Thị Thủy', 'Chủ trì sáng kiến "Dạy học tiếng Việt qua trò chơi" được Hội đồng sáng kiến xã công nhận.',
    ]) expect(proposal).toContain(expected)
    const summary = (await docxText(`/api/nominations/${cstdcs.id}/dossier/bang-tom-tat.docx`)).text
    expect(summary).toContain('BẢNG TÓM TẮT THÀNH TÍCH')
    expect(summary).toContain(`(Kèm theo Tờ trình số ${batch.numberAndSymbol}`)
    expect(summary).toContain('Quan Thị Thủy')
    expect(summary).toContain('Đủ điều kiện')
    const minutes = (await docxText(`/api/nominations/${cstdcs.id}/dossier/bien-ban.docx`)).text
    expect(minutes).toContain('BIÊN BẢN')
    expect(minutes).toContain('Họp xét đề nghị khen thưởng năm 2025')
    expect(minutes).toContain('Chủ trì: Ma Văn Hùng.')
    expect(minutes).toContain('Quan Thị Thủy')
    expect(minutes).toContain('88,9%')
  })

  it('the household\'s short report, and minutes refused while no meeting is recorded', async () => {
    const report = (await docxText(`/api/nominations/${household.id}/dossier/bao-cao-thanh-tich.docx`)).text
    expect(report).toContain('BÁO CÁO TÓM TẮT THÀNH TÍCH')
    expect(report).toContain('(Thủ tục đơn giản — Thành tích đột xuất, đặc biệt xuất sắc;')
    expect(report).toContain('I. THÔNG TIN HỘ GIA ĐÌNH')
    expect(report).toContain('Chủ hộ: Hoàng Văn Pắn')
    expect(report).toContain('Hiến 300 m² đất làm đường bê tông liên xóm.')
    const officer = await t.as('officerA')
    const proposal = await officer.request('GET', `/api/nominations/${household.id}/dossier/to-trinh.docx`)
    expect(proposal.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    const minutes = await officer.get(`/api/nominations/${household.id}/dossier/bien-ban.docx`)
    expect(minutes.status).toBe(409)
    expect(minutes.body.error.message).toBe('Biên bản họp xét đề nghị khen thưởng: chưa nhập cuộc họp xét của đơn vị (ngày họp, địa điểm, chủ trì, thư ký, số thành viên dự họp và đồng ý).')
    const pdf = await officer.request('GET', `/api/nominations/${household.id}/dossier/to-trinh.pdf`)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect((await officer.get(`/api/nominations/${household.id}/dossier/danh-sach.docx`)).status).toBe(400)
  })
})
