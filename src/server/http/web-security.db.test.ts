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
  it('sends the security headers on API answers and on pages', async () => {
    const app = testApp(t.db)
    for (const path of ['/api/auth/me', '/dang-nhap']) {
      const res = await app.request(path)
      const csp = res.headers.get('content-security-policy') ?? ''
      expect(csp, path).toMatch(/default-src 'self'/)
      expect(csp, path).toMatch(/frame-ancestors 'none'/)
      expect(csp, path).toMatch(/object-src 'none'/)
      expect(csp, path).not.toMatch(/script-src[^;]*unsafe-inline/)
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(res.headers.get('x-frame-options'), path).toBe('DENY')
      expect(res.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin')
    }
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
