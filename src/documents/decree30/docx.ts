// The DOCX writer: A4 with Decree 30 margins, Times New Roman on every run, the header and
// the closing as borderless two-column tables, page numbers centred in the header from page 2.
// Each annex is a section of its own: it starts on a new page and numbers its pages from 1.
// Several documents (the invitations of an event, one per invitee) make one Word document
// whose sections follow one another: each document starts on a new page and numbers its
// pages as it would alone; a single document is the bundle of one.
import {
  AlignmentType, BorderStyle, Document, Header, LineRuleType, Packer, PageNumber, PageOrientation, Paragraph, SectionType, Table,
  TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType, type FileChild, type ISectionOptions,
} from 'docx'
import type { Annex, Block, DocumentModel } from '../document-model.ts'
import {
  DRAFT_MARK, MOTTO, NATIONAL_NAME, PARTY_NAME, PARTY_SEPARATOR, RECIPIENTS_LABEL,
  annexesOf, issuerLines, normalizeModel, recipientLines, signatureHeadLines, styled, type StyledText,
} from './content.ts'
import { SINGLE, cell, centred, layoutTable, rule, run, runs, twip, twipMm } from './docx-parts.ts'
import { formatNumberLine, formatPlaceDate } from './format.ts'
import {
  ANNEX_HEAD_GAP_PT, CLOSING_LEFT_WIDTH_MM, DRAFT_MARK_PADDING_PT, FIRST_LINE_INDENT_MM, FONT_FAMILY, HEADER_DISTANCE_MM, MARGIN_MM, PAGE_MM, PARAGRAPH_SPACING_PT,
  POINTS_PER_MM, RULE_THICKNESS_PT, SECTION_GAP_PT, SIGNATURE_BLANK_LINES, SIZE, TEXT_WIDTH_MM, headerLeftWidthMm,
  CELL_PADDING_PT, tableColumnWidths,
} from './layout.ts'
import { sharedMeasure } from './measure.ts'
import { issuerRuleWidth, mottoRuleWidth, titleRuleWidth } from './rules.ts'

const TEXT_WIDTH = TEXT_WIDTH_MM * POINTS_PER_MM
const BOLD = { bold: true } as const
/** Space between the rules of the header and the number and date line. */
const HEADER_ROW_GAP_PT = 6

/** "DỰ THẢO" in a box hugging the text, centred in a column `within` points wide. */
function draftMark(within: number): Paragraph {
  const width = sharedMeasure()(DRAFT_MARK, 'bold', SIZE.draftMark)
  const side = twip(Math.max(0, (within - width) / 2))
  const border = { style: BorderStyle.SINGLE, size: Math.round(RULE_THICKNESS_PT * 8), color: '000000', space: DRAFT_MARK_PADDING_PT } as const
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { ...SINGLE, before: twip(PARAGRAPH_SPACING_PT + DRAFT_MARK_PADDING_PT) },
    border: { top: border, bottom: border, left: border, right: border },
    children: [run(DRAFT_MARK, SIZE.draftMark, BOLD)],
  })
}

function header(model: DocumentModel): Table {
  const { header } = model
  const measure = sharedMeasure()
  const party = header.track === 'party'
  const leftWidth = headerLeftWidthMm(header.track) * POINTS_PER_MM
  const rightWidth = TEXT_WIDTH - leftWidth
  const issuer = issuerLines(header.issuer)
  const left = [
    ...(header.governingBody ? [centred(header.governingBody, SIZE.governingBody)] : []),
    ...issuer.map((line) => centred(line, SIZE.issuer, BOLD)),
    party ? centred(PARTY_SEPARATOR, SIZE.issuer) : rule(issuerRuleWidth(issuer, leftWidth, measure), leftWidth),
  ]
  const right = [
    ...(party
      ? [centred(PARTY_NAME, SIZE.partyName, BOLD)]
      : [centred(NATIONAL_NAME, SIZE.nationalName, BOLD), centred(MOTTO, SIZE.motto, BOLD)]),
    rule(mottoRuleWidth(header.track, measure), rightWidth),
  ]
  return layoutTable([leftWidth, rightWidth], [
    [cell(leftWidth, left), cell(rightWidth, right)],
    [
      cell(leftWidth, [
        centred(formatNumberLine(header), SIZE.numberLine, { before: HEADER_ROW_GAP_PT }),
        ...(model.draft === true ? [draftMark(leftWidth)] : []),
      ]),
      cell(rightWidth, [centred(formatPlaceDate(header.place, header.date), SIZE.placeDate, { italic: true, before: HEADER_ROW_GAP_PT })]),
    ],
  ])
}

function titleBlock(model: DocumentModel): Paragraph[] {
  const keep = (text: string, before: number) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { ...SINGLE, before: twip(before) },
      children: [run(text, SIZE.title, BOLD)],
    })
  return [
    keep(model.documentType, SECTION_GAP_PT),
    keep(model.title, 0),
    rule(titleRuleWidth(model.title, sharedMeasure()), TEXT_WIDTH),
  ]
}

function bodyParagraph(parts: StyledText[], keepNext = false, centre = false): Paragraph {
  return new Paragraph({
    alignment: centre ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    ...(centre ? {} : { indent: { firstLine: twipMm(FIRST_LINE_INDENT_MM) } }),
    spacing: { ...SINGLE, before: twip(PARAGRAPH_SPACING_PT) },
    keepNext,
    children: runs(parts, SIZE.body),
  })
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const

function bodyTable(rows: string[][], weights: number[] | undefined): Table | null {
  const columns = Math.max(0, ...rows.map((row) => row.length))
  if (columns === 0) return null
  const widths = tableColumnWidths(columns, weights, TEXT_WIDTH)
  return new Table({
    width: { size: twip(TEXT_WIDTH), type: WidthType.DXA },
    columnWidths: widths.map(twip),
    layout: TableLayoutType.FIXED,
    borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
    margins: { top: twip(CELL_PADDING_PT.y), bottom: twip(CELL_PADDING_PT.y), left: twip(CELL_PADDING_PT.x), right: twip(CELL_PADDING_PT.x) },
    rows: rows.map(
      (row, r) =>
        new TableRow({
          children: widths.map(
            (width, c) =>
              new TableCell({
                width: { size: twip(width), type: WidthType.DXA },
                verticalAlign: VerticalAlign.TOP,
                children: [
                  new Paragraph({
                    alignment: r === 0 ? AlignmentType.CENTER : AlignmentType.LEFT,
                    spacing: SINGLE,
                    children: [run(row[c] ?? '', SIZE.table, { bold: r === 0 })],
                  }),
                ],
              }),
          ),
        }),
    ),
  })
}

function bodyBlock(block: Block): FileChild[] {
  switch (block.type) {
    case 'heading':
      return [bodyParagraph([{ text: block.text, bold: true, italic: block.level === 3 }], true)]
    case 'paragraph':
      return [bodyParagraph(styled(block.runs), false, block.align === 'center')]
    case 'item':
      return [bodyParagraph([{ text: `${block.marker} `, bold: false, italic: false }, ...styled(block.runs)])]
    case 'table': {
      const table = bodyTable(block.rows, block.widths)
      return table === null ? [] : [table]
    }
  }
}

/** Nơi nhận on the left, the signature on the right, in one row that is not split across pages. */
function closing(model: DocumentModel): Table {
  const leftWidth = CLOSING_LEFT_WIDTH_MM * POINTS_PER_MM
  const rightWidth = TEXT_WIDTH - leftWidth
  const hanging = twip(sharedMeasure()('- ', 'regular', SIZE.recipients))
  const left =
    model.recipients.length === 0
      ? [new Paragraph({ spacing: { ...SINGLE, before: twip(SECTION_GAP_PT) } })]
      : [
          new Paragraph({
            spacing: { ...SINGLE, before: twip(SECTION_GAP_PT) },
            children: [run(RECIPIENTS_LABEL, SIZE.recipientsLabel, { bold: true, italic: true })],
          }),
          ...recipientLines(model.recipients).map(
            (line) =>
              new Paragraph({
                spacing: SINGLE,
                indent: { left: hanging, hanging },
                children: [run(line, SIZE.recipients)],
              }),
          ),
        ]
  const head = signatureHeadLines(model)
  const right = [
    ...head.map((line, i) => centred(line, SIZE.signature, { bold: true, before: i === 0 ? SECTION_GAP_PT : 0 })),
    ...Array.from({ length: SIGNATURE_BLANK_LINES }, () => centred('', SIZE.signature)),
    centred(model.signature.name, SIZE.signature, BOLD),
  ]
  return layoutTable([leftWidth, rightWidth], [[cell(leftWidth, left), cell(rightWidth, right)]], true)
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT_FAMILY, size: SIZE.pageNumber * 2 })],
      }),
    ],
  })
}

/** The annex's head: its title in capitals and the reference line, centred, a short rule under them. */
function annexHead(annex: Annex): Paragraph[] {
  const keep = (text: string, italic: boolean) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: SINGLE,
      children: [run(text, italic ? SIZE.annexReference : SIZE.annexTitle, italic ? { italic } : BOLD)],
    })
  return [
    keep(annex.title, false),
    ...(annex.reference ? [keep(annex.reference, true)] : []),
    rule(titleRuleWidth(annex.title, sharedMeasure()), TEXT_WIDTH),
    // Space between the rule and the annex's body (its table usually), which adds none of its own.
    new Paragraph({ spacing: { before: 0, after: 0, line: twip(ANNEX_HEAD_GAP_PT), lineRule: LineRuleType.EXACT } }),
  ]
}

/** Ends a section: Word wants a paragraph after a table at the end of the body (and holds the section's properties in it). */
const sectionEnd = () => new Paragraph({ spacing: { before: 0, after: 0, line: twip(1), lineRule: LineRuleType.EXACT } })

/**
 * A4 with Decree 30 margins, no page number on the section's first page; every section after the first
 * in the file (another document, an annex) starts on a new page and restarts the numbering at 1.
 */
function section(children: FileChild[], restart: boolean): ISectionOptions {
  return {
    properties: {
      ...(restart ? { type: SectionType.NEXT_PAGE } : {}),
      titlePage: true,
      page: {
        size: { width: twipMm(PAGE_MM.width), height: twipMm(PAGE_MM.height), orientation: PageOrientation.PORTRAIT },
        margin: {
          top: twipMm(MARGIN_MM.top),
          bottom: twipMm(MARGIN_MM.bottom),
          left: twipMm(MARGIN_MM.left),
          right: twipMm(MARGIN_MM.right),
          header: twipMm(HEADER_DISTANCE_MM),
          footer: twipMm(HEADER_DISTANCE_MM),
        },
        ...(restart ? { pageNumbers: { start: 1 } } : {}),
      },
    },
    headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) },
    children,
  }
}

/** A document's sections: its own, then one per annex; `firstInFile` leaves the numbering of its first section as it is. */
function documentSections(model: DocumentModel, firstInFile: boolean): ISectionOptions[] {
  return [
    section([header(model), ...titleBlock(model), ...model.body.flatMap(bodyBlock), closing(model), sectionEnd()], !firstInFile),
    ...annexesOf(model).map((annex) => section([...annexHead(annex), ...annex.body.flatMap(bodyBlock), sectionEnd()], true)),
  ]
}

/** Several documents in one Word file, in order; the file takes its title from the first. */
export async function renderDocxBundle(inputs: readonly DocumentModel[]): Promise<Uint8Array> {
  const models = inputs.map(normalizeModel)
  const first = models[0]
  if (first === undefined) throw new Error('DOCX: không có văn bản nào để in')
  const document = new Document({
    title: `${first.documentType} ${first.title}`,
    creator: 'tdkt',
    styles: {
      default: {
        document: { run: { font: FONT_FAMILY, size: SIZE.body * 2, language: { value: 'vi-VN' } } },
      },
    },
    sections: models.flatMap((model, i) => documentSections(model, i === 0)),
  })
  return new Uint8Array(await Packer.toBuffer(document))
}

export function renderDocx(model: DocumentModel): Promise<Uint8Array> {
  return renderDocxBundle([model])
}
