// The model's optional parts — centred body lines, the draft mark, annexes after the signature — read back
// from the three outputs: plain text, the DOCX (mammoth for the text, document.xml for alignment, the box
// and the sections) and the PDF (pdf.js per page: where the annexes start and how their pages are numbered).
import mammoth from 'mammoth'
import { extractTextItems, type StructuredTextItem } from 'unpdf'
import { beforeAll, describe, expect, it } from 'vitest'
import type { DocumentModel } from '../document-model.ts'
import { renderDocx } from './docx.ts'
import { renderPdf } from './pdf.ts'
import { toPlainText } from './plain-text.ts'
import { samplePlan } from './testing/sample-plan.ts'
import { collapse } from './testing/text.ts'
import { readZip } from './testing/unzip.ts'
import { descendants, parseXml, textOf, type XmlElement } from './testing/xml.ts'

const REFERENCE = '(Kèm theo Quyết định số 12/QĐ-UBND ngày 20 tháng 12 năm 2025 của Chủ tịch Ủy ban nhân dân xã Bình An)'

/** A draft decision: centred lines in the body, a long list as its first annex (two pages), a short second one. */
const decision: DocumentModel = {
  ...samplePlan,
  header: { ...samplePlan.header, number: null, symbol: 'QĐ-UBND' },
  documentType: 'QUYẾT ĐỊNH',
  title: 'Về việc tặng Giấy khen năm 2025',
  draft: true,
  body: [
    { type: 'paragraph', runs: [{ text: 'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH AN', bold: true }], align: 'center' },
    { type: 'paragraph', runs: [{ text: 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;', italic: true }] },
    { type: 'paragraph', runs: [{ text: 'QUYẾT ĐỊNH:', bold: true }], align: 'center' },
    { type: 'paragraph', runs: [{ text: 'Điều 1. ', bold: true }, 'Tặng Giấy khen cho 60 cá nhân (có danh sách kèm theo)./.'] },
  ],
  recipients: ['Như Điều 3', 'Lưu: VT'],
  annexes: [
    {
      title: 'Danh sách cá nhân được tặng Giấy khen',
      reference: REFERENCE,
      body: [
        {
          type: 'table',
          widths: [1, 5, 5],
          rows: [['STT', 'Họ và tên', 'Đơn vị'], ...Array.from({ length: 60 }, (_, i) => [String(i + 1), `Nguyễn Văn Số ${i + 1}`, 'Trường Tiểu học Bình An'])],
        },
        { type: 'paragraph', runs: [{ text: '(*) Ghi chú cuối danh sách.', italic: true }] },
      ],
    },
    { title: 'DANH SÁCH TẬP THỂ ĐƯỢC TẶNG GIẤY KHEN', body: [{ type: 'table', rows: [['STT', 'Tên tập thể'], ['1', 'Thôn Kim Sơn']] }] },
  ],
}

const lines = (model: DocumentModel) => toPlainText(model).trimEnd().split('\n')

describe('toPlainText with centred lines, a draft mark and annexes', () => {
  it('reads "DỰ THẢO" after the number line, the centred lines in place, each annex after the signature', () => {
    const text = lines(decision)
    expect(text.slice(4, 7)).toEqual(['Số:      /QĐ-UBND', 'DỰ THẢO', 'Bình An, ngày 05 tháng 02 năm 2025'])
    expect(text.slice(9, 13)).toEqual(['CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH AN', 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;', 'QUYẾT ĐỊNH:', 'Điều 1. Tặng Giấy khen cho 60 cá nhân (có danh sách kèm theo)./.'])
    const name = text.indexOf('Nguyễn Đức Soán')
    // The annex title is printed in capitals whatever the model wrote.
    expect(text.slice(name + 1, name + 5)).toEqual(['DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN', REFERENCE, 'STT', 'Họ và tên'])
    expect(text.slice(-5)).toEqual(['DANH SÁCH TẬP THỂ ĐƯỢC TẶNG GIẤY KHEN', 'STT', 'Tên tập thể', '1', 'Thôn Kim Sơn'])
  })

  it('adds nothing to a document without them', () => {
    expect(toPlainText({ ...samplePlan, draft: false, annexes: [] })).toBe(toPlainText(samplePlan))
    expect(toPlainText(samplePlan)).not.toContain('DỰ THẢO')
  })
})

const all = (root: XmlElement, name: string): XmlElement[] => descendants(root, `w:${name}`)
const child = (element: XmlElement | undefined, name: string) => element?.children.find((c) => c.name === `w:${name}`)
const attr = (element: XmlElement | undefined, name: string) => element?.attributes.get(`w:${name}`) ?? null

describe('renderDocx with centred lines, a draft mark and annexes', () => {
  let text: string
  let body: XmlElement
  let paragraphs: XmlElement[]
  /** The body paragraph whose text is exactly `text`. */
  const paragraph = (wanted: string) => {
    const found = paragraphs.find((p) => all(p, 't').map(textOf).join('') === wanted)
    if (found === undefined) throw new Error(`no paragraph "${wanted}"`)
    return found
  }

  beforeAll(async () => {
    const bytes = await renderDocx(decision)
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value
    const xml = Buffer.from(readZip(bytes).get('word/document.xml') ?? new Uint8Array()).toString('utf8')
    body = all(parseXml(xml), 'body')[0]!
    paragraphs = all(body, 'p')
  })

  it('reads, with mammoth, exactly as toPlainText', () => {
    expect(collapse(text)).toBe(collapse(toPlainText(decision)))
  })

  it('centres the centred lines without the first-line indent, and justifies the others with it', () => {
    for (const line of ['CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH AN', 'QUYẾT ĐỊNH:']) {
      const pPr = child(paragraph(line), 'pPr')
      expect(attr(child(pPr, 'jc'), 'val')).toBe('center')
      expect(attr(child(pPr, 'ind'), 'firstLine')).toBeNull()
    }
    const basis = child(paragraph('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;'), 'pPr')
    expect(attr(child(basis, 'jc'), 'val')).toBe('both')
    expect(Number(attr(child(basis, 'ind'), 'firstLine'))).toBeGreaterThan(500)
  })

  it('boxes "DỰ THẢO" in bold under the number line', () => {
    const mark = paragraph('DỰ THẢO')
    const borders = child(child(mark, 'pPr'), 'pBdr')
    expect(borders?.children.map((b) => b.name).sort()).toEqual(['w:bottom', 'w:left', 'w:right', 'w:top'])
    expect(child(child(all(mark, 'r')[0], 'rPr'), 'b')).toBeDefined()
    // In the header table's cell of the number line.
    const cell = mark.parent
    expect(cell?.name).toBe('w:tc')
    expect(cell?.children.filter((c) => c.name === 'w:p').map((p) => all(p, 't').map(textOf).join(''))).toEqual(['Số:      /QĐ-UBND', 'DỰ THẢO'])
  })

  it('puts each annex in a section of its own that starts on a new page and numbers its pages from 1', () => {
    const sections = all(body, 'sectPr')
    expect(sections).toHaveLength(3)
    // The first section (the decision) closes in the paragraph after the signature, before the first annex.
    const closing = paragraphs.findIndex((p) => child(child(p, 'pPr'), 'sectPr') !== undefined)
    expect(closing).toBeGreaterThan(paragraphs.indexOf(paragraph('Nguyễn Đức Soán')))
    expect(closing).toBeLessThan(paragraphs.indexOf(paragraph('DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN')))
    expect(attr(child(sections[0], 'type'), 'val')).toBeNull()
    expect(attr(child(sections[0], 'pgNumType'), 'start')).toBeNull()
    for (const section of sections.slice(1)) {
      expect(attr(child(section, 'type'), 'val')).toBe('nextPage')
      expect(attr(child(section, 'pgNumType'), 'start')).toBe('1')
      expect(child(section, 'titlePg')).toBeDefined()
    }
  })

  it('centres the annex title in bold and the reference line in italic', () => {
    const title = paragraph('DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN')
    const reference = paragraph(REFERENCE)
    expect(attr(child(child(title, 'pPr'), 'jc'), 'val')).toBe('center')
    expect(attr(child(child(reference, 'pPr'), 'jc'), 'val')).toBe('center')
    expect(child(child(all(title, 'r')[0], 'rPr'), 'b')).toBeDefined()
    expect(child(child(all(reference, 'r')[0], 'rPr'), 'i')).toBeDefined()
  })

  it('keeps a document without them in one section, with no box', async () => {
    const bytes = await renderDocx(samplePlan)
    const xml = Buffer.from(readZip(bytes).get('word/document.xml') ?? new Uint8Array()).toString('utf8')
    expect(all(parseXml(xml), 'sectPr')).toHaveLength(1)
    expect(all(parseXml(xml), 'pBdr').filter((b) => child(b, 'top') !== undefined)).toEqual([])
  })
})

const MM = 72 / 25.4
const PAGE = { width: 210 * MM, height: 297 * MM }
const MARGIN = { top: 20 * MM, left: 30 * MM, right: 15 * MM }
const CENTRE = MARGIN.left + (PAGE.width - MARGIN.left - MARGIN.right) / 2
const inTopMargin = (item: StructuredTextItem) => item.y > PAGE.height - MARGIN.top
const visible = (item: StructuredTextItem) => item.str.trim() !== ''
const pageText = (items: StructuredTextItem[]) => collapse(items.filter((i) => !inTopMargin(i)).map((i) => i.str + (i.hasEOL ? '\n' : '')).join(''))
const runningHead = (items: StructuredTextItem[]) => items.filter(inTopMargin).filter(visible).map((i) => i.str.trim())

describe('renderPdf with centred lines, a draft mark and annexes', () => {
  let pages: StructuredTextItem[][]
  const itemOn = (items: StructuredTextItem[] | undefined, text: string) => {
    const item = items?.find((i) => collapse(i.str).includes(text))
    if (item === undefined) throw new Error(`"${text}" not found`)
    return item
  }
  const pageOf = (text: string) => pages.findIndex((items) => pageText(items).includes(text))

  beforeAll(async () => {
    pages = (await extractTextItems((await renderPdf(decision)).slice())).items
  })

  it('reads, with pdf.js, exactly as toPlainText, page numbers aside', () => {
    expect(collapse(pages.map(pageText).join('\n'))).toBe(collapse(toPlainText(decision)))
  })

  it('centres the centred lines on the text width', () => {
    for (const line of ['CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH AN', 'QUYẾT ĐỊNH:']) {
      const item = itemOn(pages[0], line)
      expect(Math.abs(item.x + item.width / 2 - CENTRE)).toBeLessThan(1)
    }
  })

  it('prints "DỰ THẢO" under the number line, centred under it', () => {
    const number = itemOn(pages[0], 'Số:')
    const mark = itemOn(pages[0], 'DỰ THẢO')
    expect(mark.y).toBeLessThan(number.y)
    expect(mark.y).toBeGreaterThan(itemOn(pages[0], 'QUYẾT ĐỊNH').y)
    expect(mark.fontSize).toBeCloseTo(13, 1)
    const issuer = itemOn(pages[0], 'ỦY BAN NHÂN DÂN')
    expect(Math.abs(mark.x + mark.width / 2 - (issuer.x + issuer.width / 2))).toBeLessThan(1)
  })

  it('starts each annex on a new page after the signature, numbering its pages anew from its second page', () => {
    const signature = pageOf('Nguyễn Đức Soán')
    const first = pageOf('DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN')
    const second = pageOf('DANH SÁCH TẬP THỂ ĐƯỢC TẶNG GIẤY KHEN')
    expect(first).toBe(signature + 1)
    // The first annex runs over two pages; the second starts on a page of its own.
    expect(pageOf('(*) Ghi chú cuối danh sách.')).toBe(first + 1)
    expect(second).toBe(first + 2)
    expect(second).toBe(pages.length - 1)
    // The annex head: the title at the top of the page, then the reference, both centred.
    const title = itemOn(pages[first], 'DANH SÁCH CÁ NHÂN')
    const reference = itemOn(pages[first], '(Kèm theo Quyết định số 12/QĐ-UBND')
    expect(title.y).toBeGreaterThan(PAGE.height - MARGIN.top - 20)
    expect(reference.y).toBeLessThan(title.y)
    expect(Math.abs(title.x + title.width / 2 - CENTRE)).toBeLessThan(1)
    expect(Math.abs(reference.x + reference.width / 2 - CENTRE)).toBeLessThan(1)
    // Page numbers: the decision's from its page 2; each annex's first page none, its next page "2".
    expect(runningHead(pages[0]!)).toEqual([])
    expect(runningHead(pages[first]!)).toEqual([])
    expect(runningHead(pages[first + 1]!)).toEqual(['2'])
    expect(runningHead(pages[second]!)).toEqual([])
  })
})
