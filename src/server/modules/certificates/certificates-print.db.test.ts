// The officer's list of a decision's certificates, printing in both modes, and the pre-printed blank layout.
import { extractTextItems, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openHistoryTest, type HistoryTestContext } from '../history/history.testing.ts'
import { DEFAULT_POSITIONS } from '../../../documents/certificate/index.ts'
import { collapse } from '../../../documents/decree30/testing/text.ts'
import { TEST_PASSWORD } from '../../testing/fixtures.ts'
import { certificateTableCounts, issuedDecision, type IssuedDecision } from './certificates.testing.ts'

let t: HistoryTestContext
let decision: IssuedDecision

beforeAll(async () => {
  t = await openHistoryTest()
  decision = await issuedDecision(t, [
    { fullName: 'Hoàng Thị Lan', sex: 'nu', position: 'Giáo viên' },
    { fullName: 'Ma Văn Hùng', position: 'Hiệu trưởng', target: 'CSTDCS', achievement: 'Đạt danh hiệu Lao động tiên tiến hai năm liền, có sáng kiến được công nhận' },
    { fullName: 'Lục Thị Hoa', sex: 'nu' },
  ])
})
afterAll(() => t.db.close())

/** The PDF's pages as text (pdf.js through unpdf), and their sizes. */
async function readPdf(bytes: Uint8Array) {
  const { items } = await extractTextItems(bytes.slice())
  const proxy = await getDocumentProxy(bytes.slice())
  const viewport = (await proxy.getPage(1)).getViewport({ scale: 1 })
  return { pages: items.map((page) => collapse(page.map((i) => i.str).join(' '))), width: viewport.width, height: viewport.height }
}

/** GET with the officer's session, the answer read as bytes (the test ApiClient reads bodies as text). */
async function download(url: string) {
  const login = await t.app.request('/api/auth/login', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: t.tenant.accounts.officerA!.username, password: TEST_PASSWORD }),
  })
  const cookie = login.headers.get('set-cookie')!.match(/tdkt_session=[^;]*/)![0]
  const res = await t.app.request(url, { headers: { cookie } })
  return { res, bytes: res.status === 200 ? new Uint8Array(await res.arrayBuffer()) : null }
}

describe('list', () => {
  it('shows one line per awardee with serial, form, code and status; the unit that proposed them reads nothing above its subtree', async () => {
    const res = await (await t.as('unitSchoolA')).get(`/api/decisions/${decision.id}/certificates`)
    expect(res.status).toBe(403)
    const officer = await (await t.as('officerA')).get(`/api/decisions/${decision.id}/certificates`)
    expect(officer.status).toBe(200)
    expect(officer.body.decision).toMatchObject({ id: decision.id, numberText: `${String(decision.number).padStart(2, '0')}/QĐ-UBND`, decisionDate: '2025-12-20', status: 'issued' })
    expect(officer.body.certificates.map((c: Record<string, unknown>) => [c.serial, c.awardeeName, c.awardName, c.code, c.status, c.statusLabel, c.history])).toEqual([
      [1, 'Bà Hoàng Thị Lan', 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã', decision.certificates[0]!.code, 'valid', 'Còn hiệu lực', []],
      [2, 'Ông Ma Văn Hùng', 'Chiến sĩ thi đua cơ sở', decision.certificates[1]!.code, 'valid', 'Còn hiệu lực', []],
      [3, 'Bà Lục Thị Hoa', 'Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã', decision.certificates[2]!.code, 'valid', 'Còn hiệu lực', []],
    ])
  })

  it('refuses a decision outside the caller\'s subtree, and an unknown decision', async () => {
    const other = await (await t.as('officerB')).get(`/api/decisions/${decision.id}/certificates`)
    expect(other.status).toBe(403)
    expect(other.body.error.message).toBe('Đối tượng này thuộc đơn vị ngoài phạm vi quản lý của bạn.')
    const unknown = await (await t.as('officerA')).get('/api/decisions/00000000-0000-4000-8000-000000000000/certificates')
    expect(unknown.status).toBe(404)
    expect(unknown.body.error.message).toBe('Không tìm thấy quyết định khen thưởng.')
  })
})

describe('print', () => {
  it('prints every valid certificate on its own A4 landscape page, the full design', async () => {
    const { res, bytes } = await download(`/api/decisions/${decision.id}/certificates.pdf?mode=full`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toContain('attachment;')
    const pdf = await readPdf(bytes!)
    expect(pdf.pages).toHaveLength(3)
    expect(pdf.width).toBeGreaterThan(pdf.height)
    expect(Math.round(pdf.width)).toBe(842)
    expect(pdf.pages[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(pdf.pages[0]).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH')
    expect(pdf.pages[0]).toContain('Bà Hoàng Thị Lan')
    expect(pdf.pages[0]).toContain('Giáo viên, Trường Tiểu học Bình Thành')
    expect(pdf.pages[0]).toContain(`Quyết định số ${String(decision.number).padStart(2, '0')}/QĐ-UBND ngày 20/12/2025`)
    expect(pdf.pages[0]).toContain('Số sổ vàng: 1')
    expect(pdf.pages[0]).toContain(`Mã xác minh: ${decision.certificates[0]!.code}`)
    expect(pdf.pages[0]).toContain(`http://localhost:3000/xac-minh/${decision.certificates[0]!.code}`)
    expect(pdf.pages[0]).toContain('Bình Thành, ngày 20 tháng 12 năm 2025')
    expect(pdf.pages[0]).toContain('Nguyễn Đức Soán')
    expect(pdf.pages[1]).toContain('TẶNG DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ')
    expect(pdf.pages[1]).toContain('Ông Ma Văn Hùng Hiệu trưởng, Trường Tiểu học Bình Thành')
  })

  it('prints only the variable fields for pre-printed blanks, and only the chosen certificates', async () => {
    const chosen = [decision.certificates[2]!.id, decision.certificates[0]!.id].join(',')
    const { res, bytes } = await download(`/api/decisions/${decision.id}/certificates.pdf?mode=preprinted&ids=${chosen}`)
    expect(res.status).toBe(200)
    const pdf = await readPdf(bytes!)
    expect(pdf.pages).toHaveLength(2)
    expect(pdf.pages[0]).toContain('Bà Hoàng Thị Lan')
    expect(pdf.pages[1]).toContain('Bà Lục Thị Hoa')
    for (const page of pdf.pages) for (const fixed of ['CỘNG HÒA', 'Độc lập', 'ỦY BAN NHÂN DÂN', 'TẶNG', 'GIẤY KHEN']) expect(page).not.toContain(fixed)
  })

  it('refuses an unknown print mode and ids that are not valid certificates of the decision, naming the field', async () => {
    const officer = await t.as('officerA')
    const mode = await officer.get(`/api/decisions/${decision.id}/certificates.pdf?mode=a3`)
    expect(mode.status).toBe(400)
    expect(mode.body.error.fields.mode).toBe('Cách in: chỉ nhận full (in cả mẫu) hoặc preprinted (in trên phôi in sẵn)')
    const stranger = await officer.get(`/api/decisions/${decision.id}/certificates.pdf?ids=00000000-0000-4000-8000-000000000000`)
    expect(stranger.status).toBe(400)
    expect(stranger.body.error.fields.ids).toMatch(/^Giấy khen cần in: 1 giấy khen không thuộc quyết định này hoặc không còn hiệu lực/)
    const bad = await officer.get(`/api/decisions/${decision.id}/certificates.pdf?ids=abc`)
    expect(bad.status).toBe(400)
    expect(Object.values(bad.body.error.fields)[0]).toMatch(/^Giấy khen cần in/)
  })

  it('is for the emulation officer: a unit account and the signer are refused', async () => {
    for (const account of ['unitSchoolA', 'signerA']) expect((await (await t.as(account)).get(`/api/decisions/${decision.id}/certificates.pdf`)).status).toBe(403)
  })
})

describe('pre-printed blank layout', () => {
  const url = () => `/api/organizations/${t.tenant.org.communeA.id}/certificate-layout`

  it('starts from the full design\'s positions, saves moved fields with a version, and prints at them', async () => {
    const officer = await t.as('officerA')
    const start = await officer.get(url())
    expect(start.status).toBe(200)
    expect(start.body).toMatchObject({ positions: DEFAULT_POSITIONS, defaults: DEFAULT_POSITIONS, version: 0, page: { width: 297, height: 210 } })
    expect(start.body.fields).toHaveLength(8)
    const moved = { ...DEFAULT_POSITIONS, name: { x: 40, y: 100, width: 200, size: 20 } }
    const saved = await officer.put(url(), { positions: moved, version: 0 })
    expect(saved.status).toBe(200)
    expect(saved.body).toMatchObject({ positions: moved, version: 1 })
    const stale = await officer.put(url(), { positions: DEFAULT_POSITIONS, version: 0 })
    expect(stale.status).toBe(409)
    expect(stale.body.error.fields).toEqual({ version: 'Phiên bản dữ liệu đã cũ' })

    const { bytes } = await download(`/api/decisions/${decision.id}/certificates.pdf?mode=preprinted&ids=${decision.certificates[0]!.id}`)
    const { items } = await extractTextItems(bytes!.slice())
    const name = items[0]!.find((i) => i.str.includes('Hoàng'))!
    const MM = 72 / 25.4
    expect(name.y).toBeLessThan((210 - 100) * MM)
    expect(name.y).toBeGreaterThan((210 - 110) * MM)
    expect(name.fontSize).toBeCloseTo(20, 0)
  })

  it('refuses a field outside the page or a size out of range, naming the field, and saves nothing', async () => {
    const officer = await t.as('officerA')
    const before = await certificateTableCounts(t.db)
    const current = (await officer.get(url())).body
    const res = await officer.put(url(), {
      positions: { ...current.positions, achievement: { x: 100, y: 119, width: 220, size: 15 }, qr: { x: 22, y: 166, width: 24, size: 2 } },
      version: current.version,
    })
    expect(res.status).toBe(400)
    expect(res.body.error.fields).toEqual({
      'positions.achievement': 'Thành tích: vượt mép phải trang (x + rộng = 320 mm > 297 mm)',
      'positions.qr.size': 'Cỡ chữ (pt): phải từ 6 pt trở lên',
    })
    const missing = await officer.put(url(), { positions: { name: current.positions.name }, version: current.version })
    expect(missing.status).toBe(400)
    expect(missing.body.error.fields['positions.details']).toMatch(/^Chức vụ, đơn vị hoặc địa chỉ: /)
    expect(await certificateTableCounts(t.db)).toEqual(before)
  })

  it('belongs to the issuer: another commune\'s officer is refused', async () => {
    const res = await (await t.as('officerB')).get(url())
    expect(res.status).toBe(403)
  })
})
