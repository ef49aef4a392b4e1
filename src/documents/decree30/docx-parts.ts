// Building blocks of the DOCX writer: runs in Times New Roman, centred lines, rules drawn
// as the bottom border of a short empty paragraph, borderless layout tables.
import {
  AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow,
  TextRun, WidthType,
} from 'docx'
import type { StyledText } from './content.ts'
import { FONT_FAMILY, POINTS_PER_MM, RULE_THICKNESS_PT } from './layout.ts'

/** Twentieths of a point, the unit of DOCX lengths. */
export const twip = (points: number): number => Math.round(points * 20)
export const twipMm = (mm: number): number => twip(mm * POINTS_PER_MM)

/** Single line spacing, nothing before or after unless asked. */
export const SINGLE = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const

export interface RunStyle {
  bold?: boolean
  italic?: boolean
}

export function run(text: string, size: number, style: RunStyle = {}): TextRun {
  // Font sizes are in half-points (w:sz 26 = 13 pt).
  return new TextRun({ text, font: FONT_FAMILY, size: size * 2, bold: style.bold === true, italics: style.italic === true })
}

export function runs(parts: StyledText[], size: number): TextRun[] {
  return parts.map((part) => run(part.text, size, part))
}

/** A centred line (the header, the type, the title, the signature); `before` is space above it in points. */
export function centred(text: string, size: number, style: RunStyle & { before?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...SINGLE, before: twip(style.before ?? 0) },
    children: text === '' ? [] : [run(text, size, style)],
  })
}

/** A solid rule `width` points long, centred in a space `within` points wide, just under the line above. */
export function rule(width: number, within: number): Paragraph {
  const side = twip(Math.max(0, (within - width) / 2))
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: twip(2), lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: Math.round(RULE_THICKNESS_PT * 8), color: '000000', space: 1 } },
    children: [],
  })
}

export function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: twip(width), type: WidthType.DXA }, children })
}

/** A table without borders or cell padding, used to set two columns side by side. */
export function layoutTable(widths: number[], rows: TableCell[][], keepTogether = false): Table {
  const columns = widths.map(twip)
  return new Table({
    width: { size: columns.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: rows.map((children) => new TableRow({ children, ...(keepTogether ? { cantSplit: true } : {}) })),
  })
}
