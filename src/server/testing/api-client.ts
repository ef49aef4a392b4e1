// Drives the real Hono app in-process (no socket) with a cookie jar and the CSRF header, like the SPA does.
import type { Db } from '../db/client.ts'
import { createApp } from '../http/app.ts'
import { loadConfig, type Config } from '../config.ts'
import { routes } from '../routes.ts'
import { TEST_PASSWORD } from './fixtures.ts'

export interface ApiResponse<T = any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  status: number
  body: T
  headers: Headers
}

export function testApp(db: Db, overrides: Partial<Config> = {}) {
  const config = { ...loadConfig({}), ...overrides }
  return createApp({ db, config, routes })
}

export class ApiClient {
  private cookie = ''
  csrfToken = ''
  constructor(private readonly app: ReturnType<typeof testApp>) {}

  static async signIn(app: ReturnType<typeof testApp>, username: string, password = TEST_PASSWORD): Promise<ApiClient> {
    const client = new ApiClient(app)
    const res = await client.post('/api/auth/login', { username, password })
    if (res.status !== 200) throw new Error(`sign-in failed for ${username}: ${JSON.stringify(res.body)}`)
    return client
  }

  async request(method: string, url: string, body?: unknown, init: { headers?: Record<string, string>; raw?: BodyInit } = {}): Promise<ApiResponse> {
    const headers: Record<string, string> = { ...(init.headers ?? {}) }
    if (this.cookie) headers.cookie = this.cookie
    if (this.csrfToken && method !== 'GET') headers['x-csrf-token'] = this.csrfToken
    let payload: BodyInit | undefined = init.raw
    if (body !== undefined) {
      headers['content-type'] = 'application/json'
      payload = JSON.stringify(body)
    }
    const res = await this.app.request(url, { method, headers, body: payload })
    const setCookie = res.headers.get('set-cookie')
    if (setCookie) {
      const match = setCookie.match(/tdkt_session=([^;]*)/)
      if (match) this.cookie = match[1] ? `tdkt_session=${match[1]}` : ''
    }
    const text = await res.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      /* not JSON */
    }
    if (url === '/api/auth/login' && res.status === 200) this.csrfToken = (parsed as { csrfToken: string }).csrfToken
    return { status: res.status, body: parsed, headers: res.headers }
  }

  get = (url: string) => this.request('GET', url)
  post = (url: string, body?: unknown) => this.request('POST', url, body)
  put = (url: string, body?: unknown) => this.request('PUT', url, body)
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body)
  delete = (url: string) => this.request('DELETE', url)

  /** multipart upload of one file in the field "file" */
  upload(url: string, name: string, bytes: Uint8Array, type = 'application/octet-stream') {
    const form = new FormData()
    form.append('file', new File([new Uint8Array(bytes)], name, { type }))
    return this.request('POST', url, undefined, { raw: form })
  }
}
