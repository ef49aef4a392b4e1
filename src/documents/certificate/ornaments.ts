// The full design's ornaments: a plain double border in red (the decorative borders of State awards are
// not copied, law.md §5.4) and a drawn mark where the emblem goes — the real Quốc huy (State issuers) or
// Party emblem is an image the issuer supplies and prints on its own blanks; tdkt does not reproduce it.
// An emulation title's certificate adds a red flag on each side of the emblem (CSTĐCS, law.md §5.4).
import { BLACK, RED, mm } from './draw.ts'
import { PAGE_MM } from './layout.ts'

const GOLD = '#f2c14e'

export function drawBorder(doc: PDFKit.PDFDocument): void {
  doc.lineWidth(2.2).strokeColor(RED).rect(mm(8), mm(8), mm(PAGE_MM.width - 16), mm(PAGE_MM.height - 16)).stroke()
  doc.lineWidth(0.7).strokeColor(RED).rect(mm(11), mm(11), mm(PAGE_MM.width - 22), mm(PAGE_MM.height - 22)).stroke()
}

/** A five-pointed star of outer radius r (mm) centred at (cx, cy) (mm). */
function star(doc: PDFKit.PDFDocument, cx: number, cy: number, r: number): void {
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r * 0.382
    const angle = -Math.PI / 2 + (i * Math.PI) / 5
    return [mm(cx + radius * Math.cos(angle)), mm(cy + radius * Math.sin(angle))] as [number, number]
  })
  doc.polygon(...points).fillColor(GOLD).fill()
}

function flag(doc: PDFKit.PDFDocument, poleX: number, towards: 1 | -1): void {
  doc.lineWidth(1).strokeColor(BLACK).moveTo(mm(poleX), mm(15)).lineTo(mm(poleX), mm(33)).stroke()
  const left = towards === 1 ? poleX : poleX - 13
  doc.rect(mm(left), mm(15.5), mm(13), mm(8.5)).fillColor(RED).fill()
  star(doc, left + 6.5, 19.75, 2.6)
}

export function drawEmblemMark(doc: PDFKit.PDFDocument, withFlags: boolean): void {
  const cx = PAGE_MM.width / 2
  doc.lineWidth(1.2).strokeColor(RED).circle(mm(cx), mm(23), mm(10)).stroke()
  doc.circle(mm(cx), mm(23), mm(8)).fillColor(RED).fill()
  star(doc, cx, 23.3, 5.5)
  if (withFlags) {
    flag(doc, cx - 16, -1)
    flag(doc, cx + 16, 1)
  }
}
