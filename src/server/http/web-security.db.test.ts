// Web security of the HTTP layer: the headers on API answers and on the app's pages; a file name cannot climb
// out of its place or carry markup into a download header; a cross-site write is refused before any use case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openHistoryTest, type HistoryTestContext } from '../modules/history/history.testing.ts'
import { created, nominate, PDF_BYTES, staff } from '../modules/nominations/nominations.testing.ts'
import { testApp } from '../testing/api-client.ts'

let t: HistoryTestContext

beforeAll(async () => {
  t = await openHistoryTest()
})
afterAll(() => t.db.close())

describe('web security', () => {
  it('sends the security headers on pages and on API answers, and a request id on both', async () => {
    const app = testApp(t.db)
    const page = await app.request('/dang-nhap')
    const csp = page.headers.get('content-security-policy') ?? ''
    expect(csp).toMatch(/default-src 'self'/)
    expect(csp).toMatch(/frame-ancestors 'none'/)
    expect(csp).toMatch(/object-src 'none'/)
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    const api = await app.request('/api/auth/me')
    expect(api.status).toBe(401)
    expect(api.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'")
    expect(api.headers.get('cross-origin-resource-policy')).toBe('same-origin')
    for (const res of [page, api]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('x-frame-options')).toBe('DENY')
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    }
    const traced = await app.request('/api/auth/me', { headers: { 'x-request-id': 'yeu-cau-42' } })
    expect(traced.headers.get('x-request-id')).toBe('yeu-cau-42')
  })

  it('keeps only the base name of an uploaded file and never echoes markup or line breaks into a header', async () => {
    const teacher = await staff(t, 'Lục Văn Sáng')
    const nomination = await created(await nominate(t, teacher.id))
    const unit = await t.as('unitSchoolA')
    const res = await unit.upload(`/api/nominations/${nomination.id}/documents?part=khac`, '../../../etc/<script>alert(1)</script>.pdf', PDF_BYTES, 'application/pdf')
    expect(res.status).toBe(201)
    const detail = (await unit.get(`/api/nominations/${nomination.id}`)).body
    const attached = detail.dossier.uploads.find((a: { part: string }) => a.part === 'khac')
    expect(attached.name).not.toMatch(/\.\.|\//)
    const download = await unit.request('GET', `/api/nominations/${nomination.id}/documents/${attached.id}`)
    expect(download.status).toBe(200)
    const disposition = download.headers.get('content-disposition') ?? ''
    expect(disposition).not.toMatch(/[<>\r\n]|\.\.\//)
    expect(download.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('refuses a cross-site write before any use case runs, even with a valid session', async () => {
    const officer = await t.as('officerA')
    const res = await officer.request('POST', '/api/organizations', { parentId: t.tenant.org.communeA.id, name: 'Xóm Lạ', kind: 'village' }, { headers: { 'sec-fetch-site': 'cross-site' } })
    expect(res.status).toBe(403)
    expect(res.body.error.message).toMatch(/CSRF/)
    expect((await officer.get(`/api/organizations?q=${encodeURIComponent('Xóm Lạ')}`)).body.items ?? []).toEqual([])
  })
})
