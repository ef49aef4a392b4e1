// Checks a .docx (a zip archive) before mammoth opens it: the central directory must be sound,
// hold word/document.xml, no entry may be encrypted, the declared uncompressed sizes and entry
// count must stay under limits, and each entry must really inflate to its declared size (a zip
// bomb lies about it). Inflation is capped, so memory stays bounded whatever the file claims.

import { inflateRawSync } from 'node:zlib'
import { MEGABYTE, ParseFailure } from '../errors.ts'

const MAX_ENTRIES = 5000

export interface ZipEntry {
  name: string
  method: number
  flags: number
  compressedSize: number
  size: number
  localOffset: number
}

const corrupt = () => new ParseFailure('corrupt_docx', 'Tệp Word (.docx) bị hỏng hoặc không đúng định dạng, không đọc được.')

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/** Entries of the central directory (throws on a damaged or zip64 archive). */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const data = view(bytes)
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (data.getUint32(i, true) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw corrupt()
  const count = data.getUint16(eocd + 10, true)
  const offset = data.getUint32(eocd + 16, true)
  if (count === 0xffff || offset === 0xffffffff) throw corrupt()
  if (count > MAX_ENTRIES) throw new ParseFailure('zip_bomb', `Tệp Word có quá nhiều thành phần (${count}); không đọc để tránh quá tải.`)
  const entries: ZipEntry[] = []
  let at = offset
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== 0x02014b50) throw corrupt()
    const nameLength = data.getUint16(at + 28, true)
    const extraLength = data.getUint16(at + 30, true)
    const commentLength = data.getUint16(at + 32, true)
    entries.push({
      flags: data.getUint16(at + 8, true),
      method: data.getUint16(at + 10, true),
      compressedSize: data.getUint32(at + 20, true),
      size: data.getUint32(at + 24, true),
      localOffset: data.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = view(bytes)
  const at = entry.localOffset
  if (at + 30 > bytes.length || data.getUint32(at, true) !== 0x04034b50) throw corrupt()
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true)
  if (start + entry.compressedSize > bytes.length) throw corrupt()
  return bytes.subarray(start, start + entry.compressedSize)
}

/** Throws a ParseFailure unless the archive is a plain, reasonably sized Word document. */
export function checkDocxArchive(bytes: Uint8Array, maxUnzippedBytes: number): void {
  const entries = zipEntries(bytes)
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new ParseFailure('unsupported_format', 'Tệp nén này không phải tài liệu Word (.docx): không có phần nội dung word/document.xml.')
  }
  if (entries.some((e) => e.flags & 1)) throw new ParseFailure('encrypted', 'Tệp Word được đặt mật khẩu; hãy bỏ mật khẩu rồi thử lại.')
  const declared = entries.reduce((sum, e) => sum + e.size, 0)
  const limit = `${Math.round(maxUnzippedBytes / MEGABYTE)} MB`
  const bomb = new ParseFailure('zip_bomb', `Tệp Word khi giải nén vượt quá ${limit} (nghi là tệp nén độc hại); không đọc tệp này.`)
  if (declared > maxUnzippedBytes) throw bomb
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue
    const raw = entryData(bytes, entry)
    if (entry.method === 0) {
      if (raw.length !== entry.size) throw corrupt()
      continue
    }
    if (entry.method !== 8) throw corrupt()
    let inflated: Buffer
    try {
      inflated = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size) + 1 })
    } catch (error) {
      if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw bomb
      throw corrupt()
    }
    if (inflated.length !== entry.size) throw inflated.length > entry.size ? bomb : corrupt()
  }
}
