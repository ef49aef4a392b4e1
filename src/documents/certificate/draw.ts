// Drawing primitives of the certificate: a text field set in its box (smaller when it would take more
// lines than allowed), and the QR code as vector squares (sharp at any printer resolution).
import QRCode from 'qrcode'
import type { StyledText } from '../decree30/content.ts'
import type { FontStyle } from '../decree30/fonts.ts'
import { fontName } from '../decree30/fonts.ts'
import type { Measure } from '../decree30/measure.ts'
import { layoutText, type Align } from '../decree30/pdf-lines.ts'
import { ASCENT, LINE_HEIGHT, MIN_SCALE, PT_PER_MM, QR_TEXT_GAP_MM, QR_TEXT_WIDTH_MM, type FieldPosition } from './layout.ts'

export const RED = '#c8102e'
export const BLACK = '#000000'

export const mm = (value: number) => value * PT_PER_MM

export interface TextStyle {
  style: FontStyle
  align: Align
  color: string
  maxLines: number
}

/**
 * Sets `text` in the box at `p` (top-left and width in mm, size in pt): the largest size from p.size down to
 * MIN_SCALE × p.size at which it takes at most maxLines lines. Returns the y (mm) below the last line.
 */
export function drawText(doc: PDFKit.PDFDocument, measure: Measure, text: string, p: FieldPosition, t: TextStyle): number {
  const runs: StyledText[] = [{ text, bold: t.style === 'bold' || t.style === 'boldItalic', italic: t.style === 'italic' || t.style === 'boldItalic' }]
  let size = p.size
  let lines = layoutText(runs, { size, width: mm(p.width), align: t.align }, measure)
  while (lines.length > t.maxLines && size - 0.5 >= p.size * MIN_SCALE) {
    size -= 0.5
    lines = layoutText(runs, { size, width: mm(p.width), align: t.align }, measure)
  }
  doc.fillColor(t.color)
  let top = mm(p.y)
  for (const line of lines) {
    for (const piece of line) {
      doc.font(fontName(piece.style)).fontSize(size)
      doc.text(piece.text, mm(p.x) + piece.x, top + ASCENT * size, { lineBreak: false, baseline: 'alphabetic' })
    }
    top += LINE_HEIGHT * size
  }
  return top / PT_PER_MM
}

/** The QR code of `url` as a square of side p.width at (p.x, p.y), and the code and address to its right. */
export function drawQr(doc: PDFKit.PDFDocument, measure: Measure, url: string, lines: string[], p: FieldPosition): void {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' })
  const cell = mm(p.width) / modules.size
  for (let row = 0; row < modules.size; row++) {
    let col = 0
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++
        continue
      }
      const start = col
      while (col < modules.size && modules.get(row, col)) col++
      doc.rect(mm(p.x) + start * cell, mm(p.y) + row * cell, (col - start) * cell, cell)
    }
  }
  doc.fillColor(BLACK).fill()
  const text = { x: p.x + p.width + QR_TEXT_GAP_MM, width: QR_TEXT_WIDTH_MM, size: p.size }
  const height = (lines.length * LINE_HEIGHT * p.size) / PT_PER_MM
  let y = p.y + (p.width - height) / 2
  for (const line of lines) y = drawText(doc, measure, line, { ...text, y }, { style: 'regular', align: 'left', color: BLACK, maxLines: 2 })
}
