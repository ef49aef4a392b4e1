// Reads the entries of a ZIP archive (a DOCX is one) with node:zlib, for tests that look at
// word/document.xml. Handles stored and deflated entries, which is all a DOCX uses.
import { inflateRawSync } from 'node:zlib'

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

export function readZip(archive: Uint8Array): Map<string, Uint8Array> {
  const bytes = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength)
  let eocd = bytes.length - 22
  while (eocd >= 0 && bytes.readUInt32LE(eocd) !== EOCD) eocd -= 1
  if (eocd < 0) throw new Error('not a ZIP archive')
  const count = bytes.readUInt16LE(eocd + 10)
  let at = bytes.readUInt32LE(eocd + 16)
  const entries = new Map<string, Uint8Array>()
  for (let i = 0; i < count; i += 1) {
    if (bytes.readUInt32LE(at) !== CENTRAL) throw new Error('broken ZIP central directory')
    const method = bytes.readUInt16LE(at + 10)
    const compressedSize = bytes.readUInt32LE(at + 20)
    const nameLength = bytes.readUInt16LE(at + 28)
    const extraLength = bytes.readUInt16LE(at + 30)
    const commentLength = bytes.readUInt16LE(at + 32)
    const local = bytes.readUInt32LE(at + 42)
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength)
    if (bytes.readUInt32LE(local) !== LOCAL) throw new Error(`broken ZIP entry ${name}`)
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28)
    const data = bytes.subarray(start, start + compressedSize)
    if (method !== 0 && method !== 8) throw new Error(`unsupported ZIP method ${method} for ${name}`)
    entries.set(name, method === 8 ? inflateRawSync(data) : data)
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}
