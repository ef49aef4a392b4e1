// Launch ceremonies and honouring conferences on the demo.
// A ceremony (Bình Thành's office): a new ceremony from the standard programme, two invitees, the programme
// reordered and saved, a pledge signer, the invitations issued, the pledge marked signed and attendance taken, the
// invitations downloaded as one Word file (read with mammoth) and one PDF (read with unpdf), a page per invitee.
// A conference (Bắc Sơn's office): a delegate beyond the cap refused with the field's message and the typed name
// kept, the honourees taken from decision 01/QĐ-UBND, a budget line beyond the fund refused, the settlement posted
// to the fund (its balance falls by the actual amount).
import { readFile } from 'node:fs/promises'
import mammoth from 'mammoth'
import { extractText } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startServer, type RunningServer } from './support/server.ts'
import { artifactPath, chooseOption, launchBrowser, signInOn } from './support/browser.ts'

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

const newPage = async () => (await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true })).newPage()

async function signIn(username: string): Promise<Page> {
  return signInOn(await newPage(), server.url, username, PASSWORD)
}

/** Clicks and waits for the API answer of `method` to a URL ending with `path`; returns its status. */
async function answered(page: Page, method: string, path: RegExp, click: () => Promise<void>): Promise<number> {
  const response = page.waitForResponse((r) => path.test(new URL(r.url()).pathname) && r.request().method() === method)
  await click()
  return (await response).status()
}

const tab = (page: Page, name: RegExp) => page.getByRole('tab', { name }).click()

async function createEvent(page: Page, fields: { kind?: string; title: string; time: string; venue: string; cap?: number }): Promise<string> {
  await page.goto(`${server.url}/su-kien`)
  await page.getByTestId('events-new').click()
  const dialog = page.getByRole('dialog')
  if (fields.kind) await chooseOption(page, 'event-kind', fields.kind)
  await page.getByTestId('event-title').fill(fields.title)
  await page.getByTestId('event-time').fill(fields.time)
  await page.getByTestId('event-venue').fill(fields.venue)
  if (fields.cap !== undefined) await dialog.getByRole('spinbutton', { name: 'Số đại biểu tối đa' }).fill(String(fields.cap))
  expect(await answered(page, 'POST', /^\/api\/events$/, () => dialog.getByRole('button', { name: 'Lập sự kiện' }).click())).toBe(201)
  await page.waitForURL(/\/su-kien\/[0-9a-f-]{36}$/)
  return page.url().split('/').pop()!
}

async function addAttendee(page: Page, name: string, position: string, unit: string): Promise<number> {
  await page.getByTestId('attendee-name').fill(name)
  await page.getByTestId('attendee-position').fill(position)
  await page.getByTestId('attendee-unit').fill(unit)
  return answered(page, 'POST', /\/attendees$/, () => page.getByTestId('attendee-add').click())
}

async function downloaded(page: Page, testId: string): Promise<string> {
  const download = page.waitForEvent('download')
  await page.getByTestId(testId).click()
  return (await download).path()
}

describe('a launch ceremony', () => {
  let page: Page
  const invitees = ['Hoàng Thị Thu Trang', 'Đặng Văn Quý']

  it('the office prepares it: invitees, the programme reordered, a pledge signer', async () => {
    page = await signIn('binhthanh.vanphong')
    await page.goto(`${server.url}/su-kien`)
    await page.getByTestId('events-table').getByText('Lễ phát động phong trào thi đua chào mừng Đại hội').waitFor()
    await createEvent(page, { title: 'Lễ phát động thi đua của Chi bộ, các đoàn thể xã Bình Thành', time: '08:00', venue: 'Hội trường UBND xã Bình Thành' })

    await tab(page, /Thành phần đại biểu/)
    expect(await addAttendee(page, invitees[0]!, 'Bí thư Chi bộ xóm Đồng Tâm', 'Chi bộ xóm Đồng Tâm')).toBe(201)
    expect(await addAttendee(page, invitees[1]!, 'Trưởng xóm Làng Mới', 'Xóm Làng Mới')).toBe(201)
    await expect.poll(() => page.getByTestId('attendee-count').textContent()).toContain('Đại biểu: 2')

    await tab(page, /Chương trình/)
    const titles = page.getByTestId('programme-title')
    expect(await titles.nth(1).inputValue()).toBe('Phát biểu khai mạc')
    await page.getByTestId('programme-up').nth(1).click()
    expect(await answered(page, 'PUT', /\/programme$/, () => page.getByTestId('programme-save').click())).toBe(200)
    await expect.poll(() => titles.nth(0).inputValue()).toBe('Phát biểu khai mạc')

    await tab(page, /Ký cam kết/)
    await chooseOption(page, 'signer-attendee', invitees[0]!)
    await page.getByTestId('signer-unit').fill('Chi bộ xóm Đồng Tâm')
    expect(await answered(page, 'POST', /\/pledge-signers$/, () => page.getByTestId('signer-add').click())).toBe(201)
    await page.getByTestId('signers-table').getByText('Chi bộ xóm Đồng Tâm', { exact: true }).waitFor()
  })

  it('on the day: invitations issued, the pledge signed, attendance taken', async () => {
    expect(await answered(page, 'POST', /\/invitations$/, () => page.getByTestId('event-issue-invitations').click())).toBe(200)
    await expect.poll(() => page.getByTestId('event-status').textContent()).toBe('Đã phát hành giấy mời')
    expect(await answered(page, 'POST', /\/signed$/, () => page.getByTestId('pledge-sign').click())).toBe(200)
    await page.getByTestId('pledge-signed').waitFor()
    await page.screenshot({ path: artifactPath('event-ceremony-pledge.png'), fullPage: true })

    await tab(page, /Thành phần đại biểu/)
    expect(await answered(page, 'PATCH', /\/attendees\/[0-9a-f-]{36}$/, () => page.getByTestId('attendee-present').first().click())).toBe(200)
    await expect.poll(() => page.getByTestId('attendee-count').textContent()).toContain('có mặt 1')
    await page.screenshot({ path: artifactPath('event-ceremony-attendees.png'), fullPage: true })
  })

  it('the invitations download as one Word file and one PDF, a page per invitee', async () => {
    await tab(page, /Tài liệu/)
    const { value: text } = await mammoth.extractRawText({ path: await downloaded(page, 'doc-invitations-docx') })
    expect(text.match(/GIẤY MỜI/g)).toHaveLength(2)
    for (const name of invitees) expect(text).toContain(name)
    const pdf = await extractText(new Uint8Array(await readFile(await downloaded(page, 'doc-invitations-pdf'))), { mergePages: false })
    expect(pdf.totalPages).toBe(2)
    expect(pdf.text.join(' ')).toContain('GIẤY MỜI')
  })
})

describe('an honouring conference', () => {
  let page: Page
  let id = ''
  const fund = async () => (await (await page.request.get(`${server.url}/api/events/${id}`)).json()).budget.fund as { balance: number; spending: number }

  it('refuses a delegate beyond the cap, keeping what was typed', async () => {
    page = await signIn('bacson.vanphong')
    id = await createEvent(page, { kind: 'Hội nghị tuyên dương điển hình tiên tiến', title: 'Hội nghị tuyên dương điển hình tiên tiến thôn Kim Sơn', time: '07:30', venue: 'Nhà văn hóa thôn Kim Sơn', cap: 2 })
    await tab(page, /Thành phần đại biểu/)
    expect(await addAttendee(page, 'Trịnh Văn Hải', 'Trưởng thôn', 'Thôn Kim Sơn')).toBe(201)
    expect(await addAttendee(page, 'Vi Thị Mai', 'Chi hội trưởng Hội Phụ nữ', 'Thôn Kim Sơn')).toBe(201)
    expect(await addAttendee(page, 'Lương Văn Toàn', 'Bí thư Chi đoàn', 'Thôn Kim Sơn')).toBe(400)
    await expect.poll(() => page.getByTestId('form-problem').textContent()).toContain('Số lượng đại biểu tối đa là 2')
    expect(await page.getByTestId('attendee-name').inputValue()).toBe('Lương Văn Toàn')
    await page.screenshot({ path: artifactPath('event-conference-cap.png'), fullPage: true })
  })

  it('takes its honourees from decision 01/QĐ-UBND once the cap allows them', async () => {
    await tab(page, /Thông tin/)
    await page.getByRole('spinbutton', { name: /Số đại biểu tối đa/ }).fill('20')
    expect(await answered(page, 'PATCH', /^\/api\/events\/[0-9a-f-]{36}$/, () => page.getByTestId('event-info-save').click())).toBe(200)
    await tab(page, /Tuyên dương/)
    await chooseOption(page, 'honouree-decision', '01/QĐ-UBND')
    await page.getByTestId('honouree-lines').locator('thead input[type="checkbox"]').check()
    expect(await answered(page, 'POST', /\/honourees$/, () => page.getByTestId('honouree-add').click())).toBe(201)
    await expect.poll(async () => page.getByTestId('honourees-table').locator('tbody tr.ant-table-row').count()).toBeGreaterThanOrEqual(2)
    await page.screenshot({ path: artifactPath('event-conference-honourees.png'), fullPage: true })
  })

  it('refuses a budget line beyond the fund, then settles the estimate into the fund', async () => {
    await tab(page, /Kinh phí/)
    const before = await fund()
    await page.getByTestId('budget-add').click()
    await page.getByTestId('budget-item').last().fill('Thuê hội trường, âm thanh')
    await page.getByRole('spinbutton', { name: 'Đơn giá' }).last().fill(String(before.balance + 1_000_000))
    expect(await answered(page, 'PUT', /\/budget$/, () => page.getByTestId('budget-save').click())).toBe(400)
    await expect.poll(() => page.getByTestId('budget-error').textContent()).toContain('vượt số dư quỹ')
    expect(await page.getByTestId('budget-item').last().inputValue()).toBe('Thuê hội trường, âm thanh')
    await page.getByRole('spinbutton', { name: 'Đơn giá' }).last().fill('500000')
    expect(await answered(page, 'PUT', /\/budget$/, () => page.getByTestId('budget-save').click())).toBe(200)

    expect(await answered(page, 'POST', /\/invitations$/, () => page.getByTestId('event-issue-invitations').click())).toBe(200)
    expect(await answered(page, 'POST', /\/held$/, () => page.getByTestId('event-mark-held').click())).toBe(200)
    expect(await answered(page, 'POST', /\/settlement$/, () => page.getByTestId('budget-settle').click())).toBe(200)
    await expect.poll(() => page.getByTestId('settled-total').textContent()).toContain('500.000')
    await expect.poll(() => page.getByTestId('event-status').textContent()).toBe('Đã quyết toán')
    const after = await fund()
    expect(after.balance).toBe(before.balance - 500_000)
    expect(after.spending).toBe(before.spending + 500_000)
    await page.screenshot({ path: artifactPath('event-conference-settled.png'), fullPage: true })
  })
})
