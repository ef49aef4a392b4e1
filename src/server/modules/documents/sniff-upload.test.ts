import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { DOCX_TYPE, sniffUploadType } from './sniff-upload.ts'

const bytes = (...values: number[]) => new Uint8Array([...values, ...new Array(32).fill(0x41)])

describe('sniffUploadType', () => {
  it('recognises PDF, Word (.docx), PNG and JPEG from their bytes', () => {
    expect(sniffUploadType(strToU8('%PDF-1.7\n1 0 obj'))).toBe('application/pdf')
    expect(sniffUploadType(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') }))).toBe(DOCX_TYPE)
    expect(sniffUploadType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png')
    expect(sniffUploadType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg')
  })

  it('refuses anything else, whatever its name says', () => {
    expect(sniffUploadType(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))).toBeNull()
    expect(sniffUploadType(bytes(0x4d, 0x5a, 0x90, 0x00))).toBeNull() // a Windows executable
    expect(sniffUploadType(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toBeNull() // an old .doc
    expect(sniffUploadType(bytes(0x47, 0x49, 0x46, 0x38))).toBeNull() // GIF
    expect(sniffUploadType(strToU8('Báo cáo thành tích'))).toBeNull()
    expect(sniffUploadType(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBeNull() // a broken zip
  })
})
