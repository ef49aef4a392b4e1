// The review of a proposal's or achievement report's rows before they become nomination drafts: what each
// row starts as (a matched row with a title or form and an achievement is included), what still stops a
// row, the rows sent to apply-nomination, the result in words with a link to each created draft. Pure.
import type { CatalogueCode } from '../../../rules/index.ts'
import type { NominationPreviewRow } from '../../../server/modules/imports/preview-nomination.ts'
import type { AppliedNomination } from '../../../server/modules/imports/apply-nomination.ts'

export interface NominationChoice {
  include: boolean
  subjectId: string | null
  target: CatalogueCode | null
  achievement: string
}

/** What stops the row from becoming a draft, naming the field; null when it can. */
export function nominationProblem(choice: NominationChoice): string | null {
  if (!choice.subjectId) return 'Đối tượng: chưa chọn người, tập thể hoặc hộ gia đình trong danh sách'
  if (!choice.target) return 'Danh hiệu, hình thức đề nghị: chưa chọn'
  if (!choice.achievement.trim()) return 'Thành tích: chưa có'
  return null
}

const settled = (choice: NominationChoice, include: boolean): NominationChoice => ({ ...choice, include: include && nominationProblem(choice) === null })

export function initialNominationChoices(rows: readonly NominationPreviewRow[]): Map<number, NominationChoice> {
  return new Map(
    rows.map((row) => {
      const choice = { include: false, subjectId: row.match.subjectId ?? null, target: row.proposed.target, achievement: row.proposed.achievement ?? '' }
      return [row.index, settled(choice, row.match.status === 'matched')]
    }),
  )
}

/** A change to the row: picking a subject includes it when nothing else is missing; a gap leaves it out. */
export function changeChoice(choice: NominationChoice, change: Partial<Omit<NominationChoice, 'include'>>): NominationChoice {
  const next = { ...choice, ...change }
  return settled(next, choice.include || (change.subjectId !== undefined && change.subjectId !== null))
}

/** The included rows as apply-nomination takes them, with the preview row each one is. */
export function chosenNominations(rows: readonly NominationPreviewRow[], choices: ReadonlyMap<number, NominationChoice>) {
  return rows.flatMap((row) => {
    const choice = choices.get(row.index)
    if (!choice?.include || nominationProblem(choice) !== null) return []
    return [{ previewIndex: row.index, body: { subjectKind: row.proposed.subjectKind, subjectId: choice.subjectId!, target: choice.target!, achievement: choice.achievement.trim() } }]
  })
}

/** "Đã tạo 2 dự thảo đề nghị khen thưởng." with a link to each draft's page, and one line per row skipped (who, and why). */
export function nominationResult(result: AppliedNomination) {
  return {
    summary: result.created.length > 0 ? `Đã tạo ${result.created.length} dự thảo đề nghị khen thưởng.` : 'Không tạo thêm dự thảo đề nghị khen thưởng nào.',
    created: result.created.map((c) => ({ id: c.id, label: `${c.subjectName} — ${c.targetShort}${c.eligible === false ? ' (chưa đủ điều kiện)' : ''}`, href: `/de-nghi/${c.id}` })),
    skipped: result.skipped.map((s) => `Bỏ qua: ${s.reason}`),
  }
}
