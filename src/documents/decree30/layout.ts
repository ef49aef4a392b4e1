// Page setup and component sizes shared by the DOCX and PDF writers (law.md §8.2–8.3).
// Lengths are in millimetres or points; each writer converts to its own unit.

export const FONT_FAMILY = 'Times New Roman'

export const PAGE_MM = { width: 210, height: 297 } as const
export const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const
export const TEXT_WIDTH_MM = PAGE_MM.width - MARGIN_MM.left - MARGIN_MM.right

/** Font sizes in points. */
export const SIZE = {
  governingBody: 13,
  issuer: 13,
  numberLine: 13,
  nationalName: 13,
  motto: 14,
  partyName: 14,
  placeDate: 14,
  documentType: 14,
  title: 14,
  body: 14,
  table: 13,
  recipientsLabel: 12,
  recipients: 11,
  signature: 14,
  pageNumber: 13,
  draftMark: 13,
  annexTitle: 14,
  annexReference: 14,
} as const

/** Space between the rule under an annex's title and the annex's body. */
export const ANNEX_HEAD_GAP_PT = 12

/** Space between "DỰ THẢO" and the box drawn around it. */
export const DRAFT_MARK_PADDING_PT = 3

/** First-line indent of body paragraphs and items ("1 tab", about 1 cm). */
export const FIRST_LINE_INDENT_MM = 10
/** Space before each body paragraph (law: at least 6 pt); lines are single-spaced. */
export const PARAGRAPH_SPACING_PT = 6
/** Space between the header and the document type, and before the closing block. */
export const SECTION_GAP_PT = 18
/** Blank lines left for the handwritten signature and the seal. */
export const SIGNATURE_BLANK_LINES = 3
/** Thickness of the rules under the issuer, the motto and the title. */
export const RULE_THICKNESS_PT = 0.75
/** The rule under the issuer and under the title: a third of the text above it. */
export const SHORT_RULE_FRACTION = 1 / 3

/** Width of the left column of the header table (issuer, number); the right column takes the rest. */
export function headerLeftWidthMm(track: 'state' | 'party'): number {
  // The Quốc hiệu needs about 95 mm at 13 pt; the Party's name is short, so the columns are even.
  return track === 'state' ? 66 : TEXT_WIDTH_MM / 2
}

/** Padding inside body table cells, points. */
export const CELL_PADDING_PT = { x: 4, y: 2 } as const

/** Width of the left column of the closing table (Nơi nhận); the signature takes the rest. */
export const CLOSING_LEFT_WIDTH_MM = 74

export const POINTS_PER_MM = 72 / 25.4

/** Distance from the top edge to the running head (the page number). */
export const HEADER_DISTANCE_MM = 10

/** Column widths of a body table: the model's relative widths when they fit the table, else equal columns. */
export function tableColumnWidths(columns: number, weights: number[] | undefined, total: number): number[] {
  const usable = weights?.length === columns && weights.every((w) => Number.isFinite(w) && w > 0)
  const given = usable ? weights : Array.from({ length: columns }, () => 1)
  const sum = given.reduce((a, b) => a + b, 0)
  return given.map((weight) => (total * weight) / sum)
}
