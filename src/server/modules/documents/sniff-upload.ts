// What an uploaded evidence file really is, from its bytes (the name and the browser's type can lie):
// the file store takes PDF, Word (.docx) and photographs or scans (PNG, JPEG). Pure.
import { sniff } from '../../../documents/parse/read/sniff.ts'
import { zipEntries } from '../../../documents/parse/read/zip-guard.ts'

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export const ACCEPTED_TYPES = {
  'application/pdf': { label: 'PDF', extension: 'pdf' },
  [DOCX_TYPE]: { label: 'Word (.docx)', extension: 'docx' },
  'image/png': { label: 'ảnh PNG', extension: 'png' },
  'image/jpeg': { label: 'ảnh JPEG', extension: 'jpg' },
} as const
export type AcceptedType = keyof typeof ACCEPTED_TYPES

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b)

function isDocx(bytes: Uint8Array): boolean {
  try {
    return zipEntries(bytes).some((entry) => entry.name === 'word/document.xml')
  } catch {
    return false
  }
}

/** The MIME type of an accepted file, or null for anything else (a renamed executable, an old .doc, a zip…). */
export function sniffUploadType(bytes: Uint8Array): AcceptedType | null {
  switch (sniff(bytes)) {
    case 'pdf':
      return 'application/pdf'
    case 'zip':
      return isDocx(bytes) ? DOCX_TYPE : null
    case 'image':
      if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
      if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
      return null
    default:
      return null
  }
}
