// The same achievement commended twice (Luật TĐKT 2022, Điều 5, khoản 2: one achievement, one form),
// often by different tracks — a Bằng khen of the province and a Giấy khen of the Party committee for the
// same year's work — or the same title entered twice by two units. Pure rules over registry rows:
//   same subject: the same subject row; else the same CCCD when both rows carry one; else the same
//     accent-folded name and birth date;
//   same achievement: the same year, both regular (công trạng) awards or both for the same campaign;
//   overlapping: the same title or form twice, or two commendation forms (Giấy khen, Bằng khen… — not
//     emulation titles or ratings, which go with a form as a matter of course). A form outside the
//     catalogue counts as a form.
import { CATALOGUE, type CatalogueCode, type CommendationKind, type SubjectKind, type Track } from '../../../rules/index.ts'
import { TRACKS } from '../../../rules/types.ts'
import { viDate } from '../../../rules/dates.ts'
import { foldAccents } from '../../../shared/vietnamese.ts'

export interface RegistryRow {
  id: string
  subjectKind: SubjectKind
  subjectId: string
  subjectName: string
  subjectBirthDate: string | null
  subjectCccd: string | null
  code: CatalogueCode | null
  name: string
  track: Track
  year: number
  kind: CommendationKind
  campaignId: string | null
  decisionNumber: string | null
  decisionDate: string | null
}

export function sameSubject(a: RegistryRow, b: RegistryRow): boolean {
  if (a.subjectKind !== b.subjectKind) return false
  if (a.subjectId === b.subjectId) return true
  if (a.subjectCccd && b.subjectCccd) return a.subjectCccd === b.subjectCccd
  return a.subjectBirthDate !== null && a.subjectBirthDate === b.subjectBirthDate && foldAccents(a.subjectName) === foldAccents(b.subjectName)
}

const isForm = (r: RegistryRow) => (r.code ? CATALOGUE[r.code].category === 'form' : true)
const sameForm = (a: RegistryRow, b: RegistryRow) => (a.code || b.code ? a.code === b.code : foldAccents(a.name) === foldAccents(b.name))

/** How the row reads in a warning: «Bằng khen của Chủ tịch UBND tỉnh» (Chính quyền, QĐ số 12/QĐ-UBND ngày 20/12/2024). */
export function describeRow(r: RegistryRow): string {
  const decision = [r.decisionNumber && `QĐ số ${r.decisionNumber}`, r.decisionDate && `ngày ${viDate(r.decisionDate)}`].filter(Boolean).join(' ')
  return `«${r.name}» (${TRACKS[r.track]}${decision ? `, ${decision}` : ''})`
}

/** Why two rows of the same subject look like one achievement commended twice, or null. */
export function overlapReason(a: RegistryRow, b: RegistryRow): string | null {
  if (a.year !== b.year) return null
  const sameAchievement = (a.kind === 'cong_trang' && b.kind === 'cong_trang') || (a.campaignId !== null && a.campaignId === b.campaignId)
  if (!sameAchievement) return null
  if (sameForm(a, b)) return `${describeRow(a)} và ${describeRow(b)}: cùng một danh hiệu, hình thức được ghi hai lần cho thành tích năm ${a.year}`
  if (isForm(a) && isForm(b)) return `${describeRow(a)} và ${describeRow(b)}: hai hình thức khen thưởng cho cùng thành tích năm ${a.year} (Luật TĐKT 2022, Điều 5, khoản 2)`
  return null
}

export interface DuplicateWarning {
  recordId: string
  message: string
}

/** Warnings for a row just written, against the candidate rows of the province (a warning, never a refusal). */
export function duplicateWarnings(row: RegistryRow, candidates: readonly RegistryRow[]): DuplicateWarning[] {
  return candidates.flatMap((other) => {
    if (other.id === row.id || !sameSubject(row, other)) return []
    const reason = overlapReason(row, other)
    return reason ? [{ recordId: other.id, message: `Có thể trùng khen thưởng: ${reason}` }] : []
  })
}

export interface DuplicateGroup<R extends RegistryRow> {
  subjectName: string
  subjectBirthDate: string | null
  subjectCccd: string | null
  year: number
  reasons: string[]
  rows: R[]
}

/** Groups of rows that concern the same subject and overlap, each group with the reasons found. */
export function duplicateGroups<R extends RegistryRow>(rows: readonly R[]): DuplicateGroup<R>[] {
  const parent = rows.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  const found: { row: number; reason: string }[] = []
  // Only rows sharing a year and one identity key can pair up.
  const buckets = new Map<string, number[]>()
  rows.forEach((r, i) => {
    const keys = [`s:${r.subjectId}`, r.subjectCccd && `c:${r.subjectCccd}`, r.subjectBirthDate && `n:${foldAccents(r.subjectName)}|${r.subjectBirthDate}`]
    for (const key of keys) if (key) buckets.set(`${r.year}|${key}`, [...(buckets.get(`${r.year}|${key}`) ?? []), i])
  })
  const compared = new Set<string>()
  for (const members of buckets.values()) {
    members.forEach((i, x) => {
      for (const j of members.slice(x + 1)) {
        if (compared.has(`${i}:${j}`)) continue
        compared.add(`${i}:${j}`)
        const reason = sameSubject(rows[i]!, rows[j]!) ? overlapReason(rows[i]!, rows[j]!) : null
        if (!reason) continue
        parent[find(j)] = find(i)
        found.push({ row: i, reason })
      }
    })
  }
  const groups = new Map<number, { rows: number[]; reasons: string[] }>()
  rows.forEach((_, i) => {
    const group = groups.get(find(i)) ?? { rows: [], reasons: [] }
    group.rows.push(i)
    groups.set(find(i), group)
  })
  for (const { row, reason } of found) groups.get(find(row))!.reasons.push(reason)
  return [...groups.values()]
    .filter((g) => g.rows.length > 1)
    .map((g) => {
      const first = rows[g.rows[0]!]!
      return { subjectName: first.subjectName, subjectBirthDate: first.subjectBirthDate, subjectCccd: first.subjectCccd, year: first.year, reasons: g.reasons, rows: g.rows.map((i) => rows[i]!) }
    })
}
