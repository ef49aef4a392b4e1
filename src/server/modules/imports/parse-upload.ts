// Reads an uploaded Word, PDF or text file into its fields with their source spans. Nothing is saved:
// the officer reviews the result, then applies it (apply-plan.ts).
import { parseDocument, type ParsedDocument } from '../../../documents/parse/index.ts'
import { AppError } from '../../http/errors.ts'
import type { UploadedFile } from '../../http/route.ts'

export interface ParsedUpload {
  fileName: string
  document: ParsedDocument
}

/** `maxBytes`: the app's upload limit. A file that cannot be read is refused with the parser's Vietnamese message. */
export async function parseUpload(file: UploadedFile, maxBytes: number): Promise<ParsedUpload> {
  const result = await parseDocument(file.bytes, file.name, { maxBytes })
  if (!result.ok) throw new AppError('VALIDATION', result.error.message, { file: result.error.message })
  return { fileName: file.name, document: result.document }
}
