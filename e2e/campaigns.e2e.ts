// Journeys A and C: a commune answers the provincial plan 141/KH-UBND. The Bắc Sơn officer opens
// the answer owed, issues it with a number from the commune's register, downloads the PDF, and the
// provincial officer's cascade tree shows Bắc Sơn as answered.
import { afterAll, beforeAll, expect, it } from 'vitest'
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

async function signIn(username: string): Promise<Page> {
  return signInOn(await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' })).newPage(), server.url, username, PASSWORD)
}

it('a commune issues its answer to the provincial plan and the cascade shows it', async () => {
  const commune = await signIn('bacson.vanphong')
  await commune.goto(`${server.url}/ke-hoach`)
  const tasks = commune.getByTestId('campaign-tasks')
  await tasks.getByText('141/KH-UBND').first().waitFor()
  await tasks.getByRole('button', { name: /Mở dự thảo|Lập kế hoạch triển khai/ }).first().click()
  await commune.waitForURL(/\/ke-hoach\/[0-9a-f-]{36}/)

  await commune.getByTestId('plan-issue').click()
  const issued = commune.waitForResponse((r) => r.url().endsWith('/issue') && r.request().method() === 'POST')
  await commune.getByRole('dialog').getByRole('button', { name: 'Ban hành' }).click()
  const answer = await (await issued).json()
  expect(answer.status).toBe('issued')
  expect(answer.numberAndSymbol).toMatch(/^\d{2,}\/KH-UBND$/)
  await commune.getByText(`Kế hoạch số ${answer.numberAndSymbol}`).first().waitFor()
  await commune.screenshot({ path: artifactPath('plan-issued.png'), fullPage: true })

  const pdf = await commune.request.get(`${server.url}/api/campaigns/${answer.id}/document.pdf`)
  expect(pdf.status()).toBe(200)
  expect(pdf.headers()['content-type']).toContain('application/pdf')
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')

  const province = await signIn('tinh.thuongtruc')
  await province.goto(`${server.url}/ke-hoach`)
  await province.getByTestId('campaign-table').getByText('141/KH-UBND').first().click()
  await province.getByRole('tab', { name: /Phân cấp triển khai/ }).click()
  const summary = province.getByTestId('cascade-summary')
  await summary.waitFor()
  const row = province.getByRole('row').filter({ hasText: 'Bắc Sơn' }).first()
  await expect.poll(() => row.textContent()).toContain(answer.numberAndSymbol)
  await province.screenshot({ path: artifactPath('plan-cascade.png'), fullPage: true })
})
