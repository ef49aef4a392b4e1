// Opens the PDF with pdf.js (through unpdf): the text with every Vietnamese letter, and the
// positions of the header, the page numbers and the closing block.
import { extractTextItems, type StructuredTextItem } from 'unpdf'
import { beforeAll, describe, expect, it } from 'vitest'
import type { DocumentModel } from '../document-model.ts'
import { renderPdf } from './pdf.ts'
import { toPlainText } from './plain-text.ts'
import { draftPlan, partyPlan, samplePlan } from './testing/sample-plan.ts'
import { collapse } from './testing/text.ts'

const MM = 72 / 25.4
const PAGE = { width: 210 * MM, height: 297 * MM }
const MARGIN = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM }

interface Opened {
  bytes: Uint8Array
  pages: StructuredTextItem[][]
}

async function open(model: DocumentModel): Promise<Opened> {
  const bytes = await renderPdf(model)
  // pdf.js takes ownership of the buffer it reads, so it gets a copy.
  const { items } = await extractTextItems(bytes.slice())
  return { bytes, pages: items }
}

/** Items in the top margin: the running head, i.e. the page number. */
const inTopMargin = (item: StructuredTextItem) => item.y > PAGE.height - MARGIN.top
const visible = (item: StructuredTextItem) => item.str.trim() !== ''

/** The text as pdf.js reads it, page numbers left out. */
function bodyText(pages: StructuredTextItem[][]): string {
  return pages.map((items) => items.filter((i) => !inTopMargin(i)).map((i) => i.str + (i.hasEOL ? '\n' : '')).join('')).join('\n')
}

function itemOn(items: StructuredTextItem[] | undefined, text: string): StructuredTextItem {
  const item = items?.find((i) => collapse(i.str).includes(text))
  if (item === undefined) throw new Error(`"${text}" not found`)
  return item
}

describe('renderPdf', () => {
  let sample: Opened
  beforeAll(async () => {
    sample = await open(samplePlan)
  })

  it('keeps every word and diacritic: pdf.js reads exactly toPlainText, page numbers aside', () => {
    const text = collapse(bodyText(sample.pages))
    expect(text).toBe(collapse(toPlainText(samplePlan)))
    for (const phrase of ['Độc lập - Tự do - Hạnh phúc', 'ỦY BAN NHÂN DÂN', 'Nguyễn Đức Soán', 'ngày 05 tháng 02 năm 2025', 'đ) Tổng kết']) {
      expect(text).toContain(phrase)
    }
  })

  it('reads exactly as toPlainText for a Party document and for an unnumbered draft', async () => {
    for (const model of [partyPlan, draftPlan]) {
      const { pages } = await open(model)
      expect(collapse(bodyText(pages))).toBe(collapse(toPlainText(model)))
    }
  })

  it('embeds the four Tinos faces as TrueType fonts with the document language', () => {
    const raw = Buffer.from(sample.bytes).toString('latin1')
    for (const face of ['Tinos-Regular', 'Tinos-Bold', 'Tinos-Italic', 'Tinos-BoldItalic']) {
      expect(raw).toMatch(new RegExp(`/BaseFont /[A-Z]{6}\\+${face}\\b`))
    }
    expect(raw.match(/\/FontFile2 /g)).toHaveLength(4)
    expect(raw).toContain('/Lang (vi-VN)')
  })

  it('sets the issuer on the left, the motto on the right, both above the title', () => {
    const page = sample.pages[0]
    const issuer = itemOn(page, 'ỦY BAN NHÂN DÂN')
    const nationalName = itemOn(page, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    const motto = itemOn(page, 'Độc lập - Tự do - Hạnh phúc')
    const number = itemOn(page, 'Số: 05/KH-UBND')
    const date = itemOn(page, 'Bình An, ngày 05 tháng 02 năm 2025')
    const type = itemOn(page, 'KẾ HOẠCH')
    const title = itemOn(page, 'Tổ chức phong trào thi đua')

    expect(issuer.x).toBeGreaterThanOrEqual(MARGIN.left)
    expect(motto.x).toBeGreaterThan(issuer.x + issuer.width)
    expect(nationalName.x + nationalName.width).toBeLessThanOrEqual(PAGE.width - MARGIN.right + 0.5)
    // The issuer's first line is level with the national name, at the top margin.
    expect(Math.abs(issuer.y - nationalName.y)).toBeLessThan(0.5)
    expect(issuer.y).toBeLessThan(PAGE.height - MARGIN.top)
    expect(motto.y).toBeLessThan(nationalName.y)
    // The number and the date share a line, under the issuer and the motto.
    expect(Math.abs(number.y - date.y)).toBeLessThan(0.5)
    expect(number.y).toBeLessThan(motto.y)
    expect(date.x).toBeGreaterThan(number.x + number.width)
    // The number is centred under the issuer, the date under the motto.
    expect(Math.abs(number.x + number.width / 2 - (issuer.x + issuer.width / 2))).toBeLessThan(1)
    expect(Math.abs(date.x + date.width / 2 - (motto.x + motto.width / 2))).toBeLessThan(1)
    expect(type.y).toBeLessThan(date.y)
    expect(title.y).toBeLessThan(type.y)
    expect(motto.y).toBeGreaterThan(title.y)
    // The type is centred on the text width.
    expect(Math.abs(type.x + type.width / 2 - (MARGIN.left + (PAGE.width - MARGIN.left - MARGIN.right) / 2))).toBeLessThan(1)
    expect(type.fontSize).toBeCloseTo(14, 1)
    expect(number.fontSize).toBeCloseTo(13, 1)
  })

  it('indents the first line of body paragraphs by about 1 cm and justifies the others to both margins', () => {
    const page = sample.pages[0] ?? []
    const first = itemOn(page, 'Thực hiện Kế hoạch số 216/KH-UBND')
    expect(first.x - MARGIN.left).toBeCloseTo(10 * MM, 0)
    expect(first.fontSize).toBeCloseTo(14, 1)
    const next = page[page.indexOf(first) + 1]
    expect(next?.x).toBeCloseTo(MARGIN.left, 0)
    expect((next?.x ?? 0) + (next?.width ?? 0)).toBeCloseTo(PAGE.width - MARGIN.right, -1)
  })

  it('runs over several pages, numbering them in the top margin from page 2', () => {
    expect(sample.pages.length).toBeGreaterThan(1)
    expect(sample.pages[0]?.filter(inTopMargin).filter(visible)).toEqual([])
    sample.pages.slice(1).forEach((items, i) => {
      const head = items.filter(inTopMargin).filter(visible)
      expect(head.map((item) => item.str.trim())).toEqual([String(i + 2)])
      const number = head[0] as StructuredTextItem
      const centre = MARGIN.left + (PAGE.width - MARGIN.left - MARGIN.right) / 2
      expect(Math.abs(number.x + number.width / 2 - centre)).toBeLessThan(1)
    })
    // Body text stays within the page margins.
    for (const item of sample.pages.flat().filter((i) => !inTopMargin(i)).filter(visible)) {
      expect(item.y).toBeGreaterThan(MARGIN.bottom)
      expect(item.x).toBeGreaterThanOrEqual(MARGIN.left - 0.5)
    }
  })

  it('ends with Nơi nhận at the left and the signer at the right of the last page', () => {
    const last = sample.pages[sample.pages.length - 1]
    const label = itemOn(last, 'Nơi nhận:')
    const recipient = itemOn(last, '- Lưu: VT.')
    const authority = itemOn(last, 'TM. ỦY BAN NHÂN DÂN')
    const name = itemOn(last, 'Nguyễn Đức Soán')
    expect(label.x).toBeCloseTo(MARGIN.left, 0)
    expect(recipient.x).toBeCloseTo(MARGIN.left, 0)
    expect(label.fontSize).toBeCloseTo(12, 1)
    expect(recipient.fontSize).toBeCloseTo(11, 1)
    expect(name.x).toBeGreaterThan(PAGE.width / 2)
    expect(authority.x).toBeGreaterThan(label.x + label.width)
    expect(Math.abs(authority.y - label.y)).toBeLessThan(3)
    // Room for the signature: at least three lines between the title and the name.
    const title = itemOn(last, 'CHỦ TỊCH')
    expect(title.y - name.y).toBeGreaterThan(3 * 14)
  })

  it('prints the Party name at the right and the Party number at the left', async () => {
    const { pages } = await open(partyPlan)
    const page = pages[0]
    const issuer = itemOn(page, 'ĐẢNG ỦY XÃ BÌNH CHƯƠNG')
    const party = itemOn(page, 'ĐẢNG CỘNG SẢN VIỆT NAM')
    const number = itemOn(page, 'Số 05-KH/ĐU')
    expect(party.x).toBeGreaterThan(issuer.x + issuer.width)
    expect(party.y).toBeGreaterThan(number.y)
    expect(number.x + number.width).toBeLessThan(party.x)
  })
})
