import { describe, expect, it } from 'vitest'
import PDFDocument from 'pdfkit'
import { parseDocument } from '../index.ts'
import { buildDocx, buildPdf, type TwoColumnDocument } from '../testing/build-files.ts'
import { buildZip } from '../testing/zip.ts'

const PLAN: TwoColumnDocument = {
  header: [
    ['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['XÃ BÌNH AN', 'Độc lập - Tự do - Hạnh phúc'],
    ['Số: 27/KH-UBND', 'Bình An, ngày 20 tháng 02 năm 2025'],
  ],
  body: [
    'KẾ HOẠCH',
    'Tổ chức Hội nghị tuyên dương điển hình tiên tiến xã Bình An năm 2025',
    'Thực hiện Kế hoạch số 216/KH-UBND ngày 30/9/2024 của UBND huyện Bình Sơn về việc tổ chức Đại hội Thi đua yêu nước cấp cơ sở tiến tới Đại hội Thi đua yêu nước huyện Bình Sơn lần thứ VI; UBND xã Bình An xây dựng kế hoạch như sau:',
    'I. THỜI GIAN THI ĐUA',
    'Từ ngày 01/3/2025 đến ngày 30/6/2025.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Công chức Văn hóa - Xã hội: Tuyên truyền về Hội nghị, biểu dương các điển hình tiên tiến, gương người tốt, việc tốt trên địa bàn xã.',
    '2. Công chức Tài chính - Kế toán: Bố trí kinh phí.',
  ],
  closing: [
    ['Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN'],
    ['- Phòng Nội vụ huyện;', 'KT. CHỦ TỊCH'],
    ['- Lưu: VT.', 'PHÓ CHỦ TỊCH'],
    ['', 'Nguyễn Đức Soán'],
  ],
}

const EXPECTED = {
  doc_type: 'ke_hoach',
  number: '27',
  symbol: 'KH-UBND',
  issuer: 'UBND xã Bình An',
  place: 'Bình An',
  date: '2025-02-20',
  title: 'Tổ chức Hội nghị tuyên dương điển hình tiên tiến xã Bình An năm 2025',
  legal_bases: ['216/KH-UBND'],
  period: { from: '2025-03-01', to: '2025-06-30', as_written: 'Từ ngày 01/3/2025 đến ngày 30/6/2025' },
  assignments: ['Công chức Văn hóa - Xã hội', 'Công chức Tài chính - Kế toán'],
  recipients: ['Phòng Nội vụ huyện', 'Lưu: VT'],
  signer_title: 'PHÓ CHỦ TỊCH',
  signer_name: 'Nguyễn Đức Soán',
}

async function failure(bytes: Uint8Array, name: string, limits = {}) {
  const result = await parseDocument(bytes, name, limits)
  if (result.ok) throw new Error('expected a refusal')
  expect(result.error.message).toMatch(/\p{L}/u)
  return result.error.code
}

describe('reading files', () => {
  it('reads a Word document laid out with header and signature tables', async () => {
    const result = await parseDocument(await buildDocx(PLAN), 'ke-hoach.docx')
    expect(result.ok && result.document).toMatchObject({ ...EXPECTED, _meta: { format: 'docx' } })
    expect(result.ok && result.document._meta.text).toContain('gương người tốt, việc tốt trên địa bàn xã.')
  })

  it('reads a PDF text layer, rebuilding lines by position and joining wrapped lines', async () => {
    const result = await parseDocument(await buildPdf(PLAN), 'ke-hoach.pdf')
    expect(result.ok && result.document).toMatchObject({ ...EXPECTED, _meta: { format: 'pdf' } })
    expect(result.ok && result.document._meta.text).toContain('1. Công chức Văn hóa - Xã hội: Tuyên truyền về Hội nghị, biểu dương các điển hình tiên tiến, gương người tốt, việc tốt trên địa bàn xã.')
  })

  it('reads a text file in TCVN3', async () => {
    const tcvn3 = 'KÕ HO¹CH\nPh¸t ®éng thi ®ua n¨m 2025\nThùc hiÖn KÕ ho¹ch sè 12/KH-UBND ngµy 02/01/2025 cña UBND huyÖn, Uû ban nh©n d©n x· B×nh Thµnh ban hµnh kÕ ho¹ch nh­ sau:'
    const result = await parseDocument(new Uint8Array(Buffer.from(tcvn3, 'latin1')), 'ke-hoach.txt')
    expect(result.ok && result.document).toMatchObject({ title: 'Phát động thi đua năm 2025', issuer: 'UBND xã Bình Thành', legal_bases: ['12/KH-UBND'], _meta: { encoding: 'tcvn3' } })
  })

  it('refuses a scanned PDF without a text layer', async () => {
    expect(await failure(await buildPdf(PLAN, { imageOnly: true }), 'scan.pdf')).toBe('scanned_pdf')
  })

  it('refuses encrypted and damaged PDFs', async () => {
    const encrypted = await new Promise<Uint8Array>((resolve) => {
      const pdf = new PDFDocument({ userPassword: 'mat-khau', ownerPassword: 'chu' })
      const chunks: Buffer[] = []
      pdf.on('data', (c: Buffer) => chunks.push(c))
      pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
      pdf.text('Secret').end()
    })
    expect(await failure(encrypted, 'mat-khau.pdf')).toBe('encrypted')
    expect(await failure(new Uint8Array(Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage')), 'hong.pdf')).toBe('corrupt_pdf')
  })

  it('refuses empty, image, binary, old Word and oversized files by their content', async () => {
    expect(await failure(new Uint8Array(), 'rong.txt')).toBe('empty_file')
    expect(await failure(new Uint8Array(Buffer.from('  \n\n ')), 'rong.docx')).toBe('empty_file')
    expect(await failure(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'anh.pdf')).toBe('image_file')
    expect(await failure(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]), 'anh.docx')).toBe('image_file')
    expect(await failure(Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), 'rac.txt')).toBe('binary_file')
    expect(await failure(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'cu.doc')).toBe('legacy_word')
    expect(await failure(new Uint8Array(2048).fill(0x41), 'lon.txt', { maxBytes: 1024 })).toBe('file_too_large')
  })

  it('refuses damaged, encrypted and non-Word zip archives', async () => {
    const docx = await buildDocx(PLAN)
    expect(await failure(docx.subarray(0, docx.length - 40), 'cat.docx')).toBe('corrupt_docx')
    const xml = new Uint8Array(Buffer.from('<w:document/>'))
    expect(await failure(buildZip([{ name: 'word/document.xml', data: xml, encrypted: true }]), 'khoa.docx')).toBe('encrypted')
    expect(await failure(buildZip([{ name: 'hinh.png', data: xml }]), 'nen.docx')).toBe('unsupported_format')
  })

  it('refuses a zip bomb, whether it declares its size or lies about it', async () => {
    const zeros = new Uint8Array(8 * 1024 * 1024)
    const honest = buildZip([{ name: 'word/document.xml', data: zeros }])
    expect(await failure(honest, 'bom.docx', { maxUnzippedBytes: 4 * 1024 * 1024 })).toBe('zip_bomb')
    const lying = buildZip([{ name: 'word/document.xml', data: zeros, declaredSize: 1000 }])
    expect(await failure(lying, 'bom.docx')).toBe('zip_bomb')
    const many = buildZip(Array.from({ length: 6000 }, (_, i) => ({ name: `word/p${i}.xml`, data: new Uint8Array(1), stored: true })))
    expect(await failure(many, 'nhieu.docx')).toBe('zip_bomb')
  })
})
