// Journey E (the officer's year): in November the commune officer lists who is eligible for
// Lao động tiên tiến in the commune, opens a person and reads why, criterion by criterion,
// with the article of the law and the facts used.
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { startServer, type RunningServer } from './support/server.ts'
import { artifactPath, launchBrowser } from './support/browser.ts'

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

it('lists who is eligible for LĐTT in the commune and explains one verdict with citations', async () => {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' })).newPage()
  await page.goto(`${server.url}/dang-nhap`)
  await page.getByTestId('login-username').fill('binhthanh.vanphong')
  await page.getByTestId('login-password').fill('Tdkt@2025demo')
  await page.getByTestId('login-submit').click()
  await page.getByTestId('logout').waitFor()
  const me = await (await page.request.get(`${server.url}/api/auth/me`)).json()

  await page.goto(`${server.url}/xet-dieu-kien?organizationId=${me.organizationId}&target=LDTT&date=2025-12-20&year=2025`)
  const counts = page.getByTestId('eligible-counts')
  await counts.waitFor()
  await expect.poll(async () => Number((await page.getByTestId('count-eligible').textContent())?.replace(/\D/g, '') || 0)).toBeGreaterThan(0)
  const table = page.getByTestId('eligible-table')
  await table.locator('tr.ant-table-row').first().waitFor()
  await page.screenshot({ path: artifactPath('eligible-list.png'), fullPage: true })

  // Only those not eligible, then open one and read why.
  await page.goto(`${server.url}/xet-dieu-kien?organizationId=${me.organizationId}&target=LDTT&date=2025-12-20&year=2025&verdict=not_eligible`)
  const notEligible = table.locator('tr.ant-table-row').first()
  await expect.poll(() => notEligible.textContent()).toMatch(/Chưa đủ/)
  await notEligible.getByRole('link').first().click()
  await page.getByTestId('evaluation').waitFor()
  const criteria = page.getByTestId('criterion')
  await expect.poll(() => criteria.count()).toBeGreaterThan(2)
  expect(await page.getByTestId('evaluation').textContent()).toMatch(/Luật TĐKT 2022, Điều \d+/)
  expect(await page.getByTestId('verdict').first().textContent()).toMatch(/Chưa đủ|Không đủ/)
  await page.screenshot({ path: artifactPath('eligibility-why.png'), fullPage: true })
})
