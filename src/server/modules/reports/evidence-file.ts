// An evidence file (minh chứng) checked before it is stored: within the upload limit (TDKT_UPLOAD_LIMIT_MB),
// of a type sniffed from its bytes — PDF, Word (.docx), Excel (.xlsx) or a photograph or scan (PNG, JPEG) —
// named in NFC; keyed by the SHA-256 of its bytes in the content-addressed store, like a nomination's dossier files.
import { createHash } from 'node:crypto'
import { zipEntries } from '../../../documents/parse/read/zip-guard.ts'
import { AppError } from '../../http/errors.ts'
import type { UploadedFile } from '../../http/route.ts'
import { ACCEPTED_TYPES, sniffUploadType } from '../documents/sniff-upload.ts'

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const EXTENSIONS: Record<string, string> = { ...Object.fromEntries(Object.entries(ACCEPTED_TYPES).map(([type, t]) => [type, t.extension])), [XLSX_TYPE]: 'xlsx' }
const LABELS = [...Object.values(ACCEPTED_TYPES).map((t) => t.label), 'Excel (.xlsx)'].join(', ')
const MAX_NAME = 200

/** At most this many evidence files on one report (each within the upload limit). */
export const MAX_FILES_PER_REPORT = 30

export interface EvidenceFile {
  sha256: string
  type: string
  size: number
  bytes: Uint8Array
  name: string
}

function isXlsx(bytes: Uint8Array): boolean {
  try {
    return zipEntries(bytes).some((entry) => entry.name === 'xl/workbook.xml')
  } catch {
    return false
  }
}

/** The MIME type of an accepted evidence file, or null for anything else (an executable, an old .xls or .doc, a zip…). */
export function evidenceType(bytes: Uint8Array): string | null {
  return sniffUploadType(bytes) ?? (isXlsx(bytes) ? XLSX_TYPE : null)
}

export function acceptEvidence(file: UploadedFile, maxBytes: number): EvidenceFile {
  if (file.bytes.length > maxBytes) {
    const message = `Tệp "${file.name}" vượt quá giới hạn ${Math.round(maxBytes / 1024 / 1024)} MB.`
    throw new AppError('PAYLOAD_TOO_LARGE', message, { file: message })
  }
  const type = evidenceType(file.bytes)
  if (!type) {
    const message = `Tệp "${file.name}" không phải ${LABELS}; minh chứng chỉ nhận các loại tệp này.`
    throw new AppError('VALIDATION', message, { file: message })
  }
  const name = file.name.normalize('NFC').trim().slice(0, MAX_NAME) || `minh-chung.${EXTENSIONS[type]}`
  return { sha256: createHash('sha256').update(file.bytes).digest('hex'), type, size: file.bytes.length, bytes: file.bytes, name }
}
