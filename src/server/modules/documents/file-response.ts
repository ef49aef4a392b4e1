// A file download: the content type, an ASCII file name for old browsers and the Vietnamese one as
// filename* (RFC 6266), never cached.

/** "Tờ trình – Nguyễn Văn An.docx" → "To-trinh-Nguyen-Van-An.docx". */
function asciiFileName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

export function fileResponse(bytes: Uint8Array, type: string, name: string): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      'content-type': type,
      'content-disposition': `attachment; filename="${asciiFileName(name) || 'tep'}"; filename*=UTF-8''${encodeURIComponent(name.normalize('NFC'))}`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  })
}
