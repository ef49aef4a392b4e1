#!/usr/bin/env node
// Builds the web client into dist/client with Vite.
//   node scripts/build-client.mjs             always build
//   node scripts/build-client.mjs --if-stale  skip when dist/client/index.html is newer than every client source
// Prints one line.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const builtIndex = path.join(root, 'dist/client/index.html')
const SOURCES = ['src/client', 'src/shared', 'vite.config.ts'].map((p) => path.join(root, p))

/** The latest modification time of a file or of any file under a directory. */
function newestMtime(target) {
  const stat = fs.statSync(target, { throwIfNoEntry: false })
  if (!stat) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = 0
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)))
  return newest
}

if (process.argv.includes('--if-stale') && fs.existsSync(builtIndex)) {
  const builtAt = fs.statSync(builtIndex).mtimeMs
  if (SOURCES.every((source) => newestMtime(source) < builtAt)) {
    console.log('Giao diện đã build và còn mới (dist/client) — bỏ qua.')
    process.exit(0)
  }
}

const started = Date.now()
const { build } = await import('vite')
try {
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'error' })
} catch (error) {
  console.error(`Build giao diện thất bại: ${error instanceof Error ? error.message : error}`)
  process.exit(1)
}
console.log(`Đã build giao diện vào dist/client trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`)
