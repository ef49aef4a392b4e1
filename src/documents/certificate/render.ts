// The certificates of a decision as one PDF, A4 landscape, one page per certificate (law.md §5.4).
// "full": the whole design on white paper — a simple border (not a copy of the State's designs), a drawn
// mark where the emblem goes (the real Quốc huy or Party emblem is an image the issuer supplies, printed on
// its blanks), the Quốc hiệu and Tiêu ngữ (Party: "ĐẢNG CỘNG SẢN VIỆT NAM") in black, the issuer's title in
// red capitals, "TẶNG"/"TẶNG DANH HIỆU" in black, the form or title in red capitals, the awardee in black,
// bottom left the decision, "Số sổ vàng" in bold italics and the QR code, bottom right place, date, signer.
// "preprinted": only the variable fields, at the issuer's positions, for blanks that carry the rest.
import PDFDocument from 'pdfkit'
import { registerTinos } from '../decree30/fonts.ts'
import { measureWith, type Measure } from '../decree30/measure.ts'
import {
  MOTTO, NATIONAL_NAME, PARTY_NAME, achievementText, awardHeading, codeText, decisionText, leadText, placeDateText, serialText, signatureHead,
  type CertificateData,
} from './certificate-model.ts'
import { BLACK, RED, drawQr, drawText, mm } from './draw.ts'
import { drawBorder, drawEmblemMark } from './ornaments.ts'
import { MAX_LINES, PAGE_MM, type CertificatePositions } from './layout.ts'

export type PrintMode = 'full' | 'preprinted'

const CENTRE_BOX = { x: 28.5, width: 240 }

/** The fields that change from one certificate to the next, at their positions. */
function drawVariableFields(doc: PDFKit.PDFDocument, measure: Measure, data: CertificateData, p: CertificatePositions): void {
  drawText(doc, measure, data.awardee.name, p.name, { style: 'bold', align: 'center', color: BLACK, maxLines: MAX_LINES.name })
  if (data.awardee.details) drawText(doc, measure, data.awardee.details, p.details, { style: 'regular', align: 'center', color: BLACK, maxLines: MAX_LINES.details })
  drawText(doc, measure, achievementText(data), p.achievement, { style: 'italic', align: 'center', color: BLACK, maxLines: MAX_LINES.achievement })
  drawText(doc, measure, decisionText(data), p.decision, { style: 'boldItalic', align: 'left', color: BLACK, maxLines: MAX_LINES.decision })
  drawText(doc, measure, serialText(data), p.serial, { style: 'boldItalic', align: 'left', color: BLACK, maxLines: MAX_LINES.serial })
  drawText(doc, measure, placeDateText(data), p.placeDate, { style: 'italic', align: 'center', color: BLACK, maxLines: MAX_LINES.placeDate })
  drawText(doc, measure, data.signature.name, p.signerName, { style: 'bold', align: 'center', color: BLACK, maxLines: MAX_LINES.signerName })
  drawQr(doc, measure, data.verification.url, [codeText(data), data.verification.url], p.qr)
}

/** What a blank carries already: border, emblem, headings, the issuer, the form, the signer's title. */
function drawStaticDesign(doc: PDFKit.PDFDocument, measure: Measure, data: CertificateData, p: CertificatePositions): void {
  drawBorder(doc)
  drawEmblemMark(doc, data.award.kind === 'title')
  const centred = (text: string, y: number, size: number, color: string, maxLines = 1) =>
    drawText(doc, measure, text, { ...CENTRE_BOX, y, size }, { style: 'bold', align: 'center', color, maxLines })
  let y: number
  if (data.track === 'party') {
    y = centred(PARTY_NAME, 37, 15, BLACK)
  } else {
    centred(NATIONAL_NAME, 35, 14, BLACK)
    y = centred(MOTTO, 40.5, 15, BLACK)
    const half = measure(MOTTO, 'bold', 15) / 2
    doc.lineWidth(0.6).strokeColor(BLACK).moveTo(mm(PAGE_MM.width / 2) - half, mm(y + 0.6)).lineTo(mm(PAGE_MM.width / 2) + half, mm(y + 0.6)).stroke()
  }
  centred(data.issuerTitle, 50, 15, RED, 2)
  centred(leadText(data), 63, 16, BLACK)
  centred(awardHeading(data), 71, 30, RED)
  let head = p.placeDate.y + 7.5
  for (const line of signatureHead(data)) {
    head = drawText(doc, measure, line, { x: p.placeDate.x, y: head, width: p.placeDate.width, size: 14 }, { style: 'bold', align: 'center', color: BLACK, maxLines: 1 })
  }
}

/** One page per certificate; `positions` place the variable fields (the defaults suit the full design). */
export async function renderCertificates(items: readonly CertificateData[], mode: PrintMode, positions: CertificatePositions): Promise<Uint8Array> {
  if (items.length === 0) throw new RangeError('Không có giấy khen nào để in')
  const doc = new PDFDocument({ autoFirstPage: false, lang: 'vi-VN', displayTitle: true, info: { Title: 'Giấy khen', Creator: 'tdkt', Producer: 'tdkt' } })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve)
    doc.on('error', reject)
  })
  registerTinos(doc)
  const measure = measureWith(doc)
  for (const data of items) {
    doc.addPage({ size: 'A4', layout: 'landscape', margin: 0 })
    if (mode === 'full') drawStaticDesign(doc, measure, data, positions)
    drawVariableFields(doc, measure, data, positions)
  }
  doc.end()
  await done
  return new Uint8Array(Buffer.concat(chunks))
}
