// The honour board on the demo: Bình Thành's officer writes an exemplar (a typed name), adds its photo and
// publishes it; a visitor without an account finds it on /vinh-danh, searches it without diacritics, opens its
// story; the demo's teacher links to her certificate's check; the public index lists the posted lists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startServer, type RunningServer } from './support/server.ts'
import { artifactPath, chooseOption, launchBrowser, signInOn } from './support/browser.ts'

const PASSWORD = 'Tdkt@2025demo'
// A 1×1 PNG, so the browser has a real picture to show.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
const NAME = 'Bà Lường Thị Đào'
const TITLE = 'Hai mươi năm nấu cơm miễn phí cho bệnh nhân'
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

const newPage = async () => (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })).newPage()

async function signIn(username: string): Promise<Page> {
  return signInOn(await newPage(), server.url, username, PASSWORD)
}

describe('the honour board of the demo', () => {
  let exemplarUrl = ''

  it('the officer writes an exemplar, adds its photo and publishes it', async () => {
    const officer = await signIn('binhthanh.vanphong')
    await officer.goto(`${server.url}/bang-vinh-danh`)
    await officer.getByTestId('exemplars-table').waitFor()
    await officer.getByTestId('exemplar-new').click()
    await chooseOption(officer, 'exemplar-kind', 'Người tốt, việc tốt')
    await chooseOption(officer, 'exemplar-subject-kind', 'Người, tập thể ngoài danh sách')
    await officer.getByTestId('exemplar-subject-name').fill(NAME)
    await officer.getByLabel('Đơn vị, nơi sinh sống').fill('Xóm Đồng Tâm')
    await officer.getByTestId('exemplar-title-input').fill(TITLE)
    await officer.getByTestId('exemplar-summary').fill('Mỗi trưa bà cùng các con nấu hàng trăm suất cơm cho người bệnh ở Trạm Y tế xã.')
    await officer.getByTestId('exemplar-story-input').fill('Bà bắt đầu nấu cơm từ năm 2005.\n\nNay các con bà tiếp nối, mỗi ngày hơn 100 suất.')
    const created = officer.waitForResponse((r) => r.url().endsWith('/api/honours') && r.request().method() === 'POST')
    await officer.getByTestId('form-save').click()
    expect((await created).status()).toBe(201)

    // The drawer stays open on the saved draft: its photo.
    const uploaded = officer.waitForResponse((r) => r.url().includes('/photo?version=') && r.request().method() === 'POST')
    await officer.getByTestId('exemplar-photo-input').setInputFiles({ name: 'anh.png', mimeType: 'image/png', buffer: PNG })
    expect((await uploaded).status()).toBe(200)
    await officer.getByTestId('exemplar-photo').waitFor()
    await officer.screenshot({ path: artifactPath('honours-officer-form.png'), fullPage: true })
    await officer.keyboard.press('Escape')

    const row = officer.getByTestId('exemplars-table').locator('tr', { hasText: TITLE })
    await expect.poll(() => row.getByTestId('exemplar-status').textContent()).toBe('Dự thảo')
    const published = officer.waitForResponse((r) => r.url().endsWith('/publish') && r.request().method() === 'POST')
    await row.getByTestId('exemplar-publish').click()
    expect((await published).status()).toBe(200)
    await expect.poll(() => row.getByTestId('exemplar-status').textContent()).toBe('Đang công bố')
    exemplarUrl = (await row.getByTestId('exemplar-public-link').getAttribute('href')) ?? ''
    expect(exemplarUrl).toMatch(/^\/vinh-danh\/[0-9a-f-]{36}$/)
    await officer.screenshot({ path: artifactPath('honours-officer-list.png'), fullPage: true })
  })

  it('a visitor without an account finds it on /vinh-danh, searches it without diacritics and reads its story', async () => {
    const visitor = await newPage()
    await visitor.goto(`${server.url}/vinh-danh`)
    await visitor.getByTestId('public-landing').waitFor()
    await expect.poll(() => visitor.getByTestId('exemplar-card-name').allTextContents()).toContain(NAME)
    await visitor.screenshot({ path: artifactPath('honours-public-board.png'), fullPage: true })

    await visitor.getByTestId('honours-search').locator('input').fill('luong thi dao')
    await visitor.getByTestId('honours-search').locator('input').press('Enter')
    await expect.poll(() => visitor.getByTestId('exemplar-card-name').allTextContents()).toEqual([NAME])
    expect(visitor.url()).toContain('q=luong+thi+dao')
    await visitor.getByTestId('exemplar-card').click()
    await visitor.waitForURL(`${server.url}${exemplarUrl}`)
    await expect.poll(() => visitor.getByTestId('exemplar-title').textContent()).toBe(TITLE)
    expect(await visitor.getByTestId('exemplar-story').locator('.ant-typography').allTextContents()).toEqual(['Bà bắt đầu nấu cơm từ năm 2005.', 'Nay các con bà tiếp nối, mỗi ngày hơn 100 suất.'])
    expect(await visitor.locator(`img[alt="${NAME}"]`).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1)
    await visitor.screenshot({ path: artifactPath('honours-public-story.png'), fullPage: true })
  })

  it('the demo teacher\'s story links to her certificate\'s check; the public index lists the posted lists', async () => {
    const visitor = await newPage()
    await visitor.goto(`${server.url}/vinh-danh?q=diem+truong+kim+son`)
    await visitor.getByTestId('exemplar-card').click()
    await visitor.getByTestId('exemplar-decision').waitFor()
    expect(await visitor.getByTestId('exemplar-decision').textContent()).toContain('01/QĐ-UBND')
    await visitor.getByTestId('exemplar-verify').click()
    await visitor.waitForURL(/\/xac-minh\/[0-9A-Z-]+$/)
    await expect.poll(() => visitor.getByText('Giấy khen hợp lệ').count()).toBeGreaterThan(0)

    await visitor.goto(`${server.url}/cong-khai`)
    await expect.poll(() => visitor.getByTestId('public-posting-link').count()).toBeGreaterThan(0)
    await visitor.getByTestId('public-posting-link').first().click()
    await visitor.getByTestId('public-posting-title').waitFor()
  })
})
