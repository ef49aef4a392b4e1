// tdkt import FOLDER_OR_FILE --issuer <organization id or exact name> --as <username>: reads every
// .txt, .docx and .pdf (folders recursively) and makes a campaign plan draft of each plan (kế hoạch),
// through the same use case as the web page, acting as that account (its scope, its name in the
// audit log). One line per file — draft created, skipped with the reason, or error — then a summary.
// Exit code 1 when a file could not be read or imported.
import { randomUUID } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { basename, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { parseDocument, type ParseResult } from '../documents/parse/index.ts'
import { tooLarge } from '../documents/parse/errors.ts'
import { DOC_TYPE_LABELS } from '../documents/parse/doc-type-labels.ts'
import { loadConfig } from '../server/config.ts'
import type { Db } from '../server/db/client.ts'
import { openDatabase } from '../server/db/open.ts'
import type { Actor } from '../server/auth/policy.ts'
import { AppError, parseOrThrow } from '../server/http/errors.ts'
import type { UseCaseContext } from '../server/http/route.ts'
import { findOrganization } from '../server/modules/organizations/organizations.repository.ts'
import { applyPlan } from '../server/modules/imports/apply-plan.ts'
import { applyPlanBody } from '../server/modules/imports/imports.schemas.ts'
import { findActor, findOrganizationsNamed } from '../server/modules/imports/imports.repository.ts'
import { documentFiles } from './document-files.ts'

const USAGE = 'Cách dùng: tdkt import THƯ_MỤC_HOẶC_TỆP --issuer <mã hoặc tên đúng của cơ quan ban hành> --as <tên đăng nhập>'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export interface ImportOptions {
  path: string
  issuer: string
  username: string
  maxBytes: number
}

export interface ImportSummary {
  created: number
  skipped: number
  failed: number
}

async function resolveIssuer(db: Db, actor: Actor, issuer: string): Promise<string> {
  if (UUID.test(issuer)) {
    if (!(await findOrganization(db, actor.provinceId, issuer))) throw new Error(`Không tìm thấy cơ quan ban hành có mã ${issuer}.`)
    return issuer
  }
  const named = await findOrganizationsNamed(db, actor.provinceId, issuer.normalize('NFC').trim())
  if (named.length === 0) throw new Error(`Không tìm thấy cơ quan ban hành tên «${issuer}» (cần đúng tên, hoặc dùng mã đơn vị).`)
  if (named.length > 1) throw new Error(`Có ${named.length} đơn vị tên «${issuer}»; hãy dùng mã đơn vị: ${named.map((o) => o.id).join(', ')}.`)
  return (named[0] as (typeof named)[number]).id
}

async function parseFile(file: string, maxBytes: number): Promise<ParseResult> {
  const { size } = await stat(file)
  if (size > maxBytes) {
    const failure = tooLarge(size, maxBytes)
    return { ok: false, error: { code: failure.code, message: failure.message } }
  }
  return parseDocument(new Uint8Array(await readFile(file)), basename(file), { maxBytes })
}

/** Imports the documents under options.path into `db`; `print` receives one line at a time. */
export async function runImport(db: Db, options: ImportOptions, print: (line: string) => void): Promise<ImportSummary> {
  const actor = await findActor(db, options.username)
  if (!actor) throw new Error(`Không tìm thấy tài khoản «${options.username}» (hoặc tài khoản đã bị khóa).`)
  const issuerId = await resolveIssuer(db, actor, options.issuer)
  const files = await documentFiles(options.path)
  const ctx: UseCaseContext = { db, actor, requestId: randomUUID() }
  const summary: ImportSummary = { created: 0, skipped: 0, failed: 0 }
  for (const file of files) {
    const name = relative(options.path, file) || basename(file)
    const parsed = await parseFile(file, options.maxBytes)
    if (!parsed.ok) {
      summary.failed++
      print(`✗ ${name} — lỗi: ${parsed.error.message}`)
      continue
    }
    const { _meta, ...fields } = parsed.document
    if (fields.doc_type !== 'ke_hoach') {
      summary.skipped++
      print(`– ${name} — bỏ qua: văn bản là «${DOC_TYPE_LABELS[fields.doc_type]}», không phải kế hoạch`)
      continue
    }
    try {
      const input = parseOrThrow(applyPlanBody, { issuerId, fileName: basename(file), parsed: { ...fields, _meta: { text: _meta.text } } })
      const { campaign, warnings } = await applyPlan(ctx, input)
      summary.created++
      print(`✓ ${name} — đã tạo dự thảo kế hoạch ${campaign.id} «${campaign.title}»${warnings.length ? ` (${warnings.length} cảnh báo)` : ''}`)
      for (const warning of warnings) print(`    ! ${warning}`)
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      summary.failed++
      print(`✗ ${name} — lỗi: ${error.message}`)
    }
  }
  const total = summary.created + summary.skipped + summary.failed
  print(`Tổng cộng ${total} tệp: ${summary.created} dự thảo đã tạo, ${summary.skipped} bỏ qua, ${summary.failed} lỗi.`)
  return summary
}

export async function importCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { issuer: { type: 'string' }, as: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  })
  if (values.help) {
    console.log(USAGE)
    return
  }
  const [path] = positionals
  if (!path || !values.issuer || !values.as) throw new Error(USAGE)
  const config = loadConfig()
  const opened = await openDatabase(config)
  try {
    const summary = await runImport(opened.db, { path, issuer: values.issuer, username: values.as, maxBytes: config.uploadLimitBytes }, (line) => console.log(line))
    if (summary.failed > 0) process.exitCode = 1
  } finally {
    await opened.close()
  }
}
