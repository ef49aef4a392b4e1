// Text widths in points, measured on Tinos, whose advance widths equal Times New Roman's:
// the PDF lays out lines with them, the DOCX sizes its rules (the lines under the issuer,
// the motto and the title) with them.
import PDFDocument from 'pdfkit'
import { fontName, registerTinos, type FontStyle } from './fonts.ts'

export type Measure = (text: string, style: FontStyle, size: number) => number

/** Measures with the fonts registered in `doc` (see registerTinos). */
export function measureWith(doc: PDFKit.PDFDocument): Measure {
  return (text, style, size) => doc.font(fontName(style)).fontSize(size).widthOfString(text)
}

let shared: Measure | null = null

/** A measure for writers that have no PDF document of their own. */
export function sharedMeasure(): Measure {
  if (shared === null) {
    const doc = new PDFDocument({ autoFirstPage: false })
    registerTinos(doc)
    shared = measureWith(doc)
  }
  return shared
}
