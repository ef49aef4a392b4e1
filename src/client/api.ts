// The one way the client talks to the server: JSON under /api with the session cookie,
// the CSRF token on every write, and server errors turned into ApiError.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Per-field Vietnamese messages, keyed by the request field name. */
    readonly fields: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

const FALLBACK_MESSAGES: Record<number, string> = {
  401: 'Bạn cần đăng nhập để tiếp tục.',
  403: 'Bạn không có quyền thực hiện thao tác này.',
  404: 'Không tìm thấy dữ liệu yêu cầu.',
  413: 'Tệp hoặc dữ liệu gửi lên quá lớn.',
  429: 'Bạn thao tác quá nhanh, vui lòng thử lại sau ít phút.',
  502: 'Máy chủ không phản hồi, vui lòng thử lại sau.',
  503: 'Máy chủ đang bận hoặc đang khởi động, vui lòng thử lại sau.',
  504: 'Máy chủ phản hồi quá lâu, vui lòng thử lại sau.',
}

/** Reads `{error: {code, message, fields}}` from a failed response; tolerates HTML or empty bodies. */
export async function parseApiError(response: Response): Promise<ApiError> {
  let body: unknown
  try {
    body = JSON.parse(await response.text())
  } catch {
    body = undefined
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; fields?: unknown } } | undefined)?.error
  const fallback = FALLBACK_MESSAGES[response.status] ?? `Lỗi không xác định (mã ${response.status}), vui lòng thử lại.`
  const message = typeof error?.message === 'string' && error.message ? error.message : fallback
  const code = typeof error?.code === 'string' ? error.code : `HTTP_${response.status}`
  const fields: Record<string, string> = {}
  if (error?.fields && typeof error.fields === 'object') {
    for (const [key, value] of Object.entries(error.fields)) if (typeof value === 'string') fields[key] = value
  }
  return new ApiError(response.status, code, message, fields)
}

/** Any thrown value as an ApiError, so callers can always show `.message`. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  return new ApiError(0, 'CLIENT', error instanceof Error && error.message ? error.message : 'Đã có lỗi xảy ra, vui lòng thử lại.')
}

let csrfToken: string | null = null

/** Kept from the sign-in answer and from /api/auth/me (after a page reload). */
export function setCsrfToken(token: string | null | undefined): void {
  csrfToken = token ?? null
}

type QueryValue = string | number | boolean | null | undefined

/** '?a=1&b=x' from the non-empty values, or '' when there are none. */
export function toQuery(params: Record<string, QueryValue>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue
    search.set(key, String(value))
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken
  let payload: BodyInit | undefined
  if (body instanceof FormData) payload = body
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json'
    payload = JSON.stringify(body)
  }
  let response: Response
  try {
    response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' })
  } catch {
    throw new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.')
  }
  if (!response.ok) throw await parseApiError(response)
  if (response.status === 204) return undefined as T
  const text = await response.text()
  return (text ? JSON.parse(text) : undefined) as T
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  /** The version to check goes in the path's query (?version=3). */
  delete: (path: string) => request<void>('DELETE', path),
  /** multipart/form-data with the file in the field "file". */
  upload: <T>(path: string, file: Blob, fileName: string) => {
    const form = new FormData()
    form.append('file', file, fileName)
    return request<T>('POST', path, form)
  },
}
