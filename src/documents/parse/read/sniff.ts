// What a file really is, from its first bytes (the extension can lie: an image renamed ".pdf").

export type FileKind = 'pdf' | 'zip' | 'ole' | 'image' | 'text' | 'binary' | 'empty'

const IMAGE_MAGIC: number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x49, 0x49, 0x2a, 0x00], // TIFF (little-endian)
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF (big-endian)
  [0x42, 0x4d], // BMP
  [0x52, 0x49, 0x46, 0x46], // RIFF (WebP)
]

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) => magic.every((b, i) => bytes[at + i] === b)

export function sniff(bytes: Uint8Array): FileKind {
  if (!bytes.length || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) return 'empty'
  // "%PDF-" may follow a little junk; readers accept it within the first kilobyte.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024))
  if (head.includes('%PDF-')) return 'pdf'
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip'
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole'
  if (IMAGE_MAGIC.some((m) => startsWith(bytes, m))) return 'image'
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'text'
  // Text: no NUL bytes and few control characters in the first 64 KB.
  const sample = bytes.subarray(0, 65536)
  let control = 0
  for (const b of sample) {
    if (b === 0) return 'binary'
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++
  }
  return control / sample.length > 0.01 ? 'binary' : 'text'
}
