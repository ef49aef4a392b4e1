// tdkt import FOLDER_OR_FILE --issuer <organization id or exact name> --as <username>: reads every
// .txt, .docx and .pdf (folders recursively) and makes a campaign plan draft of each plan (kế hoạch),
// and writes to the award registry the awardees of each award decision (quyết định) that match one
// subject of the account's scope (the others are listed, never guessed) — through the same use cases as
// the web page, acting as that account (its scope, its name in the audit log). One line per file — draft
// created, awards recorded, skipped with the reason, or error — then a summary. Exit code 1 when a file
// could not be read or imported.
import { randomUUID } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { basename, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { parseDocument, type ParsedDocument, type ParseResult } from '../documents/parse/index.ts'
import { tooLarge } from '../documents/parse/errors.ts'
import { DOC_TYPE_LABELS } from '../documents/parse/doc-type-labels.ts'
import { decisionRef } from '../documents/parse/to-award-records.ts'
import { loadConfig } from '../server/config.ts'
import type { Db } from '../server/db/client.ts'
import { openDatabase } from '../server/db/open.ts'
import type { Actor } from '../server/auth/policy.ts'
import { AppError, parseOrThrow } from '../server/http/errors.ts'
import type { UseCaseContext } from '../server/http/route.ts'
import { findOrganization } from '../server/modules/organizations/organizations.repository.ts'
import { applyPlan } from '../server/modules/imports/apply-plan.ts'
import { applyDecisionBody, applyPlanBody, previewDecisionBody } from '../server/modules/imports/imports.schemas.ts'
import { previewDecision, type DecisionPreviewRow } from '../server/modules/imports/preview-decision.ts'
import type { MatchStatus } from '../server/modules/imports/awardee-matching.ts'
import { applyDecision } from '../server/modules/imports/apply-decision.ts'
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
  /** Plan drafts created. */
  created: number
  /** Decisions read into the registry, and the registry rows they wrote. */
  decisions: number
  awards: number
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

const MATCH_LABELS: Record<MatchStatus, string> = { matched: 'đã khớp', ambiguous: 'nhiều đối tượng trùng', unmatched: 'chưa khớp' }

/** Why a matched row cannot be written as read, or null. */
const incomplete = (r: DecisionPreviewRow) => (r.proposed.year === null ? 'không đọc được năm thành tích' : !r.proposed.name ? 'không đọc được hình thức khen thưởng' : null)

/** The awardees of a decision that match one subject, written to the registry; the others listed, not guessed. */
async function importDecision(ctx: UseCaseContext, parsed: ParsedDocument, fileName: string, name: string, print: (line: string) => void): Promise<number> {
  const { _meta } = parsed
  const { rows } = await previewDecision(ctx, parseOrThrow(previewDecisionBody, { parsed: { ...parsed, _meta: { text: _meta.text, sources: { awardees: _meta.sources.awardees } } } }))
  const decision = decisionRef(parsed)
  const ready = rows.filter((r) => r.match.status === 'matched' && !incomplete(r))
  const applied =
    ready.length === 0
      ? { inserted: 0, skipped: [] }
      : await applyDecision(ctx, parseOrThrow(applyDecisionBody, {
          fileName,
          decision,
          rows: ready.map(({ index, proposed: p, match }) => ({ index, subjectKind: p.subjectKind, subjectId: match.subjectId, code: p.code, name: p.name, year: p.year, track: p.track, level: p.level, kind: p.kind })),
        }))
  const open = rows.filter((r) => r.match.status !== 'matched')
  print(`✓ ${name} — quyết định ${decision.number ? `số ${decision.number}` : 'không số'}: ${applied.inserted} khen thưởng ghi vào sổ; ${rows.length - open.length} người nhận đã khớp, ${open.length} chưa khớp`)
  for (const r of open) {
    const said = [r.awardee.position, r.awardee.organization].filter(Boolean).join(', ')
    const candidates = r.match.candidates.map((c) => [c.name, c.organizationName].filter(Boolean).join(', ')).join('; ')
    print(`    ? ${r.awardee.name}${said ? ` (${said})` : ''} — ${MATCH_LABELS[r.match.status]}${candidates ? `: ${candidates}` : ''}`)
  }
  const nameOf = (index: number) => rows.find((r) => r.index === index)!.awardee.name
  for (const r of rows) if (r.match.status === 'matched' && incomplete(r)) print(`    – ${r.awardee.name} — bỏ qua: ${incomplete(r)}`)
  for (const s of applied.skipped) print(`    – ${nameOf(s.index)} — bỏ qua: ${s.reason}`)
  return applied.inserted
}

/** Imports the documents under options.path into `db`; `print` receives one line at a time. */
export async function runImport(db: Db, options: ImportOptions, print: (line: string) => void): Promise<ImportSummary> {
  const actor = await findActor(db, options.username)
  if (!actor) throw new Error(`Không tìm thấy tài khoản «${options.username}» (hoặc tài khoản đã bị khóa).`)
  const issuerId = await resolveIssuer(db, actor, options.issuer)
  const files = await documentFiles(options.path)
  const ctx: UseCaseContext = { db, actor, requestId: randomUUID() }
  const summary: ImportSummary = { created: 0, decisions: 0, awards: 0, skipped: 0, failed: 0 }
  for (const file of files) {
    const name = relative(options.path, file) || basename(file)
    const parsed = await parseFile(file, options.maxBytes)
    if (!parsed.ok) {
      summary.failed++
      print(`✗ ${name} — lỗi: ${parsed.error.message}`)
      continue
    }
    const { _meta, ...fields } = parsed.document
    if (fields.doc_type !== 'ke_hoach' && fields.doc_type !== 'quyet_dinh') {
      summary.skipped++
      print(`– ${name} — bỏ qua: văn bản là «${DOC_TYPE_LABELS[fields.doc_type]}», không phải kế hoạch hay quyết định khen thưởng`)
      continue
    }
    try {
      if (fields.doc_type === 'quyet_dinh') {
        summary.awards += await importDecision(ctx, parsed.document, basename(file), name, print)
        summary.decisions++
        continue
      }
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
  const total = summary.created + summary.decisions + summary.skipped + summary.failed
  print(
    `Tổng cộng ${total} tệp: ${summary.created} dự thảo đã tạo, ${summary.decisions} quyết định (${summary.awards} khen thưởng ghi vào sổ), ${summary.skipped} bỏ qua, ${summary.failed} lỗi.`,
  )
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
