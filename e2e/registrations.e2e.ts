// Registrations (đăng ký thi đua) on the demo: Bình Thành's primary school drafts its registration for the year,
// adds a title and a commitment and sends it up; the commune officer sees it awaiting approval and returns it
// with the reason; the school sees the reason and sends it again; the officer approves it; the officer's
// "Đơn vị chưa đăng ký" lists the other units and "Nhắc" records a reminder; the registration downloads as Word.
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startServer, type RunningServer } from './support/server.ts'
import { artifactPath, launchBrowser, signInOn } from './support/browser.ts'

const PASSWORD = 'Tdkt@2025demo'
const REASON = 'Đề nghị bổ sung chỉ tiêu Lao động tiên tiến cho giáo viên'
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

const newPage = async () => (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true })).newPage()

async function signIn(username: string): Promise<Page> {
  return signInOn(await newPage(), server.url, username, PASSWORD)
}

/** The status shown in the registration's header. */
const headerStatus = (page: Page) => page.getByTestId('registration-header').locator('.ant-tag').textContent()

/** Clicks an action of the registration page and waits for its request to succeed. */
async function act(page: Page, testId: string, path: string) {
  const answered = page.waitForResponse((r) => r.url().endsWith(path) && r.request().method() === 'POST')
  await page.getByTestId(testId).click()
  expect((await answered).status()).toBe(200)
}

describe('registrations of the demo', () => {
  let unit: Page
  let officer: Page
  let registrationUrl = ''
  const year = new Date().getFullYear()

  it('the school drafts its registration for the year, adds a title and a commitment, and sends it up', async () => {
    unit = await signIn('binhthanh.truongtieuhoc')
    await unit.goto(`${server.url}/dang-ky-thi-dua`)
    const table = unit.getByTestId('registrations-table')
    // The demo's approved registration under the commune's plan answering 141/KH-UBND.
    await expect.poll(() => table.getByTestId('registration-status').allTextContents()).toEqual(['Đã duyệt'])
    await unit.screenshot({ path: artifactPath('registrations-unit-list.png'), fullPage: true })

    await unit.getByTestId('registration-new').click()
    const dialog = unit.getByRole('dialog')
    await dialog.getByText('Trường Tiểu học Bình Thành').waitFor()
    await unit.waitForTimeout(400) // the dialog's opening animation
    await unit.screenshot({ path: artifactPath('registrations-new-dialog.png'), fullPage: true })
    await dialog.getByRole('button', { name: 'Lập bản đăng ký' }).click()
    await unit.waitForURL(/\/dang-ky-thi-dua\/[0-9a-f-]{36}$/)
    registrationUrl = unit.url()
    await expect.poll(() => headerStatus(unit)).toBe('Dự thảo')
    await expect.poll(() => unit.getByTestId('registration-header').textContent()).toContain(`Thi đua năm ${year}`)

    await unit.getByRole('button', { name: 'Danh hiệu cho tập thể' }).click()
    await unit.getByRole('combobox', { name: 'Danh hiệu, hình thức' }).click()
    await unit.locator('.ant-select-item-option[title="Tập thể lao động tiên tiến"]').click()
    await unit.getByRole('textbox', { name: 'Nội dung cam kết' }).fill('100% học sinh hoàn thành chương trình lớp học\nKhông có cán bộ, giáo viên vi phạm kỷ luật')
    await unit.screenshot({ path: artifactPath('registration-draft.png'), fullPage: true })

    await act(unit, 'registration-submit', '/submit')
    await expect.poll(() => headerStatus(unit)).toBe('Chờ duyệt')
    expect(await unit.getByTestId('registration-submit').count()).toBe(0)
  })

  it('the commune officer sees it awaiting approval and returns it with the reason', async () => {
    officer = await signIn('binhthanh.vanphong')
    await officer.goto(`${server.url}/dang-ky-thi-dua?status=submitted`)
    const table = officer.getByTestId('registrations-table')
    const row = table.locator('tr', { hasText: 'Trường Tiểu học Bình Thành' }).filter({ hasText: `Năm ${year}` })
    await row.waitFor()
    expect(await row.getByTestId('registration-status').textContent()).toBe('Chờ duyệt')
    await officer.screenshot({ path: artifactPath('registrations-officer-submitted.png'), fullPage: true })

    await row.getByRole('link').click()
    await officer.waitForURL(registrationUrl)
    await officer.getByTestId('registration-return').click()
    const dialog = officer.getByRole('dialog')
    await dialog.getByRole('textbox', { name: 'Lý do trả lại' }).fill(REASON)
    await officer.screenshot({ path: artifactPath('registration-return-dialog.png'), fullPage: true })
    const answered = officer.waitForResponse((r) => r.url().endsWith('/return') && r.request().method() === 'POST')
    await dialog.getByRole('button', { name: 'Trả lại' }).click()
    expect((await answered).status()).toBe(200)
    await expect.poll(() => headerStatus(officer)).toBe('Bị trả lại')
  })

  it('the school sees the reason and sends it again; the officer approves', async () => {
    await unit.goto(registrationUrl)
    await expect.poll(() => headerStatus(unit)).toBe('Bị trả lại')
    await unit.getByText(`Cấp trên trả lại: ${REASON}`).waitFor()
    await unit.screenshot({ path: artifactPath('registration-returned.png'), fullPage: true })
    await act(unit, 'registration-submit', '/submit')
    await expect.poll(() => headerStatus(unit)).toBe('Chờ duyệt')

    await officer.goto(registrationUrl)
    await expect.poll(() => headerStatus(officer)).toBe('Chờ duyệt')
    await act(officer, 'registration-approve', '/approve')
    await expect.poll(() => headerStatus(officer)).toBe('Đã duyệt')
    await expect.poll(() => officer.getByTestId('registration-header').textContent()).toContain('Nguyễn Văn An')
    const history = await officer.locator('.ant-timeline').textContent()
    expect(history).toContain(REASON)
    await officer.screenshot({ path: artifactPath('registration-approved.png'), fullPage: true })
  })

  it('the officer\'s "Đơn vị chưa đăng ký" lists the other units, and "Nhắc" records a reminder', async () => {
    await officer.goto(`${server.url}/dang-ky-thi-dua?year=${year}`)
    const missing = officer.getByTestId('missing-table')
    await expect.poll(async () => (await missing.locator('tbody tr.ant-table-row').count())).toBeGreaterThan(3)
    const names = await missing.locator('tbody tr.ant-table-row td:first-child').allTextContents()
    expect(names).toContain('Trạm Y tế xã Bình Thành')
    expect(names).not.toContain('Trường Tiểu học Bình Thành')

    const row = missing.locator('tbody tr.ant-table-row', { hasText: 'Trạm Y tế xã Bình Thành' })
    const reminded = officer.waitForResponse((r) => r.url().endsWith('/api/registrations/reminders') && r.request().method() === 'POST')
    await row.getByTestId('remind').click()
    expect((await reminded).status()).toBe(201)
    await expect.poll(() => row.textContent()).toContain('1 lần')
    await officer.evaluate(() => window.scrollTo(0, 0))
    await officer.screenshot({ path: artifactPath('registrations-missing.png'), fullPage: true })
  })

  it('the registration downloads as a Word file', async () => {
    await unit.goto(registrationUrl)
    await expect.poll(() => headerStatus(unit)).toBe('Đã duyệt')
    const download = unit.waitForEvent('download')
    await unit.getByTestId('registration-docx').click()
    const file = await (await download).path()
    const { value: text } = await mammoth.extractRawText({ path: file })
    expect(text).toContain('BẢN ĐĂNG KÝ THI ĐUA')
    expect(text).toContain('TRƯỜNG TIỂU HỌC BÌNH THÀNH')
    expect(text).toContain('Tập thể lao động tiên tiến')
    expect(text).toContain('Không có cán bộ, giáo viên vi phạm kỷ luật')
  })
})
