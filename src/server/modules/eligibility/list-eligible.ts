import { CATALOGUE, EligibilityInputError, ruleSetOn, validateEligibilityInput, verdictsFor, type Criterion, type RuleSetId, type SubjectHistoryInput, type SubjectKind, type Verdict } from '../../../rules/index.ts'
import { SUBJECT_KINDS } from '../../../rules/types.ts'
import { yearOf } from '../../../rules/dates.ts'
import { todayInVietnam } from '../../../shared/people.ts'
import { AppError } from '../../http/errors.ts'
import { heavyWork } from '../../http/heavy-work.ts'
import { readDbOf, type UseCaseContext } from '../../http/route.ts'
import { assembleHistories, loadHistoryRecords, loadSubjectHistories } from '../history/load-subject-history.ts'
import { listSubjectsInSubtree, type Subject } from '../history/subjects.repository.ts'
import { organizationInScope } from '../people/person-rules.ts'
import { describeIssue, inputRefusal } from './eligibility-errors.ts'
import { VERDICTS, type EligibleQuery } from './eligibility.schemas.ts'
import { collectiveKindsFor } from './eligible-subjects.ts'
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

const RANK = (eligible: boolean | null) => (eligible === true ? 0 : eligible === null ? 1 : 2)

/**
 * Who in a unit's subtree can receive this title or form: every subject of the right kind, evaluated on
 * its stored history (loaded in bulk, one statement per table), eligible first, then undecided, then not eligible, each in
 * Vietnamese name order. Read-only and lag-tolerant: served by the read replica when there is one.
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

  const judges = new Map(kinds.map((kind) => [kind, verdictsFor({ ...question, ...(province ? { province } : {}) }, kind)]))

  // Judging a subtree holds a core and its histories in memory: one list per core at a time (src/server/http/heavy-work.ts).
  // Only the verdict of each subject is kept (a province's list has hundreds of thousands): each history can be
  // collected once judged, and the reasons are worked out below for the page shown.
  const ranked = await heavyWork(async () => {
    const verdicts: Ranked[] = []
    for (const kind of kinds) {
      // The subjects and their records are read side by side; the records come by a join on the subtree, not by an id list.
      const [subjects, histories] = await Promise.all([
        listSubjectsInSubtree(db, actor.provinceId, kind, org.path, { activeOn: question.date, organizationKinds: collectiveKindsFor(query.target) }),
        loadHistoryRecords(db, actor.provinceId, [kind], { kind, scopePath: org.path }),
      ]).then(([subjects, records]) => [subjects, assembleHistories(subjects, records)] as const)
      const judge = judges.get(kind)!
      for (const subject of subjects) {
        verdicts.push({ subject, eligible: verdictOf(histories.get(subject.id)!, judge) })
        histories.delete(subject.id)
      }
    }
    return verdicts.sort((a, b) => RANK(a.eligible) - RANK(b.eligible) || (a.subject.sortKey < b.subject.sortKey ? -1 : a.subject.sortKey > b.subject.sortKey ? 1 : 0))
  })
  const wanted = query.verdict ? ranked.filter((r) => r.eligible === VERDICTS[query.verdict!]) : ranked
  const start = (query.page - 1) * query.pageSize
  const shown = wanted.slice(start, start + query.pageSize).map((r) => r.subject)
  // The page's subjects judged again with their reasons, on their histories read again by id (a page is at most
  // 1,000 subjects). A history changed in between shows as it is now; the ranking is the one read first.
  const pageHistories = await loadSubjectHistories(db, actor.provinceId, shown)
  const items = shown.map((subject) => evaluateOne(subject, pageHistories.get(subject.id)!, judges.get(subject.kind)!))
  const count = (v: boolean | null) => ranked.filter((r) => r.eligible === v).length
  return {
    target: query.target,
    targetName: entry.name,
    date: question.date,
    year: asked.value.year ?? yearOf(question.date),
    ruleSet: { id: ruleSet.id, name: ruleSet.name },
    province: province?.province ?? null,
    counts: { eligible: count(true), unknown: count(null), notEligible: count(false), total: ranked.length },
    items,
    total: wanted.length,
    page: query.page,
    pageSize: query.pageSize,
  }
}

/** A judged subject as the list keeps it for every subject of the subtree: what ranking, counting and paging need. */
interface Ranked {
  subject: Subject
  eligible: boolean | null
}

/** The verdict alone; a history that contradicts itself is never evaluated, so never "eligible" (unknown). */
function verdictOf(history: SubjectHistoryInput, judge: (history: SubjectHistoryInput) => Verdict): boolean | null {
  try {
    return judge(history).eligible
  } catch (error) {
    if (!(error instanceof EligibilityInputError)) throw error
    return null
  }
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
