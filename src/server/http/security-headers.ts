// Security headers of every answer. Documents (the app's pages, static files, downloads) get the full set; JSON
// answers of the API, which a browser never renders as a page, get the headers that protect data rather than a page.
import type { MiddlewareHandler } from 'hono'

/** The app's pages and every answer that is not JSON: what a browser renders, frames, navigates from or downloads. */
export const DOCUMENT_HEADERS: readonly (readonly [string, string])[] = [
  [
    'content-security-policy',
    [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'", // Ant Design injects its CSS-in-JS at run time
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ].join('; '),
  ],
  ['cross-origin-opener-policy', 'same-origin'],
  ['cross-origin-resource-policy', 'same-origin'],
  ['origin-agent-cluster', '?1'],
  ['referrer-policy', 'strict-origin-when-cross-origin'],
  ['strict-transport-security', 'max-age=15552000; includeSubDomains'],
  ['x-content-type-options', 'nosniff'],
  ['x-dns-prefetch-control', 'off'],
  ['x-download-options', 'noopen'],
  ['x-frame-options', 'DENY'],
  ['x-permitted-cross-domain-policies', 'none'],
  ['x-xss-protection', '0'],
]

/**
 * JSON answers, per the OWASP REST Security Cheat Sheet ("Security Headers": Cache-Control no-store, CSP
 * frame-ancestors 'none', HSTS, nosniff, X-Frame-Options DENY on every API answer): never cached, sniffed into a
 * script or a page, framed, or loaded by another site as a resource (CORP), and — opened on its own — allowed to
 * load nothing; HTTPS only.
 * Left out, as they act only on a page the browser renders: the SPA's CSP sources, the opener policy and
 * Origin-Agent-Cluster (top-level documents), X-DNS-Prefetch-Control (a page's links), X-Download-Options (Internet
 * Explorer opening downloads), X-Permitted-Cross-Domain-Policies (Flash/Acrobat policy files), X-XSS-Protection: 0
 * (the removed XSS auditor) and Referrer-Policy (a JSON answer links nowhere; browsers default to the same policy).
 */
export const JSON_HEADERS: readonly (readonly [string, string])[] = [
  ['cache-control', 'no-store'], // answers hold personal data: never kept by a shared or the browser's cache
  ['content-security-policy', "default-src 'none'; frame-ancestors 'none'"],
  ['cross-origin-resource-policy', 'same-origin'],
  ['strict-transport-security', 'max-age=15552000; includeSubDomains'],
  ['x-content-type-options', 'nosniff'],
  ['x-frame-options', 'DENY'],
]

/**
 * Sets the headers on the answer's own header list once it is built (never rebuilding the answer). A header the
 * handler set itself is kept: a stored photo's stricter CSP (`default-src 'none'; sandbox`, photo-response.ts).
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const headers = c.res.headers
    const set = headers.get('content-type')?.startsWith('application/json') ? JSON_HEADERS : DOCUMENT_HEADERS
    for (const [name, value] of set) if (!headers.has(name)) headers.set(name, value)
  }
}
