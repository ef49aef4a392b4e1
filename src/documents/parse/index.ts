// Import of office documents (Word, PDF, text) into a structured draft: the library entry points.
//   parseDocument(bytes, fileName) — a file as uploaded; never throws for bad input.
//   parseText(text) — text already in hand (pure).

import { ParseFailure } from './errors.ts'
import { extractFields } from './parse-text.ts'
import { DEFAULT_LIMITS, readDocumentText, type ReadLimits } from './read/read-document.ts'
import { normalizeDocumentText } from './text/normalize.ts'
import type { ParsedDocument, ParseResult, SourceFormat } from './types.ts'

export type { ParsedDocument, ParseResult, ParsedFields, ParseMeta, Span, DocType } from './types.ts'
export type { ParseError, ParseErrorCode } from './errors.ts'
export { DEFAULT_LIMITS, type ReadLimits } from './read/read-document.ts'

function build(text: string, format: SourceFormat, encoding: string | null): ParsedDocument {
  const { fields, sources } = extractFields(text)
  return { ...fields, _meta: { text, sources, format, encoding } }
}

/** Parses text (a .txt file's content or text pasted in). Pure. */
export function parseText(raw: string): ParsedDocument {
  return build(normalizeDocumentText(raw, 'unknown'), 'text', null)
}

/** Parses an uploaded file; bad input gives { ok: false, error } with a Vietnamese message. */
export async function parseDocument(bytes: Uint8Array, fileName: string, limits: Partial<ReadLimits> = {}): Promise<ParseResult> {
  try {
    const { raw, hint, format, encoding } = await readDocumentText(bytes, fileName, { ...DEFAULT_LIMITS, ...limits })
    const text = normalizeDocumentText(raw, hint)
    if (!/\p{L}{2}/u.test(text)) throw new ParseFailure('no_text', `Tệp "${fileName}" không có nội dung chữ để đọc.`)
    return { ok: true, document: build(text, format, encoding) }
  } catch (error) {
    if (error instanceof ParseFailure) return { ok: false, error: { code: error.code, message: error.message } }
    throw error
  }
}
