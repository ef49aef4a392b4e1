// Playwright (playwright-core) driving Debian's Chromium; no browser download.
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'

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
