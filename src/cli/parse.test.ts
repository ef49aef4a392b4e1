import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parseCommand } from './parse.ts'
import { buildPdf } from '../documents/parse/testing/build-files.ts'

const FIXTURE = new URL('../documents/parse/fixtures/cong-van.txt', import.meta.url).pathname

describe('tdkt parse', () => {
  let out: string
  let err: string
  let dir: string
  beforeEach(async () => {
    out = ''
    err = ''
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true))
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true))
    dir = await mkdtemp(join(tmpdir(), 'tdkt-parse-'))
  })
  afterEach(async () => {
    vi.restoreAllMocks()
    process.exitCode = undefined
    await rm(dir, { recursive: true, force: true })
  })

  it('prints one JSON object with the fields and the normalized text with sources', async () => {
    await parseCommand([FIXTURE, '--json'])
    const doc = JSON.parse(out)
    expect(doc).toMatchObject({ doc_type: 'other', symbol: 'UBND-VP', signer_name: 'Đinh Văn Quý' })
    const [span] = doc._meta.sources.signer_name
    expect(doc._meta.text.slice(span.start, span.end)).toBe('Đinh Văn Quý')
    expect(process.exitCode).toBeUndefined()
  })

  it('prints a Vietnamese summary without --json', async () => {
    await parseCommand([FIXTURE])
    expect(out).toContain('Số, ký hiệu: 231/UBND-VP')
    expect(out).toContain('Người ký: CHỦ TỊCH – Đinh Văn Quý')
  })

  it('reports a scanned PDF as a JSON error, on stderr and with exit code 1', async () => {
    const file = join(dir, 'scan.pdf')
    await writeFile(file, await buildPdf({ header: [], body: [], closing: [] }, { imageOnly: true }))
    await parseCommand([file, '--json'])
    expect(JSON.parse(out).error.code).toBe('scanned_pdf')
    expect(err).toContain('bản quét')
    expect(process.exitCode).toBe(1)
  })

  it('refuses a 200 MB file before reading it', async () => {
    const file = join(dir, 'lon.pdf')
    await writeFile(file, '')
    await truncate(file, 200 * 1024 * 1024)
    await parseCommand([file, '--json'])
    expect(JSON.parse(out).error.code).toBe('file_too_large')
    expect(process.exitCode).toBe(1)
  })
})
