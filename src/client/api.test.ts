// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { api, ApiError, parseApiError, setCsrfToken, toApiError, toQuery } from './api.ts'

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

afterEach(() => {
  vi.unstubAllGlobals()
  setCsrfToken(null)
})

describe('parseApiError', () => {
  it('reads the code, the Vietnamese message and the per-field messages', async () => {
    const error = await parseApiError(
      json(400, { error: { code: 'VALIDATION', message: 'Dữ liệu chưa hợp lệ — Số CCCD: phải gồm đúng 12 chữ số', fields: { cccd: 'Số CCCD: phải gồm đúng 12 chữ số', bad: 42 } } }),
    )
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION', message: 'Dữ liệu chưa hợp lệ — Số CCCD: phải gồm đúng 12 chữ số' })
    expect(error.fields).toEqual({ cccd: 'Số CCCD: phải gồm đúng 12 chữ số' })
  })

  it('falls back to a Vietnamese message by status when the body is not the API error shape', async () => {
    const proxyPage = await parseApiError(new Response('<html><body>Bad Gateway</body></html>', { status: 502 }))
    expect(proxyPage).toMatchObject({ status: 502, code: 'HTTP_502', fields: {} })
    expect(proxyPage.message).toMatch(/Máy chủ không phản hồi/)

    const tooLarge = await parseApiError(new Response('', { status: 413 }))
    expect(tooLarge.message).toMatch(/quá lớn/)

    const unknown = await parseApiError(json(418, { error: { message: '' } }))
    expect(unknown.message).toBe('Lỗi không xác định (mã 418), vui lòng thử lại.')
  })

  it('keeps the conflict code so forms can offer to reload', async () => {
    const error = await parseApiError(json(409, { error: { code: 'CONFLICT', message: 'Thông tin cá nhân vừa được người khác cập nhật.', fields: { version: 'Phiên bản dữ liệu đã cũ' } } }))
    expect(error.code).toBe('CONFLICT')
    expect(error.fields.version).toBe('Phiên bản dữ liệu đã cũ')
  })
})

describe('toApiError', () => {
  it('wraps anything thrown so a message can always be shown', () => {
    const original = new ApiError(403, 'FORBIDDEN', 'Không có quyền')
    expect(toApiError(original)).toBe(original)
    expect(toApiError(new Error('Hỏng')).message).toBe('Hỏng')
    expect(toApiError('?').message).toBe('Đã có lỗi xảy ra, vui lòng thử lại.')
  })
})

describe('toQuery', () => {
  it('drops empty values and encodes the rest', () => {
    expect(toQuery({ q: 'Nguyễn An', page: 2, organizationId: undefined, category: '', x: null })).toBe('?q=Nguy%E1%BB%85n+An&page=2')
    expect(toQuery({ q: '' })).toBe('')
  })
})

describe('requests', () => {
  it('sends the CSRF token on writes only, with the session cookie', async () => {
    const fetchMock = vi.fn(async () => json(200, { ok: true }))
    vi.stubGlobal('fetch', fetchMock)
    setCsrfToken('token-123')

    await api.get('/api/people')
    await api.patch('/api/people/1', { version: 1 })

    const [getUrl, getInit] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    const [patchUrl, patchInit] = fetchMock.mock.calls[1] as unknown as [string, RequestInit]
    expect(getUrl).toBe('/api/people')
    expect(getInit.headers).not.toHaveProperty('X-CSRF-Token')
    expect(getInit.credentials).toBe('same-origin')
    expect(patchUrl).toBe('/api/people/1')
    expect(patchInit).toMatchObject({ method: 'PATCH', body: '{"version":1}', credentials: 'same-origin' })
    expect(patchInit.headers).toMatchObject({ 'X-CSRF-Token': 'token-123', 'Content-Type': 'application/json' })
  })

  it('throws the parsed server error, and a Vietnamese network error when offline', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(401, { error: { code: 'UNAUTHENTICATED', message: 'Bạn cần đăng nhập để tiếp tục.' } })))
    await expect(api.get('/api/auth/me')).rejects.toMatchObject({ status: 401, code: 'UNAUTHENTICATED' })

    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))))
    await expect(api.get('/api/people')).rejects.toMatchObject({ code: 'NETWORK', message: expect.stringMatching(/Không kết nối được máy chủ/) })
  })

  it('returns nothing for 204 and posts uploads as multipart without a JSON content type', async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }))
    vi.stubGlobal('fetch', fetchMock)
    await expect(api.post('/api/auth/logout')).resolves.toBeUndefined()

    await api.upload('/api/people/import/preview', new Blob(['x']), 'danh-sach.xlsx')
    const [, init] = fetchMock.mock.calls[1] as unknown as [string, RequestInit]
    expect(init.body).toBeInstanceOf(FormData)
    expect((init.body as FormData).get('file')).toBeInstanceOf(Blob)
    expect(init.headers).not.toHaveProperty('Content-Type')
  })
})
