import { CATALOGUE, EligibilityInputError, ruleSetOn, validateEligibilityInput, verdictsFor, type Criterion, type RuleSetId, type SharedQuestion, type SubjectHistoryInput, type SubjectKind, type Verdict } from '../../../rules/index.ts'
import { SUBJECT_KINDS } from '../../../rules/types.ts'
import { yearOf } from '../../../rules/dates.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { AppError } from '../../http/errors.ts'
import { heavyWork } from '../../http/heavy-work.ts'
import type { Db } from '../../db/client.ts'
import { readDbOf, type UseCaseContext } from '../../http/route.ts'
import { loadSubjectHistories } from '../history/load-subject-history.ts'
import { findSubjects, type Subject } from '../history/subjects.repository.ts'
import { organizationInScope } from '../people/person-rules.ts'
import { describeIssue, inputRefusal } from './eligibility-errors.ts'
import { VERDICTS, type EligibleQuery } from './eligibility.schemas.ts'
import { collectiveKindsFor } from './eligible-subjects.ts'
import { VERDICT_ORDER } from './judge-batch.ts'
import { isCompleteHistory } from './complete-history.ts'
import { judgeSubtree } from './judge-subtree.ts'
import { pageOf, runLength, type RankedSubject, type Run } from './ranked-runs.ts'
import { loadProvinceRules } from './province-rules.ts'

export interface EligibleItem {
  subjectKind: SubjectKind
  subjectId: string
  name: string
  organizationId: string
  organizationName: string
  eligible: boolean | null
  /** Why not (the first failing criterion) or why unknown (the first undecided one); null when eligible. */
  reason: Pick<Criterion, 'id' | 'criterion' | 'passed' | 'citation' | 'facts' | 'confidence' | 'source'> | null
  /** The stored history contradicts itself (never evaluated, so never "eligible"): what to correct. */
  problems: string[]
}

export interface EligibleList {
  target: string
  targetName: string
  date: string
  year: number
  ruleSet: { id: RuleSetId; name: string }
  province: string | null
  counts: { eligible: number; unknown: number; notEligible: number; total: number }
  items: EligibleItem[]
  /** Items matching `verdict`, before paging. */
  total: number
  page: number
  pageSize: number
}

/**
 * Who in a unit's subtree can receive this title or form: every subject of the right kind, evaluated on
 * its stored history (read in batches of subjects whose ids lie in one range, one statement per batch, and judged on
 * the judging threads when there are several batches; judge-subtree.ts), eligible first, then undecided, then not
 * eligible, each in Vietnamese name order. Read-only and lag-tolerant: served by the read replica when there is one.
 */
export async function listEligible(ctx: UseCaseContext, query: EligibleQuery): Promise<EligibleList> {
  const { actor } = ctx
  const db = readDbOf(ctx)
  const org = await organizationInScope(db, actor, 'history.read', query.organizationId ?? actor.organizationId)
  const entry = CATALOGUE[query.target]
  if (query.subjectKind && !entry.subjects.includes(query.subjectKind)) {
    const message = `Loại đối tượng: ${entry.short} dành cho ${entry.subjects.map((k) => SUBJECT_KINDS[k].toLowerCase()).join(', ')}`
    throw new AppError('VALIDATION', message, { subjectKind: message })
  }
  const kinds = query.subjectKind ? [query.subjectKind] : entry.subjects
  const question = {
    target: query.target,
    date: query.date ?? todayInVietnam(),
    ...(query.year === undefined ? {} : { year: query.year }),
    ...(query.kind === undefined ? {} : { kind: query.kind }),
  }
  // The question itself (date inside a rule set, year, commendation kind) is checked once, not per subject.
  const asked = validateEligibilityInput({ ...question, subject: { kind: kinds[0]! } })
  if (!asked.ok) throw inputRefusal(new EligibilityInputError(asked.issues), null)
  const ruleSet = ruleSetOn(question.date)
  const province = await loadProvinceRules(db, actor.provinceId)

  const shared: SharedQuestion = { ...question, ...(province ? { province } : {}) }

  // A subtree's list holds the server's memory while its batches are read and judged: one list per core at a time
  // (src/server/http/heavy-work.ts). Only the verdicts come back from the judging threads, as runs in name order per
  // batch and verdict (ranked-runs.ts); the reasons are worked out below for the page shown.
  const byVerdict = await heavyWork(async () => {
    const lists: Run[][] = VERDICT_ORDER.map(() => [])
    for (const [kindOrder, kind] of kinds.entries()) {
      const subtree = { provinceId: actor.provinceId, kind, scopePath: org.path, collectives: { activeOn: question.date, organizationKinds: collectiveKindsFor(query.target) } }
      for (const batch of await judgeSubtree(db, subtree, shared)) batch.forEach((run, v) => lists[v]!.push({ ...run, kind, kindOrder }))
    }
    return lists
  })
  const [eligible, unknown, notEligible] = byVerdict.map(runLength) as [number, number, number]
  const wanted = query.verdict ? [byVerdict[VERDICT_ORDER.indexOf(VERDICTS[query.verdict])]!] : byVerdict
  const shown = pageOf(wanted, (query.page - 1) * query.pageSize, query.pageSize)
  // The page's subjects read again by id, and judged again with their reasons on their histories read again (a page
  // is at most 1,000 subjects). A subject changed in between shows as it is now (one deleted, not at all); the ranking
  // is the one judged first.
  const subjects = await findPageSubjects(db, actor.provinceId, shown)
  const pageHistories = await loadSubjectHistories(db, actor.provinceId, subjects)
  const judges = new Map(kinds.map((kind) => [kind, verdictsFor(shared, kind, isCompleteHistory)]))
  const items = subjects.map((subject) => evaluateOne(subject, pageHistories.get(subject.id)!, judges.get(subject.kind)!))
  return {
    target: query.target,
    targetName: entry.name,
    date: question.date,
    year: asked.value.year ?? yearOf(question.date),
    ruleSet: { id: ruleSet.id, name: ruleSet.name },
    province: province?.province ?? null,
    counts: { eligible, unknown, notEligible, total: eligible + unknown + notEligible },
    items,
    total: runLength(wanted.flat()),
    page: query.page,
    pageSize: query.pageSize,
  }
}

/** The page's subjects as they are now, in the page's order. */
async function findPageSubjects(db: Db, provinceId: string, shown: readonly RankedSubject[]): Promise<Subject[]> {
  const found = new Map<string, Subject>()
  for (const kind of new Set(shown.map((r) => r.kind))) {
    for (const subject of await findSubjects(db, provinceId, kind, shown.filter((r) => r.kind === kind).map((r) => r.id))) found.set(subject.id, subject)
  }
  return shown.flatMap((r) => found.get(r.id) ?? [])
}

function evaluateOne(subject: Subject, history: SubjectHistoryInput, judge: (history: SubjectHistoryInput) => Verdict): EligibleItem {
  const base = { subjectKind: subject.kind, subjectId: subject.id, name: subject.name, organizationId: subject.organizationId, organizationName: subject.organizationName }
  try {
    const evaluation = judge(history)
    const deciding = evaluation.eligible === true ? undefined : evaluation.criteria.find((c) => c.passed === evaluation.eligible)
    const reason = deciding ? { id: deciding.id, criterion: deciding.criterion, passed: deciding.passed, citation: deciding.citation, facts: deciding.facts, confidence: deciding.confidence, source: deciding.source } : null
    return { ...base, eligible: evaluation.eligible, reason, problems: [] }
  } catch (error) {
    if (!(error instanceof EligibilityInputError)) throw error
    return { ...base, eligible: null, reason: null, problems: error.issues.map((i) => describeIssue(i, subject.name).message) }
  }
}
