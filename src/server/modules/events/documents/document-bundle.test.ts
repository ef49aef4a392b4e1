import { describe, expect, it } from 'vitest'
import { strFromU8, unzipSync } from 'fflate'
import mammoth from 'mammoth'
import { extractText, getDocumentProxy } from 'unpdf'
import { renderDocx, renderPdf } from '../../../../documents/decree30/index.ts'
import type { DocumentModel } from '../../../../documents/document-model.ts'
import { mergeDocx, mergePdf } from './document-bundle.ts'

const invitation = (name: string): DocumentModel => ({
  header: { track: 'state', governingBody: null, issuer: 'ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH', number: null, symbol: 'GM-UBND', place: 'Bình Thành', date: '2026-03-02' },
  documentType: 'GIẤY MỜI', title: 'Dự Hội nghị tuyên dương điển hình tiên tiến',
  body: [{ type: 'paragraph', runs: ['Kính mời: ', { text: name, bold: true }] }],
  recipients: ['Như trên', 'Lưu: VT'], signature: { authorityLines: ['TM. ỦY BAN NHÂN DÂN'], title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
})
const NAMES = ['Nguyễn Thị Hoà', 'Trần Văn Đức', 'Lê Thị Ánh Tuyết']

describe('one file of several invitations', () => {
  it('joins the Word files: every invitee in order, each on its own section', async () => {
    const merged = mergeDocx(await Promise.all(NAMES.map((n) => renderDocx(invitation(n)))))
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(merged) })
    const at = NAMES.map((n) => value.indexOf(n))
    expect(at.every((i) => i >= 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    expect(value.match(/GIẤY MỜI/g)).toHaveLength(3)
    const xml = strFromU8(unzipSync(merged)['word/document.xml']!)
    expect(xml.match(/<w:sectPr/g)).toHaveLength(3)
  }, 60_000)

  it('joins the PDF files: one page per invitee, in order, with the Vietnamese text intact', async () => {
    const merged = mergePdf(await Promise.all(NAMES.map((n) => renderPdf(invitation(n)))))
    const pdf = await getDocumentProxy(new Uint8Array(merged))
    expect(pdf.numPages).toBe(3)
    const { text } = await extractText(pdf, { mergePages: false })
    NAMES.forEach((n, i) => expect((text as string[])[i]).toContain(n))
  }, 60_000)

  it('leaves a single document as rendered', async () => {
    const one = await renderPdf(invitation(NAMES[0]!))
    expect(mergePdf([one])).toBe(one)
  }, 60_000)
})
