// Several one-page Decree 30 documents (the invitations, one per invitee) as ONE file to print: each document is
// rendered by the shared writers (src/documents/decree30) exactly as it would be alone, then the files are joined
// page after page. DOCX: the bodies follow one another, each ending its own section (so each starts a new page and
// keeps its page setup). PDF: the objects of each file are renumbered into one file whose page tree lists every
// page in order. Both work on what the shared writers produce (no annexes, the same headers in every file).
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'

const DOCUMENT = 'word/document.xml'
const RELATIONSHIPS = 'word/_rels/document.xml.rels'

function bodyParts(xml: string): { head: string; content: string; sectPr: string; tail: string } {
  const open = xml.indexOf('<w:body>')
  const close = xml.lastIndexOf('</w:body>')
  const sectStart = xml.lastIndexOf('<w:sectPr', close)
  if (open < 0 || close < 0 || sectStart < open) throw new Error('DOCX: không tìm thấy nội dung văn bản để ghép')
  return { head: xml.slice(0, open + '<w:body>'.length), content: xml.slice(open + '<w:body>'.length, sectStart), sectPr: xml.slice(sectStart, close), tail: xml.slice(close) }
}

export function mergeDocx(files: readonly Uint8Array[]): Uint8Array {
  if (files.length === 0) throw new Error('DOCX: không có văn bản nào để ghép')
  if (files.length === 1) return files[0]!
  const archives = files.map((f) => unzipSync(f))
  const first = archives[0]!
  const relationships = strFromU8(first[RELATIONSHIPS]!)
  const parts = archives.map((a, i) => {
    // The sections point at the headers (page numbers) by relationship id: every file must name them alike.
    if (strFromU8(a[RELATIONSHIPS]!) !== relationships) throw new Error(`DOCX: văn bản thứ ${i + 1} có cấu trúc khác, không ghép được`)
    return bodyParts(strFromU8(a[DOCUMENT]!))
  })
  const body = parts.map((p, i) => (i < parts.length - 1 ? `${p.content}<w:p><w:pPr>${p.sectPr}</w:pPr></w:p>` : `${p.content}${p.sectPr}`)).join('')
  const merged = { ...first, [DOCUMENT]: strToU8(`${parts[0]!.head}${body}${parts[0]!.tail}`) }
  return zipSync(merged, { level: 6 })
}

interface PdfObject { number: number; text: string }

/** The objects of a PDF written by PDFKit, found through its cross-reference table (binary streams kept byte for byte). */
function readObjects(pdf: string): { objects: PdfObject[]; root: number } {
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(pdf)?.[1])
  const xref = /^xref\s+0\s+(\d+)\s+/.exec(pdf.slice(startxref))
  const root = Number(/\/Root (\d+) 0 R/.exec(pdf.slice(startxref))?.[1])
  if (!xref || !root) throw new Error('PDF: không đọc được bảng tham chiếu để ghép')
  const count = Number(xref[1])
  const table = pdf.slice(startxref + xref[0].length)
  const objects: PdfObject[] = []
  for (let n = 1; n < count; n++) {
    const entry = table.slice(n * 20, n * 20 + 18)
    if (!entry.endsWith(' n')) continue
    const offset = Number(entry.slice(0, 10))
    const header = `${n} 0 obj\n`
    if (pdf.slice(offset, offset + header.length) !== header) throw new Error(`PDF: đối tượng ${n} không ở vị trí ghi trong bảng tham chiếu`)
    const dictEnd = pdf.indexOf('endobj', offset)
    const streamAt = pdf.indexOf('\nstream\n', offset)
    let end: number
    if (streamAt >= 0 && streamAt < dictEnd) {
      const length = Number(/\/Length (\d+)/.exec(pdf.slice(offset, streamAt))?.[1])
      end = pdf.indexOf('endobj', streamAt + '\nstream\n'.length + length) + 'endobj'.length
    } else end = dictEnd + 'endobj'.length
    objects.push({ number: n, text: pdf.slice(offset + header.length, end - 'endobj'.length) })
  }
  return { objects, root }
}

/** Renumbers the references in the part of an object before its stream (the stream's bytes are left alone). */
function renumber(text: string, shift: number): string {
  const streamAt = text.indexOf('\nstream\n')
  const dict = streamAt >= 0 ? text.slice(0, streamAt) : text
  return dict.replace(/(\d+) 0 R/g, (_, n: string) => `${Number(n) + shift} 0 R`) + (streamAt >= 0 ? text.slice(streamAt) : '')
}

export function mergePdf(files: readonly Uint8Array[]): Uint8Array {
  if (files.length === 0) throw new Error('PDF: không có văn bản nào để ghép')
  if (files.length === 1) return files[0]!
  const out: PdfObject[] = []
  const kids: number[] = []
  let info: number | null = null
  const parsed = files.map((f) => Buffer.from(f).toString('latin1'))
  // Two objects of our own first: the catalog (1) and the page tree (2).
  let shift = 2
  for (const pdf of parsed) {
    const { objects, root } = readObjects(pdf)
    const catalog = objects.find((o) => o.number === root)!
    const pagesRef = Number(/\/Pages (\d+) 0 R/.exec(catalog.text)?.[1])
    const pages = objects.find((o) => o.number === pagesRef)!
    kids.push(...[...pages.text.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]) + shift))
    info ??= Number(/\/Info (\d+) 0 R/.exec(pdf.slice(pdf.lastIndexOf('trailer')))?.[1]) + shift
    for (const o of objects) {
      if (o.number === root || o.number === pagesRef) continue
      const text = renumber(o.text, shift).replace(/\/Parent \d+ 0 R/, '/Parent 2 0 R')
      out.push({ number: o.number + shift, text })
    }
    shift += Math.max(...objects.map((o) => o.number))
  }
  out.unshift(
    { number: 1, text: '<<\n/Type /Catalog\n/Pages 2 0 R\n/Lang (vi-VN)\n>>\n' },
    { number: 2, text: `<<\n/Type /Pages\n/Count ${kids.length}\n/Kids [${kids.map((k) => `${k} 0 R`).join(' ')}]\n>>\n` },
  )
  out.sort((a, b) => a.number - b.number)
  const size = out[out.length - 1]!.number + 1
  let body = parsed[0]!.slice(0, parsed[0]!.indexOf('\n', parsed[0]!.indexOf('\n') + 1) + 1) // "%PDF-1.3" and the binary comment line
  const offsets = new Map<number, number>()
  for (const o of out) {
    offsets.set(o.number, body.length)
    body += `${o.number} 0 obj\n${o.text}endobj\n`
  }
  const xrefAt = body.length
  let xref = `xref\n0 ${size}\n0000000000 65535 f \n`
  for (let n = 1; n < size; n++) {
    const at = offsets.get(n)
    xref += at === undefined ? '0000000000 65535 f \n' : `${String(at).padStart(10, '0')} 00000 n \n`
  }
  body += `${xref}trailer\n<<\n/Size ${size}\n/Root 1 0 R\n/Info ${info} 0 R\n>>\nstartxref\n${xrefAt}\n%%EOF\n`
  return new Uint8Array(Buffer.from(body, 'latin1'))
}
