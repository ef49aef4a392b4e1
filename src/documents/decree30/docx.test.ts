// Opens the DOCX with real readers: mammoth for the text, the unzipped WordprocessingML
// for page setup, fonts, sizes and the header.
import mammoth from 'mammoth'
import { beforeAll, describe, expect, it } from 'vitest'
import type { DocumentModel } from '../document-model.ts'
import { renderDocx } from './docx.ts'
import { toPlainText } from './plain-text.ts'
import { draftPlan, partyPlan, samplePlan } from './testing/sample-plan.ts'
import { collapse } from './testing/text.ts'
import { readZip } from './testing/unzip.ts'
import { descendants, parseXml, textOf, type XmlElement } from './testing/xml.ts'

interface Opened {
  text: string
  files: Map<string, string>
  document: XmlElement
}

async function open(model: DocumentModel): Promise<Opened> {
  const bytes = await renderDocx(model)
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) })
  const files = new Map([...readZip(bytes)].map(([name, data]) => [name, Buffer.from(data).toString('utf8')]))
  return { text: value, files, document: parseXml(files.get('word/document.xml') ?? '') }
}

const all = (root: XmlElement | undefined, name: string): XmlElement[] => (root ? descendants(root, `w:${name}`) : [])
const first = (root: XmlElement | undefined, name: string): XmlElement | undefined => all(root, name)[0]
const attr = (element: XmlElement | undefined, name: string): string | null => element?.attributes.get(`w:${name}`) ?? null
const texts = (root: XmlElement | undefined): string[] => all(root, 't').map(textOf)
const children = (element: XmlElement | undefined): XmlElement[] => element?.children ?? []

/** An on/off property (w:b, w:titlePg): present and not switched off. */
const switchedOn = (property: XmlElement | undefined): boolean =>
  property !== undefined && !['false', '0', 'off'].includes(attr(property, 'val') ?? 'true')

const on = (run: XmlElement, name: string): boolean =>
  switchedOn(children(first(run, 'rPr')).find((e) => e.name === `w:${name}`))

function runStyle(run: XmlElement) {
  return {
    size: Number(attr(first(run, 'sz'), 'val')),
    bold: on(run, 'b'),
    italic: on(run, 'i'),
  }
}

/** The run whose text is exactly `text`. */
function runOf(doc: XmlElement, text: string): XmlElement {
  const run = all(doc, 'r').find((r) => texts(r).join('') === text)
  if (run === undefined) throw new Error(`no run "${text}"`)
  return run
}

function paragraphOf(run: XmlElement): XmlElement {
  if (run.parent?.name !== 'w:p') throw new Error('a run outside a paragraph')
  return run.parent
}

describe('renderDocx', () => {
  let sample: Opened
  beforeAll(async () => {
    sample = await open(samplePlan)
  })

  it('reads, with mammoth, exactly as toPlainText', () => {
    expect(collapse(sample.text)).toBe(collapse(toPlainText(samplePlan)))
    for (const phrase of ['Độc lập - Tự do - Hạnh phúc', 'ỦY BAN NHÂN DÂN', 'Nguyễn Đức Soán', 'ngày 05 tháng 02 năm 2025', 'đ) Tổng kết']) {
      expect(collapse(sample.text)).toContain(phrase)
    }
  })

  it('reads exactly as toPlainText for a Party document and for an unnumbered draft', async () => {
    for (const model of [partyPlan, draftPlan]) {
      const { text } = await open(model)
      expect(collapse(text)).toBe(collapse(toPlainText(model)))
    }
  })

  it('sets up an A4 portrait page with Decree 30 margins', () => {
    const twips = (mm: number) => Math.round((mm * 1440) / 25.4)
    const size = first(sample.document, 'pgSz')
    expect([attr(size, 'w'), attr(size, 'h')]).toEqual(['11906', '16838'])
    expect(attr(size, 'orient')).not.toBe('landscape')
    const margin = first(sample.document, 'pgMar')
    expect({ top: attr(margin, 'top'), bottom: attr(margin, 'bottom'), left: attr(margin, 'left'), right: attr(margin, 'right') })
      .toEqual({ top: String(twips(20)), bottom: String(twips(20)), left: String(twips(30)), right: String(twips(15)) })
  })

  it('names Times New Roman on every run, in the body and in the page header', () => {
    const headers = [...sample.files].filter(([name]) => /^word\/header\d+\.xml$/.test(name)).map(([, xml]) => parseXml(xml))
    const runs = [sample.document, ...headers].flatMap((doc) => all(doc, 'r'))
    expect(runs.length).toBeGreaterThan(50)
    for (const run of runs) {
      const fonts = first(run, 'rFonts')
      expect([attr(fonts, 'ascii'), attr(fonts, 'hAnsi'), attr(fonts, 'cs')]).toEqual(['Times New Roman', 'Times New Roman', 'Times New Roman'])
    }
  })

  it('lays out the header as a borderless two-column table with the Decree 30 styles', () => {
    const body = first(sample.document, 'body')
    const table = children(body)[0]
    expect(table?.name).toBe('w:tbl')
    const borders = children(first(table, 'tblBorders'))
    expect(borders.length).toBeGreaterThan(0)
    expect(borders.every((b) => attr(b, 'val') === 'none')).toBe(true)
    const [firstRow, secondRow] = all(table, 'tr')
    const [issuerCell, mottoCell] = all(firstRow, 'tc')
    expect(texts(issuerCell)).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ BÌNH AN'])
    expect(texts(mottoCell)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'])
    expect(texts(secondRow)).toEqual(['Số: 05/KH-UBND', 'Bình An, ngày 05 tháng 02 năm 2025'])

    expect(runStyle(runOf(sample.document, 'ỦY BAN NHÂN DÂN'))).toEqual({ size: 26, bold: true, italic: false })
    expect(runStyle(runOf(sample.document, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toEqual({ size: 26, bold: true, italic: false })
    expect(runStyle(runOf(sample.document, 'Độc lập - Tự do - Hạnh phúc'))).toEqual({ size: 28, bold: true, italic: false })
    expect(runStyle(runOf(sample.document, 'Số: 05/KH-UBND'))).toEqual({ size: 26, bold: false, italic: false })
    expect(runStyle(runOf(sample.document, 'Bình An, ngày 05 tháng 02 năm 2025'))).toEqual({ size: 28, bold: false, italic: true })
  })

  it('draws a short rule under the issuer and one as long as the motto under it', () => {
    const table = first(sample.document, 'tbl')
    const [issuerCell, mottoCell] = all(first(table, 'tr'), 'tc')
    const ruleOf = (cell: XmlElement | undefined) => {
      const paragraph = all(cell, 'p').find((p) => first(p, 'pBdr') !== undefined)
      expect(attr(first(first(paragraph, 'pBdr'), 'bottom'), 'val')).toBe('single')
      const width = Number(attr(first(cell, 'tcW'), 'w'))
      const indent = first(paragraph, 'ind')
      return width - Number(attr(indent, 'left')) - Number(attr(indent, 'right'))
    }
    const issuerWidth = Number(attr(first(issuerCell, 'tcW'), 'w'))
    const issuerRule = ruleOf(issuerCell)
    expect(issuerRule).toBeGreaterThan(0)
    expect(issuerRule).toBeLessThan(issuerWidth / 2)
    // "Độc lập - Tự do - Hạnh phúc" in 14 pt bold Times New Roman is about 171 pt = 3430 twips.
    expect(ruleOf(mottoCell)).toBeGreaterThan(3300)
    expect(ruleOf(mottoCell)).toBeLessThan(3550)
  })

  it('prints the type and the title bold and centred, the body justified with a first-line indent', () => {
    const type = runOf(sample.document, 'KẾ HOẠCH')
    expect(runStyle(type)).toEqual({ size: 28, bold: true, italic: false })
    expect(attr(first(paragraphOf(type), 'jc'), 'val')).toBe('center')
    expect(runStyle(runOf(sample.document, samplePlan.title))).toEqual({ size: 28, bold: true, italic: false })

    const opening = all(sample.document, 'r').find((r) => texts(r).join('').startsWith('Thực hiện Kế hoạch số 216/KH-UBND'))
    if (opening === undefined) throw new Error('no opening paragraph')
    expect(runStyle(opening)).toEqual({ size: 28, bold: false, italic: false })
    const paragraph = paragraphOf(opening)
    expect(attr(first(paragraph, 'jc'), 'val')).toBe('both')
    expect(Number(attr(first(paragraph, 'ind'), 'firstLine'))).toBeCloseTo(567, -1)
    const spacing = first(paragraph, 'spacing')
    expect(Number(attr(spacing, 'before')) + Number(attr(spacing, 'after'))).toBeGreaterThanOrEqual(120)
    expect(Number(attr(spacing, 'line'))).toBeGreaterThanOrEqual(240)
    expect(Number(attr(spacing, 'line'))).toBeLessThanOrEqual(360)

    expect(runStyle(runOf(sample.document, 'I. MỤC ĐÍCH, YÊU CẦU'))).toEqual({ size: 28, bold: true, italic: false })
    expect(runStyle(runOf(sample.document, 'a) Tham mưu tổ chức phát động'))).toEqual({ size: 28, bold: true, italic: true })
    expect(runStyle(runOf(sample.document, 'kịp thời, chính xác, công khai, minh bạch'))).toMatchObject({ bold: true })
    expect(runOf(sample.document, 'đ) ')).toBeDefined()
  })

  it('gives body tables thin borders and a bold header row', () => {
    const table = all(sample.document, 'tbl').find((t) => texts(t).includes('Nhóm tiêu chí'))
    expect(children(first(table, 'tblBorders')).every((b) => attr(b, 'val') === 'single')).toBe(true)
    expect(runStyle(runOf(sample.document, 'Nhóm tiêu chí')).bold).toBe(true)
    expect(runStyle(runOf(sample.document, 'Quốc phòng, an ninh, trật tự an toàn xã hội')).bold).toBe(false)
  })

  it('closes with Nơi nhận on the left and the signature on the right', () => {
    const tables = all(sample.document, 'tbl')
    const closing = tables[tables.length - 1]
    const [left, right] = all(closing, 'tc')
    expect(texts(left)[0]).toBe('Nơi nhận:')
    expect(runStyle(runOf(sample.document, 'Nơi nhận:'))).toEqual({ size: 24, bold: true, italic: true })
    expect(runStyle(runOf(sample.document, '- Phòng Nội vụ huyện;'))).toEqual({ size: 22, bold: false, italic: false })
    expect(runStyle(runOf(sample.document, '- Lưu: VT.'))).toEqual({ size: 22, bold: false, italic: false })
    expect(texts(right)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Đức Soán'])
    expect(runStyle(runOf(sample.document, 'CHỦ TỊCH'))).toEqual({ size: 28, bold: true, italic: false })
    expect(runStyle(runOf(sample.document, 'Nguyễn Đức Soán'))).toEqual({ size: 28, bold: true, italic: false })
    // Blank lines between the title and the name leave room for the signature and the seal.
    expect(all(right, 'p').filter((p) => all(p, 't').length === 0).length).toBeGreaterThanOrEqual(3)
    expect(switchedOn(first(first(closing, 'tr'), 'cantSplit'))).toBe(true)
  })

  it('numbers pages in the header, centred, except on the first page', () => {
    const section = first(sample.document, 'sectPr')
    expect(switchedOn(first(section, 'titlePg'))).toBe(true)
    const rels = parseXml(sample.files.get('word/_rels/document.xml.rels') ?? '')
    const target = (type: string) => {
      const id = all(section, 'headerReference').find((h) => attr(h, 'type') === type)?.attributes.get('r:id')
      const rel = descendants(rels, 'Relationship').find((r) => r.attributes.get('Id') === id)
      return parseXml(sample.files.get(`word/${rel?.attributes.get('Target')}`) ?? '')
    }
    const pageField = (doc: XmlElement) =>
      all(doc, 'instrText').some((i) => textOf(i).trim() === 'PAGE') ||
      all(doc, 'fldSimple').some((f) => attr(f, 'instr')?.trim() === 'PAGE')
    const running = target('default')
    expect(pageField(running)).toBe(true)
    expect(attr(first(running, 'jc'), 'val')).toBe('center')
    expect(pageField(target('first'))).toBe(false)
  })

  it('prints the Party name with a rule and the asterisk under the issuer for Party documents', async () => {
    const { document } = await open(partyPlan)
    const table = first(document, 'tbl')
    const [issuerCell, nameCell] = all(first(table, 'tr'), 'tc')
    expect(texts(issuerCell)).toEqual(['ĐẢNG BỘ HUYỆN BÌNH SƠN', 'ĐẢNG ỦY XÃ BÌNH CHƯƠNG', '*'])
    expect(runStyle(runOf(document, 'ĐẢNG BỘ HUYỆN BÌNH SƠN'))).toEqual({ size: 26, bold: false, italic: false })
    expect(texts(nameCell)).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM'])
    expect(runStyle(runOf(document, 'ĐẢNG CỘNG SẢN VIỆT NAM')).bold).toBe(true)
    expect(all(nameCell, 'pBdr')).toHaveLength(1)
    expect(runOf(document, 'Số 05-KH/ĐU')).toBeDefined()
  })

  it('keeps the blanks of an unnumbered, undated draft, with space preserved', async () => {
    const { document } = await open(draftPlan)
    for (const blank of ['Số:      /KH-HĐTĐKT', 'Bình Thành, ngày     tháng     năm 20…']) {
      const text = all(runOf(document, blank), 't')[0]
      expect(text?.attributes.get('xml:space')).toBe('preserve')
    }
    expect(runStyle(runOf(document, 'UBND XÃ BÌNH THÀNH'))).toEqual({ size: 26, bold: false, italic: false })
  })
})
