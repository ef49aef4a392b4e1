// .docx → text through mammoth, after the archive checks of zip-guard.ts.

import mammoth from 'mammoth'
import { ParseFailure } from '../errors.ts'
import { checkDocxArchive } from './zip-guard.ts'
import { htmlToText } from './html-text.ts'
import { repairLegacyText } from './decode-text.ts'

export async function readDocx(bytes: Uint8Array, maxUnzippedBytes: number): Promise<string> {
  checkDocxArchive(bytes, maxUnzippedBytes)
  let html: string
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value
  } catch {
    throw new ParseFailure('corrupt_docx', 'Tệp Word (.docx) bị hỏng hoặc không đúng định dạng, không đọc được.')
  }
  // Text typed in a TCVN3 (.VnTime) or VNI font is stored as Latin-1 look-alikes.
  return repairLegacyText(htmlToText(html)).text
}
