// Pure validation of a history and of an eligibility question: shapes (zod, Vietnamese messages) and
// what a shape cannot say — an end before its start, a rating before the person was born or recruited,
// a title of a collective in a person's history, a date outside every rule set. Each problem names its
// field the way the input spells it: "subject.ratings[3].year".
import { z } from 'zod'
import { CATALOGUE } from './catalogue/index.ts'
import { viDate, yearOf } from './dates.ts'
import type { SubjectHistory } from './history.ts'
import { subjectHistory } from './history.ts'
import { eligibilityInput, type EligibilityInput, type EligibilityInputData } from './input.ts'
import { RuleSetError, ruleSetOn } from './rule-sets.ts'
import { COMMENDATION_KINDS, SUBJECT_KINDS, TRACKS, type SubjectKind } from './types.ts'

export interface InputIssue {
  /** Path in the input: "subject.ratings[3].year". */
  field: string
  message: string
}

export type Validation<T> = { ok: true; value: T } | { ok: false; issues: InputIssue[] }

/** Bad input: the message lists every problem with its field. */
export class EligibilityInputError extends Error {
  constructor(readonly issues: InputIssue[]) {
    super(['Dữ liệu đầu vào không hợp lệ:', ...issues.map((i) => `- ${i.field}: ${i.message}`)].join('\n'))
    this.name = 'EligibilityInputError'
  }
}

const VI = z.locales.vi().localeError

/** ["subject", "ratings", 3, "year"] → "subject.ratings[3].year" */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '')
}

function zodIssues(error: z.ZodError, prefix: string): InputIssue[] {
  return error.issues.map((i) => ({ field: fieldPath(prefix ? [prefix, ...i.path] : i.path) || '(gốc)', message: i.message }))
}

/**
 * The issues found in one history, each field under `at`. (The helpers below are plain functions and loops, not
 * closures or sets made per history, and the subject's kind is spelled out only for a message: the eligible lists check
 * hundreds of thousands of histories, most of them with few records.)
 */
class Issues {
  readonly list: InputIssue[] = []
  constructor(readonly at: string) {}
  add(field: string, message: string) {
    this.list.push({ field: `${this.at}.${field}`, message })
  }
}

const kindOf = (s: SubjectHistory) => SUBJECT_KINDS[s.kind].toLowerCase()

/** Whether `key` was seen before in this list; `seen` is made only for a list of two or more. */
function repeated(seen: Set<unknown>, key: unknown): boolean {
  if (seen.has(key)) return true
  seen.add(key)
  return false
}

function checkIds(issues: Issues, list: 'initiatives' | 'achievements', items: { id: string }[]) {
  if (items.length < 2) return
  const seen = new Set<string>()
  for (let i = 0; i < items.length; i++) if (repeated(seen, items[i]!.id)) issues.add(`${list}[${i}].id`, `mã «${items[i]!.id}» bị trùng`)
}

function checkBeforeBirth(issues: Issues, s: SubjectHistory, field: string, date: string, what: string) {
  if (s.birthDate && date < s.birthDate) issues.add(field, `${what} ${viDate(date)} trước ngày sinh ${viDate(s.birthDate)}`)
}

function checkSpan(issues: Issues, field: string, start: string, end: string | null) {
  if (end !== null && end < start) issues.add(`${field}.endDate`, `ngày kết thúc ${viDate(end)} trước ngày bắt đầu ${viDate(start)}`)
}

/** Cross-field checks of a history that parsed. */
function historyIssues(s: SubjectHistory, at: string): InputIssue[] {
  const issues = new Issues(at)
  const birthYear = s.birthDate ? yearOf(s.birthDate) : null
  const recruitYear = s.recruitmentDate ? yearOf(s.recruitmentDate) : null
  const foundedYear = s.establishedDate ? yearOf(s.establishedDate) : null

  if (s.kind !== 'individual') {
    for (const f of ['birthDate', 'recruitmentDate', 'employment'] as const) if (s[f] != null) issues.add(f, `chỉ dùng cho cá nhân; đối tượng là ${kindOf(s)}`)
  }
  if (s.kind === 'individual' && s.establishedDate != null) issues.add('establishedDate', 'chỉ dùng cho tập thể')
  if (s.kind !== 'collective' && s.collectiveYears.length > 0) issues.add('collectiveYears', `chỉ dùng cho tập thể; đối tượng là ${kindOf(s)}`)
  if (s.kind !== 'household' && s.exclusions.length > 0) issues.add('exclusions', `chỉ dùng cho hộ gia đình; đối tượng là ${kindOf(s)}`)
  if (s.birthDate && s.recruitmentDate && s.recruitmentDate < s.birthDate) issues.add('recruitmentDate', `ngày tuyển dụng ${viDate(s.recruitmentDate)} trước ngày sinh ${viDate(s.birthDate)}`)

  const seenRatings = s.ratings.length > 1 ? new Set<string>() : null
  for (let i = 0; i < s.ratings.length; i++) {
    const r = s.ratings[i]!
    if (birthYear !== null && r.year < birthYear) issues.add(`ratings[${i}].year`, `năm xếp loại ${r.year} trước năm sinh ${birthYear}`)
    else if (recruitYear !== null && r.track === 'government' && r.year < recruitYear) issues.add(`ratings[${i}].year`, `năm xếp loại ${r.year} trước năm tuyển dụng ${recruitYear} (tuyển dụng ngày ${viDate(s.recruitmentDate!)})`)
    if (foundedYear !== null && r.year < foundedYear) issues.add(`ratings[${i}].year`, `năm xếp loại ${r.year} trước năm thành lập ${foundedYear}`)
    if (seenRatings && repeated(seenRatings, `${r.track}:${r.year}`)) issues.add(`ratings[${i}].year`, `trùng kết quả xếp loại năm ${r.year} (${TRACKS[r.track].toLowerCase()})`)
  }

  for (let i = 0; i < s.awards.length; i++) {
    const a = s.awards[i]!
    const entry = CATALOGUE[a.code]
    if (!entry.subjects.includes(s.kind)) issues.add(`awards[${i}].code`, `${entry.short} không dành cho ${kindOf(s)} (dành cho: ${entry.subjects.map((k) => SUBJECT_KINDS[k].toLowerCase()).join(', ')})`)
    if (a.track && a.track !== entry.track) issues.add(`awards[${i}].track`, `${entry.short} thuộc khối ${TRACKS[entry.track].toLowerCase()}, không phải ${TRACKS[a.track].toLowerCase()}`)
    if (!entry.kinds.includes(a.kind)) issues.add(`awards[${i}].kind`, `${entry.short} không có loại hình «${COMMENDATION_KINDS[a.kind]}»`)
    if (birthYear !== null && a.year < birthYear) issues.add(`awards[${i}].year`, `năm thành tích ${a.year} trước năm sinh ${birthYear}`)
    if (foundedYear !== null && a.year < foundedYear) issues.add(`awards[${i}].year`, `năm thành tích ${a.year} trước năm thành lập ${foundedYear}`)
    if (a.date && yearOf(a.date) < a.year) issues.add(`awards[${i}].date`, `ngày quyết định ${viDate(a.date)} trước năm thành tích ${a.year}`)
  }

  checkIds(issues, 'initiatives', s.initiatives)
  checkIds(issues, 'achievements', s.achievements)
  for (let i = 0; i < s.initiatives.length; i++) checkBeforeBirth(issues, s, `initiatives[${i}].recognisedDate`, s.initiatives[i]!.recognisedDate, 'ngày công nhận')
  for (let i = 0; i < s.achievements.length; i++) checkBeforeBirth(issues, s, `achievements[${i}].date`, s.achievements[i]!.date, 'ngày thành tích')

  for (let i = 0; i < s.discipline.length; i++) {
    const d = s.discipline[i]!
    checkSpan(issues, `discipline[${i}]`, d.startDate, d.endDate)
    checkBeforeBirth(issues, s, `discipline[${i}].startDate`, d.startDate, 'ngày bắt đầu kỷ luật')
  }
  for (let i = 0; i < s.proceedings.length; i++) checkSpan(issues, `proceedings[${i}]`, s.proceedings[i]!.startDate, s.proceedings[i]!.endDate)
  for (let i = 0; i < s.exclusions.length; i++) checkSpan(issues, `exclusions[${i}]`, s.exclusions[i]!.startDate, s.exclusions[i]!.endDate)

  const seenAssessments = s.assessments.length > 1 ? new Set<string>() : null
  for (let i = 0; i < s.assessments.length; i++) {
    const a = s.assessments[i]!
    if (seenAssessments && repeated(seenAssessments, `${a.year}:${a.key}`)) issues.add(`assessments[${i}].key`, `trùng đánh giá «${a.key}» năm ${a.year}`)
  }

  const seenYears = s.collectiveYears.length > 1 ? new Set<number>() : null
  for (let i = 0; i < s.collectiveYears.length; i++) {
    const c = s.collectiveYears[i]!
    if (seenYears && repeated(seenYears, c.year)) issues.add(`collectiveYears[${i}].year`, `trùng số liệu năm ${c.year}`)
    for (const f of ['ldttCount', 'cstdcsCount', 'completedTaskCount'] as const) {
      const n = c[f]
      if (n !== undefined && n > c.memberCount) issues.add(`collectiveYears[${i}].${f}`, `${n} lớn hơn tổng số thành viên ${c.memberCount}`)
    }
    for (let j = 0; j < c.memberDiscipline.length; j++) {
      const date = c.memberDiscipline[j]!.date
      if (yearOf(date) !== c.year) issues.add(`collectiveYears[${i}].memberDiscipline[${j}].date`, `ngày ${viDate(date)} không thuộc năm ${c.year}`)
    }
  }
  return issues.list
}

/** Validates a subject's history; `at` is the field name used in messages. */
export function validateHistory(raw: unknown, at = 'subject'): Validation<SubjectHistory> {
  const parsed = subjectHistory.safeParse(raw, { error: VI })
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error, at) }
  const issues = historyIssues(parsed.data, at)
  return issues.length ? { ok: false, issues } : { ok: true, value: parsed.data }
}

/** Validates a whole eligibility question, including the date against the rule sets. */
export function validateEligibilityInput(raw: unknown): Validation<EligibilityInput> {
  const parsed = eligibilityInput.safeParse(raw, { error: VI })
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error, '') }
  const issues = historyIssues(parsed.data.subject, 'subject')
  issues.push(...questionIssues(parsed.data))
  return issues.length ? { ok: false, issues } : { ok: true, value: parsed.data }
}

/**
 * A faster check that a history is valid as it is, with every defaulted field present (so zod would return it
 * unchanged): it may say no to a valid history, never yes to one zod refuses or would change. The server gives one for
 * the histories it reads from the database (src/server/modules/eligibility/complete-history.ts); zod decides the rest.
 */
export type CompleteHistoryCheck = (history: unknown) => boolean

/** The question without its subject (the eligible lists ask one question of many subjects). */
export type SharedQuestion = Omit<EligibilityInputData, 'subject' | 'achievementId'>

/**
 * validateEligibilityInput for one question asked of many subjects of one kind: the question is checked once,
 * each subject's history on its own, with the same issues in the same order as validating `{ ...question, subject }`
 * whole (the question's checks do not depend on the history once `achievementId` is left out).
 */
export function subjectValidator(question: SharedQuestion, kind: SubjectKind, isComplete?: CompleteHistoryCheck): (subject: unknown) => Validation<EligibilityInput> {
  const asked = eligibilityInput.safeParse({ ...question, subject: { kind } }, { error: VI })
  const askedIssues = asked.success ? questionIssues(asked.data) : zodIssues(asked.error, '')
  return (subject) => {
    const parsed: z.ZodSafeParseResult<SubjectHistory> = isComplete?.(subject) ? { success: true, data: subject as SubjectHistory } : subjectHistory.safeParse(subject, { error: VI })
    if (!parsed.success || !asked.success) return { ok: false, issues: [...(parsed.success ? [] : zodIssues(parsed.error, 'subject')), ...(asked.success ? [] : askedIssues)] }
    const issues = historyIssues(parsed.data, 'subject')
    issues.push(...askedIssues)
    return issues.length ? { ok: false, issues } : { ok: true, value: { ...asked.data, subject: parsed.data } }
  }
}

/** The checks of a parsed question that a shape cannot say, besides its history's. */
function questionIssues(input: EligibilityInput): InputIssue[] {
  const issues: InputIssue[] = []
  const add = (field: string, message: string) => issues.push({ field, message })
  const entry = CATALOGUE[input.target]

  try {
    ruleSetOn(input.date)
  } catch (error) {
    if (!(error instanceof RuleSetError)) throw error
    add('date', error.message)
  }
  if (input.year !== undefined && input.year > yearOf(input.date)) add('year', `năm xét ${input.year} sau ngày xét ${viDate(input.date)}`)
  if (!entry.subjects.includes(input.subject.kind)) {
    add('target', `${entry.short} dành cho ${entry.subjects.map((k) => SUBJECT_KINDS[k].toLowerCase()).join(', ')}; đối tượng là ${SUBJECT_KINDS[input.subject.kind].toLowerCase()}`)
  }
  if (input.kind && !entry.kinds.includes(input.kind)) {
    add('kind', `${entry.short} không có loại hình «${COMMENDATION_KINDS[input.kind]}» (có: ${entry.kinds.join(', ')})`)
  }
  if (input.achievementId && !input.subject.achievements.some((a) => a.id === input.achievementId)) {
    add('achievementId', `không có thành tích mã «${input.achievementId}» trong subject.achievements`)
  }
  if (input.councilVote && input.councilVote.inFavour > input.councilVote.totalMembers) {
    add('councilVote.inFavour', `${input.councilVote.inFavour} phiếu đồng ý nhiều hơn tổng số ${input.councilVote.totalMembers} thành viên`)
  }
  if (input.province) {
    const p = input.province
    if (p.validFrom && p.validTo && p.validTo < p.validFrom) add('province.validTo', `ngày hết hiệu lực ${viDate(p.validTo)} trước ngày có hiệu lực ${viDate(p.validFrom)}`)
    p.standards.forEach((st, i) => {
      if (st.mode === 'replace' && CATALOGUE[st.code].standardsSetBy === 'law') {
        add(`province.standards[${i}].mode`, `tiêu chuẩn ${CATALOGUE[st.code].short} do Luật quy định: tỉnh chỉ được bổ sung (add), không được thay thế (replace)`)
      }
    })
  }
  return issues
}
