// The public page talks to the API without the session cookie (credentials: 'omit'): a signed-in officer who
// opens it is a member of the public there, and no CSRF token is needed or sent.
import { ApiError, parseApiError } from '../../api.ts'

export async function publicRequest<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      method,
      credentials: 'omit',
      headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch {
    throw new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.')
  }
  if (!response.ok) throw await parseApiError(response)
  return (await response.json()) as T
}
