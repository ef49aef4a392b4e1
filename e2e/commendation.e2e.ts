// Journeys C, E and F on the demo's commendation workflow: a council member of Bình Thành votes by secret
// ballot in the open session and cannot vote twice, while the officer sees only how many ballots came in; a
// citizen comments on Bình Thành's open posted list and the officer resolves the comment; the Bắc Sơn officer
// downloads the issued Giấy khen decision (Word) and the certificates (PDF); a citizen verifies a certificate
// by its code, and a mistyped code is refused; the provincial officer sees Bắc Sơn's Bằng khen proposal.
import mammoth from 'mammoth'
import { extractText } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startServer, type RunningServer } from './support/server.ts'
import { artifactPath, launchBrowser, signInOn } from './support/browser.ts'

const PASSWORD = 'Tdkt@2025demo'
let server: RunningServer
let browser: Browser

beforeAll(async () => {
  server = await startServer()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const newPage = async () => (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', acceptDownloads: true })).newPage()

async function signIn(username: string): Promise<Page> {
  return signInOn(await newPage(), server.url, username, PASSWORD)
}

/** GET of the API with the page's session (cookies), as JSON. */
async function getJson<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(`${server.url}${path}`)
  expect(res.status(), path).toBe(200)
  return (await res.json()) as T
}

/** Changes one character of the code's body (keeping the dashes), so the check characters no longer match. */
function altered(code: string): string {
  const i = code.indexOf('-') + 1
  return `${code.slice(0, i)}${code[i] === 'A' ? 'B' : 'A'}${code.slice(i + 1)}`
}

describe('the commendation workflow of the demo', () => {
  it('a council member votes once by secret ballot; the officer sees the count received, no tally', async () => {
    const member = await signIn('binhthanh.hoidong')
    await member.goto(`${server.url}/hoi-dong`)
    await member.getByTestId('open-session-link').first().click()
    await member.waitForURL(/\/hoi-dong\/phien\/[0-9a-f-]{36}$/)
    const sessionId = member.url().split('/').pop()!
    const ballot = member.getByTestId('ballot-card')
    await ballot.waitFor()
    expect(await ballot.getByTestId('ballot-voted').count()).toBe(0)
    await member.screenshot({ path: artifactPath('council-ballot.png'), fullPage: true })

    const sent = member.waitForResponse((r) => r.url().endsWith('/ballot') && r.request().method() === 'POST')
    await ballot.getByTestId('ballot-for').first().click()
    await member.getByRole('button', { name: 'Gửi phiếu' }).click()
    expect((await sent).status()).toBe(200)
    await expect.poll(() => ballot.getByTestId('ballot-voted').count()).toBe(1)
    await expect.poll(() => ballot.getByTestId('ballot-for').count()).toBe(1) // only the other item still has buttons
    await member.screenshot({ path: artifactPath('council-ballot-voted.png'), fullPage: true })

    // Not twice: the server refuses a second ballot on the same item, in Vietnamese.
    const paper = await getJson<{ items: { id: string; voted: boolean }[] }>(member, `/api/council-sessions/${sessionId}/my-ballot`)
    const voted = paper.items.find((i) => i.voted)!
    const { csrfToken } = await getJson<{ csrfToken: string }>(member, '/api/auth/me')
    const again = await member.request.post(`${server.url}/api/council-items/${voted.id}/ballot`, { data: { choice: 'against' }, headers: { 'x-csrf-token': csrfToken } })
    expect(again.status()).toBe(409)
    expect((await again.json()).error.message).toContain('Đồng chí đã bỏ phiếu cho nội dung này')

    const officer = await signIn('binhthanh.vanphong')
    await officer.goto(`${server.url}/hoi-dong/phien/${sessionId}`)
    const received = officer.getByTestId('item-received')
    await received.first().waitFor()
    // 2 ballots + 1 written opinion seeded, and this member's ballot; the item without an opinion had 2.
    expect(await received.allTextContents()).toEqual(['4/7', '2/7'])
    const detail = await getJson<{ items: { tally: unknown; result: unknown }[] }>(officer, `/api/council-sessions/${sessionId}`)
    expect(detail.items.map((i) => [i.tally, i.result])).toEqual([[null, null], [null, null]])
    // while voting is open the agenda shows "Đã nhận", never the columns of the count
    await officer.getByRole('columnheader', { name: 'Đã nhận' }).waitFor()
    for (const counted of ['Tỷ lệ đồng ý / tổng số', 'Kết quả']) expect(await officer.getByRole('columnheader', { name: counted }).count()).toBe(0)
    await officer.screenshot({ path: artifactPath('council-officer-open.png'), fullPage: true })
  })

  it('a citizen comments on the open posted list; the officer sees it unresolved and resolves it', async () => {
    const officer = await signIn('binhthanh.vanphong')
    const { items } = await getJson<{ items: { id: string; phase: string }[] }>(officer, '/api/postings')
    const posting = items.find((p) => p.phase === 'open')!

    const citizen = await newPage()
    await citizen.goto(`${server.url}/cong-khai/${posting.id}`)
    await citizen.getByTestId('public-posting-title').waitFor()
    await citizen.getByTestId('public-comment-name').fill('Lương Văn Thành')
    await citizen.getByTestId('public-comment-contact').fill('0987 000 111')
    await citizen.getByTestId('public-comment-content').fill('Cô giáo chủ nhiệm lớp 3A rất tận tình; tôi đồng ý với danh sách.')
    await citizen.screenshot({ path: artifactPath('public-posting.png'), fullPage: true })
    await citizen.getByTestId('public-comment-send').click()
    await citizen.getByTestId('public-comment-received').waitFor()
    await citizen.screenshot({ path: artifactPath('public-posting-sent.png'), fullPage: true })

    await officer.goto(`${server.url}/cong-khai-danh-sach/${posting.id}`)
    await expect.poll(() => officer.getByTestId('posting-unresolved').first().textContent()).toBe('1')
    await officer.getByTestId('posting-comments-tab').click()
    const comment = officer.getByTestId('posting-comment').filter({ hasText: 'Lương Văn Thành' })
    await comment.getByText('Chưa xử lý').waitFor()
    await officer.screenshot({ path: artifactPath('posting-comment-open.png'), fullPage: true })
    await comment.getByTestId('comment-resolution').fill('Ghi nhận ý kiến đồng tình; không phải điều chỉnh danh sách.')
    await comment.getByTestId('comment-resolve').click()
    await expect.poll(() => comment.getByText('Chưa xử lý').count()).toBe(0)
    await comment.getByText('Ghi nhận ý kiến đồng tình').waitFor()
    await expect.poll(() => officer.getByTestId('posting-unresolved').first().textContent()).toBe('0')
    await officer.screenshot({ path: artifactPath('posting-comment-resolved.png'), fullPage: true })
  })

  let certificateCode = ''

  it('the officer downloads the issued Bắc Sơn decision and its certificates', async () => {
    const officer = await signIn('bacson.vanphong')
    await officer.goto(`${server.url}/quyet-dinh`)
    const table = officer.getByTestId('decision-table')
    await table.getByText('01/QĐ-UBND').first().click()
    await officer.waitForURL(/\/quyet-dinh\/[0-9a-f-]{36}$/)
    const decisionId = officer.url().split('/').pop()!
    await expect.poll(() => officer.getByTestId('decision-status').textContent()).toBe('Đã ban hành')
    await officer.screenshot({ path: artifactPath('decision-issued.png'), fullPage: true })

    const download = officer.waitForEvent('download')
    await officer.getByTestId('decision-file-quyet-dinh.docx').click()
    const file = await (await download).path()
    const { value: docx } = await mammoth.extractRawText({ path: file })
    expect(docx).toContain('Số: 01/QĐ-UBND')
    expect(docx).toContain('Về việc tặng Giấy khen năm 2025')
    expect(docx).toContain('Trịnh Minh Tuấn')

    await officer.getByTestId('decision-certificates-link').click()
    await officer.waitForURL(/\/giay-khen$/)
    const certificates = officer.getByTestId('certificates-table')
    await certificates.getByText('Lê Thị Hiền').first().waitFor()
    await officer.screenshot({ path: artifactPath('decision-certificates.png'), fullPage: true })
    const listed = await getJson<{ certificates: { code: string; status: string }[] }>(officer, `/api/decisions/${decisionId}/certificates`)
    expect(listed.certificates.map((c) => c.status)).toEqual(['valid', 'valid'])
    certificateCode = listed.certificates[1]!.code

    const href = await officer.getByTestId('print-full').getAttribute('href')
    const pdf = await officer.request.get(`${server.url}${href}`)
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toContain('application/pdf')
    const { totalPages, text } = await extractText(new Uint8Array(await pdf.body()), { mergePages: true })
    expect(totalPages).toBe(listed.certificates.length)
    expect(text).toContain('Số sổ vàng')
    expect(text).toContain(certificateCode)
  })

  it('a citizen verifies a certificate by its code; a code with one character changed is refused', async () => {
    expect(certificateCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}-[0-9A-Z]{2}$/)
    const citizen = await newPage()
    await citizen.goto(`${server.url}/xac-minh/${certificateCode}`)
    await citizen.getByTestId('verify-result-valid').waitFor()
    expect(await citizen.getByTestId('verify-awardee').textContent()).toContain('Lê Thị Hiền')
    await citizen.screenshot({ path: artifactPath('verify-valid.png'), fullPage: true })

    await citizen.goto(`${server.url}/xac-minh/${altered(certificateCode)}`)
    await citizen.getByText('Mã xác minh không đúng (sai ký tự kiểm tra)').first().waitFor()
    expect(await citizen.getByTestId('verify-result-valid').count()).toBe(0)
    await citizen.screenshot({ path: artifactPath('verify-altered.png'), fullPage: true })
  })

  it('the provincial officer sees Bắc Sơn\'s Bằng khen proposal under "Nhận từ cấp dưới"', async () => {
    const province = await signIn('tinh.thuongtruc')
    await province.goto(`${server.url}/trinh-cap-tren`)
    await province.getByRole('tab', { name: 'Nhận từ cấp dưới' }).click()
    const incoming = province.getByTestId('proposal-table-incoming')
    await incoming.getByText('Xã Bắc Sơn').first().waitFor()
    await province.screenshot({ path: artifactPath('proposals-incoming.png'), fullPage: true })
    await incoming.getByText('Xã Bắc Sơn').first().click()
    await province.waitForURL(/\/trinh-cap-tren\/[0-9a-f-]{36}$/)
    await province.getByText('Trường Mầm non Bắc Sơn').first().waitFor()
    await province.screenshot({ path: artifactPath('proposal-incoming-detail.png'), fullPage: true })
  })
})
