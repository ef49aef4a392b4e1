// Several documents in one file (renderPdfBundle, renderDocxBundle) read back with real readers: pdf.js per page
// (how many pages, the running heads, the text with every Vietnamese letter) and mammoth for the Word text, the
// unzipped document.xml for the sections. Each document in the bundle must read exactly as it does alone.
import mammoth from 'mammoth'
import { extractTextItems, type StructuredTextItem } from 'unpdf'
import { beforeAll, describe, expect, it } from 'vitest'
import type { DocumentModel } from '../document-model.ts'
import { renderDocx, renderDocxBundle, renderPdf, renderPdfBundle } from './index.ts'
import { toPlainText } from './plain-text.ts'
import { draftPlan, partyPlan, samplePlan } from './testing/sample-plan.ts'
import { collapse } from './testing/text.ts'
import { readZip } from './testing/unzip.ts'
import { descendants, parseXml, type XmlElement } from './testing/xml.ts'

const MM = 72 / 25.4
const TOP_MARGIN_Y = (297 - 20) * MM
const inTopMargin = (item: StructuredTextItem) => item.y > TOP_MARGIN_Y
const runningHead = (items: StructuredTextItem[]) => items.filter(inTopMargin).map((i) => i.str.trim()).filter((s) => s !== '')
const bodyText = (pages: StructuredTextItem[][]) =>
  collapse(pages.map((items) => items.filter((i) => !inTopMargin(i)).map((i) => i.str + (i.hasEOL ? '\n' : '')).join('')).join('\n'))
/** What a page shows and where: the same for a document alone and in a bundle. */
const drawn = (items: StructuredTextItem[]) => items.map((i) => `${i.str}@${i.x.toFixed(2)},${i.y.toFixed(2)},${i.fontSize.toFixed(1)}`)

const pdfPages = async (bytes: Uint8Array) => (await extractTextItems(bytes.slice())).items

/** The sample plan (three pages) signed by someone else, so that each copy in a bundle can be told apart. */
const signedBy = (name: string): DocumentModel => ({ ...samplePlan, signature: { ...samplePlan.signature, name } })
const SIGNERS = ['Nguyễn Thị Hoà', 'Trần Văn Đức', 'Lê Thị Ánh Tuyết']

/** A one-page invitation (Decree 30/2020 Appendix III, GIẤY MỜI). */
const invitation = (name: string): DocumentModel => ({
  header: { track: 'state', governingBody: null, issuer: 'ỦY BAN NHÂN DÂN\nXÃ BÌNH THÀNH', number: null, symbol: 'GM-UBND', place: 'Bình Thành', date: '2026-03-02' },
  documentType: 'GIẤY MỜI',
  title: 'Dự Hội nghị tuyên dương điển hình tiên tiến',
  body: [{ type: 'paragraph', runs: ['Kính mời: ', { text: name, bold: true }] }],
  recipients: ['Như trên', 'Lưu: VT'],
  signature: { authorityLines: ['TM. ỦY BAN NHÂN DÂN'], title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
})

/** A Party document with an annex: two sections of its own in Word, an annex page numbered anew in the PDF. */
const withAnnex: DocumentModel = {
  ...partyPlan,
  annexes: [{ title: 'Danh sách chi bộ tham gia', body: [{ type: 'table', rows: [['STT', 'Chi bộ'], ['1', 'Chi bộ thôn Kim Sơn'], ['2', 'Chi bộ Trường Tiểu học']] }] }],
}
const MIXED = [samplePlan, withAnnex, draftPlan]

describe('renderPdfBundle', () => {
  let single: StructuredTextItem[][]
  let bundle: StructuredTextItem[][]
  beforeAll(async () => {
    single = await pdfPages(await renderPdf(signedBy(SIGNERS[0]!)))
    bundle = await pdfPages(await renderPdfBundle(SIGNERS.map(signedBy)))
  })

  it('has N times the pages of one document, each copy numbered from its own second page', () => {
    expect(single.length).toBeGreaterThan(1)
    expect(bundle).toHaveLength(SIGNERS.length * single.length)
    const heads = single.map(runningHead)
    expect(bundle.map(runningHead)).toEqual(SIGNERS.flatMap(() => heads))
    expect(heads[0]).toEqual([])
    expect(heads[1]).toEqual(['2'])
  })

  it('reads, document by document, exactly as toPlainText with every Vietnamese letter', () => {
    SIGNERS.forEach((name, i) => {
      const own = bundle.slice(i * single.length, (i + 1) * single.length)
      expect(bodyText(own)).toBe(collapse(toPlainText(signedBy(name))))
      expect(bodyText(own)).toContain('ngày 05 tháng 02 năm 2025')
      expect(bodyText(own.slice(-1))).toContain(name)
    })
  })

  it('draws each page of different documents (annexes, a draft) where the document alone draws it', async () => {
    const alone = (await Promise.all(MIXED.map(async (model) => pdfPages(await renderPdf(model))))).flat()
    const together = await pdfPages(await renderPdfBundle(MIXED))
    expect(together.map(drawn)).toEqual(alone.map(drawn))
  })

  it('embeds the four Tinos faces once for the whole file', async () => {
    const bytes = await renderPdfBundle(SIGNERS.map(invitation))
    const raw = Buffer.from(bytes).toString('latin1')
    expect(raw.match(/\/FontFile2 /g)).toHaveLength(4)
    expect(raw).toContain('/Lang (vi-VN)')
    const pages = await pdfPages(bytes)
    expect(pages).toHaveLength(SIGNERS.length)
    SIGNERS.forEach((name, i) => expect(bodyText([pages[i]!])).toBe(collapse(toPlainText(invitation(name)))))
    // The fonts are most of a one-page PDF: three invitations in one file weigh far less than three files.
    expect(bytes.length).toBeLessThan(1.5 * (await renderPdf(invitation(SIGNERS[0]!))).length)
  })

  it('refuses an empty list', async () => {
    await expect(renderPdfBundle([])).rejects.toThrow('không có văn bản nào')
  })
})

const all = (root: XmlElement, name: string): XmlElement[] => descendants(root, `w:${name}`)
const child = (element: XmlElement | undefined, name: string) => element?.children.find((c) => c.name === `w:${name}`)
const attr = (element: XmlElement | undefined, name: string) => element?.attributes.get(`w:${name}`) ?? null

const wordText = async (bytes: Uint8Array) => (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value
const sectionsOf = (bytes: Uint8Array) => all(parseXml(Buffer.from(readZip(bytes).get('word/document.xml') ?? new Uint8Array()).toString('utf8')), 'sectPr')

describe('renderDocxBundle', () => {
  let bytes: Uint8Array
  beforeAll(async () => {
    bytes = await renderDocxBundle(MIXED)
  })

  it('reads with mammoth as the documents alone, one after the other, with every Vietnamese letter', async () => {
    const alone = await Promise.all(MIXED.map(async (model) => wordText(await renderDocx(model))))
    const text = await wordText(bytes)
    expect(text).toBe(alone.join(''))
    expect(collapse(text)).toBe(collapse(MIXED.map(toPlainText).join('\n')))
  })

  it('gives each document its sections, starting on a new page and numbering its pages from 1', () => {
    const sections = sectionsOf(bytes)
    // samplePlan: 1, withAnnex: 2 (the document and its annex), draftPlan: 1.
    expect(sections).toHaveLength(4)
    expect(attr(child(sections[0], 'type'), 'val')).toBeNull()
    expect(attr(child(sections[0], 'pgNumType'), 'start')).toBeNull()
    for (const section of sections.slice(1)) {
      expect(attr(child(section, 'type'), 'val')).toBe('nextPage')
      expect(attr(child(section, 'pgNumType'), 'start')).toBe('1')
    }
    for (const section of sections) {
      expect(child(section, 'titlePg')).toBeDefined()
      expect(all(section, 'headerReference').map((h) => attr(h, 'type')).sort()).toEqual(['default', 'first'])
    }
  })

  it('keeps a single document in one section, as renderDocx does', async () => {
    expect(sectionsOf(await renderDocxBundle([invitation(SIGNERS[0]!)]))).toHaveLength(1)
    expect(await wordText(await renderDocxBundle(SIGNERS.map(invitation)))).toBe((await Promise.all(SIGNERS.map(async (n) => wordText(await renderDocx(invitation(n)))))).join(''))
  })

  it('refuses an empty list', async () => {
    await expect(renderDocxBundle([])).rejects.toThrow('không có văn bản nào')
  })
})
