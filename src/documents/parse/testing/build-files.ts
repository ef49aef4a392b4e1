// Test helpers: real .docx and .pdf files built with the docx and pdfkit libraries (Tinos, a
// complete TrueType font with Vietnamese), laid out like Decree 30 documents: a two-column header
// and signature, then body paragraphs.

import { createRequire } from 'node:module'
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import PDFDocument from 'pdfkit'

const require = createRequire(import.meta.url)
const FONT = require.resolve('@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf')

export interface TwoColumnDocument {
  /** Header rows: [left column, right column]. */
  header: [string, string][]
  body: string[]
  /** Signature rows: [left column (Nơi nhận), right column (signature)]. */
  closing: [string, string][]
}

const cell = (text: string) => new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: text.split('\n').map((t) => new Paragraph({ children: [new TextRun(t)] })) })
const table = (rows: [string, string][]) => new Table({ rows: [new TableRow({ children: [cell(rows.map((r) => r[0]).join('\n')), cell(rows.map((r) => r[1]).join('\n'))] })] })

export async function buildDocx(doc: TwoColumnDocument): Promise<Uint8Array> {
  const file = new Document({
    sections: [{ children: [table(doc.header), ...doc.body.map((t) => new Paragraph({ children: [new TextRun(t)] })), table(doc.closing)] }],
  })
  return new Uint8Array(await Packer.toBuffer(file))
}

export interface PdfOptions {
  /** No text at all: only a drawn rectangle, like a scan without a text layer. */
  imageOnly?: boolean
}

export function buildPdf(doc: TwoColumnDocument, options: PdfOptions = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ size: 'A4', margins: { top: 60, bottom: 60, left: 85, right: 55 } })
    const chunks: Buffer[] = []
    pdf.on('data', (c: Buffer) => chunks.push(c))
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    pdf.on('error', reject)
    if (options.imageOnly) {
      pdf.rect(100, 100, 300, 400).fill('#777777')
      pdf.end()
      return
    }
    pdf.font(FONT).fontSize(13)
    const left = 85
    const right = 300
    const columns = (rows: [string, string][]) => {
      for (const [a, b] of rows) {
        const y = pdf.y
        pdf.text(a, left, y, { width: 200 })
        pdf.text(b, right, y, { width: 240 })
        pdf.moveDown(0.2)
      }
    }
    columns(doc.header)
    pdf.moveDown()
    for (const text of doc.body) pdf.text(text, left, pdf.y, { width: 455, align: 'justify' }).moveDown(0.5)
    pdf.moveDown()
    columns(doc.closing)
    pdf.end()
  })
}
