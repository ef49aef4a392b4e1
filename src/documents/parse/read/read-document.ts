// File bytes → raw text, by what the bytes are (not the extension): PDF text layer, Word (.docx)
// paragraphs, or a text file in UTF-8/UTF-16/legacy encoding. Anything else is refused with a
// Vietnamese message. Limits keep memory and time bounded.

import { ParseFailure, tooLarge } from '../errors.ts'
import type { LayoutHint } from '../text/join-lines.ts'
import type { SourceFormat } from '../types.ts'
import { decodeTextBytes } from './decode-text.ts'
import { readDocx } from './read-docx.ts'
import { readPdf } from './read-pdf.ts'
import { sniff } from './sniff.ts'

export interface ReadLimits {
  /** Largest file accepted (bytes). */
  maxBytes: number
  /** Largest total uncompressed size of a .docx (bytes). */
  maxUnzippedBytes: number
  /** Most pages read from a PDF. */
  maxPages: number
  /** Time allowed for a PDF (milliseconds). */
  timeoutMs: number
}

export const DEFAULT_LIMITS: ReadLimits = { maxBytes: 20 * 1024 * 1024, maxUnzippedBytes: 50 * 1024 * 1024, maxPages: 300, timeoutMs: 30_000 }

export interface RawText {
  raw: string
  hint: LayoutHint
  format: SourceFormat
  encoding: string | null
}

export async function readDocumentText(bytes: Uint8Array, fileName: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<RawText> {
  if (bytes.length > limits.maxBytes) throw tooLarge(bytes.length, limits.maxBytes)
  const kind = sniff(bytes)
  switch (kind) {
    case 'empty':
      throw new ParseFailure('empty_file', `Tệp "${fileName}" rỗng, không có nội dung.`)
    case 'image':
      throw new ParseFailure('image_file', `Tệp "${fileName}" là ảnh, không phải văn bản. Hãy dùng tệp Word (.docx), PDF có lớp chữ hoặc văn bản (.txt).`)
    case 'ole':
      throw new ParseFailure(
        'legacy_word',
        `Tệp "${fileName}" là tài liệu Word cũ (.doc) hoặc tệp Word có mật khẩu. Hãy mở bằng Word, bỏ mật khẩu nếu có và lưu lại dạng .docx.`,
      )
    case 'binary':
      throw new ParseFailure('binary_file', `Không đọc được tệp "${fileName}": không phải văn bản, Word (.docx) hay PDF.`)
    case 'pdf':
      return { raw: await readPdf(bytes, limits), hint: 'lines', format: 'pdf', encoding: null }
    case 'zip':
      return { raw: await readDocx(bytes, limits.maxUnzippedBytes), hint: 'paragraphs', format: 'docx', encoding: null }
    case 'text': {
      const { text, encoding } = decodeTextBytes(bytes)
      return { raw: text, hint: 'unknown', format: 'txt', encoding: encoding === 'utf-8' ? null : encoding }
    }
  }
}
