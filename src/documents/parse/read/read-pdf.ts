// PDF → text from its text layer (pdf.js through unpdf), lines rebuilt by position. A PDF without
// text (a scan) is refused with advice; encrypted, damaged or endless files are refused too.

import { getDocumentProxy } from 'unpdf'
import { ParseFailure } from '../errors.ts'
import { dropRunningLines, pageLines, type TextPiece } from './pdf-lines.ts'
import type { ReadLimits } from './read-document.ts'

const SCANNED = new ParseFailure(
  'scanned_pdf',
  'Tệp PDF là bản quét (ảnh), không có lớp chữ nên không đọc được nội dung. Hãy dùng bản PDF xuất từ Word, tệp .docx, hoặc nhận dạng chữ (OCR) trước khi nhập.',
)

function failure(error: unknown): ParseFailure {
  if (error instanceof ParseFailure) return error
  const name = (error as { name?: string } | null)?.name
  if (name === 'PasswordException') return new ParseFailure('encrypted', 'Tệp PDF được đặt mật khẩu; hãy bỏ mật khẩu rồi thử lại.')
  return new ParseFailure('corrupt_pdf', 'Tệp PDF bị hỏng hoặc không đúng định dạng, không đọc được.')
}

async function extract(bytes: Uint8Array, limits: ReadLimits, cancelled: () => boolean): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, stopAtErrors: false })
  try {
    const pages: string[][] = []
    for (let n = 1; n <= Math.min(pdf.numPages, limits.maxPages) && !cancelled(); n++) {
      const page = await pdf.getPage(n)
      const content = await page.getTextContent()
      const pieces: TextPiece[] = []
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue
        const [a, b, , , x, y] = item.transform as number[]
        pieces.push({ str: item.str, x: x ?? 0, y: y ?? 0, width: item.width, size: Math.hypot(a ?? 0, b ?? 0) || item.height || 10 })
      }
      pages.push(pageLines(pieces))
      page.cleanup()
    }
    const text = dropRunningLines(pages).map((lines) => lines.join('\n')).join('\n')
    const letters = text.match(/\p{L}/gu)?.length ?? 0
    if (letters < Math.max(30, 20 * pages.length)) throw SCANNED
    return text
  } finally {
    await pdf.destroy()
  }
}

export async function readPdf(bytes: Uint8Array, limits: ReadLimits): Promise<string> {
  let timer: NodeJS.Timeout | undefined
  let timedOut = false
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true
      reject(new ParseFailure('timeout', `Đọc tệp PDF quá ${Math.round(limits.timeoutMs / 1000)} giây; tệp quá phức tạp hoặc bị lỗi.`))
    }, limits.timeoutMs)
  })
  try {
    return await Promise.race([extract(bytes, limits, () => timedOut), timeout])
  } catch (error) {
    throw failure(error)
  } finally {
    clearTimeout(timer)
  }
}
