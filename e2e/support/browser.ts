// Playwright (playwright-core) driving Debian's Chromium; no browser download.
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser } from 'playwright-core'

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
