// Playwright (playwright-core) driving Debian's Chromium; no browser download.
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { expect } from 'vitest'

export const ARTIFACTS_DIR = path.resolve('test-artifacts')

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  })
}

export function artifactPath(name: string): string {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true })
  return path.join(ARTIFACTS_DIR, name)
}

/** Signs in on the login page with a demo account (all share the demo password); resolves once the app shows "Đăng xuất". */
export async function signInOn(page: Page, baseUrl: string, username: string, password = 'Tdkt@2025demo'): Promise<Page> {
  await page.goto(`${baseUrl}/dang-nhap`)
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('logout').waitFor()
  return page
}

/**
 * Picks `option` in the antd Select marked `testId` and waits until the Select shows it. A click on an option while
 * the dropdown is still opening can be lost on a loaded machine; the pick is then tried again.
 */
export async function chooseOption(page: Page, testId: string, option: string): Promise<void> {
  const select = page.getByTestId(testId)
  const shown = async () => ((await select.textContent()) ?? '').includes(option)
  await expect.poll(async () => {
    if (await shown()) return true
    const dropdown = page.locator('.ant-select-dropdown:visible')
    if ((await dropdown.count()) === 0) await select.click()
    await dropdown.locator('.ant-select-item-option', { hasText: option }).first().click({ timeout: 5_000 }).catch(() => undefined)
    return shown()
  }, { timeout: 30_000, interval: 250 }).toBe(true)
}
