// An uploaded file checked before it is stored: within the size limit, of an accepted type sniffed from its
// bytes, named in NFC; keyed by the SHA-256 of its bytes (the content-addressed store, documents.repository.ts).
import { createHash } from 'node:crypto'
import { AppError } from '../../http/errors.ts'
import type { UploadedFile } from '../../http/route.ts'
import { ACCEPTED_TYPES, sniffUploadType, type AcceptedType } from './sniff-upload.ts'

export interface AcceptedFile {
  sha256: string
  type: AcceptedType
  size: number
  bytes: Uint8Array
  name: string
}

const MAX_NAME = 200
const ACCEPTED_LABELS = Object.values(ACCEPTED_TYPES).map((t) => t.label).join(', ')

export function acceptUpload(file: UploadedFile, maxBytes: number): AcceptedFile {
  if (file.bytes.length > maxBytes) {
    const message = `Tệp "${file.name}" vượt quá giới hạn ${Math.round(maxBytes / 1024 / 1024)} MB.`
    throw new AppError('PAYLOAD_TOO_LARGE', message, { file: message })
  }
  const type = sniffUploadType(file.bytes)
  if (!type) {
    const message = `Tệp "${file.name}" không phải ${ACCEPTED_LABELS}; hồ sơ chỉ nhận các loại tệp này.`
    throw new AppError('VALIDATION', message, { file: message })
  }
  const name = file.name.normalize('NFC').trim().slice(0, MAX_NAME) || `tep.${ACCEPTED_TYPES[type].extension}`
  return { sha256: createHash('sha256').update(file.bytes).digest('hex'), type, size: file.bytes.length, bytes: file.bytes, name }
}
