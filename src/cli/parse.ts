// tdkt parse FILE [--json] [--max-mb N]: reads a Word, PDF or text document and prints the
// structured draft — one JSON object with --json (or {"error": {code, message}}), otherwise a
// Vietnamese summary. Bad input: message on stderr, exit code 1. Nothing is saved.

import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { DEFAULT_LIMITS, parseDocument, type ParseError, type ParseResult } from '../documents/parse/index.ts'
import { tooLarge } from '../documents/parse/errors.ts'
import { formatSummary } from '../documents/parse/format-summary.ts'

const USAGE = 'Cách dùng: tdkt parse TỆP [--json] [--max-mb N]   (TỆP: .docx, .pdf có lớp chữ, .txt)'

async function parseFile(file: string, maxBytes: number): Promise<ParseResult> {
  const info = await stat(file).catch(() => null)
  if (!info?.isFile()) return { ok: false, error: { code: 'not_found', message: `Không tìm thấy tệp: ${file}` } }
  // Refuse before reading it all.
  if (info.size > maxBytes) {
    const failure = tooLarge(info.size, maxBytes)
    return { ok: false, error: { code: failure.code, message: failure.message } }
  }
  return parseDocument(new Uint8Array(await readFile(file)), basename(file), { maxBytes })
}

function fail(error: ParseError, json: boolean): void {
  if (json) process.stdout.write(JSON.stringify({ error }) + '\n')
  process.stderr.write(error.message + '\n')
  process.exitCode = 1
}

export async function parseCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false }, 'max-mb': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  })
  if (values.help) {
    console.log(USAGE)
    return
  }
  const [file] = positionals
  if (!file) throw new Error(USAGE)
  const maxMb = values['max-mb'] === undefined ? null : Number(values['max-mb'])
  if (maxMb !== null && !(maxMb > 0)) throw new Error(`--max-mb phải là số dương.\n${USAGE}`)
  const result = await parseFile(file, maxMb === null ? DEFAULT_LIMITS.maxBytes : maxMb * 1024 * 1024)
  if (!result.ok) return fail(result.error, values.json)
  process.stdout.write((values.json ? JSON.stringify(result.document) : formatSummary(result.document)) + '\n')
}
