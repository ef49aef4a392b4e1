// The review of an award decision's rows before they go into the registry: what each row starts as (a
// matched row is included; an ambiguous or unmatched one waits for the officer to pick a subject), what
// still stops a row from being written, the rows sent to apply-decision, and the result in words. Pure.
import type { CatalogueCode } from '../../../rules/index.ts'
import type { ParsedDocument } from '../../../documents/parse/index.ts'
import type { ReviewedFields } from './parsed-form.ts'
import type { DecisionPreviewRow } from '../../../server/modules/imports/preview-decision.ts'
import type { MatchStatus } from '../../../server/modules/imports/awardee-matching.ts'
import type { AppliedDecision } from '../../../server/modules/imports/apply-decision.ts'

export interface RowChoice {
  include: boolean
  subjectId: string | null
  code: CatalogueCode | null
  /** The form's name (required when no code is chosen). */
  name: string
  year: number | null
}

export const MATCH_TAGS: Record<MatchStatus, { label: string; color: string }> = {
  matched: { label: 'Đã khớp', color: 'green' },
  ambiguous: { label: 'Nhiều người trùng', color: 'gold' },
  unmatched: { label: 'Chưa khớp', color: 'red' },
}

/** What stops the row from being written as chosen, naming the field; null when it can be. */
export function choiceProblem(choice: RowChoice): string | null {
  if (!choice.subjectId) return 'Đối tượng: chưa chọn người, tập thể hoặc hộ gia đình trong danh sách'
  if (!choice.code && !choice.name.trim()) return 'Danh hiệu, hình thức: chưa chọn mã hoặc ghi tên'
  if (choice.year === null) return 'Năm thành tích: chưa có'
  return null
}

/** The rows as the preview proposes them: a matched, complete row is included. */
export function initialChoices(rows: readonly DecisionPreviewRow[]): Map<number, RowChoice> {
  return new Map(
    rows.map((row) => {
      const choice: RowChoice = { include: false, subjectId: row.match.subjectId ?? null, code: row.proposed.code, name: row.proposed.name ?? '', year: row.proposed.year }
      return [row.index, { ...choice, include: row.match.status === 'matched' && choiceProblem(choice) === null }]
    }),
  )
}

/** Picking a subject includes the row when nothing else is missing; clearing it leaves the row out. */
export function withSubject(choice: RowChoice, subjectId: string | null): RowChoice {
  const next = { ...choice, subjectId }
  return { ...next, include: choiceProblem(next) === null && (choice.include || subjectId !== null) }
}

/**
 * Another code: the registry takes its catalogue name (the name as written belongs to the code read);
 * no code: the form as written, to correct if need be.
 */
export function withCode(row: DecisionPreviewRow, choice: RowChoice, code: CatalogueCode | null): RowChoice {
  const name = code === null || code === row.proposed.code ? (row.proposed.name ?? '') : ''
  const next = { ...choice, code, name }
  return { ...next, include: choice.include && choiceProblem(next) === null }
}

/** The body of preview-decision: the reviewed fields, the awardees read and where each was read. */
export function previewBody(fields: ReviewedFields, document: ParsedDocument) {
  return { parsed: { ...fields, awardees: document.awardees, _meta: { text: document._meta.text, sources: { awardees: document._meta.sources.awardees ?? [] } } } }
}

/** The registry's warnings hold for the subject the preview matched, not for another one picked since. */
export function warningsFor(row: DecisionPreviewRow, choice: RowChoice): string[] {
  return choice.subjectId !== null && choice.subjectId === row.match.subjectId ? row.duplicateWarnings.map((w) => w.message) : []
}

/** The included rows that can be written, as apply-decision takes them. */
export function chosenRows(rows: readonly DecisionPreviewRow[], choices: ReadonlyMap<number, RowChoice>) {
  return rows.flatMap((row) => {
    const choice = choices.get(row.index)
    if (!choice?.include || choiceProblem(choice) !== null) return []
    const { subjectKind, track, level, kind } = row.proposed
    return [{ index: row.index, subjectKind, subjectId: choice.subjectId!, code: choice.code, name: choice.name.trim() || null, year: choice.year!, track: choice.code ? undefined : track, level, kind }]
  })
}

/** "Đã ghi 3 khen thưởng vào sổ." and one line per row skipped: who, and why. */
export function resultLines(result: AppliedDecision, rows: readonly DecisionPreviewRow[]): { summary: string; skipped: string[] } {
  const nameOf = (index: number) => rows.find((r) => r.index === index)?.awardee.name ?? `Dòng ${index + 1}`
  return {
    summary: result.inserted > 0 ? `Đã ghi ${result.inserted} khen thưởng vào sổ.` : 'Không ghi thêm khen thưởng nào vào sổ.',
    skipped: result.skipped.map((s) => `${nameOf(s.index)} — bỏ qua: ${s.reason}`),
  }
}
