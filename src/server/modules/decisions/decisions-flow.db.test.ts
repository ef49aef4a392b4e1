// Commune A's officer drafts a decision from the nominations its council passed, the amounts follow the
// decree (same-period titles pay only the highest, a title and a form both pay), the chairman issues it:
// the number comes from the QĐ register and the registry rows, certificates and "decided" statuses are
// written with it. The Word and PDF files (the decision, its list as annex after the signature) and the
// spreadsheet read back with the names, amounts and serials.
import ExcelJS from 'exceljs'
import mammoth from 'mammoth'
import { extractText } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readZip } from '../../../documents/decree30/testing/unzip.ts'
import { descendants, parseXml, textOf } from '../../../documents/decree30/testing/xml.ts'
import { checkCertificateCode } from '../../../shared/certificate-code.ts'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { staff } from '../nominations/nominations.testing.ts'
import { councilPassed, decisionCounts, draftDecision, DECISION_DATE } from './decisions.testing.ts'

let t: HistoryTestContext
let an: { id: string }
let binh: { id: string }
const n: Record<string, { id: string }> = {}

beforeAll(async () => {
  t = await openHistoryTest()
  an = await staff(t, 'Nguyễn Văn An', { birthDate: '1984-03-02' })
  binh = await staff(t, 'Lê Thị Bình', { sex: 'nu', birthDate: '1990-11-20' })
  n.anLdtt = await councilPassed(t, an.id)
  n.anCstd = await councilPassed(t, an.id, { target: 'CSTDCS' })
  n.anGk = await councilPassed(t, an.id, { target: 'GIAY_KHEN_CHU_TICH_XA', achievement: 'Có sáng kiến tổ chức câu lạc bộ đọc sách cho học sinh.' })
  n.binhLdtt = await councilPassed(t, binh.id)
})
afterAll(() => t.db.close())

const text = async (bytes: ArrayBuffer) => (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value
const folded = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim()
/** The PDF's text page by page, white space folded. */
const pdfPages = async (bytes: ArrayBuffer) => (await extractText(new Uint8Array(bytes), { mergePages: false })).text.map(folded)
/** The alignment (w:jc) of the DOCX paragraph whose text is exactly `wanted`. */
function alignmentOf(docx: ArrayBuffer, wanted: string): string | null {
  const xml = parseXml(Buffer.from(readZip(new Uint8Array(docx)).get('word/document.xml')!).toString('utf8'))
  const paragraph = descendants(xml, 'w:p').find((p) => descendants(p, 'w:t').map(textOf).join('') === wanted)
  if (paragraph === undefined) throw new Error(`no paragraph "${wanted}"`)
  return descendants(paragraph, 'w:jc')[0]?.attributes.get('w:val') ?? null
}

describe('drafting', () => {
  let draft: any // eslint-disable-line @typescript-eslint/no-explicit-any

  it('lists what the council passed for the commune to decide, with the amounts on the date', async () => {
    const res = await (await t.as('officerA')).get(`/api/decisions/candidates?organizationId=${t.tenant.org.communeA.id}&decisionDate=${DECISION_DATE}`)
    expect(res.status).toBe(200)
    expect(res.body.map((l: { nominationId: string }) => l.nominationId).sort()).toEqual(Object.values(n).map((x) => x.id).sort())
    expect(res.body.find((l: { nominationId: string }) => l.nominationId === n.binhLdtt!.id)).toMatchObject({
      award: 'Lao động tiên tiến', isTitle: true, coefficient: 0.3, baseSalary: 2_340_000, unrounded: 702_000, amount: 710_000, paid: true, problems: [],
      subject: { name: 'Lê Thị Bình', kind: 'individual' },
    })
  })

  it('drafts with the default title, bases and signer; same-period titles pay only the highest, a form beside them', async () => {
    const res = await draftDecision(t, [n.anLdtt!.id, n.anCstd!.id, n.anGk!.id, n.binhLdtt!.id])
    expect(res.status).toBe(201)
    draft = res.body
    expect(draft).toMatchObject({
      status: 'draft', statusLabel: 'Dự thảo', numberAndSymbol: null, symbol: 'QĐ-UBND', track: 'state', year: 2025, decisionDate: DECISION_DATE,
      title: 'Về việc tặng danh hiệu Lao động tiên tiến và danh hiệu Chiến sĩ thi đua cơ sở và Giấy khen năm 2025',
      signingForm: 'TM', signerTitle: 'CHỦ TỊCH', signerName: 'Hoàng Văn Thắng', organization: { name: 'Xã Bình Thành' }, problems: [], version: 1,
    })
    expect(draft.bases).toEqual([
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Thi đua, khen thưởng',
      'Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng ngày 15/12/2025',
      ...draft.bases.slice(3),
    ])
    expect(draft.bases.slice(3)).toHaveLength(4)
    expect(draft.bases[3]).toMatch(/^Xét đề nghị của Trường Tiểu học Bình Thành tại Tờ trình số 0\d\/TTr-TTHBT ngày \d\d\/\d\d\/\d{4}$/)
    expect(draft.lines.map((l: any) => [l.subject.name, l.award, l.amount, l.paid])).toEqual([ // eslint-disable-line @typescript-eslint/no-explicit-any
      ['Nguyễn Văn An', 'Lao động tiên tiến', 710_000, false],
      ['Nguyễn Văn An', 'Chiến sĩ thi đua cơ sở', 2_340_000, true],
      ['Nguyễn Văn An', 'Giấy khen', 710_000, true],
      ['Lê Thị Bình', 'Lao động tiên tiến', 710_000, true],
    ])
    expect(draft.lines[0].amountNote).toBe('Cùng thời gian với «Chiến sĩ thi đua cơ sở» trong quyết định này chỉ nhận tiền thưởng mức cao nhất (Nghị định 152/2025/NĐ-CP, Điều 49)')
    expect(draft.total).toBe(2_340_000 + 710_000 + 710_000)
  })

  it('removes a line and changes the title with the version; a stale version is refused', async () => {
    const officer = await t.as('officerA')
    const res = await officer.patch(`/api/decisions/${draft.id}`, { version: draft.version, nominationIds: [n.anCstd!.id, n.anGk!.id, n.binhLdtt!.id], title: 'Về việc khen thưởng năm 2025' })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ version: 2, title: 'Về việc khen thưởng năm 2025', total: 2_340_000 + 710_000 + 710_000 })
    expect(res.body.lines.map((l: { position: number; award: string }) => [l.position, l.award])).toEqual([[1, 'Chiến sĩ thi đua cơ sở'], [2, 'Giấy khen'], [3, 'Lao động tiên tiến']])
    const stale = await officer.patch(`/api/decisions/${draft.id}`, { version: 1, title: 'Khác' })
    expect(stale.status).toBe(409)
    expect(stale.body.error.message).toContain('vừa được người khác cập nhật')
    draft = res.body
  })

  it('prints the draft marked "DỰ THẢO" without a number, its list as annex referring to the unnumbered decision', async () => {
    const res = await t.app.request(`/api/decisions/${draft.id}/files/quyet-dinh.docx`, { headers: await cookieOf('officerA') })
    expect(res.status).toBe(200)
    const words = await text(await res.arrayBuffer())
    // "DỰ THẢO" once, boxed under the number line (no longer a heading in the body).
    expect(words.match(/DỰ THẢO/g)).toHaveLength(1)
    expect(words).toMatch(/Số: +\/QĐ-UBND\s+DỰ THẢO\s+Bình Thành, ngày 20 tháng 12 năm 2025/)
    expect(folded(words)).toContain('(Kèm theo Quyết định số …/QĐ-UBND ngày 20 tháng 12 năm 2025 của Chủ tịch Ủy ban nhân dân xã Bình Thành)')
    const pdf = await pdfPages(await (await t.app.request(`/api/decisions/${draft.id}/files/quyet-dinh.pdf`, { headers: await cookieOf('officerA') })).arrayBuffer())
    expect(pdf[0]).toContain('Số: /QĐ-UBND DỰ THẢO Bình Thành, ngày 20 tháng 12 năm 2025')
  })

  it('no longer serves the list as a Word or PDF file of its own', async () => {
    for (const file of ['danh-sach.docx', 'danh-sach.pdf']) {
      expect((await t.app.request(`/api/decisions/${draft.id}/files/${file}`, { headers: await cookieOf('officerA') })).status).toBe(400)
    }
  })

  let issued: any // eslint-disable-line @typescript-eslint/no-explicit-any

  it('issues with the next number of the QĐ register, writing registry rows, certificates and "decided" in one go', async () => {
    const before = await decisionCounts(t.db)
    const res = await (await t.as('signerA')).post(`/api/decisions/${draft.id}/issue`, { version: draft.version })
    expect(res.status).toBe(200)
    issued = res.body
    expect(issued).toMatchObject({ status: 'issued', statusLabel: 'Đã ban hành', number: 1, numberAndSymbol: '01/QĐ-UBND', version: draft.version + 1, problems: [], total: 3_760_000 })
    expect(issued.lines.map((l: { serial: number }) => l.serial)).toEqual([1, 2, 3])
    for (const l of issued.lines) expect(checkCertificateCode(l.certificateCode)).toMatchObject({ ok: true })
    const after = await decisionCounts(t.db)
    expect(after).toMatchObject({ issued: before.issued + 1, awards: before.awards + 3, certificates: before.certificates + 3, decided: before.decided + 3, numbers_taken: before.numbers_taken + 1 })

    const rows = await t.db.query<Record<string, unknown>>(
      `SELECT r.code, r.name, r.source, r.decision_id AS "decisionId", r.decision_number AS "decisionNumber", r.decision_date::text AS "decisionDate",
              r.decision_issuer AS "decisionIssuer", r.level, r.track, r.year, r.subject_name AS "subjectName", r.subject_birth_date::text AS "birthDate", i.serial, c.status
         FROM award_records r JOIN award_decision_items i ON i.award_record_id = r.id JOIN certificates c ON c.award_record_id = r.id
        WHERE r.decision_id = $1 ORDER BY i.serial`,
      [draft.id],
    )
    expect(rows).toEqual([
      { code: 'CSTDCS', name: 'Chiến sĩ thi đua cơ sở', source: 'decision', decisionId: draft.id, decisionNumber: '01/QĐ-UBND', decisionDate: DECISION_DATE, decisionIssuer: 'Xã Bình Thành', level: 'commune', track: 'government', year: 2025, subjectName: 'Nguyễn Văn An', birthDate: '1984-03-02', serial: 1, status: 'valid' },
      expect.objectContaining({ code: 'GIAY_KHEN_CHU_TICH_XA', name: 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã', serial: 2 }),
      expect.objectContaining({ code: 'LDTT', subjectName: 'Lê Thị Bình', serial: 3 }),
    ])
    const nomination = await (await t.as('officerA')).get(`/api/nominations/${n.anGk!.id}`)
    expect(nomination.body).toMatchObject({ status: 'decided' })
    expect(nomination.body.history.at(-1)).toMatchObject({ toStatus: 'decided', reason: 'Quyết định số 01/QĐ-UBND ngày 20/12/2025 của Xã Bình Thành' })
    const audit = await t.db.query<{ summary: string }>(`SELECT summary FROM audit_log WHERE entity = 'award_decision' AND action = 'issue' AND entity_id = $1`, [draft.id])
    expect(audit[0]!.summary).toBe('Ban hành Quyết định số 01/QĐ-UBND «Về việc khen thưởng năm 2025»: 3 trường hợp, tổng tiền thưởng 3.760.000 đồng')
  })

  it('refuses to issue or change it again', async () => {
    const again = await (await t.as('signerA')).post(`/api/decisions/${draft.id}/issue`, { version: issued.version })
    expect(again.status).toBe(409)
    const edit = await (await t.as('officerA')).patch(`/api/decisions/${draft.id}`, { version: issued.version, title: 'Khác' })
    expect(edit.status).toBe(409)
  })

  it('prints the decision in Decree 30 form with the decider, the bases, three articles and the signature, centring who decides and "QUYẾT ĐỊNH:"', async () => {
    const docx = await (await t.app.request(`/api/decisions/${draft.id}/files/quyet-dinh.docx`, { headers: await cookieOf('officerA') })).arrayBuffer()
    const words = await text(docx)
    for (const expected of [
      'ỦY BAN NHÂN DÂN', 'XÃ BÌNH THÀNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 01/QĐ-UBND', 'Bình Thành, ngày 20 tháng 12 năm 2025', 'QUYẾT ĐỊNH',
      'Về việc khen thưởng năm 2025', 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH', 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;', 'QUYẾT ĐỊNH:',
      'Điều 1. Tặng thưởng cho 02 cá nhân', 'Tặng danh hiệu Chiến sĩ thi đua cơ sở cho 01 cá nhân;', 'Tặng Giấy khen cho 01 cá nhân;', 'Tặng danh hiệu Lao động tiên tiến cho 01 cá nhân.',
      'Điều 2.', 'Giấy khen (01 cá nhân): mỗi trường hợp 0,3 × 2.340.000 đồng = 702.000 đồng, làm tròn 710.000 đồng;',
      'Tổng số tiền thưởng: 3.760.000 đồng, chi từ Quỹ thi đua, khen thưởng của Ủy ban nhân dân xã Bình Thành.', 'Điều 3.',
      'Nơi nhận:', '- Như Điều 3;', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Hoàng Văn Thắng',
    ]) expect(words).toContain(expected)
    expect(words).not.toContain('DỰ THẢO')
    expect(alignmentOf(docx, 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH')).toBe('center')
    expect(alignmentOf(docx, 'QUYẾT ĐỊNH:')).toBe('center')
    expect(alignmentOf(docx, 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;')).toBe('both')
    // The list follows the signature: its title in capitals, the reference line with the number and the date, the table.
    const after = folded(words.slice(words.indexOf('Hoàng Văn Thắng')))
    expect(after).toMatch(/^Hoàng Văn Thắng DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ, GIẤY KHEN, DANH HIỆU LAO ĐỘNG TIÊN TIẾN \(Kèm theo Quyết định số 01\/QĐ-UBND ngày 20 tháng 12 năm 2025 của Chủ tịch Ủy ban nhân dân xã Bình Thành\) STT/)
    for (const expected of ['Số sổ vàng', 'Nguyễn Văn An', 'Lê Thị Bình', '2.340.000', '3.760.000', 'Tổng cộng']) expect(after).toContain(expected)
    expect(alignmentOf(docx, '(Kèm theo Quyết định số 01/QĐ-UBND ngày 20 tháng 12 năm 2025 của Chủ tịch Ủy ban nhân dân xã Bình Thành)')).toBe('center')
  })

  it('prints the list in the PDF on a page after the signature, and as a spreadsheet with the serials and the total', async () => {
    const pages = await pdfPages(await (await t.app.request(`/api/decisions/${draft.id}/files/quyet-dinh.pdf`, { headers: await cookieOf('officerA') })).arrayBuffer())
    const signature = pages.findIndex((p) => p.includes('Hoàng Văn Thắng'))
    const annex = pages.findIndex((p) => p.includes('DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG'))
    expect(signature).toBeGreaterThanOrEqual(0)
    expect(annex).toBeGreaterThan(signature)
    expect(pages[signature]).not.toContain('Số sổ vàng')
    expect(pages[annex]!.startsWith('DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG')).toBe(true)
    for (const expected of ['(Kèm theo Quyết định số 01/QĐ-UBND ngày 20 tháng 12 năm 2025 của Chủ tịch Ủy ban nhân dân xã Bình Thành)', 'Số sổ vàng', 'Nguyễn Văn An', 'Lê Thị Bình', '2.340.000', '3.760.000', 'Tổng cộng']) {
      expect(pages[annex]).toContain(expected)
    }
    const xlsx = await t.app.request(`/api/decisions/${draft.id}/files/danh-sach.xlsx`, { headers: await cookieOf('officerA') })
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as Parameters<typeof workbook.xlsx.load>[0])
    const sheet = workbook.worksheets[0]!
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1)
    expect(values(3).slice(0, 4)).toEqual(['STT', 'Họ và tên / Tên tập thể', 'Chức vụ, đơn vị hoặc địa chỉ', 'Danh hiệu, hình thức'])
    expect(values(4)).toEqual([1, 'Nguyễn Văn An', 'Trường Tiểu học Bình Thành', 'Chiến sĩ thi đua cơ sở', 1, 2_340_000, 2_340_000, 2_340_000, 'Có', undefined, 1])
    expect(values(6).slice(0, 8)).toEqual([3, 'Lê Thị Bình', 'Trường Tiểu học Bình Thành', 'Lao động tiên tiến', 0.3, 2_340_000, 702_000, 710_000])
    expect(values(7).slice(1, 8)).toEqual(['Tổng cộng', '02 cá nhân', undefined, undefined, undefined, undefined, 3_760_000])
  })

  it('takes the next number for the next decision and lists both, newest first', async () => {
    const officer = await t.as('officerA')
    const second = (await draftDecision(t, [n.anLdtt!.id])).body
    expect(second.lines[0]).toMatchObject({ paid: false, amount: 710_000 })
    expect(second.lines[0].amountNote).toContain('«Chiến sĩ thi đua cơ sở» năm 2025 (Quyết định số 01/QĐ-UBND) đã nhận')
    const res = await (await t.as('signerA')).post(`/api/decisions/${second.id}/issue`, { version: second.version })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ numberAndSymbol: '02/QĐ-UBND', total: 0 })
    const list = await officer.get('/api/decisions?status=issued&year=2025')
    expect(list.body).toMatchObject({ total: 2, items: [{ lineCount: 1 }, { lineCount: 3, total: 3_760_000, numberAndSymbol: '01/QĐ-UBND' }] })
    expect((await officer.get('/api/decisions?q=02/QĐ')).body.items.map((d: { numberAndSymbol: string }) => d.numberAndSymbol)).toEqual(['02/QĐ-UBND'])
    // The school's account sees the decisions that awarded its staff.
    expect((await (await t.as('unitSchoolA')).get('/api/decisions')).body.total).toBe(2)
  })
})

/** The session cookie of a signed-in test account, for raw file requests. */
async function cookieOf(account: string): Promise<Record<string, string>> {
  const client = await t.as(account)
  return { cookie: (client as unknown as { cookie: string }).cookie }
}
