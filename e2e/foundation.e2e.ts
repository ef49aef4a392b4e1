// Journey E, first steps: a commune officer signs in, adds a unit to the tree, and finds people
// typed without diacritics; a unit account sees only its own unit. Runs a real `tdkt serve`
// (fresh embedded database, demo data) and Debian's Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startServer, type RunningServer } from './support/server.ts'
import { artifactPath, launchBrowser, signInOn } from './support/browser.ts'
import { foldAccents } from '../src/shared/vietnamese.ts'

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

async function signIn(username: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN' })
  return signInOn(await context.newPage(), server.url, username, PASSWORD)
}

describe('foundation in the browser', () => {
  it('refuses a wrong password with a Vietnamese message', async () => {
    const page = await (await browser.newContext()).newPage()
    await page.goto(`${server.url}/dang-nhap`)
    await page.getByTestId('login-username').fill('binhthanh.vanphong')
    await page.getByTestId('login-password').fill('sai-mat-khau-1')
    await page.getByTestId('login-submit').click()
    await expect.poll(() => page.getByTestId('login-error').textContent()).toMatch(/không đúng/)
  })

  it('an officer creates a unit, then finds a person typed without diacritics', async () => {
    const page = await signIn('binhthanh.vanphong')
    expect(await page.getByTestId('current-user').textContent()).toContain('Xã Bình Thành')

    // Create a village under the commune from the organization tree.
    await page.goto(`${server.url}/to-chuc`)
    await page.getByTestId('org-tree').getByText('Xã Bình Thành', { exact: true }).first().click()
    await page.getByTestId('org-add-child').click()
    await page.getByLabel('Tên đơn vị').fill('Xóm Khuôn Tát Mới')
    await page.getByLabel('Loại đơn vị').fill('thon')
    await page.getByTitle('Thôn, xóm, tổ dân phố').click()
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/organizations') && r.request().method() === 'POST')
    await page.getByTestId('form-save').click()
    expect((await saved).status()).toBe(201)
    await page.getByTestId('org-search').fill('khuon tat moi')
    await page.getByTestId('org-tree').getByText('Xóm Khuôn Tát Mới').waitFor()

    // Search people without diacritics: both "An" and "Ân" match "nguyen van an".
    await page.goto(`${server.url}/ca-nhan`)
    const table = page.getByTestId('people-table')
    await table.locator('tr.ant-table-row').first().waitFor()
    const searched = page.waitForResponse((r) => r.url().includes('/api/people?') && r.url().includes('q=nguyen'))
    await page.getByTestId('people-search').fill('nguyen van an')
    await searched
    await table.getByText('Nguyễn Văn Ân').waitFor()
    await table.getByText('Nguyễn Văn An', { exact: true }).waitFor()
    await expect.poll(async () => {
      const names = await table.locator('tr.ant-table-row td:first-child').allTextContents()
      return names.length > 0 && names.every((name) => foldAccents(name).includes('nguyen van an'))
    }).toBe(true)
    await page.screenshot({ path: artifactPath('people-search.png'), fullPage: true })

    // The audit trail recorded the new unit.
    await page.goto(`${server.url}/nhat-ky`)
    await page.getByTestId('audit-table').getByText('Xóm Khuôn Tát Mới').first().waitFor()
    await page.screenshot({ path: artifactPath('audit.png'), fullPage: true })
  })

  it('a unit account sees only its own unit, also on a phone screen', async () => {
    const page = await signIn('binhthanh.truongtieuhoc', { width: 390, height: 844 })
    await page.goto(`${server.url}/ca-nhan`)
    await page.getByTestId('people-search').fill('nguyen van an')
    await page.getByTestId('people-table').getByText('Không có cá nhân phù hợp').waitFor()
    expect(await page.getByTestId('people-table').getByText('Nguyễn Văn Ân').count()).toBe(0)
    await page.goto(`${server.url}/nhat-ky`)
    await page.getByText('Không có quyền truy cập').waitFor()
    await page.screenshot({ path: artifactPath('unit-phone.png'), fullPage: true })
  })
})
