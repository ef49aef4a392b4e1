// Why a file could not be read, as a code for programs and a Vietnamese message for people.

export type ParseErrorCode =
  | 'empty_file'
  | 'file_too_large'
  | 'not_found'
  | 'image_file'
  | 'legacy_word'
  | 'encrypted'
  | 'corrupt_docx'
  | 'zip_bomb'
  | 'corrupt_pdf'
  | 'scanned_pdf'
  | 'unknown_encoding'
  | 'binary_file'
  | 'unsupported_format'
  | 'no_text'
  | 'timeout'

export interface ParseError {
  code: ParseErrorCode
  message: string
}

/** Thrown by the readers; parseDocument() turns it into { ok: false, error }. */
export class ParseFailure extends Error {
  readonly code: ParseErrorCode
  constructor(code: ParseErrorCode, message: string) {
    super(message)
    this.code = code
  }
}

export const MEGABYTE = 1024 * 1024

export function tooLarge(bytes: number, limit: number): ParseFailure {
  const mb = (n: number) => (n / MEGABYTE).toFixed(1).replace('.', ',')
  return new ParseFailure('file_too_large', `Tệp quá lớn (${mb(bytes)} MB); chỉ nhận tệp đến ${mb(limit)} MB.`)
}
