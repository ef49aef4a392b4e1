// The PDF writer: A4, Tinos embedded, lines broken and justified here (PDFKit only draws),
// page numbers centred in the top margin from page 2 on (law.md §8.2). Each annex starts
// on a new page and numbers its own pages, its first page unnumbered. Several documents
// (the invitations of an event, one per invitee) go into one file drawn in one pass: the
// fonts are registered and embedded once, each document starts on a new page and numbers
// its pages as it would alone; a single document is the bundle of one.
import PDFDocument from 'pdfkit'
import type { Annex, Block, DocumentModel } from '../document-model.ts'
import {
  DRAFT_MARK, MOTTO, NATIONAL_NAME, PARTY_NAME, PARTY_SEPARATOR, RECIPIENTS_LABEL,
  annexesOf, issuerLines, normalizeModel, recipientLines, signatureHeadLines, styled, type StyledText,
} from './content.ts'
import { fontName, registerTinos } from './fonts.ts'
import { formatNumberLine, formatPlaceDate } from './format.ts'
import {
  ANNEX_HEAD_GAP_PT, CLOSING_LEFT_WIDTH_MM, DRAFT_MARK_PADDING_PT, FIRST_LINE_INDENT_MM, HEADER_DISTANCE_MM, MARGIN_MM, PAGE_MM, PARAGRAPH_SPACING_PT,
  POINTS_PER_MM, RULE_THICKNESS_PT, SECTION_GAP_PT, SIGNATURE_BLANK_LINES, SIZE, TEXT_WIDTH_MM, headerLeftWidthMm,
  CELL_PADDING_PT, tableColumnWidths,
} from './layout.ts'
import { measureWith, type Measure } from './measure.ts'
import { layoutText, type PlacedPiece, type TextOptions } from './pdf-lines.ts'
import { issuerRuleWidth, mottoRuleWidth, titleRuleWidth } from './rules.ts'

const mm = (value: number) => value * POINTS_PER_MM
const PAGE_HEIGHT = mm(PAGE_MM.height)
const TOP = mm(MARGIN_MM.top)
const BOTTOM = PAGE_HEIGHT - mm(MARGIN_MM.bottom)
const LEFT = mm(MARGIN_MM.left)
const TEXT_WIDTH = mm(TEXT_WIDTH_MM)

// Tinos (= Times New Roman) vertical metrics per unit of font size: ascent 1825, descent 443,
// line gap 87 on 2048 units — a single line is 1.15 × the size, as in Word.
const ASCENT = 1825 / 2048
const DESCENT = 443 / 2048
const LINE = (1825 + 443 + 87) / 2048

const lineHeight = (size: number) => LINE * size

/** Space between a line of text and a rule drawn under it, and below the rule. */
const RULE_GAP = 3

const plain = (text: string, bold = false, italic = false): StyledText[] => [{ text, bold, italic }]

class PdfWriter {
  readonly doc: PDFKit.PDFDocument
  readonly measure: Measure
  /** Top of the next line box, in points from the top edge of the page. */
  y = TOP
  private page = 1

  constructor(doc: PDFKit.PDFDocument) {
    this.doc = doc
    this.measure = measureWith(doc)
  }

  layout(runs: StyledText[], options: TextOptions): PlacedPiece[][] {
    return layoutText(runs, options, this.measure)
  }

  /** Draws one line whose box starts at `top`. */
  drawLine(pieces: PlacedPiece[], x: number, top: number, size: number): void {
    const baseline = top + ASCENT * size
    for (const piece of pieces) {
      this.doc.font(fontName(piece.style)).fontSize(size)
      this.doc.text(piece.text, x + piece.x, baseline, { lineBreak: false, baseline: 'alphabetic' })
    }
  }

  /** Draws lines from `top` without page breaks (header and closing columns); returns the y below them. */
  drawBlock(lines: PlacedPiece[][], x: number, top: number, size: number): number {
    let y = top
    for (const line of lines) {
      this.drawLine(line, x, y, size)
      y += lineHeight(size)
    }
    return y
  }

  /** A horizontal rule centred on `centre`, just under the text whose box ended at `top`. */
  rule(centre: number, top: number, width: number, size: number): number {
    const y = top - (LINE - ASCENT - DESCENT) * size + RULE_GAP
    this.doc.lineWidth(RULE_THICKNESS_PT).moveTo(centre - width / 2, y).lineTo(centre + width / 2, y).stroke()
    return y + RULE_THICKNESS_PT + RULE_GAP
  }

  /** A new page with its number in the top margin; `restart` begins a new numbering (a document or an annex), its first page unnumbered. */
  newPage(restart = false): void {
    this.doc.addPage()
    this.y = TOP
    if (restart) {
      this.page = 1
      return
    }
    this.page += 1
    const text = String(this.page)
    const width = this.measure(text, 'regular', SIZE.pageNumber)
    this.drawLine([{ text, style: 'regular', x: 0 }], LEFT + (TEXT_WIDTH - width) / 2, mm(HEADER_DISTANCE_MM), SIZE.pageNumber)
  }

  /** Moves to a new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.y + height > BOTTOM && this.y > TOP) this.newPage()
  }

  /** Adds space before a block, except at the top of a page. */
  space(points: number): void {
    if (this.y > TOP) this.y += points
  }

  /** Flowing text: lines go on to the next page when they do not fit. */
  flow(lines: PlacedPiece[][], size: number): void {
    for (const line of lines) {
      this.ensure(lineHeight(size))
      this.drawLine(line, LEFT, this.y, size)
      this.y += lineHeight(size)
    }
  }
}

function drawHeader(w: PdfWriter, model: DocumentModel): void {
  const { header } = model
  const party = header.track === 'party'
  const leftWidth = mm(headerLeftWidthMm(header.track))
  const rightWidth = TEXT_WIDTH - leftWidth
  const rightX = LEFT + leftWidth
  const centred = (width: number, size: number): TextOptions => ({ size, width, align: 'center' })
  const issuer = issuerLines(header.issuer)

  let left = TOP
  if (header.governingBody) {
    left = w.drawBlock(w.layout(plain(header.governingBody), centred(leftWidth, SIZE.governingBody)), LEFT, left, SIZE.governingBody)
  }
  for (const line of issuer) {
    left = w.drawBlock(w.layout(plain(line, true), centred(leftWidth, SIZE.issuer)), LEFT, left, SIZE.issuer)
  }
  if (party) {
    left = w.drawBlock(w.layout(plain(PARTY_SEPARATOR), centred(leftWidth, SIZE.issuer)), LEFT, left, SIZE.issuer)
  } else {
    left = w.rule(LEFT + leftWidth / 2, left, issuerRuleWidth(issuer, leftWidth, w.measure), SIZE.issuer)
  }

  let right = TOP
  const rightLines: Array<[string, number]> = party ? [[PARTY_NAME, SIZE.partyName]] : [[NATIONAL_NAME, SIZE.nationalName], [MOTTO, SIZE.motto]]
  for (const [text, size] of rightLines) {
    right = w.drawBlock(w.layout(plain(text, true), centred(rightWidth, size)), rightX, right, size)
  }
  right = w.rule(rightX + rightWidth / 2, right, mottoRuleWidth(header.track, w.measure), SIZE.motto)

  const row = Math.max(left, right) + RULE_GAP
  const numberLine = formatNumberLine(header)
  const numberWidth = w.measure(numberLine, 'regular', SIZE.numberLine)
  const number: PlacedPiece = { text: numberLine, style: 'regular', x: (leftWidth - numberWidth) / 2 }
  const placeDate = formatPlaceDate(header.place, header.date)
  const dateWidth = w.measure(placeDate, 'italic', SIZE.placeDate)
  const date: PlacedPiece = { text: placeDate, style: 'italic', x: (rightWidth - dateWidth) / 2 }
  // The number and the date share a baseline; the number line is one point smaller.
  w.drawLine([number], LEFT, row + (ASCENT * (SIZE.placeDate - SIZE.numberLine)), SIZE.numberLine)
  // A draft: "DỰ THẢO" boxed under the number line (drawn before the date, in reading order).
  const below = model.draft === true ? drawDraftMark(w, LEFT + leftWidth / 2, row + lineHeight(SIZE.placeDate)) : 0
  w.drawLine([date], rightX, row, SIZE.placeDate)
  w.y = Math.max(row + lineHeight(SIZE.placeDate), below)
}

/** "DỰ THẢO" in a box centred on `centre`, below `top`; returns the y under the box. */
function drawDraftMark(w: PdfWriter, centre: number, top: number): number {
  const size = SIZE.draftMark
  const width = w.measure(DRAFT_MARK, 'bold', size)
  const boxTop = top + PARAGRAPH_SPACING_PT
  const textTop = boxTop + DRAFT_MARK_PADDING_PT
  w.drawLine([{ text: DRAFT_MARK, style: 'bold', x: 0 }], centre - width / 2, textTop, size)
  // The box hugs the glyphs (ascent to descent), not the line gap below them.
  const height = (ASCENT + DESCENT) * size + 2 * DRAFT_MARK_PADDING_PT
  const boxWidth = width + 2 * DRAFT_MARK_PADDING_PT + 2
  w.doc.lineWidth(RULE_THICKNESS_PT).rect(centre - boxWidth / 2, boxTop, boxWidth, height).stroke()
  return boxTop + height
}

function drawTitle(w: PdfWriter, model: DocumentModel): void {
  const centred = (size: number): TextOptions => ({ size, width: TEXT_WIDTH, align: 'center' })
  w.y += SECTION_GAP_PT
  w.y = w.drawBlock(w.layout(plain(model.documentType, true), centred(SIZE.documentType)), LEFT, w.y, SIZE.documentType)
  w.y = w.drawBlock(w.layout(plain(model.title, true), centred(SIZE.title)), LEFT, w.y, SIZE.title)
  w.y = w.rule(LEFT + TEXT_WIDTH / 2, w.y, titleRuleWidth(model.title, w.measure), SIZE.title)
  w.y += PARAGRAPH_SPACING_PT
}

const bodyOptions: TextOptions = { size: SIZE.body, width: TEXT_WIDTH, align: 'justify', firstIndent: mm(FIRST_LINE_INDENT_MM) }
const centredOptions: TextOptions = { size: SIZE.body, width: TEXT_WIDTH, align: 'center' }

function headingRuns(block: Extract<Block, { type: 'heading' }>): StyledText[] {
  return plain(block.text, true, block.level === 3)
}

function drawTable(w: PdfWriter, rows: string[][], weights: number[] | undefined): void {
  const columns = Math.max(0, ...rows.map((row) => row.length))
  if (columns === 0) return
  const widths = tableColumnWidths(columns, weights, TEXT_WIDTH)
  const size = SIZE.table
  rows.forEach((row, r) => {
    const cells = widths.map((width, c) =>
      w.layout(plain(row[c] ?? '', r === 0), { size, width: width - 2 * CELL_PADDING_PT.x, align: r === 0 ? 'center' : 'left' }),
    )
    const height = Math.max(...cells.map((lines) => lines.length), 1) * lineHeight(size) + 2 * CELL_PADDING_PT.y
    w.ensure(height)
    let x = LEFT
    cells.forEach((lines, c) => {
      const width = widths[c] ?? 0
      w.drawBlock(lines, x + CELL_PADDING_PT.x, w.y + CELL_PADDING_PT.y, size)
      w.doc.lineWidth(0.5).rect(x, w.y, width, height).stroke()
      x += width
    })
    w.y += height
  })
}

/** Height of the headings that follow a heading and of the first line after them: the heading stays with them. */
function keepWithNext(w: PdfWriter, following: Block[]): number {
  let height = 0
  for (const block of following) {
    if (block.type === 'table') return height
    height += PARAGRAPH_SPACING_PT
    if (block.type !== 'heading') return height + lineHeight(SIZE.body)
    height += w.layout(headingRuns(block), bodyOptions).length * lineHeight(SIZE.body)
  }
  return height
}

function drawBlockContent(w: PdfWriter, block: Block, following: Block[]): void {
  switch (block.type) {
    case 'heading': {
      const lines = w.layout(headingRuns(block), bodyOptions)
      w.space(PARAGRAPH_SPACING_PT)
      w.ensure(lines.length * lineHeight(SIZE.body) + keepWithNext(w, following))
      w.flow(lines, SIZE.body)
      return
    }
    case 'paragraph':
      w.space(PARAGRAPH_SPACING_PT)
      w.flow(w.layout(styled(block.runs), block.align === 'center' ? centredOptions : bodyOptions), SIZE.body)
      return
    case 'item':
      w.space(PARAGRAPH_SPACING_PT)
      w.flow(w.layout([...plain(`${block.marker} `), ...styled(block.runs)], bodyOptions), SIZE.body)
      return
    case 'table':
      drawTable(w, block.rows, block.widths)
      return
  }
}

/** Nơi nhận on the left, the signature on the right, kept together on one page. */
function drawClosing(w: PdfWriter, model: DocumentModel): void {
  const leftWidth = mm(CLOSING_LEFT_WIDTH_MM)
  const rightWidth = TEXT_WIDTH - leftWidth
  const rightX = LEFT + leftWidth
  const left: Array<{ lines: PlacedPiece[][]; size: number }> = []
  if (model.recipients.length > 0) {
    left.push({ lines: w.layout(plain(RECIPIENTS_LABEL, true, true), { size: SIZE.recipientsLabel, width: leftWidth, align: 'left' }), size: SIZE.recipientsLabel })
    const hanging = w.measure('- ', 'regular', SIZE.recipients)
    for (const line of recipientLines(model.recipients)) {
      left.push({ lines: w.layout(plain(line), { size: SIZE.recipients, width: leftWidth, align: 'left', restIndent: hanging }), size: SIZE.recipients })
    }
  }
  const signatureOptions: TextOptions = { size: SIZE.signature, width: rightWidth, align: 'center' }
  const head = signatureHeadLines(model).flatMap((line) => w.layout(plain(line, true), signatureOptions))
  const name = model.signature.name ? w.layout(plain(model.signature.name, true), signatureOptions) : []
  const signatureHeight = (head.length + SIGNATURE_BLANK_LINES + name.length) * lineHeight(SIZE.signature)
  const recipientsHeight = left.reduce((h, part) => h + part.lines.length * lineHeight(part.size), 0)

  w.space(SECTION_GAP_PT)
  w.ensure(Math.max(signatureHeight, recipientsHeight))
  const top = w.y
  let y = top
  for (const part of left) y = w.drawBlock(part.lines, LEFT, y, part.size)
  let right = w.drawBlock(head, rightX, top, SIZE.signature)
  right += SIGNATURE_BLANK_LINES * lineHeight(SIZE.signature)
  right = w.drawBlock(name, rightX, right, SIZE.signature)
  w.y = Math.max(y, right)
}

/** The body blocks in order, a heading kept with what follows it. */
function drawBlocks(w: PdfWriter, blocks: Block[]): void {
  blocks.forEach((block, i) => drawBlockContent(w, block, blocks.slice(i + 1)))
}

/** An annex on a new page: its title in capitals and the reference line, centred, a short rule, then its body. */
function drawAnnex(w: PdfWriter, annex: Annex): void {
  w.newPage(true)
  const centred = (size: number): TextOptions => ({ size, width: TEXT_WIDTH, align: 'center' })
  w.y = w.drawBlock(w.layout(plain(annex.title, true), centred(SIZE.annexTitle)), LEFT, w.y, SIZE.annexTitle)
  if (annex.reference) {
    w.y = w.drawBlock(w.layout(plain(annex.reference, false, true), centred(SIZE.annexReference)), LEFT, w.y, SIZE.annexReference)
  }
  w.y = w.rule(LEFT + TEXT_WIDTH / 2, w.y, titleRuleWidth(annex.title, w.measure), SIZE.annexTitle)
  w.y += ANNEX_HEAD_GAP_PT
  drawBlocks(w, annex.body)
}

/** One document from a new page on: header, title, body, closing, then its annexes. */
function drawDocument(w: PdfWriter, model: DocumentModel): void {
  w.newPage(true)
  drawHeader(w, model)
  drawTitle(w, model)
  drawBlocks(w, model.body)
  drawClosing(w, model)
  for (const annex of annexesOf(model)) drawAnnex(w, annex)
}

/** Several documents in one PDF, in order; the file takes its title from the first. */
export async function renderPdfBundle(inputs: readonly DocumentModel[]): Promise<Uint8Array> {
  const models = inputs.map(normalizeModel)
  const first = models[0]
  if (first === undefined) throw new Error('PDF: không có văn bản nào để in')
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: TOP, bottom: mm(MARGIN_MM.bottom), left: LEFT, right: mm(MARGIN_MM.right) },
    autoFirstPage: false,
    lang: 'vi-VN',
    displayTitle: true,
    info: { Title: `${first.documentType} ${first.title}`, Creator: 'tdkt', Producer: 'tdkt' },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve)
    doc.on('error', reject)
  })
  registerTinos(doc)
  const w = new PdfWriter(doc)
  for (const model of models) drawDocument(w, model)
  doc.end()
  await done
  return new Uint8Array(Buffer.concat(chunks))
}

export function renderPdf(model: DocumentModel): Promise<Uint8Array> {
  return renderPdfBundle([model])
}
