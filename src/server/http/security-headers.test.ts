import { Hono } from 'hono'
import { expect, it } from 'vitest'
import { photoResponse } from '../modules/honours/photo-response.ts'
import { DOCUMENT_HEADERS, JSON_HEADERS, securityHeaders } from './security-headers.ts'

const app = new Hono()
app.use('*', securityHeaders())
app.get('/json', (c) => c.json({ ok: true }))
app.get('/error', (c) => c.json({ error: { code: 'NOT_FOUND' } }, 404))
app.get('/page', (c) => c.html('<!doctype html><title>tdkt</title>'))
app.get('/file', () => new Response(new Uint8Array([37, 80, 68, 70]), { headers: { 'content-type': 'application/pdf', 'cache-control': 'no-store' } }))
app.get('/photo', () => photoResponse(new Uint8Array([0xff, 0xd8, 0xff]), 'image/jpeg', 'private'))

const headersOf = async (path: string) => (await app.request(path)).headers

it('gives JSON answers, errors included, the headers that protect data', async () => {
  for (const path of ['/json', '/error']) {
    const headers = await headersOf(path)
    for (const [name, value] of JSON_HEADERS) expect(headers.get(name), `${path} ${name}`).toBe(value)
    expect(headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'")
    expect(headers.get('referrer-policy')).toBeNull()
  }
})

it('gives pages and downloads the full set, and keeps what a handler set itself', async () => {
  for (const path of ['/page', '/file']) {
    const headers = await headersOf(path)
    for (const [name, value] of DOCUMENT_HEADERS) expect(headers.get(name), `${path} ${name}`).toBe(value)
  }
  expect((await headersOf('/file')).get('cache-control')).toBe('no-store')
  const photo = await headersOf('/photo')
  expect(photo.get('content-security-policy')).toBe("default-src 'none'; sandbox")
  expect(photo.get('cache-control')).toBe('private, no-store')
  expect(photo.get('x-frame-options')).toBe('DENY')
})
