// What each line of a decision is checked against, and its money. A nomination may be decided by an
// organization when that organization's council passed it in a closed session, it is the organization's to
// decide and within its authority (a form beyond it goes up in a proposal, never in the level's own
// decision — Luật TĐKT 2022, Điều 78–80), no other decision holds it, and its public posting is over with
// every comment resolved (law.md §4.3). The first four refuse the line; the posting only holds the issue.
import { CATALOGUE } from '../../../rules/index.ts'
import type { NominationStatus } from '../../../shared/nomination-lifecycle.ts'
import { AppError } from '../../http/errors.ts'
import type { Db } from '../../db/client.ts'
import { numberAndSymbol } from '../campaigns/campaign-numbering.ts'
import { loadProvinceRules } from '../eligibility/province-rules.ts'
import { findNominations, type NominationWithEvaluation } from '../nominations/nominations.repository.ts'
import { postingReadiness } from '../postings/posting-readiness.ts'
import { decisionAmounts, type LineAmount } from './decision-amounts.ts'
import { findCouncilPasses, findOtherDecisions, listPaidTitles } from './decisions.repository.ts'

export interface AssessedLine {
  nomination: NominationWithEvaluation
  amount: LineAmount
  /** Why the nomination may not be a line of this decision. */
  blocking: string[]
  /** What must happen before the decision is issued (the public posting). */
  pending: string[]
}

export interface DeciderRef {
  /** The decision the lines are checked for; null for a decision not drafted yet. */
  id: string | null
  organizationId: string
  organizationName: string
  decisionDate: string
}

/** «Nguyễn Văn An» (LĐTT) */
export const lineLabel = (n: Pick<NominationWithEvaluation, 'subjectName' | 'target'>) => `«${n.subjectName}» (${CATALOGUE[n.target].short})`

const STATUS_PROBLEMS: Partial<Record<NominationStatus, string>> = {
  failed: 'không được Hội đồng Thi đua – Khen thưởng thông qua',
  decided: 'đã có quyết định khen thưởng',
  proposed: 'đã trình cấp trên quyết định',
}

function escalation(n: NominationWithEvaluation): string {
  const up = n.authority.escalateTo
  return up?.organizationName ?? up?.authorities.map((a) => a.name).join(', ') ?? n.authority.competentAuthorities.map((a) => a.name).join(', ')
}

/** The lines in the order given, checked and priced on the decision's date; an unknown nomination refuses the request. */
export async function assessLines(db: Db, provinceId: string, decision: DeciderRef, nominationIds: readonly string[]): Promise<AssessedLine[]> {
  const found = new Map((await findNominations(db, provinceId, nominationIds)).map((n) => [n.id, n]))
  const missing = nominationIds.filter((id) => !found.has(id))
  if (missing.length > 0) {
    const message = `Không tìm thấy ${missing.length} đề nghị khen thưởng trong danh sách kèm theo quyết định.`
    throw new AppError('VALIDATION', message, { nominationIds: message })
  }
  const nominations = nominationIds.map((id) => found.get(id)!)
  const [passes, others, readiness, province, recorded] = await Promise.all([
    findCouncilPasses(db, provinceId, decision.organizationId, nominationIds),
    findOtherDecisions(db, provinceId, decision.id, nominationIds),
    postingReadiness(db, provinceId, nominations.map((n) => ({ id: n.id, kind: n.kind })), decision.decisionDate),
    loadProvinceRules(db, provinceId),
    listPaidTitles(db, provinceId, [...new Set(nominations.map((n) => n.subjectId))], decision.id),
  ])
  const amounts = decisionAmounts(
    nominations.map((n) => ({ nominationId: n.id, subjectId: n.subjectId, subjectKind: n.subjectKind, target: n.target, year: n.year })),
    decision.decisionDate, province, recorded,
  )
  return nominations.map((n, i) => {
    const blocking: string[] = []
    if (n.status !== 'passed') blocking.push(STATUS_PROBLEMS[n.status] ?? 'chưa được Hội đồng Thi đua – Khen thưởng thông qua')
    else if (!passes.has(n.id)) blocking.push(`chưa được Hội đồng Thi đua – Khen thưởng của ${decision.organizationName} thông qua tại phiên họp đã kết thúc`)
    if (n.decidingOrganizationId !== decision.organizationId) blocking.push(`thuộc thẩm quyền quyết định của ${n.authority.organizationName}, không phải ${decision.organizationName}`)
    else if (!n.competent) blocking.push(`vượt thẩm quyền của ${decision.organizationName}: phải trình cấp trên (${escalation(n)})`)
    const other = others.get(n.id)
    if (other) blocking.push(`đã có trong quyết định ${other.number === null ? 'dự thảo' : `số ${numberAndSymbol(other.number, other.symbol, other.track)}`} «${other.title}»`)
    return { nomination: n, amount: amounts[i]!, blocking, pending: readiness.get(n.id) ?? [] }
  })
}

/** Refuses the request, naming every line and its problems, when any line has one of the given kind. */
export function refuseProblems(lines: readonly AssessedLine[], which: (l: AssessedLine) => string[], lead: string): void {
  const bad = lines.filter((l) => which(l).length > 0)
  if (bad.length === 0) return
  const fields = Object.fromEntries(bad.map((l) => [`lines.${l.nomination.id}`, `${lineLabel(l.nomination)} ${which(l).join('; ')}`]))
  throw new AppError('VALIDATION', `${lead}: ${Object.values(fields).join('. ')}.`, fields)
}
