// A stored photo as an HTTP answer: the type sniffed when it was uploaded (never the browser's), shown inline,
// never sniffed again by the browser (nosniff), and a CSP that lets it run nothing if opened on its own.
import { PHOTO_TYPES, type PhotoType } from './photo-type.ts'

export function photoResponse(bytes: Uint8Array, type: string, cache: 'private' | 'public'): Response {
  const extension = PHOTO_TYPES[type as PhotoType]?.extension ?? 'bin'
  return new Response(new Uint8Array(bytes), {
    headers: {
      'content-type': type in PHOTO_TYPES ? type : 'application/octet-stream',
      'content-disposition': `inline; filename="anh.${extension}"`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      // The officer's copy may be a draft: never kept. The public one is checked again on every view, so a photo
      // taken down (or its exemplar withdrawn) disappears at once.
      'cache-control': cache === 'private' ? 'private, no-store' : 'public, no-cache',
    },
  })
}
