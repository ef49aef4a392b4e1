// Progress reports on the demo: Bình Thành's primary school writes its tổng kết report for Đợt 2 of the commune's
// plan answering 141/KH-UBND; a figure whose parts exceed its total is refused with the criterion and the measure
// named, and everything typed stays in the form; corrected, it is sent; the commune officer accepts it; the
// commune's compiled report shows the school's figure and its Word file opens; "Chưa nộp" with "Nhắc" for Đợt 1.
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startServer, type RunningServer } from './support/server.ts'
import { artifactPath, launchBrowser, signInOn } from './support/browser.ts'

const PASSWORD = 'Tdkt@2025demo'
const CRITERION = 'Đẩy mạnh chuyển đổi số, cải cách hành chính'
const MEASURE = 'số hồ sơ học sinh được số hóa'
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

const headerStatus = (page: Page) => page.getByTestId('report-header').locator('.ant-tag').textContent()

describe('progress reports of the demo', () => {
  let unit: Page
  let officer: Page
  let campaignId = ''
  let reportUrl = ''

  it('the school opens a report for Đợt 2 of the commune\'s plan', async () => {
    unit = await signIn('binhthanh.truongtieuhoc')
    await unit.goto(`${server.url}/bao-cao`)
    // The demo's accepted sơ kết of Đợt 1.
    await expect.poll(() => unit.getByTestId('reports-table').getByTestId('report-status').allTextContents()).toEqual(['Đã tiếp nhận'])
    campaignId = await unit.evaluate(async () => (await (await fetch('/api/reports')).json()).items[0].campaignId as string)

    await unit.goto(`${server.url}/bao-cao?campaignId=${campaignId}&periodId=dot-2`)
    await unit.getByTestId('report-new').click()
    const dialog = unit.getByRole('dialog')
    await dialog.getByText('Tổng kết — Đợt 2').waitFor()
    await unit.waitForTimeout(400) // the dialog's opening animation
    await unit.screenshot({ path: artifactPath('report-new-dialog.png'), fullPage: true })
    await dialog.getByRole('button', { name: 'Lập báo cáo' }).click()
    await unit.waitForURL(/\/bao-cao\/[0-9a-f-]{36}$/)
    reportUrl = unit.url()
    await expect.poll(() => headerStatus(unit)).toBe('Dự thảo')
  })

  it('a total smaller than its parts is refused with the field named, and what was typed stays', async () => {
    const row = unit.getByTestId('report-result-row').filter({ hasText: CRITERION })
    await row.getByRole('textbox', { name: 'Chỉ số' }).fill(MEASURE)
    await row.getByRole('spinbutton', { name: 'Tổng số' }).fill('12')
    await row.getByRole('button', { name: 'Thêm «trong đó»' }).click()
    await row.getByRole('button', { name: 'Thêm «trong đó»' }).click()
    await row.getByRole('textbox', { name: 'Trong đó: chỉ tiêu' }).nth(0).fill('học bạ số')
    await row.getByRole('spinbutton', { name: 'Trong đó: số liệu' }).nth(0).fill('9')
    await row.getByRole('textbox', { name: 'Trong đó: chỉ tiêu' }).nth(1).fill('hồ sơ sức khỏe')
    await row.getByRole('spinbutton', { name: 'Trong đó: số liệu' }).nth(1).fill('5')
    await unit.getByTestId('narrative-results').fill('Nhà trường hoàn thành số hóa hồ sơ học sinh.')
    // Shown as it is typed…
    await expect.poll(() => row.getByTestId('report-row-problem').first().textContent()).toContain('vượt tổng số (12)')

    // …and refused by the server when saved anyway.
    const saved = unit.waitForResponse((r) => r.url().endsWith(reportUrl.slice(reportUrl.lastIndexOf('/'))) && r.request().method() === 'PATCH')
    await unit.getByTestId('report-save').click()
    expect((await saved).status()).toBe(400)
    const problem = unit.getByTestId('report-problem')
    await expect.poll(() => problem.textContent()).toContain(`«${CRITERION}» (${MEASURE}): các số liệu «trong đó» cộng lại (14) vượt tổng số (12)`)
    expect(await row.getByRole('spinbutton', { name: 'Tổng số' }).inputValue()).toBe('12')
    expect(await row.getByRole('textbox', { name: 'Trong đó: chỉ tiêu' }).nth(1).inputValue()).toBe('hồ sơ sức khỏe')
    expect(await unit.getByTestId('narrative-results').inputValue()).toBe('Nhà trường hoàn thành số hóa hồ sơ học sinh.')
    await unit.screenshot({ path: artifactPath('report-refused-total.png'), fullPage: true })
  })

  it('corrected, the report is sent up', async () => {
    const row = unit.getByTestId('report-result-row').filter({ hasText: CRITERION })
    await row.getByRole('spinbutton', { name: 'Trong đó: số liệu' }).nth(1).fill('3')
    await expect.poll(() => row.getByTestId('report-row-problem').count()).toBe(0)
    const submitted = unit.waitForResponse((r) => r.url().endsWith('/submit') && r.request().method() === 'POST')
    await unit.getByTestId('report-submit').click()
    expect((await submitted).status()).toBe(200)
    await expect.poll(() => headerStatus(unit)).toBe('Đã nộp, chờ tiếp nhận')
    await unit.screenshot({ path: artifactPath('report-submitted.png'), fullPage: true })
  })

  it('the commune officer accepts it', async () => {
    officer = await signIn('binhthanh.vanphong')
    await officer.goto(reportUrl)
    await expect.poll(() => headerStatus(officer)).toBe('Đã nộp, chờ tiếp nhận')
    const accepted = officer.waitForResponse((r) => r.url().endsWith('/accept') && r.request().method() === 'POST')
    await officer.getByTestId('report-accept').click()
    expect((await accepted).status()).toBe(200)
    await expect.poll(() => headerStatus(officer)).toBe('Đã tiếp nhận')
  })

  it('the commune\'s compiled tổng kết shows the school\'s figure, and its Word file opens', async () => {
    await officer.goto(`${server.url}/bao-cao/tong-hop?campaignId=${campaignId}&periodId=dot-2`)
    const results = officer.getByTestId('compiled-results')
    const line = results.locator('tr', { hasText: MEASURE })
    await line.waitFor()
    expect(await line.getByTestId('compiled-total').textContent()).toBe('12')
    expect(await line.textContent()).toContain('Trường Tiểu học Bình Thành')
    await officer.screenshot({ path: artifactPath('report-compiled.png'), fullPage: true })

    const download = officer.waitForEvent('download')
    await officer.getByTestId('compiled-docx').click()
    const { value: text } = await mammoth.extractRawText({ path: await (await download).path() })
    expect(text).toContain('BÁO CÁO')
    expect(text).toContain('Tổng kết Đợt 2 thực hiện Kế hoạch số')
    expect(text).toContain(MEASURE)
    expect(text).toContain('trong đó học bạ số: 9')
  })

  it('"Chưa nộp" lists the units without a sơ kết report of Đợt 1, and "Nhắc" records a reminder', async () => {
    await officer.goto(`${server.url}/bao-cao?campaignId=${campaignId}&periodId=dot-1`)
    const missing = officer.getByTestId('reports-missing-table')
    const row = missing.locator('tbody tr.ant-table-row', { hasText: 'Trạm Y tế xã Bình Thành' })
    await row.waitFor()
    expect(await row.textContent()).toContain('1 lần')
    const reminded = officer.waitForResponse((r) => r.url().endsWith('/api/reports/reminders') && r.request().method() === 'POST')
    await row.getByTestId('report-remind').click()
    expect((await reminded).status()).toBe(201)
    await expect.poll(() => row.textContent()).toContain('2 lần')
    await officer.screenshot({ path: artifactPath('reports-missing.png'), fullPage: true })
  })
})
